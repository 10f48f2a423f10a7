using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>The recruiter workspace: the pipeline board and its moves, interviews, offers and placements, the position editor, and searches as projects.</summary>
public abstract class WorkspaceTests(AppFixture app)
{
    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A new open position of organization X with <paramref name="candidates"/> candidates added from matching (sourced).</summary>
    private async Task<(Guid Position, List<Guid> Applications)> PositionWithCandidatesAsync(int candidates, Action<Position>? plan = null)
    {
        var now = TimeProvider.System.GetUtcNow();
        var ids = await app.WithDbAsync(async db =>
        {
            var position = World.NewPosition(app.World.OrganizationX, Unique("Workspace position "), now);
            plan?.Invoke(position);
            db.Positions.Add(position);
            var people = Enumerable.Range(0, candidates).Select(i => new Candidate("Card" + i, Unique("P"), Unique("card") + "@world.test", now)).ToList();
            db.Candidates.AddRange(people);
            await db.SaveChangesAsync();
            return (position.Id, people.Select(p => p.Id).ToList());
        });
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var applications = new List<Guid>();
        foreach (var candidate in ids.Item2)
        {
            var response = await recruiter.PostAsJsonAsync($"/api/v1/positions/{ids.Item1}/pipeline", new { candidateId = candidate });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        applications.AddRange(await app.WithDbAsync(db => db.Applications.Where(a => a.PositionId == ids.Item1).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync()));
        return (ids.Item1, applications);
    }

    private Task<Application> ApplicationAsync(Guid id) => app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task Board_moves_follow_the_rules_and_the_later_of_two_moves_gets_a_conflict()
    {
        var (position, apps) = await PositionWithCandidatesAsync(3);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);

        var board = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/pipeline");
        var sourced = board.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("stage").GetString() == "Sourced");
        Assert.Equal(3, sourced.GetProperty("count").GetInt32());
        Assert.Equal(3, board.GetProperty("total").GetInt32());
        Assert.All(sourced.GetProperty("cards").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("daysInStage").GetInt32()));

        var first = await ApplicationAsync(apps[0]);
        var moved = await recruiter.PostAsJsonAsync($"/api/v1/applications/{apps[0]}/move", new { stage = "Screening", version = first.Version });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        // A second recruiter who loaded the same card moves it too: refused, the first move stands.
        var stale = await recruiter.PostAsJsonAsync($"/api/v1/applications/{apps[0]}/move", new { stage = "Submitted", version = first.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(Stage.Screening, (await ApplicationAsync(apps[0])).Stage);

        // Closing needs a reason; a move the rules forbid is refused; nothing changes either way.
        var current = await ApplicationAsync(apps[0]);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{apps[0]}/move", new { stage = "Closed", version = current.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{apps[0]}/move", new { stage = "Offer", version = current.Version })).StatusCode);
        Assert.Equal(current.Version, (await ApplicationAsync(apps[0])).Version);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{Guid.NewGuid()}/move", new { stage = "Screening", version = 1 })).StatusCode);

        // Bulk: two move, the third was changed since the board was read.
        var versions = new List<long>();
        foreach (var id in apps) versions.Add((await ApplicationAsync(id)).Version);
        var bulk = await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/pipeline/bulk-move", new
        {
            stage = "Submitted",
            applications = new[] { new { applicationId = apps[0], version = versions[0] }, new { applicationId = apps[1], version = versions[1] }, new { applicationId = apps[2], version = versions[2] - 1 } },
        });
        var report = await bulk.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("moved").GetInt32());
        Assert.Equal(1, report.GetProperty("refused").GetInt32());
        var refused = report.GetProperty("outcomes").EnumerateArray().Single(o => !o.GetProperty("moved").GetBoolean());
        Assert.Equal(apps[2], refused.GetProperty("applicationId").GetGuid());
        Assert.Contains("Someone else", refused.GetProperty("refusal").GetString(), StringComparison.Ordinal);
        Assert.Equal(Stage.Submitted, (await ApplicationAsync(apps[1])).Stage);
        Assert.Equal(Stage.Sourced, (await ApplicationAsync(apps[2])).Stage);

        // Bulk close: the domain checks each, and a reason is required.
        var third = await ApplicationAsync(apps[2]);
        var noReason = await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/pipeline/bulk-move", new { stage = "Closed", applications = new[] { new { applicationId = apps[2], version = third.Version } } });
        Assert.Equal(0, (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("moved").GetInt32());
        Assert.Equal(Stage.Sourced, (await ApplicationAsync(apps[2])).Stage);
    }

    [Fact]
    public async Task Interview_invitation_offer_and_a_contract_placement_start_an_engagement()
    {
        var (position, apps) = await PositionWithCandidatesAsync(1);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var id = apps[0];
        foreach (var stage in new[] { "Submitted", "ClientReview" })
        {
            var a = await ApplicationAsync(id);
            Assert.Equal(HttpStatusCode.OK, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/move", new { stage, version = a.Version })).StatusCode);
        }
        var start = TimeProvider.System.GetUtcNow().AddDays(3);
        var before = await ApplicationAsync(id);
        var interview = await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/interviews", new { start, durationMinutes = 45, location = "Video call", version = before.Version });
        Assert.True(interview.StatusCode == HttpStatusCode.OK, await interview.Content.ReadAsStringAsync());
        var interviewId = (await interview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interviewId").GetGuid();
        Assert.Equal(Stage.Interview, (await ApplicationAsync(id)).Stage);
        var candidateEmail = await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == before.CandidateId).Select(c => c.Email).SingleAsync());
        var mail = Mail.ReadAll(app.MailFolder).Single(m => m.To.Contains(candidateEmail, StringComparison.OrdinalIgnoreCase));
        var calendar = ICalendar.Parse(mail.Parts.Single(p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal)).Text);
        Assert.Contains(interviewId.ToString("N"), calendar.Value("UID"), StringComparison.Ordinal);

        var interviewing = await ApplicationAsync(id);
        var offer = await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/offer", new { amount = 110, terms = "110/h for six months", version = interviewing.Version });
        Assert.Equal(HttpStatusCode.OK, offer.StatusCode);
        var offered = await ApplicationAsync(id);
        Assert.Equal(Stage.Offer, offered.Stage);
        Assert.Equal(110m, offered.OfferAmount);

        var startDate = DateOnly.FromDateTime(DateTime.UnixEpoch).AddYears(56);
        var missing = await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/place", new { startDate, engagement = "Contract", billRate = 110, hoursBudget = 960, version = offered.Version });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Placements.CountAsync(p => p.ApplicationId == id)));
        var place = await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/place", new
        {
            startDate, endDate = startDate.AddMonths(6), engagement = "Contract", billRate = 110, hoursBudget = 960, version = offered.Version,
        });
        Assert.True(place.StatusCode == HttpStatusCode.OK, await place.Content.ReadAsStringAsync());
        var engagementId = (await place.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("engagementId").GetGuid();
        var engagement = await app.WithDbAsync(db => db.Engagements.AsNoTracking().SingleAsync(e => e.Id == engagementId));
        Assert.Equal(960, engagement.HoursBudget);
        Assert.Equal(startDate.AddMonths(6), engagement.End);
        Assert.Equal(Stage.Placed, (await ApplicationAsync(id)).Stage);
        Assert.Equal(PositionStatus.Filled, await app.WithDbAsync(db => db.Positions.Where(p => p.Id == position).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Search_status_follows_dates_and_logged_hours_and_my_searches_sorts_by_risk()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var (onTrack, _) = await PositionWithCandidatesAsync(0, p => p.SetPlan(today.AddDays(30), today.AddDays(60), 20_000, 10, TimeProvider.System.GetUtcNow()));
        var (late, _) = await PositionWithCandidatesAsync(1, p => p.SetPlan(today.AddDays(-2), today.AddDays(40), 20_000, 40, TimeProvider.System.GetUtcNow()));
        using var recruiter = await app.ApiAsync(Persona.Recruiter);

        async Task<JsonElement> StatusAsync(Guid id) => (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/searches/{id}")).GetProperty("summary");
        Assert.Equal("OnTrack", (await StatusAsync(onTrack)).GetProperty("status").GetString());
        var lateStatus = await StatusAsync(late);
        Assert.Equal("Late", lateStatus.GetProperty("status").GetString());
        Assert.Contains("none of 3 submitted", lateStatus.GetProperty("reason").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await recruiter.PostAsJsonAsync($"/api/v1/searches/{onTrack}/hours", new { date = today, hours = 8.5, note = "Sourcing" })).StatusCode);
        Assert.Equal("AtRisk", (await StatusAsync(onTrack)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/searches/{onTrack}/hours", new { date = today, hours = 30 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await recruiter.PostAsJsonAsync($"/api/v1/searches/{onTrack}/hours", new { date = today.AddDays(-1), hours = 3 })).StatusCode);
        var over = await StatusAsync(onTrack);
        Assert.Equal("OverBudget", over.GetProperty("status").GetString());
        Assert.Equal(11.5, over.GetProperty("hoursLogged").GetDouble());

        // Positions made here have no recruiter, so they show among everyone's searches, worst first.
        var all = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/searches?everyone=true");
        var order = all.EnumerateArray().Select(s => s.GetProperty("positionId").GetGuid()).ToList();
        Assert.True(order.IndexOf(late) < order.IndexOf(onTrack));
        var ranks = all.EnumerateArray().Select(s => s.GetProperty("status").GetString() switch { "Late" => 3, "OverBudget" => 2, "AtRisk" => 1, _ => 0 }).ToList();
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);

        // The page: status, reason, the burn chart with the hours, and logging hours with the form.
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var html = await pages.GetStringAsync($"/Workspace/Searches/{onTrack}");
        Assert.Contains("status-over-budget", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"search-chart", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-burn\"", html, StringComparison.Ordinal);
        Assert.Contains("11.5 hours logged of a 10-hour budget", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        var fields = Forms.Fields(html, "log-hours");
        fields["Hours"] = "0"; // refused: nothing stored
        var refused = await (await pages.PostAsync($"/Workspace/Searches/{onTrack}", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Hours must be more than zero", refused, StringComparison.Ordinal);
        fields["Hours"] = "2";
        var logged = await (await pages.PostAsync($"/Workspace/Searches/{onTrack}", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("13.5 of 10 budgeted", logged, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.EffortEntries.CountAsync(e => e.PositionId == onTrack)));
        var list = await pages.GetStringAsync("/Workspace/Searches?everyone=true");
        Assert.Contains($"/Workspace/Searches/{late}", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_page_moves_a_card_with_its_form_and_shows_a_conflict_for_a_stale_card()
    {
        var (position, apps) = await PositionWithCandidatesAsync(2);
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var url = $"/Workspace/Positions/{position}/pipeline";
        var html = await pages.GetStringAsync(url);
        Assert.Contains("data-stage=\"Sourced\"", html, StringComparison.Ordinal);
        Assert.Contains($"/Workspace/Positions/{position}/Submit/{apps[0]}", html, StringComparison.Ordinal);
        var fields = Forms.Fields(html, $"move-{apps[0]}");
        fields["stage"] = "Screening";
        var moved = await pages.PostAsync(url + "?handler=Move", new FormUrlEncodedContent(fields));
        Assert.Contains("Moved to Screening", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The same, now stale, form again: a conflict message, the card stays where the first move put it.
        fields["stage"] = "Submitted";
        var conflict = await (await pages.PostAsync(url + "?handler=Move", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this card", conflict, StringComparison.Ordinal);
        Assert.Equal(Stage.Screening, (await ApplicationAsync(apps[0])).Stage);
        // Closing from the page asks for a reason.
        var close = Forms.Fields(conflict, $"move-{apps[1]}");
        close["stage"] = "Closed";
        var asked = await (await pages.PostAsync(url + "?handler=Move", new FormUrlEncodedContent(close))).Content.ReadAsStringAsync();
        Assert.Contains("Choose why the application is closed", asked, StringComparison.Ordinal);
        Assert.Equal(Stage.Sourced, (await ApplicationAsync(apps[1])).Stage);
    }

    [Fact]
    public async Task Position_editor_creates_a_position_and_the_later_of_two_edits_gets_a_conflict()
    {
        using var first = await app.PagesAsync(Persona.Recruiter);
        using var second = await app.PagesAsync(Persona.Administrator);
        var form = Forms.Fields(await first.GetStringAsync("/Workspace/Positions/new"), "position-form");
        var title = Unique("Editor position ");
        form["Form.OrganizationId"] = app.World.OrganizationX.ToString();
        form["Form.Title"] = title;
        form["Form.Industry"] = "healthcare";
        form["Form.Description"] = "Lead the Epic rollout.";
        form["Form.Workplace"] = "2"; // Remote
        form["Form.Engagements"] = "Contract";
        form["Form.TargetShortlistDate"] = "2031-01-10";
        form["Form.TargetFillDate"] = "2031-02-10";
        form["Form.EffortHoursBudget"] = "40";
        form["Find"] = "";
        var created = await first.PostAsync("/Workspace/Positions/new?handler=Save", new FormUrlEncodedContent(form));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var editUrl = created.Headers.Location!.OriginalString;
        var id = await app.WithDbAsync(db => db.Positions.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        Assert.Equal($"/Workspace/Positions/{id}/edit", editUrl);

        // Add a requirement through the taxonomy search box.
        var page = await first.GetStringAsync(editUrl);
        var find = Forms.Fields(page, "position-form");
        find["Find"] = "PMP";
        var found = await (await first.PostAsync(editUrl + "?handler=Find", new FormUrlEncodedContent(find))).Content.ReadAsStringAsync();
        Assert.Contains("value=\"pmp\"", found, StringComparison.Ordinal);
        var add = Forms.Fields(found, "position-form");
        add["add"] = "pmp";
        var added = await (await first.PostAsync(editUrl + "?handler=Add", new FormUrlEncodedContent(add))).Content.ReadAsStringAsync();

        // Both open the form; the first saves, the second's save is refused with what they typed kept.
        var mine = Forms.Fields(added, "position-form");
        var theirs = Forms.Fields(await second.GetStringAsync(editUrl), "position-form");
        mine["Form.Requirements[0].Importance"] = "0";
        mine["Form.Title"] = title + " (first)";
        var saved = await (await first.PostAsync(editUrl + "?handler=Save", new FormUrlEncodedContent(mine))).Content.ReadAsStringAsync();
        Assert.Contains("Saved.", saved, StringComparison.Ordinal);
        theirs["Form.Title"] = title + " (second)";
        var conflict = await (await second.PostAsync(editUrl + "?handler=Save", new FormUrlEncodedContent(theirs))).Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this position", conflict, StringComparison.Ordinal);
        Assert.Contains(title + " (second)", conflict, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(title + " (first)", stored.Title);
        Assert.Equal("pmp", Assert.Single(stored.Requirements).TaxonomyCode);
        Assert.Equal(40, stored.EffortHoursBudget);

        // Publish, hold, close with a reason through the API.
        using var api = await app.ApiAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/positions/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/positions/{id}/hold", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/positions/{id}/close", new { reason = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/positions/{id}/close", new { reason = "The client cancelled the project." })).StatusCode);
        var closed = await app.WithDbAsync(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(PositionStatus.Closed, closed.Status);
        Assert.Equal("The client cancelled the project.", closed.ClosedReason);
    }
}

public sealed class WorkspaceTestsOnSqlite(SqliteApp app) : WorkspaceTests(app), IClassFixture<SqliteApp>;

public sealed class WorkspaceTestsOnPostgres(PostgresApp app) : WorkspaceTests(app), IClassFixture<PostgresApp>;
