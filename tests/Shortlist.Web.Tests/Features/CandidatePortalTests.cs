using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>The candidate's account and profile: consent on registration, password reset, the profile editor and its API.</summary>
public abstract partial class CandidatePortalTests(AppFixture app)
{
    private static string NewEmail(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)] + "@world.test";

    /// <summary>Registers through the page (which signs in) and answers the signed-in browser and the new address.</summary>
    private async Task<(HttpClient Browser, string Email)> RegisterAsync(string prefix = "pf")
    {
        var email = NewEmail(prefix);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await Forms.PostAsync(browser, "/Account/Register", new()
        {
            ["FirstName"] = "Pia", ["LastName"] = "Profile", ["Email"] = email, ["Password"] = World.Password,
            ["NoticeVersion"] = PrivacyNotice.Version, ["Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Portal", response.Headers.Location?.OriginalString);
        return (browser, email);
    }

    private Task<Candidate> CandidateAsync(string email) => app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Email == email));

    private async Task<HttpClient> ApiForAsync(string email)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password });
        response.EnsureSuccessStatusCode();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    // ---- consent on registration ----

    [Fact]
    public async Task Register_ThroughThePage_StoresConsentToTheNoticeInForce()
    {
        var (_, email) = await RegisterAsync("cs");
        var candidate = await CandidateAsync(email);
        var consent = await app.WithDbAsync(db => db.Consents.AsNoTracking().SingleAsync(c => c.CandidateId == candidate.Id));
        Assert.Equal(PrivacyNotice.Version, consent.NoticeVersion);
        Assert.Equal(ConsentPurpose.Registration, consent.Purpose);
    }

    [Theory]
    [InlineData(null, "true")]
    [InlineData("2020-01-01", "true")]
    [InlineData(PrivacyNotice.Version, null)]
    public async Task Register_ThroughThePage_WithoutConsentOrWithAnOldNotice_IsRefusedAndStoresNothing(string? version, string? consent)
    {
        var email = NewEmail("nc");
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var fields = new Dictionary<string, string> { ["FirstName"] = "No", ["LastName"] = "Consent", ["Email"] = email, ["Password"] = World.Password };
        if (version is not null) fields["NoticeVersion"] = version;
        if (consent is not null) fields["Consent"] = consent;
        var consents = await app.CountAsync<ConsentRecord>();
        var response = await Forms.PostAsync(browser, "/Account/Register", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("privacy notice", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await app.WithDbAsync(db => db.Candidates.AnyAsync(c => c.Email == email)));
        Assert.Equal(consents, await app.CountAsync<ConsentRecord>());
    }

    [Fact]
    public async Task Register_ThroughTheApi_StoresConsent_AndRefusesAMissingOrOldNoticeVersion()
    {
        using var anonymous = app.CreateClient();
        var consents = await app.CountAsync<ConsentRecord>();
        var missing = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = NewEmail("am"), password = World.Password, firstName = "A", lastName = "M" });
        var old = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = NewEmail("ao"), password = World.Password, firstName = "A", lastName = "O", noticeVersion = "2020-01-01" });
        foreach (var refused in new[] { missing, old })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("noticeVersion", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(consents, await app.CountAsync<ConsentRecord>());

        var email = NewEmail("ac");
        var created = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = World.Password, firstName = "A", lastName = "C", noticeVersion = PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var candidate = await CandidateAsync(email);
        Assert.Equal(PrivacyNotice.Version, await app.WithDbAsync(db => db.Consents.Where(c => c.CandidateId == candidate.Id && c.Purpose == ConsentPurpose.Registration).Select(c => c.NoticeVersion).SingleAsync()));
    }

    // ---- password reset ----

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();

    private string[] MailsTo(string email) => [.. Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase))];

    [Fact]
    public async Task ForgotPassword_EmailedLink_SetsANewPasswordOnce_AndIsAudited()
    {
        var (_, email) = await RegisterAsync("fp");
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Contains("Forgot your password?", await anonymous.GetStringAsync("/Account/Login"), StringComparison.Ordinal);
        var asked = await Forms.PostAsync(anonymous, "/Account/ForgotPassword", new() { ["Email"] = email });
        Assert.Contains("If an account exists for that address", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var link = new Uri(ResetLink().Match(MailsTo(email).Single()).Value);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var fields = new Dictionary<string, string> { ["Email"] = query["email"]!, ["Token"] = query["token"]!, ["Password"] = "Brand-New-Pass-2" };
        var reset = await Forms.PostAsync(anonymous, link.PathAndQuery, new(fields));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("/Account/Login", reset.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var api = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Brand-New-Pass-2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password })).StatusCode);

        // The same link a second time: refused (the security stamp changed), the password stays.
        fields["Password"] = "Another-Pass-3";
        var again = await Forms.PostAsync(anonymous, link.PathAndQuery, new(fields));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("not valid any more", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Another-Pass-3" })).StatusCode);

        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "password.reset" && a.EntityId == userId)));
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_AnswersTheSameAndSendsNothing()
    {
        var (_, known) = await RegisterAsync("fk");
        var unknown = NewEmail("nobody");
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var forKnown = await (await Forms.PostAsync(anonymous, "/Account/ForgotPassword", new() { ["Email"] = known })).Content.ReadAsStringAsync();
        var forUnknown = await (await Forms.PostAsync(anonymous, "/Account/ForgotPassword", new() { ["Email"] = unknown })).Content.ReadAsStringAsync();
        static string Status(string html) => Regex.Match(html, "<p class=\"notice\" role=\"status\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEqual("", Status(forKnown));
        Assert.Equal(Status(forKnown), Status(forUnknown));
        Assert.Empty(MailsTo(unknown));

        using var api = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = unknown })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = known })).StatusCode);
        Assert.Empty(MailsTo(unknown));
        Assert.Equal(2, MailsTo(known).Length);
    }

    [Fact]
    public async Task ResetPassword_ThroughTheApi_WorksOnce_AndAWrongTokenIsRefused()
    {
        var (_, email) = await RegisterAsync("fa");
        using var api = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email })).StatusCode);
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(ResetLink().Match(MailsTo(email).Single()).Value).Query)["token"].ToString();

        var wrong = await api.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token = token[..^4] + "AAAA", newPassword = "Wrong-Token-Pass-4" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("not valid any more", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var garbage = await api.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token = "%%%not base64%%%", newPassword = "Wrong-Token-Pass-4" });
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token, newPassword = "Api-Reset-Pass-5" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token, newPassword = "Api-Reset-Pass-6" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Api-Reset-Pass-5" })).StatusCode);
    }

    // ---- the profile editor ----

    private static async Task<Dictionary<string, string>> EditorFieldsAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync("/Portal/Profile");
        return Forms.Fields(html, "profile");
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient browser, Dictionary<string, string> fields, string handler = "")
        => browser.PostAsync("/Portal/Profile" + handler, new FormUrlEncodedContent(fields));

    [Fact]
    public async Task ProfileEditor_SavesRolesSkillsAndPreferences_AndRecordsCorrections()
    {
        var (browser, email) = await RegisterAsync();
        Assert.Contains("href=\"/Portal/Profile\"", await browser.GetStringAsync("/Portal"), StringComparison.Ordinal);
        var fields = await EditorFieldsAsync(browser);
        fields["Form.Headline"] = "EHR program manager";
        fields["Form.Roles[0].Title"] = "Program manager";
        fields["Form.Roles[0].Employer"] = "Mercy Health";
        fields["Form.Roles[0].Industry"] = "Healthcare";
        fields["Form.Roles[0].Start"] = "2019-04-01";
        fields["Form.Roles[0].End"] = "";
        fields["Form.Skills[0].Name"] = "electronic health record"; // an alias of "ehr", in other case
        fields["Form.Skills[0].Years"] = "4.5";
        fields["Form.Skills[0].LastUsed"] = "2025";
        fields["Form.Skills[1].Name"] = "Epic EHR"; // an alias of "epic"
        fields["Form.Skills[1].Years"] = "3";
        fields["Form.Certifications[0].Name"] = "PMP";
        fields["Form.Certifications[0].Year"] = "2018";
        fields["Form.Certifications[0].Issuer"] = "Project Management Institute";
        fields["Form.Industries[0].Industry"] = "health care";
        fields["Form.Industries[0].Years"] = "6";
        fields["Form.TrackRecord[0].Name"] = "Epic go-live";
        fields["Form.TrackRecord[0].Budget"] = "2500000";
        fields["Form.TrackRecord[0].TeamSize"] = "40";
        fields["Form.TrackRecord[0].OnTime"] = "yes";
        fields["Form.TrackRecord[0].OnBudget"] = "no";
        fields["Form.Locations"] = "Boston, MA\nRemote";
        fields["Form.Workplace"] = ((int)WorkplaceMode.Remote).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.AvailableFrom"] = "2027-01-15";
        fields["Form.PayMinimum"] = "95";
        fields["Form.PayMaximum"] = "120";
        fields["Form.PayUnit"] = "Hourly";
        fields["Form.Currency"] = "USD";
        fields["Form.Contract"] = "true";
        fields["Form.ContractToHire"] = "true";
        fields["Form.Permanent"] = "false";
        fields["Form.Authorization"] = ((int)WorkAuthorization.Citizen).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var feedStart = await app.WithDbAsync(db => db.ChangeFeed.MaxAsync(f => (long?)f.Sequence)) ?? 0;
        var saved = await SaveAsync(browser, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var c = await CandidateAsync(email);
        // The matching index picks the change up from the change feed.
        Assert.True(await app.WithDbAsync(db => db.ChangeFeed.AnyAsync(f => f.Sequence > feedStart && f.EntityId == c.Id)));
        Assert.Equal("EHR program manager", c.Headline);
        var role = Assert.Single(c.Roles);
        Assert.Equal(("Program manager", "Mercy Health", new DateOnly(2019, 4, 1), (DateOnly?)null), (role.Title, role.Employer, role.Start, role.End));
        Assert.Equal(["ehr", "epic"], c.Skills.Select(s => s.TaxonomyCode).Order());
        Assert.Equal(4.5, c.Skills.Single(s => s.TaxonomyCode == "ehr").Years);
        Assert.Equal(2025, c.Skills.Single(s => s.TaxonomyCode == "ehr").LastUsedYear);
        Assert.Equal(("pmp", "Project Management Institute"), (Assert.Single(c.Certifications).TaxonomyCode, c.Certifications[0].Issuer));
        Assert.Contains("value=\"Project Management Institute\"", await browser.GetStringAsync("/Portal/Profile"), StringComparison.Ordinal);
        Assert.Equal("healthcare", Assert.Single(c.Industries).Industry);
        Assert.Equal((true, false, 40), (c.TrackRecord.Single().OnTime!.Value, c.TrackRecord.Single().OnBudget!.Value, c.TrackRecord.Single().TeamSize!.Value));
        Assert.Equal(WorkplaceMode.Remote, c.Preferences.Workplace);
        Assert.Equal(EngagementTypes.Contract | EngagementTypes.ContractToHire, c.Preferences.Engagement);
        Assert.Equal(new DateOnly(2027, 1, 15), c.Preferences.AvailableFrom);
        Assert.Equal((95m, 120m, CompensationUnit.Hourly), (c.Preferences.Compensation!.Minimum!.Value, c.Preferences.Compensation.Maximum!.Value, c.Preferences.Compensation.Unit));
        Assert.Equal(WorkAuthorization.Citizen, c.Preferences.Authorization);
        Assert.Equal(["Boston, MA", "Remote"], c.Preferences.Locations!);
        foreach (var field in new[] { ProfileFields.Headline, ProfileFields.Roles, ProfileFields.Skills, ProfileFields.Certifications, ProfileFields.Industries, ProfileFields.TrackRecord })
            Assert.Contains(field, c.CorrectedFields);
        Assert.DoesNotContain(ProfileFields.FirstName, c.CorrectedFields);

        // The editor shows what was saved, with canonical names.
        var again = await browser.GetStringAsync("/Portal/Profile");
        var ehrName = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "ehr").Select(t => t.Name).SingleAsync());
        Assert.Contains($"value=\"{System.Net.WebUtility.HtmlEncode(ehrName)}\"", again, StringComparison.Ordinal);
        Assert.Contains("Mercy Health", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileEditor_SavingAnUntouchedForm_ChangesNoFieldAndKeepsCoordinates()
    {
        await app.WithDbAsync(async db =>
        {
            var a = await db.Candidates.SingleAsync(c => c.Id == app.World.CandidateA);
            var now = TimeProvider.System.GetUtcNow();
            a.SetProfile("EHR lead", "Line one.\nLine two.",
                [new ProfileRole("Analyst", "Harbor Bank", "banking", new DateOnly(2015, 3, 1), new DateOnly(2018, 12, 31), "Providence, RI", "Core banking.\nUpgrades."),
                 new ProfileRole("Project manager", "Mercy Health", "healthcare", new DateOnly(2019, 1, 1), null, "Boston, MA")],
                [new ProfileSkill("pmp", "Project Management Professional (PMP)", 2.25, 2024)], [], [], [], now);
            return await db.SaveChangesAsync();
        });
        using var browser = await app.PagesAsync(Persona.CandidateA);
        var fields = await EditorFieldsAsync(browser);
        fields["Form.Summary"] = fields["Form.Summary"].Replace("\n", "\r\n", StringComparison.Ordinal); // as a browser sends it
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(browser, fields)).StatusCode);
        var after = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == app.World.CandidateA));
        Assert.Empty(after.CorrectedFields);
        Assert.Equal(42.36, after.Location!.Latitude);
        Assert.Equal("Line one.\nLine two.", after.Summary);
        Assert.Equal(["Providence, RI", "Boston, MA"], after.Roles.Select(r => r.Location!));
    }

    [Fact]
    public async Task ProfileEditor_AnUnknownSkill_IsRefusedOnItsRow_AndNothingIsSaved()
    {
        var (browser, email) = await RegisterAsync();
        var before = await CandidateAsync(email);
        var fields = await EditorFieldsAsync(browser);
        fields["Form.Headline"] = "Should not be saved";
        fields["Form.Skills[0].Name"] = "Epic";
        fields["Form.Skills[0].Years"] = "2";
        fields["Form.Skills[1].Name"] = "Underwater basket weaving";
        fields["Form.Skills[1].Years"] = "2";
        var response = await SaveAsync(browser, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("We do not know the skill &#x27;Underwater basket weaving&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Should not be saved\"", html, StringComparison.Ordinal); // the input is kept
        var after = await CandidateAsync(email);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.Headline);
        Assert.Empty(after.Skills);

        fields["Form.Skills[1].Name"] = "";
        fields["Form.Skills[1].Years"] = "";
        fields["Form.Roles[0].Title"] = "Analyst";
        fields["Form.Roles[0].Employer"] = "Acme";
        fields["Form.Roles[0].Start"] = "last spring";
        var badDate = await (await SaveAsync(browser, fields)).Content.ReadAsStringAsync();
        Assert.Contains("is not a date", badDate, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await CandidateAsync(email)).Version);
    }

    [Fact]
    public async Task ProfileEditor_AStaleForm_SaysSoKeepsTheInputAndSavesNothing()
    {
        var (browser, email) = await RegisterAsync();
        var first = await EditorFieldsAsync(browser);
        var second = new Dictionary<string, string>(first);
        first["Form.Headline"] = "Saved first";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(browser, first)).StatusCode);

        second["Form.Headline"] = "Typed in an old tab";
        var stale = await SaveAsync(browser, second);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("id=\"stale\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed in an old tab\"", html, StringComparison.Ordinal);
        Assert.Equal("Saved first", (await CandidateAsync(email)).Headline);
    }

    [Fact]
    public async Task ProfileEditor_AddMoreRows_KeepsWhatWasTypedAndAddsBlankRows()
    {
        var (browser, email) = await RegisterAsync();
        var before = await CandidateAsync(email);
        var fields = await EditorFieldsAsync(browser);
        Assert.False(fields.ContainsKey("Form.Skills[2].Name"));
        fields["Form.Skills[0].Name"] = "Scrum typed";
        fields["Form.Skills[1].Name"] = "Jira typed";
        fields["add"] = "Skills";
        var response = await SaveAsync(browser, fields, "?handler=More");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var more = Forms.Fields(await response.Content.ReadAsStringAsync(), "profile");
        Assert.Equal("Scrum typed", more["Form.Skills[0].Name"]);
        Assert.Equal("Jira typed", more["Form.Skills[1].Name"]);
        Assert.True(more.ContainsKey("Form.Skills[4].Name"));
        Assert.Equal(before.Version, (await CandidateAsync(email)).Version);
    }

    [Fact]
    public async Task ProfileEditor_IsOnlyEverTheSignedInCandidatesOwn()
    {
        var (ana, anaEmail) = await RegisterAsync("ana");
        var (bob, bobEmail) = await RegisterAsync("bob");
        var anaBefore = await CandidateAsync(anaEmail);
        var bobId = (await CandidateAsync(bobEmail)).Id;
        // Bob posts Ana's form (with his own antiforgery token): it can only ever touch Bob's record.
        var anaForm = await EditorFieldsAsync(ana);
        var bobForm = await EditorFieldsAsync(bob);
        anaForm["__RequestVerificationToken"] = bobForm["__RequestVerificationToken"];
        anaForm["Form.Headline"] = "Written by Bob";
        await SaveAsync(bob, anaForm);
        var anaAfter = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == anaBefore.Id));
        Assert.Equal(anaBefore.Version, anaAfter.Version);
        Assert.Null(anaAfter.Headline);

        using var bobApi = await ApiForAsync(bobEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await bobApi.PutAsJsonAsync($"/api/v1/candidates/{anaBefore.Id}",
            new { firstName = "Ana", lastName = "X", email = anaEmail, version = anaAfter.Version })).StatusCode);
        Assert.Equal(bobId, (await bobApi.GetFromJsonAsync<JsonElement>("/api/v1/me/profile")).GetProperty("id").GetGuid());
    }

    // ---- the API ----

    [Fact]
    public async Task ProfileApi_GetAndPut_ResolvesSkills_RecordsCorrections_RefusesStaleAndUnknown()
    {
        var (_, email) = await RegisterAsync("api");
        using var api = await ApiForAsync(email);
        var profile = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        Assert.Equal(email, profile.GetProperty("email").GetString());
        var version = profile.GetProperty("version").GetInt64();

        object Body(long v, string skill) => new
        {
            firstName = "Pia", lastName = "Profile", email, headline = "Business systems analyst",
            skills = new[] { new { taxonomyCode = skill, name = skill, years = 5.0, lastUsedYear = 2024 } },
            roles = new[] { new { title = "BSA", employer = "Yarrow Bank", industry = "banking", start = "2020-01-01", end = (string?)null } },
            preferences = new { workplace = "OnSite", engagement = "Permanent", compensation = (object?)null, availableFrom = (string?)null, authorization = "Citizen", locations = new[] { "New York" } },
            version = v,
        };

        var unknown = await api.PutAsJsonAsync("/api/v1/me/profile", Body(version, "no-such-skill"));
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.True(unknown.StatusCode == HttpStatusCode.BadRequest && unknownBody.Contains("skills[0]", StringComparison.Ordinal), unknownBody);
        Assert.Equal(version, (await CandidateAsync(email)).Version);

        var saved = await api.PutAsJsonAsync("/api/v1/me/profile", Body(version, "Epic Systems"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("epic", body.GetProperty("skills")[0].GetProperty("taxonomyCode").GetString());
        Assert.Contains("skills", body.GetProperty("correctedFields").EnumerateArray().Select(f => f.GetString()));
        var c = await CandidateAsync(email);
        Assert.Equal(WorkplaceMode.OnSite, c.Preferences.Workplace);
        Assert.Equal(["New York"], c.Preferences.Locations!);

        // A résumé read afterwards keeps the corrected fields.
        var upload = await api.PostAsync($"/api/v1/candidates/{c.Id}/resume",
            ResumeUploadTests.Form(System.Text.Encoding.UTF8.GetBytes(ResumeUploadTests.Resume), "resume.txt", "text/plain"));
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var reparsed = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.Equal("Business systems analyst", reparsed.Headline);
        Assert.Equal(["epic"], reparsed.Skills.Select(x => x.TaxonomyCode));
        Assert.Equal("BSA", Assert.Single(reparsed.Roles).Title);

        var stale = await api.PutAsJsonAsync("/api/v1/me/profile", Body(version, "Epic"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.GetAsync("/api/v1/me/profile")).StatusCode);
    }
}

public sealed class CandidatePortalTestsOnSqlite(SqliteApp app) : CandidatePortalTests(app), IClassFixture<SqliteApp>;

public sealed class CandidatePortalTestsOnPostgres(PostgresApp app) : CandidatePortalTests(app), IClassFixture<PostgresApp>;

/// <summary>An application whose account endpoints allow only three requests a minute per address.</summary>
public sealed class SqliteAppWithLowAccountLimit() : AppFixture(Provider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AccountPerMinute", "3");
    }
}

public sealed class AccountRateLimitTests(SqliteAppWithLowAccountLimit app) : IClassFixture<SqliteAppWithLowAccountLimit>
{
    [Fact]
    public async Task SignIn_BeyondTheLimit_Answers429WithRetryAfter_OnTheApiAndThePages()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = app.World.EmailOf(Persona.CandidateA), password = "Wrong-Password-9" })).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = app.World.EmailOf(Persona.CandidateA), password = World.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // Reading the page is never limited; posting its form is, in the same partition as the API.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        var page = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = app.World.EmailOf(Persona.CandidateA), ["Password"] = World.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "x@world.test" })).StatusCode);
    }
}
