using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Engagements;

namespace Shortlist.Web.Features.Workspace.Engagements;

/// <summary>One engagement for the firm: burn and warnings, the terms (end date, budget, rate), every week, and a week's hours entered for the professional.</summary>
public sealed class DetailsModel(EngagementService engagements) : PageModel
{
    public EngagementDetail Detail { get; private set; } = null!;
    public WeekForm Week { get; private set; } = null!;
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? week, CancellationToken ct)
        => await LoadAsync(id, WeekForm.ParseWeek(week), null, null, null, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, DateOnly? week, string?[]? hours, string?[]? notes, string? weekError, CancellationToken ct)
    {
        var detail = await engagements.GetAsync(id, ct);
        if (detail is null) return false;
        Detail = detail;
        var monday = Domain.Engagements.TimesheetWeek.MondayOf(week ?? WeekForm.DefaultWeek(detail.Engagement, engagements.Today));
        Week = WeekForm.For(detail.Engagement, monday, detail.Timesheets.FirstOrDefault(t => t.WeekStart == monday), hours, notes, weekError);
        return true;
    }

    public async Task<IActionResult> OnPostWeekAsync(Guid id, string? week, string?[]? hours, string?[]? notes, long? version, bool submit, CancellationToken ct)
    {
        if (WeekForm.ParseWeek(week) is not { } monday) return BadRequest();
        var (days, error) = WeekForm.Parse(monday, hours, notes);
        if (days is not null)
        {
            var outcome = await engagements.SaveWeekAsync(id, monday, new TimesheetRequest(days, version, submit), ct);
            if (outcome.Status == EngagementOutcome.NotFound) return NotFound();
            if (outcome.Status == EngagementOutcome.Ok)
            {
                Message = submit ? "The week is submitted; the client's hiring manager is asked to approve it." : "The week is saved.";
                return RedirectToPage(new { id, week = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
            }
            error = outcome.Message;
        }
        return await LoadAsync(id, monday, hours, notes, error, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostTermsAsync(Guid id, string? end, string? hoursBudget, string? billRate, long version, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endDate)
            || !double.TryParse(hoursBudget, NumberStyles.Float, CultureInfo.InvariantCulture, out var budget)
            || !decimal.TryParse(billRate, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate))
        {
            Error = "Give the end date, the hours budget and the bill rate.";
            return await LoadAsync(id, null, null, null, null, ct) ? Page() : NotFound();
        }
        var outcome = await engagements.UpdateAsync(id, new UpdateEngagementRequest(endDate, budget, rate, version), ct);
        if (outcome.Status == EngagementOutcome.NotFound) return NotFound();
        if (outcome.Status == EngagementOutcome.Ok)
        {
            Message = "The terms are saved.";
            return RedirectToPage(new { id });
        }
        Error = outcome.Message;
        return await LoadAsync(id, null, null, null, null, ct) ? Page() : NotFound();
    }

}
