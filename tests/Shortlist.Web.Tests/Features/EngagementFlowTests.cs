using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Notifications;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>
/// Engagements end to end on both databases: the placed professional enters and submits a week, the client's hiring
/// manager approves or sends it back, burn and warnings follow; nobody else sees or decides; bad hours are refused.
/// </summary>
public abstract class EngagementFlowTests(AppFixture app)
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_professional_submits_a_week_and_only_the_clients_hiring_manager_approves_it()
    {
        var e = await EngagementSeed.CreateAsync(app, app.World.OrganizationX, app.World.CandidateA, hoursBudget: 50, rate: 120m);
        var monday = TimesheetWeek.MondayOf(EngagementSeed.Today.AddDays(-7));
        using var a = await app.ApiAsync(Persona.CandidateA);
        using var b = await app.ApiAsync(Persona.CandidateB);
        using var x = await app.ApiAsync(Persona.HiringManagerX);
        using var y = await app.ApiAsync(Persona.HiringManagerY);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);

        // Candidate B and hiring manager Y do not find A's engagement at all.
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/engagements/{e.EngagementId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await y.GetAsync($"/api/v1/engagements/{e.EngagementId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsJsonAsync($"/api/v1/engagements/{e.EngagementId}/timesheets/{Day(monday)}",
            new { days = new[] { new { date = Day(monday), hours = 8 } } })).StatusCode);
        Assert.DoesNotContain((await b.GetFromJsonAsync<JsonElement>("/api/v1/engagements")).EnumerateArray(), en => en.GetProperty("id").GetGuid() == e.EngagementId);

        var days = Enumerable.Range(0, 5).Select(i => new { date = Day(monday.AddDays(i)), hours = 8.5, note = i == 0 ? "Kick-off <script>alert(1)</script>" : null }).ToArray();
        var saved = await a.PutAsJsonAsync($"/api/v1/engagements/{e.EngagementId}/timesheets/{Day(monday.AddDays(3))}", new { days });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var week = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Day(monday), week.GetProperty("weekStart").GetString());
        Assert.Equal(42.5, week.GetProperty("totalHours").GetDouble());
        Assert.Equal("Draft", week.GetProperty("status").GetString());

        var submitted = await a.PostAsync($"/api/v1/engagements/{e.EngagementId}/timesheets/{Day(monday)}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var timesheetId = week.GetProperty("id").GetGuid();
        // Submitted is not editable any more.
        Assert.Equal(HttpStatusCode.BadRequest, (await a.PutAsJsonAsync($"/api/v1/engagements/{e.EngagementId}/timesheets/{Day(monday)}", new { days })).StatusCode);

        // The client's hiring manager is notified and sees it awaiting approval; Y does not.
        var xNotes = await x.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications");
        Assert.Contains(xNotes.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == NotificationKinds.TimesheetAwaitingApproval);
        Assert.Contains((await x.GetFromJsonAsync<JsonElement>("/api/v1/timesheets")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == timesheetId);
        Assert.DoesNotContain((await y.GetFromJsonAsync<JsonElement>("/api/v1/timesheets")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == timesheetId);

        // The client portal shows the note as text, never as markup.
        using var xPages = await app.PagesAsync(Persona.HiringManagerX);
        var clientPage = await xPages.GetStringAsync("/Client/Timesheets");
        Assert.Contains("Kick-off &lt;script&gt;alert(1)&lt;/script&gt;", clientPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", clientPage, StringComparison.Ordinal);

        // Y cannot approve X's timesheet, nor can the recruiter or the professional: only X's hiring manager decides.
        Assert.Equal(HttpStatusCode.NotFound, (await y.PostAsync($"/api/v1/timesheets/{timesheetId}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.PostAsync($"/api/v1/timesheets/{timesheetId}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsync($"/api/v1/timesheets/{timesheetId}/approve", null)).StatusCode);
        Assert.Equal(TimesheetStatus.Submitted, await app.WithDbAsync(db => db.Timesheets.Where(t => t.Id == timesheetId).Select(t => t.Status).SingleAsync()));

        // A rejection needs a reason.
        Assert.Equal(HttpStatusCode.BadRequest, (await x.PostAsJsonAsync($"/api/v1/timesheets/{timesheetId}/reject", new { reason = " " })).StatusCode);
        var approve = await Forms.PostAsync(xPages, $"/Client/Timesheets?handler=Approve&id={timesheetId}", []);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(TimesheetStatus.Approved, await app.WithDbAsync(db => db.Timesheets.Where(t => t.Id == timesheetId).Select(t => t.Status).SingleAsync()));

        // Burn: 42.5 of 50 hours is 85 %: the 80 % warning, and the professional hears of the approval.
        var detail = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/engagements/{e.EngagementId}");
        var burn = detail.GetProperty("engagement").GetProperty("burn");
        Assert.Equal(42.5, burn.GetProperty("hoursApproved").GetDouble());
        Assert.Equal(5100m, burn.GetProperty("moneyUsed").GetDecimal());
        Assert.Contains(burn.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("kind").GetString() == "BudgetNearlyUsed");
        var aNotes = await a.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications");
        Assert.Contains(aNotes.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == NotificationKinds.TimesheetDecided);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(au => au.Action == "engagement.read" && au.EntityId == e.EngagementId)));
        using var staffPages = await app.PagesAsync(Persona.Recruiter);
        var workspace = await staffPages.GetStringAsync($"/Workspace/Engagements/{e.EngagementId}");
        Assert.Contains("85 %", workspace.Replace("\u00a0", " ", StringComparison.Ordinal).Replace("85%", "85 %", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_hours_are_refused_with_a_message_and_nothing_is_stored()
    {
        var e = await EngagementSeed.CreateAsync(app, app.World.OrganizationY, app.World.CandidateB);
        var monday = TimesheetWeek.MondayOf(EngagementSeed.Today);
        using var b = await app.ApiAsync(Persona.CandidateB);
        var url = $"/api/v1/engagements/{e.EngagementId}/timesheets/{Day(monday)}";
        var cases = new object[]
        {
            new { days = new[] { new { date = Day(monday), hours = -1.0 } } },
            new { days = new[] { new { date = Day(monday), hours = 24.5 } } },
            new { days = new[] { new { date = Day(monday.AddDays(7)), hours = 8.0 } } },
            new { days = new[] { new { date = Day(e.End.AddDays(1)), hours = 8.0 } } },
            new { days = new[] { new { date = Day(monday), hours = 8.0, note = new string('n', 501) } } },
        };
        foreach (var body in cases)
        {
            var response = await b.PutAsJsonAsync(url, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var early = TimesheetWeek.MondayOf(e.Start.AddDays(-14));
        Assert.Equal(HttpStatusCode.BadRequest, (await b.PutAsJsonAsync($"/api/v1/engagements/{e.EngagementId}/timesheets/{Day(early)}",
            new { days = new[] { new { date = Day(early), hours = 8.0 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.PutAsJsonAsync($"/api/v1/engagements/{e.EngagementId}/timesheets/not-a-date", new { days = Array.Empty<object>() })).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Timesheets.CountAsync(t => t.EngagementId == e.EngagementId)));

        // The portal page answers with the message and keeps what was typed.
        using var pages = await app.PagesAsync(Persona.CandidateB);
        var page = await pages.GetStringAsync($"/Portal/Timesheets?engagement={e.EngagementId}&week={Day(monday)}");
        Assert.Equal(Day(monday), Forms.Fields(page, "week-form")["week"]);
        var posted = await PostWeekAsync(pages, e.EngagementId, monday, ["25", "8", "", "", "", "", ""], ["Too long a day", "", "", "", "", "", ""], submit: false);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var answer = await posted.Content.ReadAsStringAsync();
        Assert.Contains("at most 24 hours", answer, StringComparison.Ordinal);
        Assert.Contains("value=\"25\"", answer, StringComparison.Ordinal);
        var notNumber = await PostWeekAsync(pages, e.EngagementId, monday, ["eight", "", "", "", "", "", ""], ["", "", "", "", "", "", ""], submit: false);
        Assert.Contains("is not a number of hours", await notNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Timesheets.CountAsync(t => t.EngagementId == e.EngagementId)));

        // And a good week saves and submits from the page.
        var good = await PostWeekAsync(pages, e.EngagementId, monday, ["8", "7.5", "", "", "", "", ""], ["Workshop", "", "", "", "", "", ""], submit: true);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var stored = await app.WithDbAsync(db => db.Timesheets.AsNoTracking().SingleAsync(t => t.EngagementId == e.EngagementId));
        Assert.Equal((TimesheetStatus.Submitted, 15.5), (stored.Status, stored.TotalHours));
    }

    private static async Task<HttpResponseMessage> PostWeekAsync(HttpClient pages, Guid engagementId, DateOnly monday, string[] hours, string[] notes, bool submit)
    {
        var url = $"/Portal/Timesheets?engagement={engagementId}&week={Day(monday)}";
        var page = await pages.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token)), new("week", Day(monday)), new("version", ""), new("submit", submit ? "true" : "false"),
        };
        fields.AddRange(hours.Select(h => new KeyValuePair<string, string>("hours", h)));
        fields.AddRange(notes.Select(n => new KeyValuePair<string, string>("notes", n)));
        return await pages.PostAsync($"/Portal/Timesheets?handler=Week&id={engagementId}", new FormUrlEncodedContent(fields));
    }
}

public sealed class EngagementFlowTestsOnSqlite(SqliteApp app) : EngagementFlowTests(app), IClassFixture<SqliteApp>;

public sealed class EngagementFlowTestsOnPostgres(PostgresApp app) : EngagementFlowTests(app), IClassFixture<PostgresApp>;
