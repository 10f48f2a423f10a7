using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;
using Shortlist.Web.Features.SearchRequests;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Search requests end to end: the public form and its e-mail verification, spam defences, suggestions, the queue, qualify and decline, isolation.</summary>
public abstract partial class SearchRequestTests(AppFixture app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>The fields of a complete public request; tests change what they need.</summary>
    public static Dictionary<string, string> PublicFields(string title, string email) => new()
    {
        ["Form.Title"] = title,
        ["Form.RoleFamily"] = "it-project-manager",
        ["Form.Industry"] = "healthcare",
        ["Form.Deliverable"] = "Epic go-live across 4 hospitals",
        ["Form.Budget"] = "2500000",
        ["Form.TeamSize"] = "14",
        ["Form.Methodology"] = "Hybrid",
        ["Form.Regulations"] = "HIPAA",
        ["Form.Systems"] = "Epic\nHL7 interfaces",
        ["Form.MustHaves"] = "PMP\nEpic\nCalm under pressure",
        ["Form.NiceToHaves"] = "HIPAA",
        ["Form.MinimumYears"] = "7",
        ["Form.City"] = "Boston", ["Form.Region"] = "MA", ["Form.Country"] = "US",
        ["Form.Workplace"] = "Hybrid",
        ["Form.Engagement"] = "Contract",
        ["Form.PayMinimum"] = "90", ["Form.PayMaximum"] = "120", ["Form.PayUnit"] = "Hourly", ["Form.Currency"] = "USD",
        ["Form.StartDate"] = Today.AddDays(40).ToString("yyyy-MM-dd"),
        ["Form.TargetShortlistDate"] = Today.AddDays(14).ToString("yyyy-MM-dd"),
        ["Form.TargetFillDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
        ["Form.RequesterName"] = "Rita Requester",
        ["Form.RequesterEmail"] = email,
        ["Form.RequesterOrganization"] = "Harbor Clinics",
        ["Website"] = "",
    };

    /// <summary>Posts the public form like a browser that took <paramref name="fillTime"/> to fill it in (null: the page's own stamp).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(AppFixture app, HttpClient client, string url, Dictionary<string, string> fields,
        TimeSpan? fillTime = null, (byte[] Content, string Name, string Type)? file = null, string handler = "", IEnumerable<(string, string)>? extra = null)
    {
        var page = await client.GetStringAsync(url);
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fillTime is { } age)
            content.Add(new StringContent(app.Services.GetRequiredService<FormTimer>().Stamp(TimeProvider.System.GetUtcNow() - age)), "FormStamp");
        else if (Regex.Match(page, "name=\"FormStamp\" value=\"([^\"]*)\"") is { Success: true } stamp)
            content.Add(new StringContent(WebUtility.HtmlDecode(stamp.Groups[1].Value)), "FormStamp");
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        foreach (var (k, v) in extra ?? []) content.Add(new StringContent(v), k);
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(f.Type);
            content.Add(part, "JobDescription", f.Name);
        }
        return await client.PostAsync(handler.Length == 0 ? url : $"{url}?handler={handler}", content);
    }

    public static string? VerificationLink(AppFixture app, string email)
    {
        foreach (var path in Directory.GetFiles(app.MailFolder, "*.eml").OrderByDescending(File.GetCreationTimeUtc))
        {
            var text = File.ReadAllText(path);
            if (!text.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase)) continue;
            var m = Regex.Match(text, @"http://[^\s]+(/search-requests/verify\?token=[A-Za-z0-9_\-]+)");
            if (m.Success) return m.Groups[1].Value;
        }
        return null;
    }

    private int MailsTo(string email) => Directory.GetFiles(app.MailFolder, "*.eml").Count(p => File.ReadAllText(p).Contains($"To: {email}", StringComparison.OrdinalIgnoreCase));

    private Task<int> RequestCountAsync() => app.WithDbAsync(db => db.SearchRequests.CountAsync());

    private static object ApiBody(string title, object? overrides = null) => new Dictionary<string, object?>
    {
        ["title"] = title, ["industry"] = "healthcare", ["workplace"] = "Remote", ["engagement"] = "Contract, ContractToHire",
        ["roleFamily"] = "it-project-manager", ["mustHaveCodes"] = new[] { "pmp", "epic" }, ["niceToHaveCodes"] = new[] { "hipaa" },
        ["mustHaveText"] = new[] { "Has led a go-live" }, ["minimumYears"] = 5,
        ["project"] = new { deliverable = "Epic upgrade", budget = 1_000_000, teamSize = 8, methodology = "Agile", regulations = new[] { "HIPAA" } },
        ["targetShortlistDate"] = Today.AddDays(10).ToString("yyyy-MM-dd"), ["targetFillDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
    };

    private async Task<Guid> SubmitByApiAsync(Persona persona, string title)
    {
        using var client = await app.ApiAsync(persona);
        var response = await client.PostAsJsonAsync("/api/v1/search-requests", ApiBody(title));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<(Guid Id, string Email)> SubmitPublicAndVerifyAsync(string title)
    {
        var email = $"{Guid.NewGuid():N}@harbor.test";
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var response = await PostFormAsync(app, anonymous, "/search-requests/new", PublicFields(title, email), TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = VerificationLink(app, email) ?? throw new InvalidOperationException("No verification mail.");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(link)).StatusCode);
        var id = await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Role == title).Select(r => r.Id).SingleAsync());
        return (id, email);
    }

    [Fact]
    public async Task PublicRequest_IsStoredUnverified_ThenTheMailedLinkVerifiesItOnce_AndOnlyThenItReachesTheQueue()
    {
        var title = Unique("Epic program manager");
        var email = $"{Guid.NewGuid():N}@harbor.test";
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var response = await PostFormAsync(app, anonymous, "/search-requests/new", PublicFields(title, email), TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search-requests/sent", response.Headers.Location!.OriginalString);

        var stored = await app.WithDbAsync(db => db.SearchRequests.AsNoTracking().SingleAsync(r => r.Role == title));
        Assert.Null(stored.VerifiedAt);
        Assert.Null(stored.OrganizationId);
        Assert.Equal("Harbor Clinics", stored.Requester!.OrganizationName);
        Assert.Equal(64, stored.VerificationTokenHash!.Length);
        Assert.Equal(["pmp", "epic"], stored.MustHaveCodes);          // typed names resolved against the taxonomy
        Assert.Equal(["Calm under pressure"], stored.MustHaves);      // what matches nothing is kept as free text
        Assert.Equal(["hipaa"], stored.NiceToHaveCodes);
        Assert.Equal("it-project-manager", stored.RoleFamily);
        Assert.Equal(2_500_000m, stored.Project.Budget);

        // Unverified: not in the recruiters' queue, not readable by id.
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        using var recruiterApi = await app.ApiAsync(Persona.Recruiter);
        Assert.DoesNotContain(title, await recruiter.GetStringAsync("/Workspace/Requests"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/Workspace/Requests/{stored.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiterApi.GetAsync($"/api/v1/search-requests/{stored.Id}")).StatusCode);
        Assert.DoesNotContain(stored.Id.ToString(), await recruiterApi.GetStringAsync("/api/v1/search-requests"), StringComparison.Ordinal);

        var link = VerificationLink(app, email);
        Assert.NotNull(link);
        Assert.DoesNotContain(stored.VerificationTokenHash!, link, StringComparison.OrdinalIgnoreCase); // only the hash is stored
        var first = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("confirmed", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var second = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("used already", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains(title, await recruiter.GetStringAsync("/Workspace/Requests"), StringComparison.Ordinal);
        var details = await recruiter.GetStringAsync($"/Workspace/Requests/{stored.Id}");
        Assert.Contains("Rita Requester", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await recruiterApi.GetAsync($"/api/v1/search-requests/{stored.Id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "searchrequest.read" && a.EntityId == stored.Id)));
    }

    [Fact]
    public async Task VerificationLink_Expired_OrMadeUp_IsRefusedAndVerifiesNothing()
    {
        var title = Unique("Expired request");
        var email = $"{Guid.NewGuid():N}@harbor.test";
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        await PostFormAsync(app, anonymous, "/search-requests/new", PublicFields(title, email), TimeSpan.FromSeconds(30));
        await app.WithDbAsync(async db =>
        {
            var r = await db.SearchRequests.SingleAsync(x => x.Role == title);
            db.Entry(r).Property(x => x.VerificationExpiresAt).CurrentValue = TimeProvider.System.GetUtcNow().AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var expired = await anonymous.GetAsync(VerificationLink(app, email));
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/search-requests/verify?token=made-up-token")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/search-requests/verify")).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.SearchRequests.Where(x => x.Role == title).Select(x => x.VerifiedAt).SingleAsync()));
    }

    [Fact]
    public async Task Honeypot_Filled_LooksSentButStoresAndMailsNothing()
    {
        var email = $"{Guid.NewGuid():N}@bot.test";
        var fields = PublicFields(Unique("Bot request"), email);
        fields["Website"] = "http://spam.example";
        var before = await RequestCountAsync();
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var response = await PostFormAsync(app, anonymous, "/search-requests/new", fields, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search-requests/sent", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await RequestCountAsync());
        Assert.Equal(0, MailsTo(email));
    }

    [Fact]
    public async Task TooFast_OrForgedStamp_IsRefusedWithAMessageAndStoresNothing()
    {
        var email = $"{Guid.NewGuid():N}@fast.test";
        var before = await RequestCountAsync();
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var fast = await PostFormAsync(app, anonymous, "/search-requests/new", PublicFields(Unique("Fast request"), email)); // the page's own stamp, sent at once
        Assert.Equal(HttpStatusCode.OK, fast.StatusCode);
        Assert.Contains("faster than a person", await fast.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var forged = PublicFields(Unique("Forged request"), email);
        var page = await anonymous.GetStringAsync("/search-requests/new");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        forged["__RequestVerificationToken"] = token;
        forged["FormStamp"] = TimeProvider.System.GetUtcNow().AddMinutes(-5).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var forgedResponse = await anonymous.PostAsync("/search-requests/new", new FormUrlEncodedContent(forged));
        Assert.Equal(HttpStatusCode.OK, forgedResponse.StatusCode);
        Assert.Equal(before, await RequestCountAsync());
        Assert.Equal(0, MailsTo(email));
    }

    [Fact]
    public async Task HealthcarePlaybook_IsOfferedOnTheFormWithoutScript_AndOverTheApi()
    {
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var response = await PostFormAsync(app, anonymous, "/search-requests/new", new() { ["Form.Industry"] = "healthcare" }, handler: "Suggest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var value in new[] { "must:hipaa", "must:ehr", "nice:hl7", "nice:fhir" })
            Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SearchRequests.CountAsync(r => r.Role == "")));

        using var api = await app.ApiAsync(Persona.Anonymous);
        var playbook = await api.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/playbooks/healthcare");
        var codes = playbook.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("taxonomyCode").GetString()).ToList();
        Assert.Contains("hipaa", codes);
        Assert.Contains("ehr", codes);
        Assert.Contains("hl7", codes);
        Assert.Contains("fhir", codes);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/taxonomy/playbooks/no-such-industry")).StatusCode);
    }

    private const string JobDescription = """
        Senior IT Project Manager - Epic EHR implementation

        Requirements:
        - PMP certification required
        - 5+ years of experience with Epic
        - Experience with HL7 interfaces and HIPAA compliance
        Nice to have: SAFe, Agile
        """;

    [Fact]
    public async Task JobDescription_IsReadIntoSuggestions_AndKeptWithTheRequest()
    {
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var file = (Encoding.UTF8.GetBytes(JobDescription), "jd.txt", "text/plain");
        var suggest = await PostFormAsync(app, anonymous, "/search-requests/new", new() { ["Form.Industry"] = "" }, file: file, handler: "Suggest");
        var html = await suggest.Content.ReadAsStringAsync();
        Assert.Contains(":pmp\"", html, StringComparison.Ordinal);
        Assert.Contains(":epic\"", html, StringComparison.Ordinal);
        Assert.Contains("from the job description", html, StringComparison.Ordinal);

        var title = Unique("Request with JD");
        var email = $"{Guid.NewGuid():N}@harbor.test";
        var before = await app.WithDbAsync(db => db.Files.CountAsync());
        var response = await PostFormAsync(app, anonymous, "/search-requests/new", PublicFields(title, email), TimeSpan.FromSeconds(30), file);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.SearchRequests.AsNoTracking().SingleAsync(r => r.Role == title));
        Assert.NotNull(stored.JobDescriptionFileId);
        Assert.Contains(stored.SuggestedRequirements, r => r.TaxonomyCode == "pmp");
        Assert.True(await app.WithDbAsync(db => db.Files.CountAsync()) >= before);
    }

    [Fact]
    public async Task OversizedAttachment_OrScriptlessBadInput_GivesAClearMessageAndStoresNothing()
    {
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var before = await RequestCountAsync();
        var big = (new byte[3 * 1024 * 1024], "big.txt", "text/plain");
        var response = await PostFormAsync(app, anonymous, "/search-requests/new", PublicFields(Unique("Big"), $"{Guid.NewGuid():N}@x.test"), TimeSpan.FromSeconds(30), big);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("larger than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var cases = new Dictionary<string, (string Field, string Value, string Message)>
        {
            ["negative budget"] = ("Form.Budget", "-5", "must not be negative"),
            ["negative team"] = ("Form.TeamSize", "-1", "must not be negative"),
            ["hire before shortlist"] = ("Form.TargetFillDate", Today.AddDays(5).ToString("yyyy-MM-dd"), "cannot be before the shortlist"),
            ["shortlist in the past"] = ("Form.TargetShortlistDate", Today.AddDays(-3).ToString("yyyy-MM-dd"), "in the past"),
            ["unknown industry"] = ("Form.Industry", "underwater-basket-weaving", "not an industry"),
            ["unknown kept code"] = ("Form.Keep", "must:no-such-skill", "No taxonomy entry"),
            ["no engagement"] = ("Form.Engagement", "", "engagement"),
            ["bad e-mail"] = ("Form.RequesterEmail", "not-an-address", "not a valid e-mail"),
        };
        foreach (var (name, (field, value, message)) in cases)
        {
            var fields = PublicFields(Unique(name), $"{Guid.NewGuid():N}@x.test");
            fields[field] = value;
            var r = await PostFormAsync(app, anonymous, "/search-requests/new", fields, TimeSpan.FromSeconds(30));
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{name}: {(int)r.StatusCode}");
            Assert.True((await r.Content.ReadAsStringAsync()).Contains(message, StringComparison.OrdinalIgnoreCase), $"{name}: no message '{message}'");
        }
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task ScriptInTextFields_IsStoredAsText_AndShownEncoded()
    {
        var title = "<script>alert('x')</script> " + Unique("PM");
        var (id, _) = await SubmitPublicAndVerifyAsync(title);
        var stored = await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id).Select(r => r.Role).SingleAsync());
        Assert.Equal(title, stored);
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        foreach (var url in new[] { "/Workspace/Requests", $"/Workspace/Requests/{id}" })
        {
            var html = await recruiter.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HiringManagerForm_UsesTheUsersOrganization_NeverTheForms_AndListsTheRequest()
    {
        using var hm = await app.PagesAsync(Persona.HiringManagerX);
        var title = Unique("Client form request");
        var fields = PublicFields(title, "ignored@x.test");
        var response = await PostFormAsync(app, hm, "/Client/Requests/New", fields, extra: [("Form.OrganizationId", app.World.OrganizationY.ToString()), ("OrganizationId", app.World.OrganizationY.ToString())]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var stored = await app.WithDbAsync(db => db.SearchRequests.AsNoTracking().SingleAsync(r => r.Role == title));
        Assert.Equal(app.World.OrganizationX, stored.OrganizationId);
        Assert.NotNull(stored.VerifiedAt);
        Assert.Null(stored.Requester);
        Assert.Contains(title, await hm.GetStringAsync("/Client/Requests"), StringComparison.Ordinal);
        using var other = await app.PagesAsync(Persona.HiringManagerY);
        Assert.DoesNotContain(title, await other.GetStringAsync("/Client/Requests"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qualify_OnThePage_CreatesADraftPositionWithRequirements_AndTheClientSeesTheStatus()
    {
        var title = Unique("Qualify me");
        var id = await SubmitByApiAsync(Persona.HiringManagerX, title);
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var page = await recruiter.GetStringAsync($"/Workspace/Requests/{id}");
        var fields = FormFields(page, "qualify-form");
        Assert.Equal("pmp", fields.First(f => f.Key.EndsWith("].Code", StringComparison.Ordinal) && f.Value == "pmp").Value);
        var edited = fields.Select(f => f.Key == "Qualify.Title" ? new KeyValuePair<string, string>(f.Key, title + " (edited)") : f).ToList();
        var response = await recruiter.PostAsync($"/Workspace/Requests/{id}?handler=Qualify", new FormUrlEncodedContent(edited));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var positionId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);

        var position = await app.WithDbAsync(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == positionId));
        Assert.Equal(title + " (edited)", position.Title);
        Assert.Equal(app.World.OrganizationX, position.OrganizationId);
        Assert.Equal(id, position.SearchRequestId);
        Assert.Equal(PositionStatus.Draft, position.Status);
        Assert.Contains(position.Requirements, r => r.TaxonomyCode == "pmp" && r.Importance == Importance.Must && r.Weight == 3);
        Assert.Contains(position.Requirements, r => r.TaxonomyCode == "hipaa" && r.Importance == Importance.Nice);
        Assert.Contains(position.Requirements, r => r.TaxonomyCode == "it-project-manager" && r.MinimumYears == 5);
        Assert.Equal(Today.AddDays(10), position.TargetShortlistDate);
        Assert.Equal(SearchRequestStatus.Qualified, await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        using var hm = await app.PagesAsync(Persona.HiringManagerX);
        var list = await hm.GetStringAsync("/Client/Requests");
        Assert.Matches($"{Regex.Escape(title)}(.|\\n)*?Accepted", list);
        Assert.True(MailsTo(app.World.EmailOf(Persona.HiringManagerX)) > 0);
    }

    [Fact]
    public async Task Qualify_APublicRequest_CreatesTheOrganization_OrUsesThePickedOne()
    {
        var (id, email) = await SubmitPublicAndVerifyAsync(Unique("Public to client"));
        using var api = await app.ApiAsync(Persona.Recruiter);
        var organizations = await app.CountAsync<Organization>();
        var response = await api.PostAsJsonAsync($"/api/v1/search-requests/{id}/qualify", new { title = "Clinical PM", newOrganizationName = "Harbor Clinics " + id.ToString()[..8] });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal(organizations + 1, await app.CountAsync<Organization>());
        var positionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (orgOfRequest, orgOfPosition) = await app.WithDbAsync(async db => (
            await db.SearchRequests.Where(r => r.Id == id).Select(r => r.OrganizationId).SingleAsync(),
            await db.Positions.Where(p => p.Id == positionId).Select(p => p.OrganizationId).SingleAsync()));
        Assert.Equal(orgOfPosition, orgOfRequest);
        Assert.True(MailsTo(email) >= 2); // the verification and the acceptance

        var (picked, _) = await SubmitPublicAndVerifyAsync(Unique("Public to existing"));
        var again = await api.PostAsJsonAsync($"/api/v1/search-requests/{picked}/qualify", new { title = "Clinical PM", organizationId = app.World.OrganizationY });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(organizations + 1, await app.CountAsync<Organization>());
        // Qualified once: a second qualification is refused and creates nothing.
        var positions = await app.CountAsync<Position>();
        var twice = await api.PostAsJsonAsync($"/api/v1/search-requests/{picked}/qualify", new { title = "Again", organizationId = app.World.OrganizationY });
        Assert.Equal(422, (int)twice.StatusCode);
        Assert.Equal(positions, await app.CountAsync<Position>());
    }

    [Fact]
    public async Task Decline_WithAReason_ShowsOnTheClientsList_AndMailsTheHiringManagers()
    {
        var title = Unique("Decline me");
        var id = await SubmitByApiAsync(Persona.HiringManagerX, title);
        var mails = MailsTo(app.World.EmailOf(Persona.HiringManagerX));
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var blank = await Forms.PostAsync(recruiter, $"/Workspace/Requests/{id}?handler=Decline", new() { ["Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Equal(SearchRequestStatus.Submitted, await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var response = await Forms.PostAsync(recruiter, $"/Workspace/Requests/{id}?handler=Decline", new() { ["Reason"] = "We do not cover <b>mainframe</b> searches." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var hm = await app.PagesAsync(Persona.HiringManagerX);
        var list = await hm.GetStringAsync("/Client/Requests");
        Assert.Contains("We do not cover &lt;b&gt;mainframe&lt;/b&gt; searches.", list, StringComparison.Ordinal);
        Assert.Equal(mails + 1, MailsTo(app.World.EmailOf(Persona.HiringManagerX)));
        using var api = await app.ApiAsync(Persona.HiringManagerX);
        var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/search-requests/{id}");
        Assert.Equal("Declined", body.GetProperty("status").GetString());
        Assert.Equal("We do not cover <b>mainframe</b> searches.", body.GetProperty("declineReason").GetString());
    }

    [Fact]
    public async Task HiringManagerOfY_WithTheIdsOfXsRequest_GetsNotFoundOrDenied_AndChangesNothing()
    {
        var id = await SubmitByApiAsync(Persona.HiringManagerX, Unique("Isolated"));
        var (publicId, _) = await SubmitPublicAndVerifyAsync(Unique("Isolated public"));
        var before = await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id || r.Id == publicId).SumAsync(r => r.Version));
        using var api = await app.ApiAsync(Persona.HiringManagerY);
        using var pages = await app.PagesAsync(Persona.HiringManagerY);
        foreach (var target in new[] { id, publicId })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/search-requests/{target}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/search-requests/{target}/qualify", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/search-requests/{target}/decline", new { reason = "no" })).StatusCode);
            var page = await pages.GetAsync($"/Workspace/Requests/{target}");
            Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain(target.ToString(), await api.GetStringAsync("/api/v1/search-requests"), StringComparison.Ordinal);
            Assert.DoesNotContain(target.ToString(), await pages.GetStringAsync("/Client/Requests"), StringComparison.Ordinal);
        }
        // A candidate and an anonymous caller see nothing either.
        using var candidate = await app.ApiAsync(Persona.CandidateA);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.GetAsync($"/api/v1/search-requests/{id}")).StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id || r.Id == publicId).SumAsync(r => r.Version)));
        Assert.Equal(SearchRequestStatus.Submitted, await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Api_BadInput_Answers400AndStoresNothing()
    {
        using var api = await app.ApiAsync(Persona.HiringManagerX);
        var before = await RequestCountAsync();
        var cases = new Dictionary<string, (string Key, object? Value)>
        {
            ["unknown code"] = ("mustHaveCodes", new[] { "no-such-skill" }),
            ["unknown industry"] = ("industry", "atlantis"),
            ["unknown role family"] = ("roleFamily", "pmp"),
            ["hire before shortlist"] = ("targetFillDate", Today.AddDays(2).ToString("yyyy-MM-dd")),
            ["past start"] = ("startDate", Today.AddDays(-10).ToString("yyyy-MM-dd")),
            ["negative budget"] = ("project", new { budget = -1, regulations = Array.Empty<string>() }),
            ["negative team"] = ("project", new { teamSize = -3 }),
            ["years out of range"] = ("minimumYears", 99),
            ["no engagement"] = ("engagement", "None"),
            ["bad importance"] = ("workplace", "Moon"),
        };
        foreach (var (name, (key, value)) in cases)
        {
            var body = (Dictionary<string, object?>)ApiBody(Unique(name));
            body[key] = value;
            var response = await api.PostAsJsonAsync("/api/v1/search-requests", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(before, await RequestCountAsync());

        using var staff = await app.ApiAsync(Persona.Recruiter);
        var id = await SubmitByApiAsync(Persona.HiringManagerX, Unique("Bad qualify"));
        var positions = await app.CountAsync<Position>();
        var unknown = await staff.PostAsJsonAsync($"/api/v1/search-requests/{id}/qualify",
            new { title = "PM", requirements = new[] { new { taxonomyCode = "no-such-skill", label = "X", importance = "Must", weight = 1 } } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var blank = await staff.PostAsJsonAsync($"/api/v1/search-requests/{id}/decline", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(positions, await app.CountAsync<Position>());
        Assert.Equal(SearchRequestStatus.Submitted, await app.WithDbAsync(db => db.SearchRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Staff_RecordARequestForAClient_AndSeeOnlyVerifiedOnes()
    {
        using var staff = await app.ApiAsync(Persona.Recruiter);
        var body = (Dictionary<string, object?>)ApiBody(Unique("Phoned in"));
        var missing = await staff.PostAsJsonAsync("/api/v1/search-requests", body);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        body["organizationId"] = app.World.OrganizationY;
        var created = await staff.PostAsJsonAsync("/api/v1/search-requests", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/v1/search-requests");
        Assert.All(list.EnumerateArray(), r => Assert.NotEqual(JsonValueKind.Undefined, r.GetProperty("status").ValueKind));
        var unverified = await app.WithDbAsync(db => db.SearchRequests.Where(r => r.VerifiedAt == null).Select(r => r.Id).ToListAsync());
        Assert.DoesNotContain(list.EnumerateArray(), r => unverified.Contains(r.GetProperty("id").GetGuid()));
    }

    private static List<KeyValuePair<string, string>> FormFields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Regex.Matches(form, "<input[^>]*>"))
        {
            var name = Attr(input.Value, "name");
            if (name is null) continue;
            var type = Attr(input.Value, "type");
            if (type == "checkbox" && !input.Value.Contains("checked", StringComparison.Ordinal)) continue;
            fields.Add(new(WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(Attr(input.Value, "value") ?? "")));
        }
        foreach (Match area in Regex.Matches(form, "<textarea([^>]*)>(.*?)</textarea>", RegexOptions.Singleline))
            fields.Add(new(WebUtility.HtmlDecode(Attr(area.Groups[1].Value, "name")!), WebUtility.HtmlDecode(area.Groups[2].Value)));
        foreach (Match select in Regex.Matches(form, "<select([^>]*)>(.*?)</select>", RegexOptions.Singleline))
        {
            var chosen = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
            fields.Add(new(WebUtility.HtmlDecode(Attr(select.Groups[1].Value, "name")!), chosen.Success ? chosen.Groups[1].Value : ""));
        }
        return fields;
    }

    private static string? Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }
}

public sealed class SearchRequestTestsOnSqlite(SqliteApp app) : SearchRequestTests(app), IClassFixture<SqliteApp>;

public sealed class SearchRequestTestsOnPostgres(PostgresApp app) : SearchRequestTests(app), IClassFixture<PostgresApp>;

/// <summary>An application whose public-form limit is two posts a minute.</summary>
public sealed class LowPublicFormLimitApp() : AppFixture(Provider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:PublicFormPerMinute", "2");
    }
}

public sealed class SearchRequestRateLimitTests(LowPublicFormLimitApp app) : IClassFixture<LowPublicFormLimitApp>
{
    [Fact]
    public async Task PublicForm_BeyondTheLimit_Answers429_AndStoresNothingMore()
    {
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        for (var i = 0; i < 2; i++)
        {
            var ok = await SearchRequestTests.PostFormAsync(app, anonymous, "/search-requests/new",
                SearchRequestTests.PublicFields(SearchRequestTests.Unique("Limited"), $"{Guid.NewGuid():N}@x.test"), TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        var count = await app.WithDbAsync(db => db.SearchRequests.CountAsync());
        var refused = await SearchRequestTests.PostFormAsync(app, anonymous, "/search-requests/new",
            SearchRequestTests.PublicFields(SearchRequestTests.Unique("Limited"), $"{Guid.NewGuid():N}@x.test"), TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(count, await app.WithDbAsync(db => db.SearchRequests.CountAsync()));
        // Showing the form stays free.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/search-requests/new")).StatusCode);
    }
}
