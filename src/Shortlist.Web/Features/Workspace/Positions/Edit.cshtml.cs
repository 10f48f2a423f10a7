using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Positions;

namespace Shortlist.Web.Features.Workspace.Positions;

/// <summary>
/// The position editor (new and edit): description, requirements picked from the taxonomy with a search box, constraints,
/// plan and budget, and the status actions. A save made on a stale version shows a conflict and keeps what was typed.
/// </summary>
public sealed class EditModel(PositionService positions, ShortlistDbContext db, CurrentUser user) : PageModel
{
    public sealed class RequirementRow
    {
        public bool Remove { get; set; }
        public string? Code { get; set; }
        public string? Label { get; set; }
        public Importance Importance { get; set; } = Importance.Strong;
        public double Weight { get; set; } = 1;
        public double? MinimumYears { get; set; }
        public int? RecencyYears { get; set; }
    }

    public sealed class PositionForm
    {
        public Guid OrganizationId { get; set; }
        public string? Title { get; set; }
        public string? Industry { get; set; }
        public string? Description { get; set; }
        public WorkplaceMode Workplace { get; set; } = WorkplaceMode.Remote;
        public string? City { get; set; }
        public string? Region { get; set; }
        public string? Country { get; set; }
        public int? RadiusKm { get; set; }
        public List<EngagementTypes> Engagements { get; set; } = [EngagementTypes.Contract];
        public decimal? PayMinimum { get; set; }
        public decimal? PayMaximum { get; set; }
        public CompensationUnit PayUnit { get; set; } = CompensationUnit.Hourly;
        public string? Currency { get; set; } = "USD";
        public bool RequiresWorkAuthorization { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? TargetShortlistDate { get; set; }
        public DateOnly? TargetFillDate { get; set; }
        public decimal? FeeBudget { get; set; }
        public double? EffortHoursBudget { get; set; }
        public List<RequirementRow> Requirements { get; set; } = [];
        public long Version { get; set; }
    }

    [BindProperty] public PositionForm Form { get; set; } = new();
    [BindProperty] public string? Find { get; set; }
    [BindProperty] public string? CloseReason { get; set; }

