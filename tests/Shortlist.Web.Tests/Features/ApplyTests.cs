using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Web.Features.JobBoard;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Applying from the job board (page and API), the confirmation of the parsed profile, consent, and "My applications".</summary>
public abstract partial class ApplyTests(AppFixture app)
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shortlist.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with Shortlist.slnx) is not above the test binaries.");
    }

    public static string MariaPdf => Path.Combine(RepositoryRoot(), "eval", "match", "resumes", "01-maria-delgado.pdf");

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A fresh open position, so every test applies where nobody has applied yet.</summary>
    private Task<(Guid Id, string Title, string Url)> OpenPositionAsync(bool publish = true) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var title = Unique("Epic program manager ");
        var p = new Position(app.World.OrganizationX, title, "Lead the Epic rollout.", "healthcare", now);
        p.SetTerms(new Place("Boston", "MA", "US"), 50, WorkplaceMode.Hybrid, EngagementTypes.Contract, null, false, null, now);
        if (publish) p.Publish(now);
        db.Positions.Add(p);
        await db.SaveChangesAsync();
        return (p.Id, title, $"/jobs/{p.Id}/{JobSearch.Slug(title)}/apply");
    });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string applyUrl, byte[] content, string fileName, string contentType)
    {
        var page = await client.GetStringAsync(applyUrl);
        var token = Forms.Fields(page, "upload-form")["__RequestVerificationToken"];
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(applyUrl + "?handler=Upload", form);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string applyUrl, Dictionary<string, string> fields)
        => await client.PostAsync(applyUrl + "?handler=Submit", new FormUrlEncodedContent(fields));

    private static string Value(Dictionary<string, string> fields, string name) => fields.TryGetValue(name, out var v) ? v : "";

    private Task<string> CountsAsync() => app.WithDbAsync(async db => string.Join(",",
        await db.Candidates.CountAsync(), await db.Users.CountAsync(), await db.Applications.CountAsync(), await db.Consents.CountAsync(),
        await db.Files.CountAsync(), await db.AuditEntries.CountAsync()));

    private string[] MailsTo(string address) => Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText)
        .Where(m => m.Contains($"To: {address}\r\n", StringComparison.OrdinalIgnoreCase)).ToArray();

    [Fact]
    public async Task Anonymous_applicant_uploads_a_pdf_confirms_and_corrects_the_profile_and_follows_the_application()
    {
        var position = await OpenPositionAsync();
        using var client = await app.PagesAsync(Persona.Anonymous);
        var job = await client.GetStringAsync(position.Url[..^"/apply".Length]);
        Assert.Contains($"href=\"{position.Url}\"", job, StringComparison.Ordinal);
        var start = await client.GetStringAsync(position.Url);
        Assert.Contains("Sign in first", start, StringComparison.Ordinal);

        var uploaded = await UploadAsync(client, position.Url, await File.ReadAllBytesAsync(MariaPdf), "maria-delgado.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var confirm = await uploaded.Content.ReadAsStringAsync();
        var fields = Forms.Fields(confirm, "confirm-form");
        // The parsed values are on the form for confirmation.
        Assert.Equal("Maria", Value(fields, "Profile.FirstName"));
        Assert.Equal("Delgado", Value(fields, "Profile.LastName"));
        Assert.Equal("maria.delgado@example.com", Value(fields, "Profile.Email"));
        Assert.Contains("Boston", Value(fields, "Profile.Location"), StringComparison.Ordinal);
        Assert.Contains(fields, f => f.Key.StartsWith("Profile.Skills[", StringComparison.Ordinal) && f.Value == "epic");
        Assert.Contains(fields, f => f.Key.StartsWith("Profile.Certifications[", StringComparison.Ordinal) && f.Value == "pmp");
        Assert.Contains("Bayview Health Partners", Value(fields, "Profile.Roles[0].Employer"), StringComparison.Ordinal);
        Assert.Contains($"version {PrivacyNotice.Version}", confirm, StringComparison.Ordinal);
        Assert.Contains("href=\"/privacy\"", confirm, StringComparison.Ordinal);

        // Corrections: a new address and headline, one skill's years, one skill removed; the names stay as parsed.
        var email = Unique("maria") + "@apply.test";
        var headline = Unique("Epic go-live lead ");
        fields["Profile.Email"] = email;
        fields["Profile.Headline"] = headline;
        var epicRow = fields.First(f => f.Key.StartsWith("Profile.Skills[", StringComparison.Ordinal) && f.Value == "epic").Key.Replace(".Code", "", StringComparison.Ordinal);
        fields[epicRow + ".Years"] = "11";
        var removedRow = fields.First(f => f.Key.StartsWith("Profile.Skills[", StringComparison.Ordinal) && f.Key.EndsWith(".Code", StringComparison.Ordinal) && f.Value != "epic");
        fields[removedRow.Key.Replace(".Code", ".Remove", StringComparison.Ordinal)] = "true";
        fields["CoverNote"] = "I led three Epic go-lives.";
        fields["Consent"] = "true";
        fields["Password"] = World.Password;

        var submitted = await SubmitAsync(client, position.Url, fields);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/Portal/Applications", submitted.Headers.Location?.OriginalString);

        var (candidate, application, consent) = await app.WithDbAsync(async db =>
        {
            var c = await db.Candidates.AsNoTracking().SingleAsync(x => x.Email == email);
            var a = await db.Applications.AsNoTracking().SingleAsync(x => x.CandidateId == c.Id);
            var k = await db.Consents.AsNoTracking().SingleAsync(x => x.CandidateId == c.Id);
            return (c, a, k);
        });
        Assert.Equal(("Maria", "Delgado", headline), (candidate.FirstName, candidate.LastName, candidate.Headline));
        Assert.Equal(11, candidate.Skills.Single(s => s.TaxonomyCode == "epic").Years);
        Assert.DoesNotContain(candidate.Skills, s => s.TaxonomyCode == removedRow.Value);
        Assert.Contains(candidate.Certifications, c => c.TaxonomyCode == "pmp");
        Assert.Equal(new[] { ProfileFields.Email, ProfileFields.Headline, ProfileFields.Skills }.Order(), candidate.CorrectedFields.Order());
        Assert.NotNull(candidate.ResumeFileId);
        Assert.NotNull(candidate.UserId);
        Assert.Equal((position.Id, ApplicationOrigin.Applied, Stage.Screening, candidate.ResumeFileId, "I led three Epic go-lives."),
            (application.PositionId, application.Origin, application.Stage, application.ResumeFileId, application.CoverNote));
        Assert.Equal((PrivacyNotice.Version, ConsentPurpose.Application, (Guid?)application.Id), (consent.NoticeVersion, consent.Purpose, consent.ApplicationId));

        var mail = Assert.Single(MailsTo(email));
        Assert.Contains(position.Title, mail, StringComparison.Ordinal);
        Assert.Contains("/Portal/Applications", mail, StringComparison.Ordinal);
        Assert.Contains("What happens next", mail, StringComparison.Ordinal);

        // Signed in: the application is listed, and the profile read from the résumé is there.
        var mine = await client.GetStringAsync("/Portal/Applications");
        Assert.Contains(position.Title, mine, StringComparison.Ordinal);
        Assert.Contains("Thank you", mine, StringComparison.Ordinal);
        Assert.Contains("Received", mine, StringComparison.Ordinal);
        var profile = await client.GetStringAsync("/Portal");
        Assert.Contains("Bayview Health Partners", profile, StringComparison.Ordinal);
        Assert.Contains(headline, profile, StringComparison.Ordinal);

        // A later parse keeps what the person corrected.
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.PostAsync($"/api/v1/candidates/{candidate.Id}/reparse", null)).StatusCode);
        var reparsed = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(x => x.Id == candidate.Id));
        Assert.Equal((email, headline, 11.0), (reparsed.Email, reparsed.Headline, reparsed.Skills.Single(s => s.TaxonomyCode == "epic").Years));

        // Applying again, now signed in: refused kindly, nothing stored.
        var before = await CountsAsync();
        var again = await client.GetStringAsync(position.Url);
        Assert.Contains($"You applied for this position on {ApplyService.FormatDate(application.CreatedAt)}", again, StringComparison.Ordinal);
        Assert.Contains("/Portal/Applications", again, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"upload-form\"", again, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Signed_in_candidate_applies_with_the_profile_and_a_second_attempt_is_refused_kindly_on_page_and_api()
    {
        var position = await OpenPositionAsync();
        using var client = await app.PagesAsync(Persona.CandidateB);
        var page = await client.GetStringAsync(position.Url);
        Assert.Contains("Apply with my profile", page, StringComparison.Ordinal);
        Assert.Contains("Ben Brook", page, StringComparison.Ordinal);
        var fields = Forms.Fields(page, "profile-form");
        fields["Consent"] = "true";
        fields["CoverNote"] = "Happy to talk.";
        var response = await client.PostAsync(position.Url + "?handler=Profile", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Portal/Applications", response.Headers.Location?.OriginalString);
        var application = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.PositionId == position.Id && a.CandidateId == app.World.CandidateB));
        Assert.Equal(("Happy to talk.", ApplicationOrigin.Applied), (application.CoverNote, application.Origin));
        Assert.True(await app.WithDbAsync(db => db.Consents.AnyAsync(c => c.ApplicationId == application.Id && c.NoticeVersion == PrivacyNotice.Version)));
        Assert.Contains(MailsTo(app.World.EmailOf(Persona.CandidateB)), m => m.Contains(position.Title, StringComparison.Ordinal));

        // The API client signs in (an audited sign-in) before the counting starts.
        using var api = await app.ApiAsync(Persona.CandidateB);
        var before = await CountsAsync();
        var second = await client.PostAsync(position.Url + "?handler=Profile", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains($"You applied for this position on {ApplyService.FormatDate(application.CreatedAt)}; follow it in", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var viaApi = await api.PostAsJsonAsync($"/api/v1/jobs/{position.Id}/applications", new { noticeVersion = PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Conflict, viaApi.StatusCode);
        Assert.Equal("application/problem+json", viaApi.Content.Headers.ContentType?.MediaType);
        Assert.Contains("follow it in My applications", await viaApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Signed_in_candidate_applies_with_a_new_resume_keeping_the_account_address_and_own_corrections()
    {
        var first = await OpenPositionAsync();
        var second = await OpenPositionAsync();
        using var client = await app.PagesAsync(Persona.CandidateA);
        var address = app.World.EmailOf(Persona.CandidateA);
        var uploaded = await UploadAsync(client, first.Url, await File.ReadAllBytesAsync(MariaPdf), "cv.pdf", "application/pdf");
        var html = await uploaded.Content.ReadAsStringAsync();
        var fields = Forms.Fields(html, "confirm-form");
        Assert.Equal(("Maria", address), (Value(fields, "Profile.FirstName"), Value(fields, "Profile.Email")));
        Assert.DoesNotContain("name=\"Password\"", html, StringComparison.Ordinal);
        // The résumé is someone else's sample: the candidate keeps their own name.
        fields["Profile.FirstName"] = "Ada";
        fields["Profile.LastName"] = "Archer";
        fields["Profile.Email"] = "someone.else@apply.test"; // read-only on the page; the server keeps the account's address anyway
        fields["Consent"] = "true";
        var response = await SubmitAsync(client, first.Url, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var candidate = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == app.World.CandidateA));
        Assert.Equal(("Ada", "Archer", address), (candidate.FirstName, candidate.LastName, candidate.Email));
        Assert.Contains(candidate.Roles, r => r.Employer.Contains("Bayview", StringComparison.Ordinal));
        Assert.Subset(candidate.CorrectedFields.ToHashSet(), new HashSet<string> { ProfileFields.FirstName, ProfileFields.LastName, ProfileFields.Email });
        var application = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.PositionId == first.Id && a.CandidateId == candidate.Id));
        Assert.Equal(candidate.ResumeFileId, application.ResumeFileId);

        // The next upload proposes the corrected values, not the résumé's.
        var again = Forms.Fields(await (await UploadAsync(client, second.Url, await File.ReadAllBytesAsync(MariaPdf), "cv.pdf", "application/pdf")).Content.ReadAsStringAsync(), "confirm-form");
        Assert.Equal(("Ada", "Archer"), (Value(again, "Profile.FirstName"), Value(again, "Profile.LastName")));
    }

    [Fact]
    public async Task Api_applies_lists_with_candidate_labels_and_withdraws_only_ones_own()
    {
        var position = await OpenPositionAsync();
        var draft = await OpenPositionAsync(publish: false);
        using var a = await app.ApiAsync(Persona.CandidateA);
        using var b = await app.ApiAsync(Persona.CandidateB);
        var url = $"/api/v1/jobs/{position.Id}/applications";
        var before = await CountsAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await a.PostAsJsonAsync(url, new { coverNote = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await a.PostAsJsonAsync(url, new { noticeVersion = "2020-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsJsonAsync($"/api/v1/jobs/{draft.Id}/applications", new { noticeVersion = PrivacyNotice.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsJsonAsync($"/api/v1/jobs/{Guid.NewGuid()}/applications", new { noticeVersion = PrivacyNotice.Version })).StatusCode);
        Assert.Equal(before, await CountsAsync());

        var created = await a.PostAsJsonAsync(url, new { coverNote = "Through the API.", noticeVersion = PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("Received", body.GetProperty("stage").GetString());
        Assert.Equal(position.Title, body.GetProperty("positionTitle").GetString());

        var mine = await a.GetFromJsonAsync<JsonElement>("/api/v1/me/applications");
        Assert.Contains(mine.EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        var theirs = await b.GetFromJsonAsync<JsonElement>("/api/v1/me/applications");
        Assert.DoesNotContain(theirs.EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);

        // Someone else's application is not found, on the API and on the page.
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/v1/me/applications/{id}/withdraw", null)).StatusCode);
        using var pageB = await app.PagesAsync(Persona.CandidateB);
        var withdrawFields = new Dictionary<string, string> { ["applicationId"] = id.ToString() };
        withdrawFields["__RequestVerificationToken"] = Forms.Fields(await pageB.GetStringAsync($"/jobs/{app.World.PositionX}/x/apply"), "profile-form")["__RequestVerificationToken"];
        Assert.Equal(HttpStatusCode.NotFound, (await pageB.PostAsync("/Portal/Applications?handler=Withdraw", new FormUrlEncodedContent(withdrawFields))).StatusCode);
        Assert.Equal(Stage.Screening, await app.WithDbAsync(db => db.Applications.Where(x => x.Id == id).Select(x => x.Stage).SingleAsync()));

        var withdrawn = await a.PostAsync($"/api/v1/me/applications/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var after = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Withdrawn", after.GetProperty("stage").GetString());
        Assert.Equal(["Received", "Withdrawn"], after.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("label").GetString()!).ToArray());
        Assert.Equal(CloseReason.Withdrawn, await app.WithDbAsync(db => db.Applications.Where(x => x.Id == id).Select(x => x.CloseReason).SingleAsync()));
        Assert.Equal(HttpStatusCode.Conflict, (await a.PostAsync($"/api/v1/me/applications/{id}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task My_applications_page_shows_the_timeline_in_candidate_labels_hides_sourced_and_withdraws_with_a_form()
    {
        var applied = await OpenPositionAsync();
        var sourced = await OpenPositionAsync();
        var moved = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var a = new Application(applied.Id, app.World.CandidateA, ApplicationOrigin.Applied, now.AddDays(-5));
            a.MoveTo(Stage.Submitted, now.AddDays(-4));
            a.MoveTo(Stage.ClientReview, now.AddDays(-3));
            a.MoveTo(Stage.Interview, now.AddDays(-1));
            db.Applications.AddRange(a, new Application(sourced.Id, app.World.CandidateA, ApplicationOrigin.Sourced, now));
            await db.SaveChangesAsync();
            return a.Id;
        });
        using var client = await app.PagesAsync(Persona.CandidateA);
        var html = await client.GetStringAsync("/Portal/Applications");
        Assert.Contains(applied.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain(sourced.Title, html, StringComparison.Ordinal);
        var at = html.IndexOf($"id=\"application-{moved}\"", StringComparison.Ordinal);
        var ol = html.IndexOf("class=\"timeline\"", at, StringComparison.Ordinal);
        var timeline = Regex.Matches(html[ol..html.IndexOf("</ol>", ol, StringComparison.Ordinal)], ": ([^<]+)</li>").Select(m => m.Groups[1].Value.Trim()).ToArray();
        // Submitted and client review are both "With the employer": one step.
        Assert.Equal(["Received", "With the employer", "Interviewing"], timeline);

        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Portal/Applications?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["applicationId"] = moved.ToString(), ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync("/Portal/Applications");
        Assert.Contains("You withdrew your application", after, StringComparison.Ordinal);
        Assert.Equal((Stage.Closed, (CloseReason?)CloseReason.Withdrawn),
            await app.WithDbAsync(db => db.Applications.Where(a => a.Id == moved).Select(a => new ValueTuple<Stage, CloseReason?>(a.Stage, a.CloseReason)).SingleAsync()));

        // Applying where a recruiter had sourced the candidate makes it the candidate's application.
        using var api = await app.ApiAsync(Persona.CandidateA);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/jobs/{sourced.Id}/applications", new { noticeVersion = PrivacyNotice.Version })).StatusCode);
        Assert.Contains(sourced.Title, await client.GetStringAsync("/Portal/Applications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_consent_or_with_an_address_that_has_an_account_nothing_is_stored_and_the_form_is_kept()
    {
        var position = await OpenPositionAsync();
        using var client = await app.PagesAsync(Persona.Anonymous);
        var uploaded = await UploadAsync(client, position.Url, await File.ReadAllBytesAsync(MariaPdf), "maria.pdf", "application/pdf");
        var fields = Forms.Fields(await uploaded.Content.ReadAsStringAsync(), "confirm-form");
        fields["Profile.Email"] = Unique("noconsent") + "@apply.test";
        fields["Password"] = World.Password;
        var before = await CountsAsync();

        var refused = await SubmitAsync(client, position.Url, new(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Please agree to the privacy notice", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        fields["Consent"] = "true";
        fields["Profile.Email"] = app.World.EmailOf(Persona.CandidateA);
        fields["Profile.Headline"] = "Kept headline";
        var signIn = await SubmitAsync(client, position.Url, new(fields));
        html = await signIn.Content.ReadAsStringAsync();
        Assert.Contains("You already have an account with this e-mail address", html, StringComparison.Ordinal);
        Assert.Contains($"/Account/Login?ReturnUrl={Uri.EscapeDataString(position.Url)}", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var kept = Forms.Fields(html, "confirm-form");
        Assert.Equal(("Kept headline", "Maria", ""), (Value(kept, "Profile.Headline"), Value(kept, "Profile.FirstName"), Value(kept, "Password")));
        Assert.Equal(fields["Token"], Value(kept, "Token"));
        Assert.Equal(before, await CountsAsync());

        // A password the account rules refuse: the message, and nothing stored (the account is rolled back with the rest).
        fields["Profile.Email"] = Unique("weak") + "@apply.test";
        fields["Password"] = "x";
        html = await (await SubmitAsync(client, position.Url, new(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Passwords must", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        // A token that was tampered with is refused.
        fields["Profile.Email"] = Unique("tamper") + "@apply.test";
        fields["Token"] = fields["Token"][..^4] + "AAAA";
        Assert.Contains("Your upload has expired", await (await SubmitAsync(client, position.Url, new(fields))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("wrong type")]
    [InlineData("too large")]
    [InlineData("empty")]
    [InlineData("program renamed")]
    [InlineData("archive bomb")]
    public async Task A_bad_file_gives_a_clear_message_and_stores_nothing(string kind)
    {
        var position = await OpenPositionAsync();
        using var client = await app.PagesAsync(Persona.Anonymous);
        var (content, name, type) = kind switch
        {
            "corrupt" => (Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf\n%%EOF"), "resume.pdf", "application/pdf"),
            "wrong type" => (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }, "photo.png", "image/png"),
            "too large" => (new byte[10 * 1024 * 1024 + 1], "huge.txt", "text/plain"),
            "program renamed" => (new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 }, "resume.pdf", "application/pdf"),
            "archive bomb" => (Bomb(), "resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            _ => (Array.Empty<byte>(), "empty.txt", "text/plain"),
        };
        var before = await CountsAsync();
        var response = await UploadAsync(client, position.Url, content, name, type);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your résumé could not be read", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm-form\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>A .docx whose document part inflates to 300 MB of spaces.</summary>
    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var i = 0; i < 300; i++) part.Write(chunk);
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Not_open_positions_have_no_apply_page()
    {
        var draft = await OpenPositionAsync(publish: false);
        using var client = await app.PagesAsync(Persona.Anonymous);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(draft.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{Guid.NewGuid()}/x/apply")).StatusCode);
    }

    [Fact]
    public async Task Unique_index_violations_are_recognised_on_this_provider()
    {
        var position = await OpenPositionAsync();
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            db.Applications.Add(new Application(position.Id, app.World.CandidateB, ApplicationOrigin.Applied, now));
            await db.SaveChangesAsync();
            db.Applications.Add(new Application(position.Id, app.World.CandidateB, ApplicationOrigin.Applied, now));
            var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(ApplyService.IsUniqueViolation(e), e.InnerException?.GetType().Name);
            return 0;
        });
    }

    [Fact]
    public async Task The_sweeper_removes_unconfirmed_uploads_after_a_day_and_keeps_used_ones()
    {
        var position = await OpenPositionAsync();
        using var client = await app.PagesAsync(Persona.Anonymous);
        var text = $"Sam Sweep\nsam.{Guid.NewGuid():N}@example.com\nProject manager\nPMP certified, Epic go-lives.\n";
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, position.Url, Encoding.UTF8.GetBytes(text), "sam.txt", "text/plain")).StatusCode);
        var fileId = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == ApplyService.UploadAction).OrderByDescending(a => a.Id).Select(a => a.EntityId!.Value).FirstAsync());
        var used = await app.WithDbAsync(db => db.Candidates.Where(c => c.ResumeFileId != null).Select(c => c.ResumeFileId!.Value).FirstOrDefaultAsync());

        await app.WithDbAsync(db => ApplyUploadSweeper.SweepAsync(db, TimeProvider.System.GetUtcNow() - ApplyUploadSweeper.MaxAge, CancellationToken.None));
        Assert.True(await app.WithDbAsync(db => db.Files.AnyAsync(f => f.Id == fileId)), "A fresh upload waits for its confirmation.");

        await app.WithDbAsync(db => ApplyUploadSweeper.SweepAsync(db, TimeProvider.System.GetUtcNow().AddMinutes(1), CancellationToken.None));
        Assert.False(await app.WithDbAsync(db => db.Files.AnyAsync(f => f.Id == fileId)));
        if (used != Guid.Empty) Assert.True(await app.WithDbAsync(db => db.Files.AnyAsync(f => f.Id == used)));
    }
}

public sealed class ApplyTestsOnSqlite(SqliteApp app) : ApplyTests(app), IClassFixture<SqliteApp>;

public sealed class ApplyTestsOnPostgres(PostgresApp app) : ApplyTests(app), IClassFixture<PostgresApp>;

/// <summary>Applying is rate-limited per address: the page's posts and the API answer 429 with Retry-After.</summary>
public sealed class ApplyRateLimitTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Too_many_applications_answer_429_with_retry_after()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApplyPerMinute", "2"));
        using var api = limited.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync(Persona.CandidateA));
        var url = $"/api/v1/jobs/{Guid.NewGuid()}/applications";
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await api.PostAsJsonAsync(url, new { noticeVersion = PrivacyNotice.Version });
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, last.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);

        // The page: reading it is never limited, its posts are (on a different address than the API? the same: the limit is per address).
        using var browser = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetAsync($"/jobs/{app.World.PositionX}/x/apply");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var post = await browser.PostAsync($"/jobs/{app.World.PositionX}/x/apply?handler=Upload", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.TooManyRequests, post.StatusCode);
        Assert.NotNull(post.Headers.RetryAfter);
    }
}

/// <summary>An application whose mail cannot be written: the pickup folder's path is an existing file.</summary>
public sealed class SqliteAppWithBrokenMail() : AppFixture(Provider.Sqlite)
{
    public string BlockingFile { get; } = Path.Combine(Path.GetTempPath(), $"shortlist-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        File.WriteAllText(BlockingFile, "not a folder");
        builder.UseSetting("Email:PickupDirectory", BlockingFile);
    }
}

public sealed class ApplyMailFailureTests(SqliteAppWithBrokenMail app) : IClassFixture<SqliteAppWithBrokenMail>
{
    [Fact]
    public async Task A_confirmation_mail_that_cannot_be_sent_leaves_the_committed_application_and_answers_created()
    {
        using var candidate = await app.ApiAsync(Persona.CandidateA);
        var response = await candidate.PostAsJsonAsync($"/api/v1/jobs/{app.World.PositionX}/applications", new { noticeVersion = PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Applications.AnyAsync(a => a.PositionId == app.World.PositionX && a.CandidateId == app.World.CandidateA)));
        Assert.Throws<IOException>(() => Directory.CreateDirectory(app.BlockingFile)); // the mail really could not be written
        // It is not lost: it stays in the outbox, its failed attempt recorded, waiting for its retry.
        await app.MailDeliveredAsync();
        var queued = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == app.World.EmailOf(Persona.CandidateA)));
        Assert.Equal(Shortlist.Data.Mail.OutboxStatus.Pending, queued.Status);
        Assert.True(queued.Attempts >= 1);
        Assert.Contains("IOException", queued.LastError, StringComparison.Ordinal);
    }
}
