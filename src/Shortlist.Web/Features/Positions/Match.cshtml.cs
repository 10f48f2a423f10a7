using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Matching;

namespace Shortlist.Web.Features.Positions;

/// <summary>One requirement as the match page edits it.</summary>
public sealed class RequirementForm
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public Importance Importance { get; set; }
    public double Weight { get; set; } = 1;
    public double? MinimumYears { get; set; }
    public int? RecencyYears { get; set; }
}

/// <summary>The position's match page: the ranking with explanations, weight controls, what-if, and adding candidates to the pipeline.</summary>
public sealed class MatchModel(ShortlistDbContext db, CurrentUser user, MatchReader reader, AuditLog audit, TimeProvider clock) : PageModel
{
    public MatchListResponse Result { get; private set; } = null!;
    public string? Message { get; private set; }

    [BindProperty] public List<RequirementForm> Requirements { get; set; } = [];
    [BindProperty] public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await reader.ForPositionAsync(id, null, 50, 0, whatIf: true, ct);
        if (result is null) return NotFound();
        Show(result);
        return Page();
    }

    /// <summary>Re-ranks with the weights in the form, without saving them.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken ct)
    {
        var requirements = Domain();
        if (requirements is null) return await WithSavedRankingAsync(id, ct);
        var result = await reader.ForPositionAsync(id, requirements, 50, 0, whatIf: true, ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }

    /// <summary>Saves the weights with the position and shows the ranking they give.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var requirements = Domain();
        if (requirements is null) return await WithSavedRankingAsync(id, ct);
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return NotFound();
        if (position.Version != Version)
        {
            ModelState.Clear();
            var fresh = await reader.ForPositionAsync(id, null, 50, 0, whatIf: true, ct);
            Show(fresh!);
            ModelState.AddModelError("", "Someone changed this position's requirements since you opened the page. The saved requirements are shown again; make your change once more.");
            return Page();
        }
        position.SetRequirements(requirements, clock.GetUtcNow());
        audit.Record("position.requirements", nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        ModelState.Clear();
        var result = await reader.ForPositionAsync(id, null, 50, 0, whatIf: true, ct);
        Show(result!);
        Message = "Saved. The ranking uses the new weights.";
        return Page();
    }

    /// <summary>Adds a ranked candidate to the position's pipeline.</summary>
    public async Task<IActionResult> OnPostPipelineAsync(Guid id, Guid candidateId, CancellationToken ct)
        => (await reader.AddToPipelineAsync(id, candidateId, ct)).Found ? RedirectToPage(new { id }) : NotFound();

    /// <summary>The page with the saved ranking but the form as posted, so nothing typed is lost while the errors show.</summary>
    private async Task<IActionResult> WithSavedRankingAsync(Guid id, CancellationToken ct)
    {
        var saved = await reader.ForPositionAsync(id, null, 50, 0, whatIf: true, ct);
        if (saved is null) return NotFound();
        Result = saved;
        return Page();
    }

    private void Show(MatchListResponse result)
    {
        Result = result;
        Version = result.PositionVersion;
        Requirements = [.. result.Requirements.Select(r => new RequirementForm
        {
            Code = r.TaxonomyCode, Label = r.Label, Importance = r.Importance, Weight = r.Weight, MinimumYears = r.MinimumYears, RecencyYears = r.RecencyYears,
        })];
    }

    /// <summary>The form's requirements in the domain's terms, or null with the errors in the model state.</summary>
    private List<Requirement>? Domain()
    {
        if (!ModelState.IsValid) return null;
        if (Requirements.Count > 100) { ModelState.AddModelError("", "At most 100 requirements."); return null; }
        var list = new List<Requirement>();
        foreach (var (r, i) in Requirements.Select((r, i) => (r, i)))
        {
            try { list.Add(new Requirement(r.Code, r.Label, r.Importance, r.Weight, r.MinimumYears, r.RecencyYears)); }
            catch (DomainRuleException e) { ModelState.AddModelError($"Requirements[{i}].{e.Field}", $"{r.Label}: {e.Message}"); }
        }
        return ModelState.IsValid ? list : null;
    }
}
