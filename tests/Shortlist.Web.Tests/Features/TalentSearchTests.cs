using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Talent search through the API and the page: boolean queries and fields run in the index, evidence, errors, scope and audit.</summary>
public abstract class TalentSearchTests(AppFixture app)
{
    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    private static async Task<Guid> CandidateAsync(HttpClient client, string first, string marker, string description, object[] skills, object[] certifications,
        double latitude = 42.36, double longitude = -71.06, string title = "IT Project Manager")
    {
        var response = await client.PostAsJsonAsync("/api/v1/candidates", new
        {
            firstName = first, lastName = "Talent", email = Unique("talent") + "@world.test", headline = $"Project lead {marker}",
            location = new { city = "Boston", region = "MA", country = "US", latitude, longitude },
            roles = new[] { new { title, employer = "Mass General", industry = "healthcare", start = "2016-01-01", end = (string?)null, description } },
            skills, certifications,
            preferences = new { workplace = "Hybrid", engagement = "Contract", compensation = (object?)null, availableFrom = (string?)null, authorization = "Citizen" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object Skill(string code, double years) => new { taxonomyCode = code, name = code, years, lastUsedYear = 2026 };
    private static object Cert(string code) => new { taxonomyCode = code, name = code.ToUpperInvariant(), year = 2019 };

    private async Task<(string Marker, Guid Ann, Guid Bob, Guid Cat)> PoolAsync(HttpClient recruiter)
    {
        var marker = Unique("zq");
        var ann = await CandidateAsync(recruiter, "Ann", marker, "Led the Epic go-live for 40 clinics.", [Skill("epic", 6)], [Cert("pmp")]);
        var bob = await CandidateAsync(recruiter, "Bob", marker, "Independent contractor on an Epic upgrade.", [Skill("epic", 2)], [Cert("pgmp")]);
        var cat = await CandidateAsync(recruiter, "Cat", marker, "Business analysis for claims.", [], [Cert("pmp")], 34.05, -118.24, "Business Analyst");
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);
        return (marker, ann, bob, cat);
    }

    private static List<Guid> Ids(JsonElement body) => [.. body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("candidateId").GetGuid())];

    [Fact]
    public async Task The_api_runs_boolean_queries_with_fields_shows_evidence_and_audits_the_read()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var (marker, ann, bob, cat) = await PoolAsync(recruiter);
        var auditsBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "talent.search"));

