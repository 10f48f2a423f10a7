using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Features.Privacy;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Security;

/// <summary>Sign-in defences, access tokens, consent, the audit log, retention and web defences, on one shared app.</summary>
public abstract partial class SecurityTests(AppFixture app)
{
    // ---------- helpers ----------

    private async Task<string> NewUserAsync(string role, bool candidateRecord = false, string? consentVersion = null)
    {
        var email = $"{role.ToLowerInvariant()}{Guid.NewGuid():N}"[..(role.Length + 10)] + "@security.test";
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        Guid? candidateId = null;
        Candidate? candidate = null;
        if (candidateRecord)
        {
            candidate = new Candidate("Sec", "Urity", email, TimeProvider.System.GetUtcNow());
            db.Candidates.Add(candidate);
            if (consentVersion is not null) db.Consents.Add(new ConsentRecord(candidate.Id, consentVersion, ConsentPurpose.Registration, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
            candidateId = candidate.Id;
        }
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(email, World.Password, "Sec Urity", role, null, candidateId);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        if (candidate is not null)
        {
            candidate.UserId = result.UserId;
            await db.SaveChangesAsync();
        }
        return email;
    }

    private HttpClient Browser(WebApplicationFactory<Program>? host = null)
        => (host ?? app).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = World.Password)
        => Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Posts a form of <paramref name="page"/> to <paramref name="action"/> (a handler), with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private async Task<string> BearerAsync(string email, object? extra = null)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private HttpClient Api(string token, WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? app).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<code class=\"key\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    // ---------- two-factor authentication, lockout, sessions ----------

    [Fact]
    public async Task TwoFactor_EnrolOnThePage_ThenSignInNeedsACode_AndARecoveryCodeWorksOnce()
    {
        var email = await NewUserAsync(Roles.Recruiter);
        using var browser = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, email)).StatusCode);
        var setup = await browser.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("otpauth://totp/Shortlist:", setup, StringComparison.Ordinal);
        Assert.Contains("data:image/svg+xml;base64,", WebUtility.HtmlDecode(setup), StringComparison.Ordinal);
        var key = SharedKey().Match(setup).Groups[1].Value;
        Assert.NotEmpty(key);

        var wrong = await PostHandlerAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = "12345" });
        Assert.Contains("The code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enabled = await PostHandlerAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) });
        var enabledPage = await enabled.Content.ReadAsStringAsync();
        var codes = RecoveryCode().Matches(enabledPage).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(TwoFactorService.RecoveryCodeCount, codes.Count);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.TwoFactorEnabled)));

        // Signing in again now takes a second step; a wrong code is refused, the right one lands on the role's home.
        using var again = Browser();
        var first = await SignInAsync(again, email);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/Workspace")).StatusCode); // not signed in yet
        var enrolledAt = TimeProvider.System.GetUtcNow();
        var right = Totp.Code(key, enrolledAt.AddSeconds(30)); // the enrolment's code was used: the next one
        var bad = await Forms.PostAsync(again, "/Account/LoginWith2fa", new() { ["Code"] = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("That code is not right", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var good = await Forms.PostAsync(again, "/Account/LoginWith2fa", new() { ["Code"] = right });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/Workspace", good.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Workspace")).StatusCode);

        // The API's token endpoint asks for the second factor too; a recovery code works once.
        using var anonymous = app.CreateClient();
        var noCode = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.Contains("Two-factor code needed", await noCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, recoveryCode = codes[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, recoveryCode = codes[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, twoFactorCode = right })).StatusCode); // used on the page
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, twoFactorCode = Totp.Code(key, enrolledAt.AddSeconds(60)) })).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "user.2fa-enable" && a.UserName == email)));
    }

    [Fact]
    public async Task TwoFactor_ThroughTheApi_SetupEnableAndDisable()
    {
        var email = await NewUserAsync(Roles.Candidate, candidateRecord: true, consentVersion: PrivacyNotice.Version);
        using var api = Api(await BearerAsync(email));
        var setup = await (await api.PostAsync("/api/v1/me/two-factor/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<svg", setup.GetProperty("qrCodeSvg").GetString()!.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = "000" })).StatusCode);
        var enabled = await api.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = Totp.Code(key, TimeProvider.System.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").GetArrayLength());
        // Turning two-factor on changes the security stamp: every session ends, the token used to do it included.
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me/two-factor")).StatusCode);

        // Signing in again takes a code; each code works once (a later step is needed for the next sign-in).
        var start = TimeProvider.System.GetUtcNow();
        using var anonymous = app.CreateClient();
        var next = Totp.Code(key, start.AddSeconds(30));
        var signedIn = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, twoFactorCode = next });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, twoFactorCode = next })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password, twoFactorCode = Totp.Code(key, start) })).StatusCode);
        using var again = Api((await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
        Assert.True((await again.GetFromJsonAsync<JsonElement>("/api/v1/me/two-factor")).GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await again.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = "999999x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await again.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = next })).StatusCode); // used
        Assert.Equal(HttpStatusCode.NoContent, (await again.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = Totp.Code(key, start.AddSeconds(60)) })).StatusCode);
        using var afterOff = Api(await BearerAsync(email));
        Assert.False((await afterOff.GetFromJsonAsync<JsonElement>("/api/v1/me/two-factor")).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task BearerTokens_AreRefusedAtOnce_AfterSigningOut()
    {
        var email = await NewUserAsync(Roles.Recruiter);
        using var api = Api(await BearerAsync(email));
        using var otherDevice = Api(await BearerAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync("/api/v1/me/sign-out", null)).StatusCode);
        var refused = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/v1/me")).StatusCode);

        // Signing out on the page ends the API tokens too; a new sign-in works.
        using var fresh = Api(await BearerAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/me")).StatusCode);
        using var browser = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, email)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(browser, "/Account/Logout", new())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task RequireTwoFactorForStaff_StaffWithoutItCanOnlyEnrol_CandidatesAreUnaffected()
    {
        var recruiter = await NewUserAsync(Roles.Recruiter);
        using var strict = app.WithWebHostBuilder(b => b.UseSetting("Security:RequireTwoFactorForStaff", "true"));
        using var browser = Browser(strict);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, recruiter)).StatusCode);
        var workspace = await browser.GetAsync("/Workspace");
        Assert.Equal(HttpStatusCode.Redirect, workspace.StatusCode);
        Assert.Equal("/Account/TwoFactor", workspace.Headers.Location!.OriginalString);
        Assert.Contains("Staff accounts must use two-factor authentication", await browser.GetStringAsync("/Account/TwoFactor"), StringComparison.Ordinal);

        using var staffApi = Api(await BearerAsync(recruiter), strict);
        var refused = await staffApi.GetAsync("/api/v1/candidates");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(TwoFactorGate.ProblemType, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await staffApi.GetAsync("/api/v1/me/two-factor")).StatusCode);

        using var candidate = Browser(strict);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(candidate, app.World.EmailOf(Persona.CandidateA))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await candidate.GetAsync("/Portal")).StatusCode);
    }

    [Fact]
    public async Task SignInPage_AfterFiveWrongPasswords_LocksTheAccount_EvenForTheRightOne()
    {
        var email = await NewUserAsync(Roles.Recruiter);
        using var browser = Browser();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, email, "Wrong-Password-9")).StatusCode);
        var right = await SignInAsync(browser, email);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Too many failed attempts", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_InvalidatesTheSession_ACopyOfTheOldCookieIsRefused()
    {
        var email = await NewUserAsync(Roles.Recruiter);
        using var browser = Browser();
        var signedIn = await SignInAsync(browser, email);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("shortlist.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Workspace")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(browser, "/Account/Logout", new())).StatusCode);
        var after = await thief.GetAsync("/Workspace");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sessions_ExpireAfterInactivity_AndSlideWhileUsed_ResetLinksExpireAfterAnHour()
    {
        var clock = new TestClock(TimeProvider.System.GetUtcNow());
        var email = await NewUserAsync(Roles.Recruiter);
        using var clocked = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Security:SessionMinutes", "20");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        using var browser = Browser(clocked);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, email)).StatusCode);
        for (var i = 0; i < 4; i++) // 4 × 15 minutes of use: the session slides past its 20 minutes
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Workspace")).StatusCode);
        }
        clock.Advance(TimeSpan.FromMinutes(21)); // idle longer than the session
        var expired = await browser.GetAsync("/Workspace");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/Account/Login", expired.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // A reset link older than an hour is refused.
        Directory.CreateDirectory(app.MailFolder);
        var before = Directory.GetFiles(app.MailFolder).ToHashSet();
        using var anonymous = clocked.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email })).StatusCode);
        var mail = await File.ReadAllTextAsync(Directory.GetFiles(app.MailFolder).Single(f => !before.Contains(f)));
        var token = Regex.Match(mail.Replace("=\r\n", "", StringComparison.Ordinal), @"token=([A-Za-z0-9_\-]+)").Groups[1].Value;
        clock.Advance(TimeSpan.FromMinutes(61));
        var late = await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token, newPassword = "Another-Password-2" });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    // ---------- personal access tokens ----------

    [Fact]
    public async Task AccessTokens_ScopesAreEnforced_AndARevokedTokenIsRefused()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        async Task<(Guid Id, string Secret)> MakeAsync(HttpClient client, params string[] scopes)
        {
            var response = await client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "script " + string.Join('+', scopes), scopes, expiresInDays = 30 });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (body.GetProperty("token").GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
        }
        var read = await MakeAsync(recruiter, "read");
        var write = await MakeAsync(recruiter, "write");
        Assert.StartsWith(PersonalAccessTokens.SecretPrefix, read.Secret, StringComparison.Ordinal);

        using var reader = Api(read.Secret);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/candidates/{app.World.CandidateA}")).StatusCode);
        var refused = await reader.PostAsJsonAsync("/api/v1/candidates", new { firstName = "Read", lastName = "Only", email = "readonly@security.test" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var writer = Api(write.Secret);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/v1/candidates", new { firstName = "Via", lastName = "Token", email = $"pat{Guid.NewGuid():N}"[..12] + "@security.test" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/v1/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/api/v1/audit")).StatusCode); // a recruiter: no administration at all
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsJsonAsync("/api/v1/me/tokens", new { name = "from a token", scopes = new[] { "read" } })).StatusCode);

        // The admin scope: administrators only, and needed for administration even by them.
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync("/api/v1/me/tokens", new { name = "nope", scopes = new[] { "admin" } })).StatusCode);
        using var administrator = await app.ApiAsync(Persona.Administrator);
        using var adminWrite = Api((await MakeAsync(administrator, "read", "write")).Secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminWrite.GetAsync("/api/v1/audit")).StatusCode);
        using var adminAdmin = Api((await MakeAsync(administrator, "admin")).Secret);
        Assert.Equal(HttpStatusCode.OK, (await adminAdmin.GetAsync("/api/v1/audit")).StatusCode);

        // Stored as a hash only; listed without the secret; revoked → 401 at once.
        var stored = await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == read.Id));
        Assert.Equal(OneTimeToken.Hash(read.Secret), stored.TokenHash);
        Assert.DoesNotContain(read.Secret, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        var list = await recruiter.GetStringAsync("/api/v1/me/tokens");
        Assert.Contains(read.Id.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Secret, list, StringComparison.Ordinal);
        using var administratorOfOther = await app.ApiAsync(Persona.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await administratorOfOther.DeleteAsync($"/api/v1/me/tokens/{read.Id}")).StatusCode); // not theirs
        Assert.Equal(HttpStatusCode.NoContent, (await recruiter.DeleteAsync($"/api/v1/me/tokens/{read.Id}")).StatusCode);
        var revoked = await reader.GetAsync($"/api/v1/candidates/{app.World.CandidateA}");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(PersonalAccessTokens.SecretPrefix + "made-up-token").GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task AccessTokensPage_ShowsTheSecretOnce_ListsAndRevokes()
    {
        using var browser = await app.PagesAsync(Persona.HiringManagerX);
        var made = await PostHandlerAsync(browser, "/Account/Tokens", "/Account/Tokens?handler=Create",
            new() { ["Name"] = "Nightly report", ["Scopes"] = "read", ["ExpiresInDays"] = "7" });
        var html = await made.Content.ReadAsStringAsync();
        var secret = Regex.Match(html, "<code class=\"key\" id=\"new-token\">([^<]+)</code>").Groups[1].Value;
        Assert.StartsWith(PersonalAccessTokens.SecretPrefix, secret, StringComparison.Ordinal);
        using var api = Api(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/positions")).StatusCode);
        var list = await browser.GetStringAsync("/Account/Tokens");
        Assert.Contains("Nightly report", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Name == "Nightly report").Select(t => t.Id).FirstAsync());
        var revoked = await PostHandlerAsync(browser, "/Account/Tokens", $"/Account/Tokens?handler=Revoke&id={id}", new());
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/positions")).StatusCode);
    }

    // ---------- consent ----------

    [Fact]
    public async Task Consent_ANewNoticeVersion_AsksAgainOnPagesAndApi_AndIsStoredPerVersion()
    {
        var email = await NewUserAsync(Roles.Candidate, candidateRecord: true, consentVersion: "2020-01-01");
        using var browser = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, email)).StatusCode);
        var portal = await browser.GetAsync("/Portal/Applications");
        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
        Assert.StartsWith("/Account/Consent", portal.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Portal/Privacy")).StatusCode); // export and erasure stay open

        using var api = Api(await BearerAsync(email));
        var refused = await api.GetAsync("/api/v1/me/profile");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ConsentGate.ProblemType, problem.GetProperty("type").GetString());
        Assert.Equal(PrivacyNotice.Version, problem.GetProperty("noticeVersion").GetString());

        // Not ticking the box, or an old version, stores nothing.
        var unticked = await Forms.PostAsync(browser, "/Account/Consent", new() { ["NoticeVersion"] = PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/me/consent", new { noticeVersion = "2020-01-01" })).StatusCode);
        var agreed = await Forms.PostAsync(browser, "/Account/Consent?returnUrl=%2FPortal%2FApplications", new() { ["NoticeVersion"] = PrivacyNotice.Version, ["Agree"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        Assert.Equal("/Portal/Applications", agreed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Portal/Applications")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me/profile")).StatusCode);
        var status = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/consent");
        Assert.True(status.GetProperty("current").GetBoolean());
        Assert.Equal(["2020-01-01", PrivacyNotice.Version], status.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("noticeVersion").GetString()).Order());
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/me/consent", new { noticeVersion = PrivacyNotice.Version })).StatusCode); // again: nothing more stored
        Assert.Equal(2, await app.WithDbAsync(async db => { var id = await db.Candidates.Where(c => c.Email == email).Select(c => c.Id).SingleAsync(); return await db.Consents.CountAsync(c => c.CandidateId == id); }));
    }
}

public sealed class SecurityTestsOnSqlite(SqliteApp app) : SecurityTests(app), IClassFixture<SqliteApp>;
