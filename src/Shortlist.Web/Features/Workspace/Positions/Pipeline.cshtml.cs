using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Features.Pipeline;

namespace Shortlist.Web.Features.Workspace.Positions;

/// <summary>
/// The pipeline board of a position: a column per stage, a card per candidate with days in stage. Every move is a plain form
/// (works without JavaScript and from the keyboard); pipeline.js adds drag and drop and arrow keys on top of the same forms.
/// </summary>
public sealed class PipelineModel(PipelineService pipeline, Shortlist.Web.Features.Submissions.SubmissionService submissions, Shortlist.Data.ShortlistDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Tomorrow at 10:00 UTC, the interview form's suggestion.</summary>
    public string SuggestedInterviewStart => clock.GetUtcNow().UtcDateTime.Date.AddDays(1).ToString("yyyy-MM-dd'T'10:00", CultureInfo.InvariantCulture);

    public PipelineBoard Board { get; private set; } = null!;
    public string? Message { get; private set; }
    public BulkMoveResponse? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid applicationId, long version, Stage stage, CloseReason? reason, string? note, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
        {
            if (stage == Stage.Closed && reason is null) throw new DomainRuleException("Choose why the application is closed.", "reason");
            var moved = await pipeline.MoveAsync(applicationId, new MoveRequest(stage, version, reason, note), ct);
            return moved is null ? null : $"Moved to {StageText.Of(moved.Stage)}.";
        }, ct);

    public async Task<IActionResult> OnPostBulkMoveAsync(Guid id, List<string>? selected, Stage stage, CloseReason? reason, string? note, CancellationToken ct)
    {
        var items = new List<BulkMoveItem>();
        foreach (var s in selected ?? [])
        {
            var parts = s.Split(':');
            if (parts.Length == 2 && Guid.TryParse(parts[0], out var appId) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var v)) items.Add(new(appId, v));
        }
        try
        {
            if (items.Count == 0) throw new DomainRuleException("Select the cards to move first.", "applications");
            if (stage == Stage.Closed && reason is null) throw new DomainRuleException("Choose why the applications are closed.", "reason");
            var report = await pipeline.BulkMoveAsync(id, new BulkMoveRequest(items, stage, reason, note), ct);
            if (report is null) return NotFound();
            Report = report;
            Message = $"{report.Moved} moved to {StageText.Of(stage)}" + (report.Refused == 0 ? "." : $"; {report.Refused} refused (see below).");
        }
        catch (DomainRuleException e) { ModelState.AddModelError("", e.Message); }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostInterviewAsync(Guid id, Guid applicationId, long version, DateTime? start, int? durationMinutes, string? location, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
        {
            if (start is null) throw new DomainRuleException("Enter when the interview starts.", "start");
            var at = new DateTimeOffset(DateTime.SpecifyKind(start.Value, DateTimeKind.Unspecified), TimeSpan.Zero);
            var interview = await pipeline.ScheduleInterviewAsync(applicationId, new ScheduleInterviewRequest(at, durationMinutes ?? 60, version, location), ct);
            return interview is null ? null : $"Interview scheduled for {interview.Start.UtcDateTime:yyyy-MM-dd HH:mm} UTC; the invitation was e-mailed to the candidate.";
        }, ct);

    public Task<IActionResult> OnPostRescheduleAsync(Guid id, Guid applicationId, long version, DateTime? start, int? durationMinutes, string? location, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
        {
            if (start is null) throw new DomainRuleException("Enter when the interview starts.", "start");
            var at = new DateTimeOffset(DateTime.SpecifyKind(start.Value, DateTimeKind.Unspecified), TimeSpan.Zero);
            var moved = await pipeline.RescheduleInterviewAsync(applicationId, new RescheduleInterviewRequest(at, durationMinutes ?? 60, version, location), ct);
            return moved is null ? null : $"Interview moved to {moved.Start.UtcDateTime:yyyy-MM-dd HH:mm} UTC; the updated invitation was e-mailed to the candidate.";
        }, ct);

    public Task<IActionResult> OnPostCancelInterviewAsync(Guid id, Guid applicationId, long version, string? reason, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
            await pipeline.CancelInterviewAsync(applicationId, new CancelInterviewRequest(version, reason), ct) is null ? null
                : "Interview cancelled; the candidate was sent the cancellation.", ct);

    /// <summary>Confirms a slot the client proposed: the interview is scheduled and the invitations (.ics) go out.</summary>
    public Task<IActionResult> OnPostConfirmSlotAsync(Guid id, Guid applicationId, int slot, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
        {
            var interview = await submissions.ConfirmSlotAsync(id, applicationId, slot, ct);
            return interview is null ? null : $"Interview scheduled for {interview.Start.UtcDateTime:yyyy-MM-dd HH:mm} UTC; the invitations were e-mailed.";
        }, ct);

    public Task<IActionResult> OnPostOfferAsync(Guid id, Guid applicationId, long version, decimal? amount, string? terms, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
            await pipeline.OfferAsync(applicationId, new OfferRequest(version, amount, terms), ct) is null ? null : "Offer recorded.", ct);

    public Task<IActionResult> OnPostPlaceAsync(Guid id, Guid applicationId, long version, DateOnly? startDate, EngagementTypes engagement, decimal? feeOrRate,
        DateOnly? endDate, decimal? billRate, double? hoursBudget, CancellationToken ct)
        => ActAsync(id, applicationId, async () =>
        {
            if (startDate is null) throw new DomainRuleException("Enter the first day of work.", "startDate");
            var placed = await pipeline.PlaceAsync(applicationId, new PlaceRequest(startDate.Value, engagement, version, feeOrRate, endDate, billRate, hoursBudget), ct);
            return placed is null ? null : placed.EngagementId is null ? "Placed; the position is filled." : "Placed; the position is filled and the contract engagement has started.";
        }, ct);

    /// <summary>Runs one card action: a rule broken or a stale card shows a message on the board and changes nothing.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Guid applicationId, Func<Task<string?>> action, CancellationToken ct)
    {
        try
        {
            var message = await action();
            if (message is null) return NotFound();
            Message = message;
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear(); // whatever the refused action half-changed must not be saved with the board's audit entry
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "Someone else changed this card since you loaded the board. Nothing was changed; the board now shows where it stands.");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Board.Columns.SelectMany(c => c.Cards).All(c => c.ApplicationId != applicationId) && ModelState.IsValid) return NotFound();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var board = await pipeline.BoardAsync(id, ct);
        if (board is null) return false;
        Board = board;
        return true;
    }
}

/// <summary>Stage names as people read them.</summary>
public static class StageText
{
    public static string Of(Stage stage) => stage switch
    {
        Stage.ClientReview => "Client review",
        _ => stage.ToString(),
    };

    public static string Of(CloseReason reason) => reason switch
    {
        CloseReason.PositionClosed => "Position closed",
        _ => reason.ToString(),
    };
}
