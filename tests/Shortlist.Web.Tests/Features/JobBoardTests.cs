using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>The public job board: search, facets, the position page with JSON-LD, sitemap and feed, all without an account.</summary>
public abstract partial class JobBoardTests(AppFixture app)
{
    private sealed record Board(string Marker, Guid Master, Guid Coach, Guid Analyst, Guid Draft, Guid Closed);

    private async Task<Board> BoardAsync()
    {
        var m = "m" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        db.TaxonomyEntries.Add(new TaxonomyEntry("t" + m, "T" + m, TaxonomyCategory.Methodology, [$"Quasar {m} records"], null, now));
        Position Make(string title, string description, WorkplaceMode workplace, decimal rate, bool publish, DateTimeOffset at, params Requirement[] requirements)
        {
            var p = new Position(app.World.OrganizationX, title, description, "healthcare", at);
            p.SetTerms(new Place("Boston", "MA", "US"), 50, workplace, EngagementTypes.Contract, new Compensation(rate - 20, rate, CompensationUnit.Hourly), false, null, at);
            p.SetRequirements(requirements, at);
            if (publish) p.Publish(at);
            db.Positions.Add(p);
            return p;
        }
        var master = Make($"Scrum master {m}", "Agile delivery. </script><script>alert(1)</script>", WorkplaceMode.Remote, 150, true, now.AddDays(-3),
            new Requirement("q" + m, $"Quasar {m} records", Importance.Must), new Requirement("pmp", "PMP", Importance.Nice));
        var coach = Make($"Scrum coach {m}", "Coach each scrum master in the team.", WorkplaceMode.Hybrid, 100, true, now.AddDays(-10));
        var analyst = Make($"Business analyst {m}", "Requirements for an EHR rollout.", WorkplaceMode.Hybrid, 80, true, now.AddHours(-2));
        var draft = Make($"Scrum master draft {m}", "Not yet.", WorkplaceMode.Remote, 90, false, now);
        var closed = Make($"Scrum master closed {m}", "Gone.", WorkplaceMode.Remote, 90, true, now);
        closed.Close(now);
        await db.SaveChangesAsync();
        return new Board(m, master.Id, coach.Id, analyst.Id, draft.Id, closed.Id);
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/jobs?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<Guid> Ids(JsonElement result) => [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task Search_ands_terms_forgives_plurals_expands_aliases_and_ranks_title_first()
    {
        var b = await BoardAsync();
        using var client = app.CreateClient();
        Assert.Equal([b.Master, b.Coach], Ids(await SearchAsync(client, $"q={b.Marker}+MASTERS")));
        Assert.Equal([b.Coach], Ids(await SearchAsync(client, $"q={b.Marker}+coach+master")));
        Assert.Equal([b.Master], Ids(await SearchAsync(client, $"q=T{b.Marker}")));
        Assert.Empty(Ids(await SearchAsync(client, $"q={b.Marker}+nothinglikethis")));
    }

    [Fact]
    public async Task Facets_count_and_filters_sort_and_pages_narrow_the_list()
    {
        var b = await BoardAsync();
        using var client = app.CreateClient();
        var all = await SearchAsync(client, $"q={b.Marker}");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var workplace = all.GetProperty("facets").GetProperty("workplace").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(2, workplace["Hybrid"]);
        Assert.Equal(1, workplace["Remote"]);
        var posted = all.GetProperty("facets").GetProperty("posted").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, posted["1"]);
        Assert.Equal(2, posted["7"]);
        Assert.Equal([b.Master], Ids(await SearchAsync(client, $"q={b.Marker}&workplace=remote")));
        Assert.Equal([b.Master], Ids(await SearchAsync(client, $"q={b.Marker}&pay=HourlyOver125")));
        Assert.Equal([b.Master, b.Coach, b.Analyst], Ids(await SearchAsync(client, $"q={b.Marker}&sort=pay")));
        Assert.Equal([b.Analyst, b.Master, b.Coach], Ids(await SearchAsync(client, $"q={b.Marker}&sort=newest")));
        var second = await SearchAsync(client, $"q={b.Marker}&sort=newest&pageSize=1&page=2");
        Assert.Equal([b.Master], Ids(second));
        Assert.Equal(3, second.GetProperty("total").GetInt32());

        var page = await client.GetStringAsync($"/jobs?q={b.Marker}&workplace=Remote");
        Assert.Contains($"/jobs/{b.Master}/scrum-master-{b.Marker}", page);
        Assert.DoesNotContain(b.Coach.ToString(), page);
    }

    [Theory]
    [InlineData("workplace=Moon")]
    [InlineData("page=0")]
    [InlineData("pageSize=101")]
    [InlineData("sort=cheapest")]
    [InlineData("posted=3")]
    public async Task Bad_query_values_answer_400_problem_details(string query)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/jobs?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Position_page_has_safe_json_ld_and_any_slug_works()
    {
        var b = await BoardAsync();
        using var client = app.CreateClient();
        var html = await client.GetStringAsync($"/jobs/{b.Master}/wrong-slug");
        Assert.Contains($"href=\"http://localhost/jobs/{b.Master}/scrum-master-{b.Marker}\"", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        var script = LdJson().Match(html);
        Assert.True(script.Success, html[^Math.Min(html.Length, 1500)..]);
        var ld = JsonDocument.Parse(script.Groups[1].Value).RootElement;
        Assert.Equal("JobPosting", ld.GetProperty("@type").GetString());
        Assert.Equal($"Scrum master {b.Marker}", ld.GetProperty("title").GetString());
        Assert.Contains("</script>", ld.GetProperty("description").GetString());
        foreach (var field in new[] { "datePosted", "validThrough", "hiringOrganization", "employmentType", "baseSalary", "identifier", "directApply" })
            Assert.True(ld.TryGetProperty(field, out _), field);
        Assert.Equal("TELECOMMUTE", ld.GetProperty("jobLocationType").GetString());
        Assert.Equal("US", ld.GetProperty("applicantLocationRequirements").GetProperty("name").GetString());
        Assert.Equal("HOUR", ld.GetProperty("baseSalary").GetProperty("value").GetProperty("unitText").GetString());
        Assert.Equal(150, ld.GetProperty("baseSalary").GetProperty("value").GetProperty("maxValue").GetDecimal());
        Assert.Equal(b.Master.ToString(), ld.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("CONTRACTOR", ld.GetProperty("employmentType")[0].GetString());

        var hybrid = LdJson().Match(await client.GetStringAsync($"/jobs/{b.Coach}"));
        var place = JsonDocument.Parse(hybrid.Groups[1].Value).RootElement.GetProperty("jobLocation");
        Assert.Equal("Boston", place.GetProperty("address").GetProperty("addressLocality").GetString());
    }

    [Fact]
    public async Task Draft_and_closed_positions_are_nowhere_on_the_board()
    {
        var b = await BoardAsync();
        using var client = app.CreateClient();
        foreach (var id in new[] { b.Draft, b.Closed })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/jobs/{id}")).StatusCode);
        }
        Assert.DoesNotContain(b.Draft, Ids(await SearchAsync(client, $"q={b.Marker}+master&pageSize=100")));

        var sitemapResponse = await client.GetAsync("/jobs/sitemap.xml");
        Assert.Equal("application/xml", sitemapResponse.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await sitemapResponse.Content.ReadAsStringAsync());
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains(locs, l => l.Contains(b.Master.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(locs, l => l.Contains(b.Draft.ToString(), StringComparison.Ordinal) || l.Contains(b.Closed.ToString(), StringComparison.Ordinal));

        var feedResponse = await client.GetAsync("/jobs/feed.atom");
        Assert.Equal("application/atom+xml", feedResponse.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await feedResponse.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Descendants(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
        Assert.Contains($"urn:uuid:{b.Analyst}", entries);
        Assert.DoesNotContain($"urn:uuid:{b.Closed}", entries);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex LdJson();
}

public sealed class JobBoardTestsOnSqlite(SqliteApp app) : JobBoardTests(app), IClassFixture<SqliteApp>;

public sealed class JobBoardTestsOnPostgres(PostgresApp app) : JobBoardTests(app), IClassFixture<PostgresApp>;
