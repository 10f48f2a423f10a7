using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data;
using Shortlist.Domain.Auditing;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Features.Privacy;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Security;

/// <summary>The audit log's guard (on both providers: it is a database trigger).</summary>
public abstract class AuditGuardTests(AppFixture app)
{
    [Fact]
    public async Task AuditEntries_CannotBeChangedOrDeleted_ByTheContextOrBySql_OnlyRedacted()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var entry = new AuditEntry(TimeProvider.System.GetUtcNow(), null, "guard@security.test", "guard.test", "Candidate", Guid.NewGuid(), "detail", "10.0.0.1");
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.Id == id);
            db.Entry(entry).Property(a => a.Action).CurrentValue = "guard.forged";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.Id == id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return 0;
        });
        await app.WithDbAsync(async db =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Action, "guard.forged")));
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteDeleteAsync());
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "someone.else@security.test")));
            // Erasure may redact what names a person, and nothing else.
            Assert.Equal(1, await db.AuditEntries.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, PrivacyService.ErasedName)
                .SetProperty(a => a.IpAddress, (string?)null).SetProperty(a => a.Details, (string?)null)));
            return 0;
        });
        var after = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("guard.test", after.Action);
        Assert.Equal(PrivacyService.ErasedName, after.UserName);
        Assert.Null(after.IpAddress);
    }
}

public sealed class AuditGuardTestsOnSqlite(SqliteApp app) : AuditGuardTests(app), IClassFixture<SqliteApp>;

public sealed class AuditGuardTestsOnPostgres(PostgresApp app) : AuditGuardTests(app), IClassFixture<PostgresApp>;

