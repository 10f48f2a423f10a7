using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Career conversations end to end: a candidate asks, a recruiter proposes, the candidate gets an iCalendar invitation.</summary>
public abstract class ConversationTests(AppFixture app)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static string LocalStart(int daysAhead, int hour) => TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(daysAhead).AddHours(hour).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static string ExpectedUtc(string localStart)
    {
        var local = DateTime.ParseExact(localStart, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return TimeZoneInfo.ConvertTimeToUtc(local, London).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    }

    private async Task<Guid> AskAsync(HttpClient candidate, string note)
    {
        var response = await candidate.PostAsJsonAsync("/api/v1/me/conversations", new { topics = new[] { "Next role", "Rates and salary" }, preferredTimes = "Weekday mornings, UK time", note });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Requested", body.GetProperty("status").GetString());
        return body.GetProperty("id").GetGuid();
    }

    private IReadOnlyList<ICalendar> InvitationsFor(string uidPart) => Mail.ReadAll(app.MailFolder)
        .SelectMany(m => m.Parts.Where(p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal)).Select(p => (m, p)))
        .Select(x =>
        {
            Assert.Contains("method=REQUEST", x.p.ContentType, StringComparison.Ordinal);
            Assert.StartsWith("multipart/mixed", x.m.Headers["Content-Type"], StringComparison.Ordinal);
            Assert.StartsWith("attachment", x.p.Disposition, StringComparison.Ordinal);
            return ICalendar.Parse(x.p.Text);
        })
        .Where(c => c.Value("UID")?.Contains(uidPart, StringComparison.Ordinal) == true)
        .ToList();

    [Fact]
    public async Task Request_queue_propose_sends_an_invitation_and_a_new_proposal_updates_the_same_event()
    {
        using var candidate = await app.ApiAsync(Persona.CandidateA);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var note = "Thinking about contract work; semicolons; commas, and a long note " + new string('x', 120);
        var id = await AskAsync(candidate, note);

        var queue = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/conversations");
        var item = queue.EnumerateArray().Single(q => q.GetProperty("id").GetGuid() == id);
        Assert.Equal("Ada Archer", item.GetProperty("candidateName").GetString());
        Assert.Equal(app.World.CandidateA, item.GetProperty("candidateId").GetGuid());
        Assert.Equal(note, item.GetProperty("note").GetString());
        Assert.Equal(0, item.GetProperty("daysWaiting").GetInt32());
        // Reading a candidate's conversation as staff is audited.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "conversation.read" && e.EntityId == app.World.CandidateA)));

        var first = LocalStart(10, 10);
        var response = await recruiter.PostAsJsonAsync($"/api/v1/conversations/{id}/proposal", new
        {
            localStart = first, timeZone = "Europe/London", durationMinutes = 45, location = "https://meet.example/ada; room 2, floor 3",
            message = "Looking forward to it.\nBring your questions about rates.",
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var proposed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());

        var invitation = Assert.Single(InvitationsFor(id.ToString("N")));
        Assert.Equal("REQUEST", invitation.Value("METHOD"));
        Assert.Equal("0", invitation.Value("SEQUENCE"));
        Assert.Equal(ExpectedUtc(first), invitation.Value("DTSTART"));
        Assert.EndsWith("Z", invitation.Value("DTEND"), StringComparison.Ordinal);
        Assert.Matches("^\\d{8}T\\d{6}Z$", invitation.Value("DTSTAMP")!);
        Assert.Equal(@"https://meet.example/ada\; room 2\, floor 3", invitation.Value("LOCATION"));
        Assert.Contains(@"Looking forward to it.\nBring your questions about rates.", invitation.Value("DESCRIPTION"), StringComparison.Ordinal);
        Assert.Contains("mailto:candidatea@world.test", invitation.Line("ATTENDEE"), StringComparison.Ordinal);
        Assert.Contains("mailto:recruiter@world.test", invitation.Line("ORGANIZER"), StringComparison.Ordinal);
        Assert.NotNull(invitation.Value("SUMMARY"));
        var uid = invitation.Value("UID");

        // The candidate sees the proposal, readably.
        var mine = await candidate.GetFromJsonAsync<JsonElement>("/api/v1/me/conversations");
        var own = mine.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal("Proposed", own.GetProperty("status").GetString());
        Assert.Contains("UTC", own.GetProperty("proposedTime").GetString(), StringComparison.Ordinal);

        var second = LocalStart(12, 14);
        response = await recruiter.PostAsJsonAsync($"/api/v1/conversations/{id}/proposal", new { localStart = second, timeZone = "Europe/London", durationMinutes = 30 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var both = InvitationsFor(id.ToString("N"));
        Assert.Equal(2, both.Count);
        var update = both.Single(c => c.Value("SEQUENCE") == "1");
        Assert.Equal(uid, update.Value("UID"));
        Assert.Equal(ExpectedUtc(second), update.Value("DTSTART"));

        // Proposed ones come after those still waiting.
        var other = await AskAsync(candidate, "Second request");
        queue = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/conversations?status=open");
        var order = queue.EnumerateArray().Select(q => q.GetProperty("status").GetString()).ToList();
        Assert.Equal(order.OrderBy(s => s == "Requested" ? 0 : 1), order);
        Assert.Contains(queue.EnumerateArray(), q => q.GetProperty("id").GetGuid() == other);
        Assert.Equal(HttpStatusCode.OK, (await candidate.PostAsync($"/api/v1/me/conversations/{other}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task Another_candidates_request_is_not_found_and_a_cancelled_one_takes_no_proposal()
    {
        using var a = await app.ApiAsync(Persona.CandidateA);
        using var b = await app.ApiAsync(Persona.CandidateB);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var id = await AskAsync(a, "Mine");

        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/v1/me/conversations/{id}/cancel", null)).StatusCode);
        var theirs = await b.GetFromJsonAsync<JsonElement>("/api/v1/me/conversations");
        Assert.DoesNotContain(theirs.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.PostAsJsonAsync($"/api/v1/conversations/{id}/proposal", new { localStart = LocalStart(5, 9), durationMinutes = 30 })).StatusCode);

        var cancelled = await a.PostAsync($"/api/v1/me/conversations/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var refused = await recruiter.PostAsJsonAsync($"/api/v1/conversations/{id}/proposal", new { localStart = LocalStart(5, 9), durationMinutes = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.PostAsJsonAsync($"/api/v1/conversations/{Guid.NewGuid()}/proposal", new { localStart = LocalStart(5, 9), durationMinutes = 30 })).StatusCode);
        var cancelledQueue = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/conversations?status=Cancelled");
        Assert.Contains(cancelledQueue.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.GetAsync("/api/v1/conversations?status=Lost")).StatusCode);
    }

    [Theory]
    [InlineData("past", -2, 30, "Europe/London")]
    [InlineData("too short", 3, 5, "Europe/London")]
    [InlineData("too long", 3, 600, "Europe/London")]
    [InlineData("unknown zone", 3, 30, "Mars/Olympus_Mons")]
    public async Task A_bad_proposal_is_a_400_and_changes_nothing(string why, int days, int minutes, string zone)
    {
        using var a = await app.ApiAsync(Persona.CandidateA);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var id = await AskAsync(a, why);
        var before = Mail.ReadAll(app.MailFolder).Count;

        var response = await recruiter.PostAsJsonAsync($"/api/v1/conversations/{id}/proposal", new { localStart = LocalStart(days, 10), durationMinutes = minutes, timeZone = zone });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Domain.Candidates.ConversationStatus.Requested, await app.WithDbAsync(db => db.CareerConversations.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
        Assert.Equal(before, Mail.ReadAll(app.MailFolder).Count);
        await a.PostAsync($"/api/v1/me/conversations/{id}/cancel", null);
    }

    [Fact]
    public async Task An_unknown_topic_or_a_time_with_an_offset_is_a_400()
    {
        using var a = await app.ApiAsync(Persona.CandidateA);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var count = await app.CountAsync<Domain.Candidates.CareerConversation>();
        var response = await a.PostAsJsonAsync("/api/v1/me/conversations", new { topics = new[] { "Next role", "Astrology" }, preferredTimes = "Any" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Astrology", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await app.CountAsync<Domain.Candidates.CareerConversation>());

        var id = await AskAsync(a, "Offsets");
        var offset = await recruiter.PostAsJsonAsync($"/api/v1/conversations/{id}/proposal", new { localStart = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), durationMinutes = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, offset.StatusCode);
        await a.PostAsync($"/api/v1/me/conversations/{id}/cancel", null);
    }

    [Fact]
    public async Task The_pages_ask_list_propose_and_cancel()
    {
        using var candidate = await app.PagesAsync(Persona.CandidateB);
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var marker = "Page note " + Guid.NewGuid().ToString("N")[..8];

        var asked = await Forms.PostAsync(candidate, "/Portal/Conversations?handler=Request", new()
        {
            ["Topics"] = "Certifications", ["PreferredTimes"] = "Friday afternoons", ["Note"] = marker,
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var page = await candidate.GetStringAsync("/Portal/Conversations");
        Assert.Contains(marker, page, StringComparison.Ordinal);
        Assert.Contains("Waiting for a recruiter", page, StringComparison.Ordinal);

        var invalid = await Forms.PostAsync(candidate, "/Portal/Conversations?handler=Request", new() { ["PreferredTimes"] = "Any time" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Choose at least one topic", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = await app.WithDbAsync(db => db.CareerConversations.Where(c => c.Note == marker).Select(c => c.Id).SingleAsync());
        var queue = await recruiter.GetStringAsync("/Workspace/Conversations");
        Assert.Contains(marker, queue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Candidates/{app.World.CandidateB}\"", queue, StringComparison.Ordinal);
        Assert.Contains("/Workspace/Conversations", await recruiter.GetStringAsync("/Workspace"), StringComparison.Ordinal);

        var past = await Forms.PostAsync(recruiter, $"/Workspace/Conversations?handler=Propose&id={id}", new()
        {
            ["localStart"] = LocalStart(-1, 9), ["timeZone"] = "Europe/London", ["durationMinutes"] = "30",
        });
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("future", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var proposed = await Forms.PostAsync(recruiter, $"/Workspace/Conversations?handler=Propose&id={id}", new()
        {
            ["localStart"] = LocalStart(4, 15), ["timeZone"] = "Europe/London", ["durationMinutes"] = "30", ["location"] = "Phone: +44 20 7946 0000", ["message"] = "Speak soon",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var invitation = Assert.Single(InvitationsFor(id.ToString("N")));
        Assert.Equal(ExpectedUtc(LocalStart(4, 15)), invitation.Value("DTSTART"));
        page = await candidate.GetStringAsync("/Portal/Conversations");
        Assert.Contains("20 7946 0000", page, StringComparison.Ordinal);
        Assert.Contains("Speak soon", page, StringComparison.Ordinal);

        var cancelled = await Forms.PostAsync(candidate, $"/Portal/Conversations?handler=Cancel&id={id}", new());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(Domain.Candidates.ConversationStatus.Cancelled, await app.WithDbAsync(db => db.CareerConversations.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
        Assert.DoesNotContain(marker, await recruiter.GetStringAsync("/Workspace/Conversations"), StringComparison.Ordinal);
    }
}

public sealed class ConversationTestsOnSqlite(SqliteApp app) : ConversationTests(app), IClassFixture<SqliteApp>;

public sealed class ConversationTestsOnPostgres(PostgresApp app) : ConversationTests(app), IClassFixture<PostgresApp>;