    public Guid? Id { get; private set; }
    public PositionStatus? Status { get; private set; }
    public string? ClosedReason { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name, string Category)> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var p = await db.Positions.AsNoTracking().EditableBy(user).FirstOrDefaultAsync(x => x.Id == existing, ct);
            if (p is null) return NotFound();
            Form = FromPosition(p);
        }
        return await ShowAsync(id, ct);
    }

    /// <summary>Searches the taxonomy for the search box, keeping everything typed.</summary>
    public async Task<IActionResult> OnPostFindAsync(Guid? id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!string.IsNullOrWhiteSpace(Find))
        {
            var term = Find.Trim();
            var entries = await db.TaxonomyEntries.AsNoTracking().ToListAsync(ct);
            Found = [.. entries.Where(t => t.Code.Contains(term, StringComparison.OrdinalIgnoreCase) || t.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                    || t.Aliases.Any(a => TaxonomyTerm.Surface(a).Contains(term, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(t => t.Name.Length).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Take(20).Select(t => (t.Code, t.Name, t.Category.ToString()))];
            if (Found.Count == 0) Message = $"Nothing in the taxonomy matches \"{term}\".";
        }
        return await ShowAsync(id, ct);
    }

    /// <summary>Adds a requirement picked from the search results.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid? id, string add, CancellationToken ct)
    {
        ModelState.Clear();
        var entry = await db.TaxonomyEntries.AsNoTracking().FirstOrDefaultAsync(t => t.Code == add, ct);
        if (entry is null) ModelState.AddModelError("", "That taxonomy entry no longer exists.");
        else if (Form.Requirements.Any(r => string.Equals(r.Code, entry.Code, StringComparison.OrdinalIgnoreCase))) Message = $"{entry.Name} is already a requirement.";
        else
        {
            Form.Requirements.Add(new RequirementRow { Code = entry.Code, Label = entry.Name });
            Message = $"{entry.Name} added; set its importance and weight, then save.";
        }
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(id, ct);
        try
        {
            var request = ToRequest();
            if (id is { } existing)
            {
                var saved = await positions.UpdateAsync(existing, request, ct);
                if (saved is null) return NotFound();
                ModelState.Clear();
                Form = FromPosition(saved);
                Message = "Saved.";
                return await ShowAsync(id, ct);
            }
            var created = await positions.CreateAsync(request, ct);
            if (created is null) { ModelState.AddModelError("Form.OrganizationId", "Choose a client."); return await ShowAsync(id, ct); }
            return Redirect($"/Workspace/Positions/{created.Id}/edit");
        }
        catch (DomainRuleException e) { ModelState.AddModelError(e.Field is null ? "" : "Form." + e.Field, e.Message); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
            ModelState.AddModelError("", "Someone else saved this position since you opened it, so your changes were not saved. They are still in the form below; "
                + "the other person's version is on the position's page. Compare, then save again to keep yours.");
            if (current is not null) Form.Version = current.Version;
            ModelState.Remove("Form.Version");
        }
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, PositionAction action, CancellationToken ct)
    {
        try
        {
            var p = await positions.ChangeStatusAsync(id, action, CloseReason, null, ct);
            if (p is null) return NotFound();
            Message = action switch
            {
                PositionAction.Publish => "Published on the job board.",
                PositionAction.Unpublish => "Taken off the job board; the position is a draft again.",
                PositionAction.Hold => "Put on hold.",
                _ => "Closed.",
            };
            ModelState.Clear();
            Form = FromPosition(p);
        }
        catch (DomainRuleException e)
        {
            ModelState.Clear();
            ModelState.AddModelError("", e.Message);
            var p = await db.Positions.AsNoTracking().EditableBy(user).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return NotFound();
            Form = FromPosition(p);
        }
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var p = await db.Positions.AsNoTracking().EditableBy(user).Where(x => x.Id == existing).Select(x => new { x.Status, x.ClosedReason }).FirstOrDefaultAsync(ct);
            if (p is null) return NotFound();
            (Status, ClosedReason) = (p.Status, p.ClosedReason);
        }
        Organizations = (await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).Take(1000).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
        return Page();
    }

    private PositionRequest ToRequest()
    {
        var engagement = Form.Engagements.Aggregate(EngagementTypes.None, (a, e) => a | e);
        var place = string.IsNullOrWhiteSpace(Form.City) && string.IsNullOrWhiteSpace(Form.Country) ? null : new Place(Form.City?.Trim(), Form.Region?.Trim(), Form.Country?.Trim());
        var pay = Form.PayMinimum is null && Form.PayMaximum is null ? null : new Compensation(Form.PayMinimum, Form.PayMaximum, Form.PayUnit, (Form.Currency ?? "").Trim().ToUpperInvariant());
        var requirements = Form.Requirements.Where(r => !r.Remove && !string.IsNullOrWhiteSpace(r.Code))
            .Select(r => new RequirementInput(r.Code!, string.IsNullOrWhiteSpace(r.Label) ? r.Code! : r.Label, r.Importance, r.Weight, r.MinimumYears, r.RecencyYears)).ToList();
        return new PositionRequest(Form.OrganizationId, Form.Title ?? "", Form.Description ?? "", Form.Industry ?? "", Form.Workplace, engagement, place, Form.RadiusKm, pay,
            Form.RequiresWorkAuthorization, Form.StartDate, Form.TargetShortlistDate, Form.TargetFillDate, Form.FeeBudget, Form.EffortHoursBudget, requirements, Form.Version);
    }

    private static PositionForm FromPosition(Position p) => new()
    {
        OrganizationId = p.OrganizationId, Title = p.Title, Industry = p.Industry, Description = p.Description, Workplace = p.Workplace,
        City = p.Location?.City, Region = p.Location?.Region, Country = p.Location?.Country, RadiusKm = p.RadiusKm,
        Engagements = [.. new[] { EngagementTypes.Contract, EngagementTypes.ContractToHire, EngagementTypes.Permanent }.Where(e => p.Engagement.HasFlag(e))],
        PayMinimum = p.Compensation?.Minimum, PayMaximum = p.Compensation?.Maximum, PayUnit = p.Compensation?.Unit ?? CompensationUnit.Hourly,
        Currency = p.Compensation?.Currency ?? "USD", RequiresWorkAuthorization = p.RequiresWorkAuthorization, StartDate = p.StartDate,
        TargetShortlistDate = p.TargetShortlistDate, TargetFillDate = p.TargetFillDate, FeeBudget = p.FeeBudget, EffortHoursBudget = p.EffortHoursBudget,
        Requirements = [.. p.Requirements.Select(r => new RequirementRow { Code = r.TaxonomyCode, Label = r.Label, Importance = r.Importance, Weight = r.Weight, MinimumYears = r.MinimumYears, RecencyYears = r.RecencyYears })],
        Version = p.Version,
    };
}
