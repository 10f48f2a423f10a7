using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Web.Features.Positions;
using Shortlist.Web.Features.SearchRequests;

namespace Shortlist.Web.Features.Workspace.Requests;

/// <summary>One search request in full, with the recruiter's two decisions: qualify it into a position (everything editable) or decline it with a reason.</summary>
public sealed class DetailsModel(SearchRequestService requests, ShortlistDbContext db) : PageModel
{
    public const string NewOrganization = "new";

    public sealed class RequirementRow
    {
        public bool Include { get; set; } = true;
        public string? Code { get; set; }
        public string? Label { get; set; }
        public Importance Importance { get; set; } = Importance.Nice;
        public double Weight { get; set; } = 1;
        public double? MinimumYears { get; set; }
    }

    public sealed class QualifyForm
    {
        public string Organization { get; set; } = NewOrganization;
        public string? NewOrganizationName { get; set; }
        public string Title { get; set; } = "";
        public string Description { get; set; } = "";
        public DateOnly? StartDate { get; set; }
        public DateOnly? TargetShortlistDate { get; set; }
        public DateOnly? TargetFillDate { get; set; }
        public decimal? FeeBudget { get; set; }
        public double? EffortHoursBudget { get; set; }
        public List<RequirementRow> Rows { get; set; } = [];
    }

    public SearchRequestResponse Item { get; private set; } = null!;
    public TaxonomyChoices Choices { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    [BindProperty] public QualifyForm Qualify { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var organizationId = Item.OrganizationId ?? Organizations.FirstOrDefault(o => string.Equals(o.Name, Item.Requester?.OrganizationName, StringComparison.OrdinalIgnoreCase)).Id;
        Qualify = new QualifyForm
        {
            Organization = organizationId is { } org && org != Guid.Empty ? org.ToString() : NewOrganization,
            NewOrganizationName = Item.Requester?.OrganizationName,
            Title = Item.Title,
            Description = SearchRequestService.DefaultDescription(Item),
            StartDate = Item.StartDate, TargetShortlistDate = Item.TargetShortlistDate, TargetFillDate = Item.TargetFillDate,
            Rows = SearchRequestService.DefaultRequirements(Item, Choices)
                .Select(r => new RequirementRow { Code = r.TaxonomyCode, Label = r.Label, Importance = r.Importance, Weight = r.Weight, MinimumYears = r.MinimumYears })
                .Concat(Enumerable.Range(0, 3).Select(_ => new RequirementRow { Include = false })).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostQualifyAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            var rows = new List<RequirementInput>();
            foreach (var row in Qualify.Rows.Where(r => r.Include && !string.IsNullOrWhiteSpace(r.Code)))
            {
                var code = Choices.Find(row.Code)?.Code ?? Choices.Resolve(row.Code!)
                    ?? throw new DomainRuleException($"No taxonomy entry has the code or name '{row.Code!.Trim()}'.", "requirements");
                rows.Add(new RequirementInput(code, string.IsNullOrWhiteSpace(row.Label) ? Choices.NameOf(code) : row.Label.Trim(), row.Importance, row.Weight, row.MinimumYears));
            }
            Guid? organizationId = Qualify.Organization == NewOrganization ? null
                : Guid.TryParse(Qualify.Organization, out var picked) ? picked : throw new DomainRuleException("Choose an organization.", "organizationId");
            var position = await requests.QualifyAsync(id, new QualifyInput(Qualify.Title, organizationId, Qualify.NewOrganizationName, Qualify.Description, rows,
                Qualify.StartDate, Qualify.TargetShortlistDate, Qualify.TargetFillDate, Qualify.FeeBudget, Qualify.EffortHoursBudget), ct);
            if (position is null) return NotFound();

            return Redirect($"/Positions/{position.Id}");
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(e.Field is null ? "" : "Qualify", e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            if (await requests.DeclineAsync(id, Reason, ct) is null) return NotFound();
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Reason", e.Message);
            return Page();
        }
        TempData["Message"] = "The request was declined; the client was told why.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } found) return false;
        Item = found;
        Choices = await requests.ChoicesAsync(ct);
        Organizations = (await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
        return true;
    }
}