/// <summary>The audit log's search and completeness, retention, and the web defences; on SQLite (the provider does not matter here).</summary>
public sealed partial class PrivacyAndWebDefenceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task AuditLog_RecordsReadsExportsAndChanges_AndTheAdministratorSearchesIt()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        using var administrator = await app.ApiAsync(Persona.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/api/v1/candidates/{app.World.CandidateB}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/api/v1/candidates/{app.World.CandidateB}/export")).StatusCode);

        // A change no feature records by name is still recorded, with the changed fields' names (the safety net).
        var positionId = await app.WithDbAsync(db => db.Positions.Where(p => p.Id == app.World.PositionY).Select(p => p.Id).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Name, "net@security.test")], "Test")),
            };
            var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
            var position = await db.Positions.SingleAsync(p => p.Id == positionId);
            position.SetPlan(new DateOnly(2030, 1, 1), null, null, null, TimeProvider.System.GetUtcNow());
            await db.SaveChangesAsync();
            http.HttpContext = null;
        }
        var net = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "net@security.test").ToListAsync());
        Assert.Contains(net, a => a.Action == "position.update" && a.EntityId == positionId && a.Details!.Contains("TargetShortlistDate", StringComparison.Ordinal));

        var reads = await administrator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?who=recruiter%40world.test&subject={app.World.CandidateB}&action=candidate.read");
        Assert.True(reads.GetProperty("total").GetInt32() >= 1);
        Assert.All(reads.GetProperty("items").EnumerateArray(), e => Assert.Equal("candidate.read", e.GetProperty("action").GetString()));
        var exports = await administrator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=candidate.&subject={app.World.CandidateB}");
        Assert.Contains(exports.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "candidate.export");
        var future = await administrator.GetFromJsonAsync<JsonElement>("/api/v1/audit?from=2099-01-01");
        Assert.Equal(0, future.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await administrator.GetAsync("/api/v1/audit?from=2026-02-01&to=2026-01-01")).StatusCode);

        using var page = await app.PagesAsync(Persona.Administrator);
        var html = await page.GetStringAsync($"/Admin/Audit?Who=recruiter%40world.test&Action=candidate.read&Subject={app.World.CandidateB}");
        Assert.Contains("candidate.read", html, StringComparison.Ordinal);
        Assert.DoesNotContain("candidate.export", html, StringComparison.Ordinal);
        // The entries themselves, not only the filter typed back: the page lists them and says how many.
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* entries; page 1 of", html);
        Assert.DoesNotContain(AuthorizationEndpoints(), e => e.Contains("/audit", StringComparison.OrdinalIgnoreCase) && !e.StartsWith("GET ", StringComparison.Ordinal)); // no endpoint changes the log
    }

    private IEnumerable<string> AuthorizationEndpoints() => Auth.AuthorizationMatrixTests.Endpoints(app.Services);

    [Fact]
    public async Task Retention_NotifiesTheInactive_ThenAnonymises_KeepsTheActive_AndIsIdempotent()
    {
        var start = TimeProvider.System.GetUtcNow().AddYears(-3);
        var clock = new TestClock(start);
        var (quiet, returning) = await app.WithDbAsync(async db =>
        {
            var q = new Candidate("Quinn", "Quiet", $"quiet{Guid.NewGuid():N}"[..13] + "@security.test", start);
            var r = new Candidate("Rita", "Returning", $"back{Guid.NewGuid():N}"[..12] + "@security.test", start);
            db.Candidates.AddRange(q, r);
            await db.SaveChangesAsync();
            return (q, r);
        });
        using var clocked = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        async Task<RetentionReport> RunAsync()
        {
            await using var scope = clocked.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(CancellationToken.None);
        }
        Directory.CreateDirectory(app.MailFolder);
        clock.Advance(TimeSpan.FromDays(30 * 25)); // 25 months without activity
        var first = await RunAsync();
        Assert.True(first.Notified >= 2, $"notified {first.Notified}");
        var mails = Directory.GetFiles(app.MailFolder).Select(File.ReadAllText).ToList();
        Assert.Contains(mails, m => m.Contains(quiet.Email, StringComparison.Ordinal) && m.Contains("anonymise", StringComparison.Ordinal));
        Assert.Equal(0, (await RunAsync()).Notified); // a second run the same day sends nothing more

        // Rita comes back (she changes her profile) before the notice runs out; Quinn does nothing.
        clock.Advance(TimeSpan.FromDays(10));
        await app.WithDbAsync(async db =>
        {
            var r = await db.Candidates.SingleAsync(c => c.Id == returning.Id);
            r.SetContact(r.FirstName, r.LastName, r.Email, "+1 555 0100", r.Location, clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        clock.Advance(TimeSpan.FromDays(21));
        var second = await RunAsync();
        Assert.True(second.Anonymised >= 1);
        Assert.True(second.KeptAfterActivity >= 1);
        var (q2, r2) = await app.WithDbAsync(async db => (await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == quiet.Id), await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == returning.Id)));
        Assert.NotNull(q2.ErasedAt);
        Assert.DoesNotContain("Quinn", q2.FirstName, StringComparison.Ordinal);
        Assert.Null(r2.ErasedAt);
        Assert.Equal("Rita", r2.FirstName);
        Assert.Equal(new RetentionReport(0, 0, 0), await RunAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "retention.anonymise" && a.EntityId == quiet.Id)));
        Assert.Equal(Web.Cli.Verb.Retention, Web.Cli.CommandLine.Parse(["retention"]).Verb);
    }

    // ---------- web defences ----------

    // Every page each persona can open (record pages with the world's ids).
    private IEnumerable<(Persona Who, string Url)> Pages()
    {
        var w = app.World;
        string[] anyone = ["/", "/jobs", $"/jobs/{w.PositionX}", $"/jobs/{w.PositionX}/apply-here/apply", "/privacy", "/privacy/erased", "/Account/Login", "/Account/Register",
            "/Account/ForgotPassword", "/Account/AccessDenied", "/Account/AcceptInvitation", "/Account/ResetPassword?email=x%40world.test&token=abc", "/search-requests/new", "/search-requests/sent"];
        foreach (var url in anyone) yield return (Persona.Anonymous, url);
        foreach (var url in new[] { "/Portal", "/Portal/Profile", "/Portal/Applications", "/Portal/Recommendations", "/Portal/Conversations", "/Portal/Privacy", "/Account/TwoFactor", "/Account/Tokens", "/Account/Consent", "/Account/Logout" })
            yield return (Persona.CandidateA, url);
        foreach (var url in new[] { "/Client", "/Client/Requests", "/Client/Requests/New", "/Account/Tokens" }) yield return (Persona.HiringManagerX, url);
        foreach (var url in new[] { "/Workspace", "/Workspace/Requests", "/Workspace/Conversations", "/Positions", $"/Positions/{w.PositionX}", $"/Positions/Match/{w.PositionX}",
            "/Candidates", $"/Candidates/{w.CandidateA}", $"/Candidates/Matches/{w.CandidateA}", $"/Candidates/{w.CandidateA}/Edit", "/Organizations", "/Account/TwoFactor" })
            yield return (Persona.Recruiter, url);
        foreach (var url in new[] { "/Admin", "/Admin/Audit", "/Admin/Taxonomy", "/Admin/TaxonomyEdit/epic", "/Admin/PlaybookEdit/healthcare", "/Account/Tokens" }) yield return (Persona.Administrator, url);
    }

    [GeneratedRegex("<form\\b[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("<script\\b(?![^>]*\\bsrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\sstyle=\"|<style\\b|\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrHandler();

    [Fact]
    public async Task EveryPage_HasTheSecurityHeaders_NoInlineScriptOrStyle_AndEveryPostFormCarriesAntiforgery()
    {
        var failures = new List<string>();
        var clients = new Dictionary<Persona, HttpClient>();
        var pages = 0;
        var forms = 0;
        foreach (var (who, url) in Pages())
        {
            if (!clients.TryGetValue(who, out var client)) clients[who] = client = await app.PagesAsync(who);
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK) { failures.Add($"{url} as {who}: {(int)response.StatusCode}"); continue; }
            pages++;
            var h = response.Headers;
            var csp = string.Join(" ", h.GetValues("Content-Security-Policy"));
            foreach (var part in new[] { "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'" })
                if (!csp.Contains(part, StringComparison.Ordinal)) failures.Add($"{url}: CSP lacks {part}");
            if (csp.Contains("unsafe-inline", StringComparison.Ordinal)) failures.Add($"{url}: CSP allows inline code");
            if (h.GetValues("X-Content-Type-Options").Single() != "nosniff") failures.Add($"{url}: no nosniff");
            if (!h.Contains("Referrer-Policy")) failures.Add($"{url}: no Referrer-Policy");
            var html = await response.Content.ReadAsStringAsync();
            if (InlineScript().Match(html) is { Success: true } script) failures.Add($"{url}: inline script {script.Value}");
            if (InlineStyleOrHandler().Match(html) is { Success: true } style) failures.Add($"{url}: inline style or handler {style.Value}");
            foreach (Match form in Form().Matches(html))
            {
                if (!Regex.IsMatch(form.Value, "^<form\\b[^>]*method=\"post\"", RegexOptions.IgnoreCase)) continue;
                forms++;
                if (!form.Value.Contains("__RequestVerificationToken", StringComparison.Ordinal)) failures.Add($"{url}: a post form without antiforgery: {form.Value[..Math.Min(120, form.Value.Length)]}");
            }
        }
        foreach (var c in clients.Values) c.Dispose();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(pages >= 40 && forms >= 10, $"{pages} pages, {forms} post forms");
    }

    [Fact]
    public async Task OverHttps_HstsAndSecureSameSiteCookies_OverHttp_NoHsts()
    {
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await Forms.PostAsync(https, "/Account/Login", new() { ["Email"] = app.World.EmailOf(Persona.Recruiter), ["Password"] = World.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("max-age=", signIn.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shortlist.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", auth, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", auth, StringComparison.Ordinal);
        Assert.Contains("httponly", auth, StringComparison.Ordinal);
        using var fresh = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var login = await fresh.GetAsync("/Account/Register");
        var csrf = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shortlist.csrf=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("samesite=strict", csrf, StringComparison.Ordinal);
        Assert.Contains("secure", csrf, StringComparison.Ordinal);
        Assert.Contains("httponly", csrf, StringComparison.Ordinal);
        using var http = app.CreateClient();
        Assert.False((await http.GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Api_IsRateLimitedPerCaller_With429RetryAfterAndProblem()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerMinute", "3"));
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync(Persona.HiringManagerY));
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/positions")).StatusCode);
        var refused = await client.GetAsync("/api/v1/positions");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        // Another caller has a budget of their own.
        using var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync(Persona.HiringManagerX));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/positions")).StatusCode);
    }

    [Fact]
    public async Task Uploads_AreServedAsAttachmentsWithNosniff_AndAProgramNamedAsAResumeIsRefused()
    {
        using var candidate = await app.ApiAsync(Persona.CandidateA);
        var files = await app.CountAsync<Shortlist.Data.Files.StoredFile>();
        var disguised = await candidate.PostAsync($"/api/v1/candidates/{app.World.CandidateA}/resume",
            Features.ResumeUploadTests.Form([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], "resume.pdf", "application/pdf"));
        Assert.InRange((int)disguised.StatusCode, 400, 499);
        Assert.Equal(files, await app.CountAsync<Shortlist.Data.Files.StoredFile>());

        Assert.Equal(HttpStatusCode.OK, (await candidate.PostAsync($"/api/v1/candidates/{app.World.CandidateA}/resume",
            Features.ResumeUploadTests.Form(System.Text.Encoding.UTF8.GetBytes(Features.ResumeUploadTests.Resume), "<script>.txt", "text/plain"))).StatusCode);
        var download = await candidate.GetAsync($"/api/v1/candidates/{app.World.CandidateA}/resume");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        using var other = await app.ApiAsync(Persona.CandidateB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/candidates/{app.World.CandidateA}/resume")).StatusCode);
    }

    [Fact]
    public async Task PositionDescriptions_AreSanitizedBeforeStoringAndShowing()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        const string hostile = "<p>Lead the <strong>EHR</strong> rollout.</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a><a href=\"https://example.com\">site</a>";
        var created = await recruiter.PostAsJsonAsync("/api/v1/positions", new
        {
            organizationId = app.World.OrganizationX, title = "Sanitized position", description = hostile, industry = "healthcare", workplace = "Remote", engagement = "Contract",
            requirements = new[] { new { taxonomyCode = "pmp", label = "PMP", importance = "Must", weight = 3 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var stored = await app.WithDbAsync(db => db.Positions.Where(p => p.Id == id).Select(p => p.Description).SingleAsync());
        Assert.Contains("<strong>EHR</strong>", stored, StringComparison.Ordinal);
        foreach (var bad in new[] { "<script", "onerror", "javascript:", "<img" }) Assert.DoesNotContain(bad, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", stored, StringComparison.Ordinal);

        // Shown sanitized again, even when older text got into the database unsanitized.
        await app.WithDbAsync(db => db.Positions.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Description, hostile)));
        Assert.Equal(HttpStatusCode.OK, (await recruiter.PostAsync($"/api/v1/positions/{id}/publish", null)).StatusCode);
        using var anonymous = app.CreateClient();
        var page = await anonymous.GetStringAsync($"/jobs/{id}");
        Assert.Contains("<strong>EHR</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", page, StringComparison.Ordinal);
        // Plain text (no markup) is shown encoded, as paragraphs and lines.
        Assert.Equal("<p>Line one<br />Line two &amp; more</p><p>Next</p>", RichText.Html("Line one\nLine two & more\n\nNext").ToString());
    }
}
