using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Engagements;

namespace Shortlist.Web.Features.Workspace.Engagements;

/// <summary>Every engagement with its burn and warnings (those needing attention first), and contract placements still to start.</summary>
public sealed class IndexModel(EngagementService engagements) : PageModel
{
    public IReadOnlyList<EngagementSummary> Engagements { get; private set; } = [];
    public IReadOnlyList<PlacementWithoutEngagement> Unstarted { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Engagements = (await engagements.ListAsync(ct)).OrderByDescending(e => e.Burn.Warnings.Count).ThenBy(e => e.End).ToList();
        Unstarted = await engagements.UnstartedAsync(ct);
    }

    public async Task<IActionResult> OnPostStartAsync(Guid placementId, string? end, string? billRate, string? hoursBudget, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endDate)
            || !decimal.TryParse(billRate, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate)
            || !double.TryParse(hoursBudget, NumberStyles.Float, CultureInfo.InvariantCulture, out var budget))
        {
            Error = "Give the end date, the bill rate and the hours budget.";
            await OnGetAsync(ct);
            return Page();
        }
        var outcome = await engagements.StartAsync(new StartEngagementRequest(placementId, endDate, rate, budget), ct);
        switch (outcome.Status)
        {
            case EngagementOutcome.Ok: return RedirectToPage("Details", new { id = outcome.Value!.Id });
            case EngagementOutcome.NotFound: return NotFound();
            default:
                Error = outcome.Message;
                await OnGetAsync(ct);
                return Page();
        }
    }
}
