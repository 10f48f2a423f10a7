using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
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

    [Theory]
    [InlineData("~Epic|no-such-entry", "no entry has that code")]
    [InlineData("~Epic", "needs a name")]
    [InlineData("~|healthcare", "needs a name")]
    public async Task Update_WithABadContextualAlias_IsRefusedAndNothingChanges(string alias, string message)
    {
        using var admin = await app.ApiAsync(Persona.Administrator);
        var before = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "ehr").Select(t => new { t.Version, t.Aliases }).SingleAsync());
        var response = await admin.PutAsJsonAsync("/api/v1/taxonomy/ehr", new { name = "Electronic health records (EHR)", category = "Platform", aliases = new[] { alias }, parentCode = "healthcare", version = before.Version });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Aliases, await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "ehr").Select(t => t.Aliases).SingleAsync()));

        using var page = await app.PagesAsync(Persona.Administrator);
        var refused = await Forms.PostAsync(page, "/Admin/TaxonomyEdit/ehr", new()
        {
            ["Name"] = "Electronic health records (EHR)", ["Category"] = "5", ["Aliases"] = alias, ["ParentCode"] = "healthcare",
            ["Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Aliases, await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "ehr").Select(t => t.Aliases).SingleAsync()));
    }

    [Fact]
    public async Task Loader_BringsEntriesNobodyEditedToTheShippedDefinition_AndLeavesAdministratorsEditsAlone()
    {
        var shipped = Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded;
        // An install from an earlier version: Cúram under case management, which sat under the public sector.
        await app.WithDbAsync(async db =>
        {
            var curam = await db.TaxonomyEntries.SingleAsync(t => t.Code == "curam");
            curam.Update("IBM Cúram", TaxonomyCategory.Platform, ["Curam"], "case-management", TimeProvider.System.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        // An administrator's own change to another shipped entry.
        using var admin = await app.ApiAsync(Persona.Administrator);
        var plm = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "oracle-agile-plm").Select(t => new { t.Version, t.Name, t.ParentCode }).SingleAsync());
        var edited = await admin.PutAsJsonAsync("/api/v1/taxonomy/oracle-agile-plm", new { name = "Agile PLM (our name)", category = "Platform", aliases = new[] { "Agile PLM" }, parentCode = plm.ParentCode, version = plm.Version });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var changed = await app.WithDbAsync(async db =>
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<Shortlist.Web.Features.Taxonomy.TaxonomyLoader>().LoadAsync(shipped, CancellationToken.None);
        });

        Assert.True(changed >= 1);
        var curamNow = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "curam").Select(t => new { t.Name, t.ParentCode, t.Aliases }).SingleAsync());
        var curamShipped = shipped.Find("curam")!;
        Assert.Equal((curamShipped.Name, curamShipped.ParentCode), (curamNow.Name, curamNow.ParentCode));
        Assert.Equal(curamShipped.Aliases, curamNow.Aliases);
        Assert.Equal("Agile PLM (our name)", await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "oracle-agile-plm").Select(t => t.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Shortlist.Web.Features.Taxonomy.TaxonomyLoader.UpgradeAction && a.Details == "curam" && a.UserId == null)));
        // Loading again changes nothing.
        Assert.Equal(0, await app.WithDbAsync(async db =>
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<Shortlist.Web.Features.Taxonomy.TaxonomyLoader>().LoadAsync(shipped, CancellationToken.None);
        }));
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

    [Fact]
    public async Task PlaybookPage_AsAdministrator_StartsAndEditsAPlaybookAndRefusesBadRowsWithNothingStored()
    {
        // An industry of its own, so no other test's playbook changes.
        var code = "industry-" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            db.TaxonomyEntries.Add(new TaxonomyEntry(code, "Test industry " + code, TaxonomyCategory.Industry, [], null, TimeProvider.System.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        using var admin = await app.PagesAsync(Persona.Administrator);
        // The taxonomy page offers to start one for an industry without; the page opens empty, with blank rows.
        Assert.Contains($"<option value=\"{code}\">", await admin.GetStringAsync("/Admin/Taxonomy"), StringComparison.Ordinal);
        var url = $"/Admin/PlaybookEdit?industry={code}";
        Assert.Contains("name=\"Rows[2].Code\"", await admin.GetStringAsync(url), StringComparison.Ordinal);
        Task<IndustryPlaybook?> StoredAsync() => app.WithDbAsync(db => db.IndustryPlaybooks.AsNoTracking().SingleOrDefaultAsync(p => p.IndustryCode == code));

        // An unknown code, a weight out of range: the page again, 422, with the message; nothing stored.
        var fields = new Dictionary<string, string>
        {
            ["Rows[0].Code"] = "pci-dss", ["Rows[0].Importance"] = "Must", ["Rows[0].Weight"] = "3",
            ["Rows[1].Code"] = "no-such-entry", ["Rows[1].Importance"] = "Nice", ["Rows[1].Weight"] = "1",
        };
        var refused = await Forms.PostAsync(admin, url, new(fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("No entry has the code &#x27;no-such-entry&#x27;.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        fields["Rows[1].Code"] = "omnichannel";
        fields["Rows[0].Weight"] = "11";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Forms.PostAsync(admin, url, new(fields))).StatusCode);
        Assert.Null(await StoredAsync());

        // Started: both rows stored, audited.
        fields["Rows[0].Weight"] = "3";
        fields["Rows[1].MinimumYears"] = "2";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, url, new(fields))).StatusCode);
        var created = (await StoredAsync())!;

        // Started a second time from a page read before the first start: a conflict, not "version is required"; nothing changed.
        var again = await Forms.PostAsync(admin, url, new(fields) { ["Rows[1].Code"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Someone else changed this playbook meanwhile", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await StoredAsync())!.Items.Count);
        Assert.Equal([new PlaybookItem("pci-dss", Importance.Must, 3), new PlaybookItem("omnichannel", Importance.Nice, 1, 2)], created.Items);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "playbook.update" && a.EntityId == created.Id)));

        // Edited on its page: a row emptied is removed; the version the page carries must be current.
        var page = await admin.GetStringAsync($"/Admin/PlaybookEdit/{code}");
        Assert.Contains("value=\"omnichannel\"", page, StringComparison.Ordinal);
        var edit = new Dictionary<string, string>(fields) { ["Rows[1].Code"] = "", ["Version"] = created.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, $"/Admin/PlaybookEdit/{code}", new(edit))).StatusCode);
        Assert.Equal(["pci-dss"], (await StoredAsync())!.Items.Select(i => i.TaxonomyCode));
        var stale = await Forms.PostAsync(admin, $"/Admin/PlaybookEdit/{code}", new(edit) { ["Rows[1].Code"] = "omnichannel" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("Someone else changed this playbook meanwhile", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["pci-dss"], (await StoredAsync())!.Items.Select(i => i.TaxonomyCode));

        // Not an industry: not found.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/PlaybookEdit/pmp")).StatusCode);
    }
}

public sealed class TaxonomyApiTestsOnSqlite(SqliteApp app) : TaxonomyApiTests(app), IClassFixture<SqliteApp>;

public sealed class TaxonomyApiTestsOnPostgres(PostgresApp app) : TaxonomyApiTests(app), IClassFixture<PostgresApp>;