        var body = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={Uri.EscapeDataString($"{marker} Epic AND (PMP OR PgMP) NOT contractor")}");
        Assert.Equal([ann], Ids(body));
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var hit = body.GetProperty("results")[0];
        Assert.Contains(hit.GetProperty("matched").EnumerateArray(), m => m.GetProperty("code").GetString() == "epic" && m.GetProperty("years").GetDouble() == 6);
        var role = hit.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("field").GetString() == "role" && e.GetProperty("term").GetString() == "epic");
        Assert.Equal("Mass General", role.GetProperty("employer").GetString());
        Assert.Contains(role.GetProperty("snippet").EnumerateArray(), s => s.GetProperty("match").GetBoolean() && s.GetProperty("text").GetString() == "Epic");
        Assert.Equal(auditsBefore + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "talent.search")));

        // Fields: skill years, certification, title, location radius; paging.
        Assert.Equal([ann], Ids(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}&skills=epic:5")));
        Assert.Equal(new[] { ann, cat }.Order(), Ids(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}&certifications=PMP")).Order());
        Assert.Equal([cat], Ids(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}&title=business%20analyst")));
        Assert.Equal(new[] { ann, bob }.Order(), Ids(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}&lat=42.4&lon=-71.1&radiusKm=40")).Order());
        Assert.Equal(new[] { ann, bob }.Order(), Ids(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}&near=Boston&radiusKm=40&activeWithinDays=1")).Order());
        var page2 = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}&pageSize=2&page=2");
        Assert.Equal(3, page2.GetProperty("total").GetInt32());
        Assert.Single(Ids(page2));

        // A changed profile is found within the change feed's delay.
        var changed = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{cat}");
        var update = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{cat}", new
        {
            firstName = "Cat", lastName = "Talent", email = changed.GetProperty("email").GetString(), headline = $"Project lead {marker} now Cerner",
            location = new { city = "Los Angeles", region = "CA", country = "US", latitude = 34.05, longitude = -118.24 },
            roles = changed.GetProperty("roles"), skills = Array.Empty<object>(), certifications = new[] { Cert("pmp") },
            version = changed.GetProperty("version").GetInt64(),
        });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);
        Assert.Equal([cat], Ids(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent?q={marker}+cerner")));
    }

    [Theory]
    [InlineData("q=Epic%20AND%20(PMP", "q", "not closed")]
    [InlineData("q=%22Epic", "q", "not closed")]
    [InlineData("q=OR", "q", "starts with 'OR'")]
    [InlineData("q=epic&skills=notaskill", "skills", "not a skill")]
    [InlineData("q=epic&skills=epic:many", "skills", "minimum years")]
    [InlineData("q=epic&certifications=nope", "certifications", "not a certification")]
    [InlineData("q=epic&radiusKm=50", "radiusKm", "needs a place")]
    [InlineData("q=epic&near=Atlantis", "near", "not a place")]
    [InlineData("q=epic&lat=95&lon=0", "lat", "between -90 and 90")]
    [InlineData("q=epic&pageSize=1000", "pageSize", "between 1 and")]
    [InlineData("q=epic&page=9999", "page", "first 10,000")]
    public async Task Malformed_searches_get_a_problem_naming_the_field(string query, string field, string words)
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var response = await recruiter.GetAsync($"/api/v1/talent?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(words, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_types_in_the_query_string_are_a_400_not_a_500()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        foreach (var q in new[] { "lat=north&lon=1", "availableBy=soon", "maxRate=cheap", "page=first", "q=" + new string('a', 1200) })
        {
            var response = await recruiter.GetAsync($"/api/v1/talent?{q}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_page_searches_by_link_highlights_evidence_and_reports_errors()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var (marker, ann, bob, _) = await PoolAsync(recruiter);
        using var pages = await app.PagesAsync(Persona.Recruiter);

        var html = await pages.GetStringAsync($"/Workspace/Talent?q={Uri.EscapeDataString($"{marker} Epic NOT contractor")}&skills=epic%3A1");
        Assert.True(html.Contains($"/Candidates/{ann}", StringComparison.Ordinal), html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..]);
        Assert.DoesNotContain($"/Candidates/{bob}", html);
        Assert.Contains("<mark>Epic</mark>", html);
        Assert.Contains("IT Project Manager at Mass General", html);
        Assert.Contains("Link to this search", html);

        var broken = await pages.GetAsync($"/Workspace/Talent?q={Uri.EscapeDataString("Epic AND (PMP")}&availableBy=2026-13-45");
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("is not a valid value", await broken.Content.ReadAsStringAsync());
        var badQuery = await pages.GetStringAsync($"/Workspace/Talent?q={Uri.EscapeDataString("Epic AND (PMP")}");
        Assert.Contains("The &#x27;(&#x27; at position 10 is not closed", badQuery);
    }

    [Fact]
    public async Task Only_staff_search_the_talent_pool()
    {
        using var candidate = await app.ApiAsync(Persona.CandidateA);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.GetAsync("/api/v1/talent?q=epic")).StatusCode);
        using var client = await app.ApiAsync(Persona.HiringManagerX);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/talent?q=epic")).StatusCode);
    }
}

public sealed class TalentSearchTestsOnSqlite(SqliteApp app) : TalentSearchTests(app), IClassFixture<SqliteApp>;

public sealed class TalentSearchTestsOnPostgres(PostgresApp app) : TalentSearchTests(app), IClassFixture<PostgresApp>;
