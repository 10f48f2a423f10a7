using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

public abstract class TaxonomyApiTests(AppFixture app)
{
    [Fact]
    public async Task Search_FindsEntriesByAlias()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var page = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy?q=emr");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("code").GetString() == "ehr");
    }

    [Fact]
    public async Task CreateThenUpdate_AsAdministrator_SavesAuditedAndRefusesAStaleVersion()
    {
        using var admin = await app.ApiAsync(Persona.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/taxonomy", new { code = "Cerner-Millennium", name = "Cerner Millennium", category = "Platform", aliases = new[] { "Millennium" }, parentCode = "ehr" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cerner-millennium", body.GetProperty("code").GetString());
        var version = body.GetProperty("version").GetInt64();

        var updated = await admin.PutAsJsonAsync("/api/v1/taxonomy/cerner-millennium", new { name = "Oracle Health Millennium", category = "Platform", aliases = new[] { "Millennium", "Cerner" }, parentCode = "ehr", version });
        var stale = await admin.PutAsJsonAsync("/api/v1/taxonomy/cerner-millennium", new { name = "Lost edit", category = "Platform", parentCode = "ehr", version });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Oracle Health Millennium", await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "cerner-millennium").Select(t => t.Name).SingleAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Details == "cerner-millennium")));
    }

    [Theory]
    [InlineData("healthcare", "epic", "loop back")] // healthcare → epic → ehr → healthcare
    [InlineData("healthcare", "no-such-entry", "No entry")]
    public async Task Update_WithABadParent_IsRefusedAndNothingChanges(string code, string parent, string message)
    {
        using var admin = await app.ApiAsync(Persona.Administrator);
        var version = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == code).Select(t => t.Version).SingleAsync());
        var response = await admin.PutAsJsonAsync($"/api/v1/taxonomy/{code}", new { name = "Healthcare", category = "Industry", parentCode = parent, version });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == code).Select(t => t.ParentCode).SingleAsync()));
    }

    [Fact]
    public async Task Playbook_WithAnUnknownCode_IsRefused_AndWithKnownCodesIsStored()
    {
        using var admin = await app.ApiAsync(Persona.Administrator);
        var refused = await admin.PutAsJsonAsync("/api/v1/taxonomy/playbooks/healthcare", new { items = new[] { new { taxonomyCode = "made-up", importance = "Must", weight = 2 } } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var notIndustry = await admin.PutAsJsonAsync("/api/v1/taxonomy/playbooks/epic", new { items = new[] { new { taxonomyCode = "hipaa", importance = "Must", weight = 2 } } });
        Assert.Equal(HttpStatusCode.BadRequest, notIndustry.StatusCode);

        var version = await app.WithDbAsync(db => db.IndustryPlaybooks.Where(p => p.IndustryCode == "healthcare").Select(p => (long?)p.Version).SingleOrDefaultAsync());
        var stored = await admin.PutAsJsonAsync("/api/v1/taxonomy/playbooks/healthcare", new
        {
            items = new object[] { new { taxonomyCode = "hipaa", importance = "Must", weight = 3 }, new { taxonomyCode = "epic", importance = "Strong", weight = 2, minimumYears = 2 } },
            version,
        });
        Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync());
        using var hm = await app.ApiAsync(Persona.HiringManagerX);
        var playbooks = await hm.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/playbooks");
        var healthcare = playbooks.EnumerateArray().Single(p => p.GetProperty("industry").GetString() == "healthcare");
        Assert.Equal(["hipaa", "epic"], healthcare.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("taxonomyCode").GetString()));
    }

    [Fact]
    public async Task EditPage_AsAdministrator_SavesAliases()
    {
        using var admin = await app.PagesAsync(Persona.Administrator);
        var version = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "pmp").Select(t => t.Version).SingleAsync());
        var response = await Forms.PostAsync(admin, "/Admin/TaxonomyEdit/pmp", new()
        {
            ["Name"] = "Project Management Professional (PMP)", ["Category"] = "1", ["Aliases"] = "PMP\nPMI-PMP\nProject Management Professional",
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var aliases = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "pmp").Select(t => t.Aliases).SingleAsync());
        Assert.Equal(["PMP", "PMI-PMP", "Project Management Professional"], aliases);
        Assert.Contains("PMI-PMP", await admin.GetStringAsync("/Admin/Taxonomy?q=pmp"), StringComparison.Ordinal);
    }
}

public sealed class TaxonomyApiTestsOnSqlite(SqliteApp app) : TaxonomyApiTests(app), IClassFixture<SqliteApp>;

public sealed class TaxonomyApiTestsOnPostgres(PostgresApp app) : TaxonomyApiTests(app), IClassFixture<PostgresApp>;
