using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Engagements;
using Shortlist.Web.Features.Engagements;

namespace Shortlist.Web.Features.Client;

/// <summary>The client's hiring manager: timesheets awaiting approval (approve, or send back with a reason) and the burn of their engagements.</summary>
public sealed class TimesheetsModel(EngagementService engagements) : PageModel
{
    public IReadOnlyList<TimesheetView> Waiting { get; private set; } = [];
    public IReadOnlyList<EngagementSummary> Engagements { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }
    public Guid? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Waiting = await engagements.TimesheetsAsync(TimesheetStatus.Submitted, ct);
        Engagements = await engagements.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, long? version, CancellationToken ct)
        => await AnswerAsync(id, await engagements.ApproveAsync(id, version, ct), "Approved.", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, long? version, CancellationToken ct)
        => await AnswerAsync(id, await engagements.RejectAsync(id, reason, version, ct), "Sent back with your reason.", ct);

    private async Task<IActionResult> AnswerAsync(Guid id, Outcome<TimesheetView> outcome, string done, CancellationToken ct)
    {
        if (outcome.Status == EngagementOutcome.NotFound) return NotFound();
        if (outcome.Status == EngagementOutcome.Ok)
        {
            Message = $"{outcome.Value!.CandidateName}, week of {outcome.Value.WeekStart:yyyy-MM-dd}: {done}";
            return RedirectToPage();
        }
        (Error, FailedId) = (outcome.Message, id);
        await OnGetAsync(ct);
        return Page();
    }
}
