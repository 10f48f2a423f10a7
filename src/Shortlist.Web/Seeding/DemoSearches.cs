using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Searches;

namespace Shortlist.Web.Seeding;

/// <summary>
/// Gives the demo recruiter searches in every state, with logged hours, so "My searches" shows on track, at risk, late and
/// over budget from the first start; and adds e-mail templates. Deterministic: same database, same result.
/// </summary>
public static class DemoSearches
{
    private sealed record Plan(int ShortlistInDays, int FillInDays, double Budget, double Logged, string Why);

    private static readonly Plan[] Plans =
    [
        new(21, 55, 60, 12, "on track"),
        new(30, 70, 80, 20, "on track"),
        new(4, 40, 40, 16, "at risk: shortlist due soon"),
        new(25, 60, 40, 34, "at risk: 85% of the budget used"),
        new(-20, -3, 50, 38, "late: fill date passed"),
        new(-6, 30, 45, 22, "late: shortlist overdue"),
        new(18, 50, 30, 37, "over budget"),
    ];

    public static async Task SeedAsync(ShortlistDbContext db, Guid recruiterId, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var placed = await db.Placements.Select(p => p.PositionId).ToListAsync(ct);
        var positions = await db.Positions.Where(p => p.Status == PositionStatus.Open && !placed.Contains(p.Id))
            .OrderBy(p => p.Id).Take(Plans.Length).ToListAsync(ct);
        for (var i = 0; i < positions.Count; i++)
        {
            var (position, plan) = (positions[i], Plans[i]);
            position.RecruiterId = recruiterId;
            position.SetPlan(today.AddDays(plan.ShortlistInDays), today.AddDays(plan.FillInDays), 18_000 + 2_000 * i, plan.Budget, now);
            // The hours spread over the last weeks, a few each working day, oldest first.
            var left = plan.Logged;
            for (var day = 24; left > 0 && day >= 0; day -= 2)
            {
                var hours = Math.Min(left, 1.5 + (day + i) % 3);
                db.EffortEntries.Add(new EffortEntry(position.Id, recruiterId, today.AddDays(-day), hours, DayNote(day), now));
                left -= hours;
            }
        }
        var names = await db.MessageTemplates.Select(t => t.Name).ToListAsync(ct);
        foreach (var (name, subject, body) in Templates)
            if (!names.Contains(name)) db.MessageTemplates.Add(new MessageTemplate(name, subject, body, now));
        if (!await db.Activities.AnyAsync(ct)) await SeedActivitiesAsync(db, recruiterId, positions, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The demo e-mail templates: first contact, interview confirmation, submission and a follow-up after the interview.</summary>
    public static readonly IReadOnlyList<(string Name, string Subject, string Body)> Templates =
    [
        ("First contact", "{{position.title}} with {{organization.name}}",
            "Hello {{candidate.firstName}},\n\nI am looking for a {{position.title}} for {{organization.name}} and your background stood out. "
            + "Could we talk this week?\n\nBest regards,\n{{recruiter.name}}"),
        ("Submitted to the client", "Your profile went to {{organization.name}}",
            "Hello {{candidate.firstName}},\n\nI have put you forward for {{position.title}} at {{organization.name}}. I will let you know as soon as they answer.\n\n{{recruiter.name}}"),
        ("Interview confirmation", "Interview with {{organization.name}} confirmed",
            "Hello {{candidate.firstName}},\n\nYour interview for {{position.title}} at {{organization.name}} is confirmed; the calendar invitation follows separately. "
            + "Reply to this e-mail if anything changes, and call me beforehand if you would like to prepare together.\n\nGood luck,\n{{recruiter.name}}"),
        ("After the interview", "How did it go at {{organization.name}}?",
            "Hello {{candidate.firstName}},\n\nThank you for meeting {{organization.name}} about {{position.title}}. How did it go from your side? "
            + "Your impressions help me when I follow up with them.\n\nBest regards,\n{{recruiter.name}}"),
    ];

    /// <summary>A few calls, meetings and notes on the first searches, their clients and a candidate in each pipeline, so the timelines show something.</summary>
    private static async Task SeedActivitiesAsync(ShortlistDbContext db, Guid recruiterId, IReadOnlyList<Position> positions, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (position, i) in positions.Take(3).Select((p, i) => (p, i)))
        {
            db.Activities.Add(new Activity(ActivityKind.Meeting, ActivitySubject.Organization, position.OrganizationId,
                $"Intake meeting for {position.Title}: must-haves agreed, budget confirmed, two interview rounds.", recruiterId, now.AddDays(-20 - i), now));
            db.Activities.Add(new Activity(ActivityKind.Call, ActivitySubject.Position, position.Id,
                "Weekly update call with the hiring manager: they want to see the first profiles by Friday.", recruiterId, now.AddDays(-6 - i), now));
            db.Activities.Add(new Activity(ActivityKind.Note, ActivitySubject.Position, position.Id,
                "Market is thin for this mix of skills; widened the search to contractors open to a permanent role.", recruiterId, now.AddDays(-3 - i), now));
            var candidate = await db.Applications.Where(a => a.PositionId == position.Id).OrderBy(a => a.Id).Select(a => (Guid?)a.CandidateId).FirstOrDefaultAsync(ct);
            if (candidate is { } c)
                db.Activities.Add(new Activity(ActivityKind.Call, ActivitySubject.Candidate, c,
                    $"Screening call about {position.Title}: interested, available in a month, notice period agreed with the current employer.", recruiterId, now.AddDays(-5 - i), now));
        }
    }

    private static string DayNote(int day) => (day % 4) switch
    {
        0 => "Sourcing and outreach",
        1 => "Screening calls",
        2 => "Client debrief",
        _ => "Shortlist write-up",
    };
}
