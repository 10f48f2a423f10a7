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
        if (!await db.MessageTemplates.AnyAsync(ct))
        {
            db.MessageTemplates.Add(new MessageTemplate("First contact", "{{position.title}} with {{organization.name}}",
                "Hello {{candidate.firstName}},\n\nI am looking for a {{position.title}} for {{organization.name}} and your background stood out. "
                + "Could we talk this week?\n\nBest regards,\n{{recruiter.name}}", now));
            db.MessageTemplates.Add(new MessageTemplate("Submitted to the client", "Your profile went to {{organization.name}}",
                "Hello {{candidate.firstName}},\n\nI have put you forward for {{position.title}} at {{organization.name}}. I will let you know as soon as they answer.\n\n{{recruiter.name}}", now));
        }
        await db.SaveChangesAsync(ct);
    }

    private static string DayNote(int day) => (day % 4) switch
    {
        0 => "Sourcing and outreach",
        1 => "Screening calls",
        2 => "Client debrief",
        _ => "Shortlist write-up",
    };
}
