using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Domain.Notifications;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Features.Notifications;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>
/// The recruiter's notifications: client feedback and every interview change (requested, scheduled, moved, cancelled) reach
/// the position's recruiter in the app and by e-mail; the scheduled checks announce a search that turns worse and an
/// engagement about to end, each once however often they run.
/// </summary>
public sealed class RecruiterNotificationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static async Task<List<JsonElement>> NotesAsync(HttpClient api, string kind, string link)
        => [.. (await api.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications?take=200")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == kind && n.GetProperty("link").GetString() == link)];

    private Task<Guid> RecruiterIdAsync() => app.WithDbAsync(db => db.Users.Where(u => u.Email == app.World.EmailOf(Persona.Recruiter)).Select(u => u.Id).SingleAsync());

    private Task<int> OwnAsync(Guid position, Guid recruiter) => app.WithDbAsync(async db =>
    {
        (await db.Positions.SingleAsync(p => p.Id == position)).RecruiterId = recruiter;
        return await db.SaveChangesAsync();
    });

    private Task<long> VersionAsync(Guid application) => app.WithDbAsync(db => db.Applications.Where(a => a.Id == application).Select(a => a.Version).SingleAsync());

    [Fact]
    public async Task Client_feedback_and_every_interview_change_reach_the_positions_recruiter()
    {
        var (position, application) = await ClientWorld.NewSubmissionAsync(app, app.World.OrganizationX);
        await OwnAsync(position, await RecruiterIdAsync());
        var board = $"/Workspace/Positions/{position}/pipeline";
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        using var manager = await app.ApiAsync(Persona.HiringManagerX);
        using var admin = await app.ApiAsync(Persona.Administrator);
        var candidateEmail = await app.WithDbAsync(db => db.Applications.Where(a => a.Id == application)
            .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => c.Email).SingleAsync());

        // Feedback: in the app with the verdict and comment, and by e-mail.
        var feedback = await manager.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback",
            new { verdict = "Advance", comment = "Sharp on Epic <b>upgrades</b>." });
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        var note = Assert.Single(await NotesAsync(recruiter, NotificationKinds.ClientFeedback, board));
        Assert.Contains("Zelda Quinton", note.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Advance; \"Sharp on Epic <b>upgrades</b>.\"", note.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(Mail.ReadAll(app.MailFolder), m => m.To.Contains(app.World.EmailOf(Persona.Recruiter), StringComparison.OrdinalIgnoreCase)
            && m.Parts.Any(p => p.Text.Contains("Sharp on Epic", StringComparison.Ordinal)));

        // Requested: the client proposes slots.
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(8).AddHours(14);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/slots",
            new { slots = new[] { new { start = new DateTimeOffset(start, TimeSpan.Zero), durationMinutes = 45, location = "Room 4" } } })).StatusCode);
        Assert.Contains(await NotesAsync(recruiter, NotificationKinds.InterviewChanged, board), n => n.GetProperty("text").GetString()!.Contains("asks for an interview", StringComparison.Ordinal));

        // Scheduled, moved and cancelled by someone else (an administrator): the recruiter hears of each, the client too.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/positions/{position}/applications/{application}/interview", new { slot = 0 })).StatusCode);
        var before = Mail.ReadAll(app.MailFolder).Count;
        var moved = await admin.PostAsJsonAsync($"/api/v1/applications/{application}/interviews/reschedule",
            new { start = new DateTimeOffset(start.AddDays(1), TimeSpan.Zero), durationMinutes = 60, version = await VersionAsync(application), location = "Room 5" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var stale = await admin.PostAsJsonAsync($"/api/v1/applications/{application}/interviews/cancel", new { version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var cancelled = await admin.PostAsJsonAsync($"/api/v1/applications/{application}/interviews/cancel", new { version = await VersionAsync(application), reason = "The panel is ill." });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/applications/{application}/interviews/cancel", new { version = await VersionAsync(application) })).StatusCode);

        var changes = (await NotesAsync(recruiter, NotificationKinds.InterviewChanged, board)).Select(n => n.GetProperty("text").GetString()!).ToList();
        Assert.Contains(changes, t => t.Contains("scheduled for", StringComparison.Ordinal));
        Assert.Contains(changes, t => t.Contains($"moved from {start:yyyy-MM-dd} 14:00 UTC to {start.AddDays(1):yyyy-MM-dd} 14:00 UTC", StringComparison.Ordinal));
        Assert.Contains(changes, t => t.Contains("cancelled (The panel is ill.)", StringComparison.Ordinal));
        Assert.Equal(2, (await NotesAsync(manager, NotificationKinds.InterviewChanged, $"/Client/Positions/{position}")).Count);
        Assert.Equal(InterviewStatus.Cancelled, await app.WithDbAsync(db => db.Interviews.Where(i => i.ApplicationId == application).Select(i => i.Status).SingleAsync()));

        // The candidate's calendar follows: the same UID, an update (SEQUENCE 1) then a cancellation (SEQUENCE 2).
        var calendars = Mail.ReadAll(app.MailFolder).Skip(before).Where(m => m.To.Contains(candidateEmail, StringComparison.OrdinalIgnoreCase))
            .Select(m => ICalendar.Parse(m.Parts.Single(p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal)).Text)).ToList();
        Assert.Equal(2, calendars.Count);
        var update = Assert.Single(calendars, c => c.Value("METHOD") == "REQUEST");
        var cancel = Assert.Single(calendars, c => c.Value("METHOD") == "CANCEL");
        Assert.Equal("1", update.Value("SEQUENCE"));
        Assert.Equal("2", cancel.Value("SEQUENCE"));
        Assert.Equal("CANCELLED", cancel.Value("STATUS"));
        Assert.Equal(update.Value("UID"), cancel.Value("UID"));

        // The recruiter moving their own interview is not told of it.
        var count = (await NotesAsync(recruiter, NotificationKinds.InterviewChanged, board)).Count;
        var schedule = await recruiter.PostAsJsonAsync($"/api/v1/applications/{application}/interviews",
            new { start = new DateTimeOffset(start.AddDays(2), TimeSpan.Zero), durationMinutes = 30, version = await VersionAsync(application) });
        Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
        Assert.Equal(count, (await NotesAsync(recruiter, NotificationKinds.InterviewChanged, board)).Count);
    }

    [Fact]
    public async Task Scheduled_checks_announce_a_search_turning_worse_and_an_engagement_ending_once_each()
    {
        var recruiterId = await RecruiterIdAsync();
        var today = EngagementSeed.Today;
        var position = await ClientWorld.NewPositionAsync(app, app.World.OrganizationX, shortlistDue: today.AddDays(3), fillBy: today.AddDays(40));
        await app.WithDbAsync(async db =>
        {
            var p = await db.Positions.SingleAsync(x => x.Id == position);
            p.RecruiterId = recruiterId;
            p.SetPlan(today.AddDays(3), today.AddDays(40), null, 10, TimeProvider.System.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        var link = $"/Workspace/Searches/{position}";
        using var recruiter = await app.ApiAsync(Persona.Recruiter);

        async Task<ScheduledNoticeRound> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ScheduledNotices>().RunAsync(CancellationToken.None);
        }

        // At risk (the shortlist is due in 3 days, none submitted): announced once, however often the check runs.
        await RunAsync();
        await RunAsync();
        var atRisk = Assert.Single(await NotesAsync(recruiter, NotificationKinds.SearchAtRisk, link));
        Assert.Contains("is now at risk: The shortlist is due in 3 days and none of 3 submitted.", atRisk.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Eleven hours against a ten-hour budget: over budget is worse, so it is announced too.
        var logged = await recruiter.PostAsJsonAsync($"/api/v1/searches/{position}/hours", new { date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hours = 11, note = "Sourcing" });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        await RunAsync();
        await RunAsync();
        var notes = await NotesAsync(recruiter, NotificationKinds.SearchAtRisk, link);
        Assert.Equal(2, notes.Count);
        Assert.Contains("is now over budget: 11 hours logged against a budget of 10.", notes[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("OverBudget", await app.WithDbAsync(db => db.NotificationMarks.Where(m => m.SubjectId == position && m.Kind == NotificationKinds.SearchAtRisk).Select(m => m.State).SingleAsync()));

        // An engagement ending in ten days (within the default 14) warns the recruiter and the client's hiring managers once.
        var ending = await EngagementSeed.CreateAsync(app, app.World.OrganizationX, app.World.CandidateB, end: today.AddDays(10));
        var later = await EngagementSeed.CreateAsync(app, app.World.OrganizationX, app.World.CandidateB, end: today.AddDays(30));
        await app.WithDbAsync(async db =>
        {
            foreach (var id in new[] { ending.PositionId, later.PositionId }) (await db.Positions.SingleAsync(p => p.Id == id)).RecruiterId = recruiterId;
            return await db.SaveChangesAsync();
        });
        await RunAsync();
        await RunAsync();
        var warning = Assert.Single(await NotesAsync(recruiter, NotificationKinds.EngagementEnding, $"/Workspace/Engagements/{ending.EngagementId}"));
        Assert.Contains($"the engagement ends on {today.AddDays(10):yyyy-MM-dd}, in 10 days.", warning.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(await NotesAsync(recruiter, NotificationKinds.EngagementEnding, $"/Workspace/Engagements/{later.EngagementId}"));
        using var manager = await app.ApiAsync(Persona.HiringManagerX);
        using var other = await app.ApiAsync(Persona.HiringManagerY);
        Assert.Contains(await NotesAsync(manager, NotificationKinds.EngagementEnding, "/Client/Timesheets"), n => n.GetProperty("text").GetString()!.Contains("Ben Brook", StringComparison.Ordinal));
        Assert.Empty(await NotesAsync(other, NotificationKinds.EngagementEnding, "/Client/Timesheets"));
    }
}
