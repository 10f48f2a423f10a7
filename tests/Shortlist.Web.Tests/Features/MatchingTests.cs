using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Matching through the API: the index follows the database, rankings explain themselves, weights are saved, and scope holds.</summary>
public abstract class MatchingTests(AppFixture app)
{
    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    private async Task<(Guid Id, long Version)> CandidateAsync(HttpClient client, string first, object[] skills, object[]? certifications = null, double latitude = 42.36, double longitude = -71.06)
    {
        var response = await client.PostAsJsonAsync("/api/v1/candidates", new
        {
            firstName = first, lastName = Unique("M"), email = Unique("match") + "@world.test", headline = "IT project manager",
            location = new { city = "Boston", region = "MA", country = "US", latitude, longitude },
            roles = new[] { new { title = "IT Project Manager", employer = "Mass General", industry = "healthcare", start = "2015-01-01", end = (string?)null, description = "Led the Epic implementation for 40 ambulatory clinics." } },
            skills, certifications = certifications ?? [],
            preferences = new { workplace = "Hybrid", engagement = "Contract", compensation = (object?)null, availableFrom = (string?)null, authorization = "Citizen" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("version").GetInt64());
    }

    private async Task<Guid> PositionAsync(HttpClient client, string code)
    {
        var response = await client.PostAsJsonAsync("/api/v1/positions", new
        {
            organizationId = app.World.OrganizationX, title = "Epic program lead", description = "Lead an Epic rollout.", industry = "healthcare",
            workplace = "Hybrid", engagement = "Contract", location = new { city = "Boston", region = "MA", country = "US", latitude = 42.36, longitude = -71.06 }, radiusKm = 80,
            requirements = new object[]
            {
                new { taxonomyCode = code, label = "Marker", importance = "Must", weight = 2 },
                new { taxonomyCode = "epic", label = "Epic", importance = "Strong", weight = 2, minimumYears = 3 },
                new { taxonomyCode = "pmp", label = "PMP", importance = "Nice", weight = 1 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task CaughtUpAsync() => await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);

    private static object Skill(string code, double years) => new { taxonomyCode = code, name = code, years, lastUsedYear = 2026 };

    [Fact]
    public async Task Ranks_with_explanations_that_add_up_and_follows_changes_within_a_second()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var marker = Unique("marker-");
        var strong = await CandidateAsync(recruiter, "Strong", [Skill(marker, 5), Skill("epic", 6)], [new { taxonomyCode = "pmp", name = "PMP", year = 2018 }]);
        var partial = await CandidateAsync(recruiter, "Partial", [Skill(marker, 5), Skill("epic", 1)]);
        var missing = await CandidateAsync(recruiter, "Missing", [Skill("epic", 12)], [new { taxonomyCode = "pmp", name = "PMP", year = 2012 }]);
        var far = await CandidateAsync(recruiter, "Far", [Skill(marker, 5), Skill("epic", 6)], latitude: 34.05, longitude: -118.24);
        var position = await PositionAsync(recruiter, marker);
        await CaughtUpAsync();

        var list = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/matches?top=10");
        var ids = list.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("candidateId").GetGuid()).ToList();
        Assert.Equal([strong.Id, partial.Id], ids);
        Assert.Equal(2, list.GetProperty("qualified").GetInt32());
        var first = list.GetProperty("results")[0].GetProperty("match");
        var sum = first.GetProperty("requirements").EnumerateArray().Sum(r => r.GetProperty("points").GetDouble())
                  + first.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("points").GetDouble());
        Assert.Equal(first.GetProperty("score").GetDouble(), sum, 6);
        var epic = first.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("requirement").GetProperty("code").GetString() == "epic");
        Assert.Equal("Met", epic.GetProperty("outcome").GetString());
        Assert.Contains(epic.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("employer").GetString() == "Mass General");

        // What-if: without the marker, the Epic veteran qualifies; without the location, the far one does.
        var whatIf = list.GetProperty("whatIf").EnumerateArray().ToList();
        // (Other candidates in the database lack the marker too; the Epic veteran is the best of those it would let in.)
        var relaxMarker = whatIf.Single(w => w.GetProperty("key").GetString() == marker);
        Assert.True(relaxMarker.GetProperty("moreCandidates").GetInt32() >= 1);
        Assert.Equal(missing.Id, relaxMarker.GetProperty("best")[0].GetProperty("candidateId").GetGuid());
        Assert.Equal(1, whatIf.Single(w => w.GetProperty("key").GetString() == "location").GetProperty("moreCandidates").GetInt32());

        // The candidate without the must-have gains it: ranked within a second, without a restart.
        var edit = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{missing.Id}", new
        {
            firstName = "Missing", lastName = "Now", email = Unique("edited") + "@world.test", skills = new[] { Skill(marker, 8), Skill("epic", 9) },
            location = new { city = "Boston", region = "MA", country = "US", latitude = 42.36, longitude = -71.06 },
            version = missing.Version,
        });
        Assert.True(edit.StatusCode == HttpStatusCode.OK, await edit.Content.ReadAsStringAsync());
        var deadline = TimeProvider.System.GetTimestamp();
        List<Guid> after;
        do
        {
            await Task.Delay(50);
            after = (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/matches")).GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("candidateId").GetGuid()).ToList();
        }
        while (!after.Contains(missing.Id) && TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(1));
        Assert.Contains(missing.Id, after);
        Assert.DoesNotContain(far.Id, after);

        // Reading a ranking is audited.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "match.view" && a.EntityId == position)));
    }

    [Fact]
    public async Task Weights_can_be_tried_then_saved_and_a_stale_save_is_refused()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var marker = Unique("marker-");
        var epicPerson = await CandidateAsync(recruiter, "EpicPerson", [Skill(marker, 5), Skill("epic", 8)]);
        var pmpPerson = await CandidateAsync(recruiter, "PmpPerson", [Skill(marker, 5)], [new { taxonomyCode = "pmp", name = "PMP", year = 2015 }]);
        var position = await PositionAsync(recruiter, marker);
        await CaughtUpAsync();
        var saved = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/matches");
        Assert.Equal(epicPerson.Id, saved.GetProperty("results")[0].GetProperty("candidateId").GetGuid());

        object[] pmpFirst =
        [
            new { taxonomyCode = marker, label = "Marker", importance = "Must", weight = 2 },
            new { taxonomyCode = "epic", label = "Epic", importance = "Nice", weight = 0.5 },
            new { taxonomyCode = "pmp", label = "PMP", importance = "Strong", weight = 5 },
        ];
        var previewResponse = await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/matches", new { requirements = pmpFirst });
        Assert.True(previewResponse.IsSuccessStatusCode, await previewResponse.Content.ReadAsStringAsync());
        var preview = await previewResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(pmpPerson.Id, preview.GetProperty("results")[0].GetProperty("candidateId").GetGuid());
        // Trying is not saving.
        Assert.Equal(epicPerson.Id, (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/matches")).GetProperty("results")[0].GetProperty("candidateId").GetGuid());

        var version = saved.GetProperty("positionVersion").GetInt64();
        var save = await recruiter.PutAsJsonAsync($"/api/v1/positions/{position}/requirements", new { requirements = pmpFirst, version });
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(pmpPerson.Id, (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/matches")).GetProperty("results")[0].GetProperty("candidateId").GetGuid());

        var stale = await recruiter.PutAsJsonAsync($"/api/v1/positions/{position}/requirements", new { requirements = pmpFirst, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var bad = await recruiter.PutAsJsonAsync($"/api/v1/positions/{position}/requirements", new { requirements = new[] { new { taxonomyCode = "epic", label = "Epic", importance = "Must", weight = 99 } }, version = version + 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Adding_to_the_pipeline_is_idempotent()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var marker = Unique("marker-");
        var person = await CandidateAsync(recruiter, "Pipe", [Skill(marker, 5)]);
        var position = await PositionAsync(recruiter, marker);
        Assert.Equal(HttpStatusCode.Created, (await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/pipeline", new { candidateId = person.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/pipeline", new { candidateId = person.Id })).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PositionId == position && a.CandidateId == person.Id)));
        await CaughtUpAsync();
        var list = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{position}/matches");
        Assert.True(list.GetProperty("results")[0].GetProperty("inPipeline").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/pipeline", new { candidateId = Guid.NewGuid() })).StatusCode);
    }

    [Fact]
    public async Task Candidates_see_open_positions_they_fit_and_recruiters_see_every_position_for_a_candidate()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var a = app.World.CandidateA;
        var version = await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == a).Select(c => c.Version).SingleAsync());
        var edit = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{a}", new
        {
            firstName = "Ada", lastName = "Archer", email = "candidatea@world.test",
            location = new { city = "Boston", region = "MA", country = "US", latitude = 42.36, longitude = -71.06 },
            certifications = new[] { new { taxonomyCode = "pmp", name = "PMP", year = 2016 } }, skills = new[] { Skill("epic", 6) },
            preferences = new { workplace = "Hybrid", engagement = "Contract", compensation = (object?)null, availableFrom = (string?)null, authorization = "Citizen" }, version,
        });
        Assert.True(edit.StatusCode == HttpStatusCode.OK, await edit.Content.ReadAsStringAsync());
        await CaughtUpAsync();

        using var candidate = await app.ApiAsync(Persona.CandidateA);
        var mine = await candidate.GetFromJsonAsync<JsonElement>("/api/v1/me/recommendations");
        var titles = mine.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("positionId").GetGuid()).ToList();
        Assert.Contains(app.World.PositionX, titles);
        Assert.All(mine.GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("qualifies").GetBoolean()));

        var forRecruiter = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{a}/matches");
        Assert.Contains(forRecruiter.GetProperty("results").EnumerateArray(), r => r.GetProperty("positionId").GetGuid() == app.World.PositionX);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "match.candidate" && e.EntityId == a)));
    }

    [Fact]
    public async Task The_match_page_ranks_re_ranks_and_saves()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var marker = Unique("marker-");
        var person = await CandidateAsync(recruiter, "Paged", [Skill(marker, 5), Skill("epic", 4)]);
        var position = await PositionAsync(recruiter, marker);
        await CaughtUpAsync();

        using var pages = await app.PagesAsync(Persona.Recruiter);
        var html = await pages.GetStringAsync($"/Positions/Match/{position}");
        Assert.Contains($"/Candidates/{person.Id}", html);
        Assert.Contains("What if", html);

        var form = Forms.Fields(html, "weights");
        form["Requirements[1].Weight"] = "7";
        var saved = await pages.PostAsync($"/Positions/Match/{position}?handler=Save", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync());
        Assert.Equal(7, await app.WithDbAsync(async db => (await db.Positions.SingleAsync(p => p.Id == position)).Requirements[1].Weight));

        form["Requirements[1].Weight"] = "99";
        var refused = await pages.PostAsync($"/Positions/Match/{position}?handler=Preview", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("weight must be between", await refused.Content.ReadAsStringAsync());
    }
}

public sealed class MatchingTestsOnSqlite(SqliteApp app) : MatchingTests(app), IClassFixture<SqliteApp>;

public sealed class MatchingTestsOnPostgres(PostgresApp app) : MatchingTests(app), IClassFixture<PostgresApp>;
