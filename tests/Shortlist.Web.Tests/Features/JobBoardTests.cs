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
        // Structured data carries the description as sanitized plain text: the hostile markup is gone, the words stay.
        Assert.DoesNotContain("<script", ld.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(ld.GetProperty("description").GetString()));
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

    /// <summary>Positions shaped like the demo data, with real taxonomy codes; every title carries the marker.</summary>
    private sealed record DemoBoard(string Marker, Guid HealthcarePmp, Guid Trading, Guid ScrumEpic, Guid ScrumRetail, Guid EpicPm, Guid RetailPmp);

    private async Task<DemoBoard> DemoBoardAsync()
    {
        var m = "m" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        Position Make(string title, string industry, string description, Place? place, WorkplaceMode workplace, params (string Code, string Label)[] requirements)
        {
            var p = new Position(app.World.OrganizationX, $"{title} {m}", description, industry, now.AddDays(-1));
            // A copy each: EF Core owns a Place per position and would move one shared instance to the last owner.
            p.SetTerms(place is null ? null : place with { }, place is null ? null : 50, workplace, EngagementTypes.Contract, new Compensation(90, 110, CompensationUnit.Hourly), false, null, now.AddDays(-1));
            p.SetRequirements([.. requirements.Select(r => new Requirement(r.Code, r.Label, Importance.Must))], now.AddDays(-1));
            p.Publish(now.AddDays(-1));
            db.Positions.Add(p);
            return p;
        }
        var boston = new Place("Boston", "MA", "US");
        var chicago = new Place("Chicago", "IL", "US");
        var hcPmp = Make("IT Project Manager – Population health analytics", "healthcare", "A hospital network builds analytics.", boston, WorkplaceMode.Hybrid,
            ("it-project-manager", "IT project manager"), ("pmp", "PMP"), ("healthcare", "Healthcare"));
        // The old search found this one for "PMP healthcare": "Project Management Professional" and "Health systems" as loose words across requirements.
        var trading = Make("Senior Business Analyst – Trading platform cloud migration", "financial-services",
            "Granite Harbor Bank (financial services) moves trading and risk systems to AWS.", new Place("New York", "NY", "US"), WorkplaceMode.OnSite,
            ("business-analyst", "Business analyst"), ("capital-markets", "Capital markets"), ("project-controls", "Project controls"),
            ("change-management", "Change management"), ("professional-services", "Professional services"), ("health-and-safety", "Health and safety"),
            ("business-systems", "Business systems"));
        var scrumEpic = Make("Senior Scrum Master – Cerner to Epic migration", "healthcare", "Lead three teams through the move.", boston, WorkplaceMode.Remote,
            ("scrum-master", "Scrum master"), ("epic", "Epic"), ("csm", "CSM"));
        var scrumRetail = Make("Scrum Master – POS replacement", "retail", "Break the work into epics and user stories with the product owner.", chicago, WorkplaceMode.Hybrid,
            ("scrum-master", "Scrum master"), ("jira", "Jira"));
        var epicPm = Make("Project Manager – Epic EHR implementation", "healthcare", "Go-live in twelve clinics.", boston, WorkplaceMode.Hybrid,
            ("it-project-manager", "IT project manager"), ("epic", "Epic"), ("csm", "CSM"));
        var retailPmp = Make("IT Project Manager – Warehouse management rollout", "retail", "Roll out a new WMS.", chicago, WorkplaceMode.OnSite,
            ("pmp", "PMP"));
        await db.SaveChangesAsync();
        return new DemoBoard(m, hcPmp.Id, trading.Id, scrumEpic.Id, scrumRetail.Id, epicPm.Id, retailPmp.Id);
    }

    private static Dictionary<string, int> Facet(JsonElement result, string name)
        => result.GetProperty("facets").GetProperty(name).EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());

    [Theory]
    [InlineData("PMP healthcare")]
    [InlineData("pmp HEALTHCARE")]
    [InlineData("Healthcare PMPs")]
    public async Task PMP_healthcare_finds_the_healthcare_PMP_position_and_nothing_else(string words)
    {
        var b = await DemoBoardAsync();
        using var client = app.CreateClient();
        var q = Uri.EscapeDataString($"{words} {b.Marker}");
        Assert.Equal([b.HealthcarePmp], Ids(await SearchAsync(client, $"q={q}")));
        var page = await client.GetStringAsync($"/jobs?q={q}");
        Assert.Contains($"/jobs/{b.HealthcarePmp}/", page);
        Assert.DoesNotContain(b.Trading.ToString(), page);
        Assert.DoesNotContain(b.RetailPmp.ToString(), page);
    }

    [Theory]
    [InlineData("scrum master epic")]
    [InlineData("Scrum Masters EPIC")]
    public async Task Scrum_master_epic_finds_the_scrum_master_on_Epic_and_nothing_else(string words)
    {
        var b = await DemoBoardAsync();
        using var client = app.CreateClient();
        // Not the retail Scrum master whose description mentions epics (user stories), not the Epic project manager with a CSM.
        Assert.Equal([b.ScrumEpic], Ids(await SearchAsync(client, $"q={Uri.EscapeDataString($"{words} {b.Marker}")}")));
        Assert.Equal(new[] { b.ScrumEpic, b.ScrumRetail }.Order(), Ids(await SearchAsync(client, $"q={Uri.EscapeDataString($"scrum master {b.Marker}")}")).Order());
        Assert.Equal(new[] { b.ScrumEpic, b.EpicPm }.Order(), Ids(await SearchAsync(client, $"q={Uri.EscapeDataString($"epic {b.Marker}")}")).Order());
    }

    [Fact]
    public async Task Role_family_and_location_facets_count_filter_and_keep_every_filter_in_links()
    {
        var b = await DemoBoardAsync();
        using var client = app.CreateClient();
        var all = await SearchAsync(client, $"q={b.Marker}");
        Assert.Equal(6, all.GetProperty("total").GetInt32());
        var roles = Facet(all, "role");
        Assert.Equal(2, roles["scrum-master"]);
        Assert.Equal(3, roles["it-project-manager"]); // two by their requirement, one by its title
        Assert.Equal(1, roles["business-analyst"]);
        var roleLabels = all.GetProperty("facets").GetProperty("role").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("label").GetString());
        Assert.Equal("Scrum master", roleLabels["scrum-master"]);
        var locations = Facet(all, "location");
        Assert.Equal(3, locations["Boston, MA"]);
        Assert.Equal(2, locations["Chicago, IL"]);
        Assert.Equal(1, locations["New York, NY"]);

        Assert.Equal([b.ScrumEpic, b.ScrumRetail], [.. Ids(await SearchAsync(client, $"q={b.Marker}&role=scrum-master&sort=newest")).OrderBy(i => i == b.ScrumEpic ? 0 : 1)]);
        Assert.Equal([b.ScrumEpic], Ids(await SearchAsync(client, $"q={b.Marker}&role=Scrum-Master&location=boston,%20ma")));
        var narrowed = await SearchAsync(client, $"q={b.Marker}&role=scrum-master");
        // Live counts: the role facet still counts every role under the other filters; the location facet only scrum masters.
        Assert.Equal(3, Facet(narrowed, "role")["it-project-manager"]);
        Assert.Equal(1, Facet(narrowed, "location")["Boston, MA"]);
        Assert.False(Facet(narrowed, "location").ContainsKey("New York, NY"));

        var page = await client.GetStringAsync($"/jobs?q={b.Marker}&role=scrum-master&workplace=Hybrid&sort=Newest");
        Assert.Contains($"/jobs/{b.ScrumRetail}/", page);
        Assert.DoesNotContain(b.ScrumEpic.ToString(), page);
        var links = FacetLink().Matches(page).Select(x => System.Net.WebUtility.HtmlDecode(x.Groups[1].Value)).ToList();
        var chicago = Assert.Single(links, l => l.Contains("location=Chicago", StringComparison.Ordinal));
        foreach (var part in new[] { $"q={b.Marker}", "role=scrum-master", "workplace=Hybrid", "sort=Newest", "location=Chicago%2C%20IL" })
            Assert.Contains(part, chicago);
        var anyRole = Assert.Single(links, l => !l.Contains("role=", StringComparison.Ordinal) && l.Contains("workplace=Hybrid", StringComparison.Ordinal) && l.Contains($"q={b.Marker}", StringComparison.Ordinal));
        Assert.Contains("sort=Newest", anyRole);
        Assert.Contains("Scrum master", page);
    }

    [Theory]
    [InlineData("role=astronaut", "role")]
    [InlineData("location=Atlantis", "location")]
    [InlineData("industry=moon-mining", "industry")]
    [InlineData("workplace=Moon", "workplace")]
    [InlineData("pay=lots", "pay")]
    public async Task Unknown_filter_values_are_ignored_with_a_note_on_the_page_and_400_in_the_api(string filter, string key)
    {
        var b = await DemoBoardAsync();
        using var client = app.CreateClient();
        var page = await client.GetAsync($"/jobs?q={b.Marker}&{filter}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"filter-note\"", html);
        Assert.Contains("6 open positions", html);

        var api = await client.GetAsync($"/api/v1/jobs?q={b.Marker}&{filter}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(key, out _), problem.ToString());
    }

    [Theory]
    [InlineData(201)]
    [InlineData(5_000)]
    [InlineData(60_000)]
    public async Task A_huge_query_gets_a_clear_message_or_a_4xx_never_a_500(int length)
    {
        using var client = app.CreateClient();
        var q = new string('a', length);
        var page = await client.GetAsync($"/jobs?q={q}&workplace=Remote");
        Assert.True((int)page.StatusCode < 500, page.StatusCode.ToString());
        if (page.StatusCode == HttpStatusCode.OK)
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("at most 200 characters", html);
            Assert.DoesNotContain(q, html);
        }
        var api = await client.GetAsync($"/api/v1/jobs?q={q}");
        Assert.True((int)api.StatusCode is >= 400 and < 500, api.StatusCode.ToString());
    }

    [Fact]
    public async Task Script_in_the_query_is_only_ever_shown_encoded()
    {
        using var client = app.CreateClient();
        var attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var html = await client.GetStringAsync($"/jobs?q={Uri.EscapeDataString(attack)}&location={Uri.EscapeDataString(attack)}");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        var json = await (await client.GetAsync($"/api/v1/jobs?q={Uri.EscapeDataString(attack)}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", json);
    }

    [Fact]
    public async Task Public_pages_have_a_description_a_canonical_link_and_robots_txt()
    {
        var b = await DemoBoardAsync();
        using var client = app.CreateClient();
        foreach (var url in new[] { "/", "/jobs", $"/jobs/{b.ScrumEpic}/wrong" })
        {
            var html = await client.GetStringAsync(url);
            Assert.Matches("<meta name=\"description\" content=\"[^\"]{20,}\"", html);
            Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotContain("<style", html);
        }
        var detail = await client.GetStringAsync($"/jobs/{b.ScrumEpic}/wrong");
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/jobs/{b.ScrumEpic}/senior-scrum-master-cerner-to-epic-migration-{b.Marker}\"", detail);
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/jobs/sitemap.xml", robots);
        Assert.Contains("Disallow: /api/", robots);
        var csp = (await client.GetAsync("/jobs")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("style-src 'self';", csp);
    }

    [GeneratedRegex("<a href=\"(/jobs\\?[^\"]*)\"")]
    private static partial Regex FacetLink();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex LdJson();
}

public sealed class JobBoardTestsOnSqlite(SqliteApp app) : JobBoardTests(app), IClassFixture<SqliteApp>;

public sealed class JobBoardTestsOnPostgres(PostgresApp app) : JobBoardTests(app), IClassFixture<PostgresApp>;
