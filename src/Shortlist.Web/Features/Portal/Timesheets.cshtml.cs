using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Engagements;

namespace Shortlist.Web.Features.Portal;

/// <summary>The placed professional's timesheets: a week at a time, hours per day with a note, saved and submitted to the client.</summary>
public sealed class TimesheetsModel(EngagementService engagements) : PageModel
{
    public IReadOnlyList<EngagementSummary> Mine { get; private set; } = [];
    public EngagementDetail? Selected { get; private set; }
    public WeekForm? Week { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? engagement, string? week, CancellationToken ct)
        => await LoadAsync(engagement, WeekForm.ParseWeek(week), null, null, null, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid? engagement, DateOnly? week, string?[]? hours, string?[]? notes, string? error, CancellationToken ct)
    {
        Mine = await engagements.ListAsync(ct);
        var chosen = engagement is { } id ? Mine.FirstOrDefault(e => e.Id == id) : Mine.OrderByDescending(e => e.End >= engagements.Today).ThenByDescending(e => e.Start).FirstOrDefault();
        if (engagement is not null && chosen is null) return false;
        if (chosen is null) return true;
        Selected = await engagements.GetAsync(chosen.Id, ct);
        if (Selected is null) return false;
        var monday = Domain.Engagements.TimesheetWeek.MondayOf(week ?? WeekForm.DefaultWeek(chosen, engagements.Today));
        Week = WeekForm.For(Selected.Engagement, monday, Selected.Timesheets.FirstOrDefault(t => t.WeekStart == monday), hours, notes, error);
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
                Message = submit ? "Your week is submitted; the client is asked to approve it." : "Your week is saved. Submit it when it is complete.";
                return RedirectToPage(new { engagement = id, week = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
            }
            error = outcome.Message;
        }
        return await LoadAsync(id, monday, hours, notes, error, ct) ? Page() : NotFound();
    }

}
