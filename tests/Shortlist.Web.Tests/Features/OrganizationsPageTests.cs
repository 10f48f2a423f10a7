using System.Net;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

public abstract class OrganizationsPageTests(AppFixture app)
{
    [Fact]
    public async Task AddClient_AsRecruiter_StoresItAuditedAndListsIt()
    {
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var response = await Forms.PostAsync(recruiter, "/Organizations", new() { ["Name"] = "Quarry Retail", ["Industry"] = "retail", ["BlindReview"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Quarry Retail", await recruiter.GetStringAsync("/Organizations"), StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.Organizations.Where(o => o.Name == "Quarry Retail").Select(o => o.Id).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "organization.create" && a.EntityId == id)));
    }

    [Fact]
    public async Task AddClient_WithABlankName_ShowsTheErrorAndStoresNothing()
    {
        using var admin = await app.PagesAsync(Persona.Administrator);
        var before = await app.CountAsync<Domain.Organizations.Organization>();
        var response = await Forms.PostAsync(admin, "/Organizations", new() { ["Name"] = "  ", ["Industry"] = "retail" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The Name field is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync<Domain.Organizations.Organization>());
    }

    [Fact]
    public async Task AddClient_AsHiringManager_IsDeniedAndStoresNothing()
    {
        using var hm = await app.PagesAsync(Persona.HiringManagerX);
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var page = await recruiter.GetStringAsync("/Organizations"); // a real token, but of another user
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var before = await app.CountAsync<Domain.Organizations.Organization>();
        var response = await hm.PostAsync("/Organizations", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Sneaky", ["Industry"] = "retail", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync<Domain.Organizations.Organization>());
    }
}

public sealed class OrganizationsPageTestsOnSqlite(SqliteApp app) : OrganizationsPageTests(app), IClassFixture<SqliteApp>;

public sealed class OrganizationsPageTestsOnPostgres(PostgresApp app) : OrganizationsPageTests(app), IClassFixture<PostgresApp>;
