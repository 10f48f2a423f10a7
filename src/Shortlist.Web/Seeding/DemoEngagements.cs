using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Notifications;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Web.Seeding;

/// <summary>
/// The demo's contract engagement: the demo candidate placed with the first healthcare client nine weeks ago, eight weeks
/// approved and last week submitted (about 80 % of a 400-hour budget), and a few notifications that point at it.
/// </summary>
public static class DemoEngagements
{
    public static async Task SeedAsync(ShortlistDbContext db, TimeProvider clock, Guid organizationId, Guid candidateId,
        Guid recruiterUserId, Guid hiringManagerUserId, Guid candidateUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var position = await db.Positions.Where(p => p.OrganizationId == organizationId && !db.Applications.Any(a => a.PositionId == p.Id && a.CandidateId == candidateId))
            .OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (position is null) return;
        var candidate = await db.Candidates.FirstAsync(c => c.Id == candidateId, ct);
        var thisMonday = TimesheetWeek.MondayOf(today);
        var start = thisMonday.AddDays(-63);

        var application = new Application(position.Id, candidateId, ApplicationOrigin.Sourced, now.AddDays(-100));
        foreach (var (stage, daysAgo) in new[] { (Stage.Screening, 95), (Stage.Submitted, 90), (Stage.ClientReview, 85), (Stage.Interview, 80), (Stage.Offer, 70) })
            application.MoveTo(stage, now.AddDays(-daysAgo));
        var placement = application.Place(start, EngagementTypes.Contract, 115m, now.AddDays(-66));
        var engagement = placement.StartEngagement(thisMonday.AddDays(34), 115m, 400, now.AddDays(-66));
        db.Applications.Add(application);
        db.Placements.Add(placement);
        db.Engagements.Add(engagement);

        string[] notes = ["Cut-over planning", "Steering committee", null!, "Vendor workshop", null!];
        for (var w = 0; w < 9; w++)
        {
            var monday = start.AddDays(7 * w);
            var week = engagement.OpenWeek(monday, now.AddDays(-63 + 7 * w + 5));
            week.Enter(engagement, Enumerable.Range(0, 5).Select(d => new TimesheetDay(monday.AddDays(d), d == 4 ? 4 : 8, notes[(w + d) % notes.Length])), now.AddDays(-63 + 7 * w + 5));
            week.Submit(now.AddDays(-63 + 7 * w + 5));
            if (w < 8) week.Approve("Hiring manager, first healthcare client", now.AddDays(-63 + 7 * w + 6));
            db.Timesheets.Add(week);
        }

        var name = candidate.FullName;
        db.Notifications.AddRange(
            new Notification(hiringManagerUserId, NotificationKinds.TimesheetAwaitingApproval,
                $"{name} submitted 36 hours for the week of {start.AddDays(56):yyyy-MM-dd} ({position.Title}); it awaits your approval.", "/Client/Timesheets", now.AddHours(-20)),
            new Notification(recruiterUserId, NotificationKinds.EngagementWarning,
                $"{name}: 81 % of the hours budget is used (324 of 400 hours); at the current rate it runs out before the end date.", $"/Workspace/Engagements/{engagement.Id}", now.AddHours(-19)),
            new Notification(recruiterUserId, NotificationKinds.TimesheetDecided,
                $"{name}: the timesheet for the week of {start.AddDays(49):yyyy-MM-dd} ({position.Title}) was approved.", $"/Workspace/Engagements/{engagement.Id}", now.AddDays(-6)),
            new Notification(candidateUserId, NotificationKinds.TimesheetDecided,
                $"The timesheet for the week of {start.AddDays(49):yyyy-MM-dd} ({position.Title}) was approved.", "/Portal/Timesheets", now.AddDays(-6)));
        await db.SaveChangesAsync(ct);
    }
}
