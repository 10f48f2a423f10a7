using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data.Embeddings;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>A candidate's data export and erasure, through the API and the pages, checked against the database and the matching index.</summary>
public abstract class PrivacyTests(AppFixture app)
{
    private const string Password = "Privacy-Test-Pass-1";

    private sealed record Person(Guid CandidateId, string First, string Last, string Email, string Marker, HttpClient Api);

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    // Names no other test uses, so "no trace of the name" means something.
    private async Task<Person> RegisterAsync()
    {
        var (first, last) = ("Zelda" + Unique("q")[1..7], "Quorn" + Unique("q")[1..7]);
        var email = $"{first}.{last}@privacy.test".ToLowerInvariant();
        using var anonymous = app.CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password, firstName = first, lastName = last, noticeVersion = Shortlist.Web.Features.Legal.PrivacyNotice.Version });
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var candidateId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidateId").GetGuid();
        var api = app.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, Password) ?? throw new InvalidOperationException("No token."));
        return new Person(candidateId, first, last, email, Unique("marker-"), api);
    }

    private async Task<string?> TokenAsync(string email, string password)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString() : null;
    }

    private string ResumeOf(Person p) => $"""
        {p.First} {p.Last}
        {p.Email} | +1 617 555 0199 | Boston, MA

        SUMMARY
        Healthcare IT project manager, {p.First} {p.Last}, leading EHR implementations. PMP certified.

        EXPERIENCE
        Senior IT Project Manager, Mercy Health Partners, Boston, MA
        Jan 2016 - Present
        Led the Epic EHR go-live for 12 hospitals.

        CERTIFICATIONS
        PMP, 2017
        """;

    /// <summary>A candidate with a profile that matches a position, a résumé, an application, a consent, a conversation, an activity, an embedding and a staff read.</summary>
    private async Task<(Person Person, Guid PositionId, Guid ApplicationId, Guid FileId)> FullCandidateAsync()
    {
        var p = await RegisterAsync();
        var upload = await p.Api.PostAsync($"/api/v1/candidates/{p.CandidateId}/resume",
            ResumeUploadTests.Form(Encoding.UTF8.GetBytes(ResumeOf(p)), $"{p.First}-{p.Last}-resume.txt", "text/plain"));
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());

        var current = await p.Api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{p.CandidateId}");
        var update = await p.Api.PutAsJsonAsync($"/api/v1/candidates/{p.CandidateId}", new
        {
            firstName = p.First, lastName = p.Last, email = p.Email, headline = "Epic program manager " + p.Last,
            location = new { city = "Boston", region = "MA", country = "US", latitude = 42.36, longitude = -71.06 },
            skills = new[] { new { taxonomyCode = p.Marker, name = p.Marker, years = 6.0, lastUsedYear = 2026 }, new { taxonomyCode = "epic", name = "Epic", years = 6.0, lastUsedYear = 2026 } },
            certifications = new[] { new { taxonomyCode = "pmp", name = "PMP", year = 2017 } },
            roles = new[] { new { title = "IT Project Manager", employer = "Mercy Health Partners", industry = "healthcare", start = "2016-01-01", end = (string?)null, description = "Led the Epic go-live." } },
            education = new[] { new { institution = "Boston University", degree = "BSc", field = "Computer Science", year = 2014 } },
            preferences = new { workplace = "Hybrid", engagement = "Contract", compensation = (object?)null, availableFrom = (string?)null, authorization = "Citizen", locations = new[] { "Boston" } },
            version = current.GetProperty("version").GetInt64(),
        });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await p.Api.PostAsJsonAsync("/api/v1/me/conversations", new { topics = new[] { "Next role" }, preferredTimes = "Mornings", note = "Call me " + p.First })).StatusCode);

        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var position = await recruiter.PostAsJsonAsync("/api/v1/positions", new
        {
            organizationId = app.World.OrganizationX, title = "Epic lead " + p.Marker, description = "Lead an Epic rollout.", industry = "healthcare",
            workplace = "Hybrid", engagement = "Contract", location = new { city = "Boston", region = "MA", country = "US", latitude = 42.36, longitude = -71.06 }, radiusKm = 80,
            requirements = new object[] { new { taxonomyCode = p.Marker, label = "Marker", importance = "Must", weight = 2 } },
        });
        Assert.Equal(HttpStatusCode.Created, position.StatusCode);
        var positionId = (await position.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/api/v1/candidates/{p.CandidateId}")).StatusCode); // an audited staff read

        var (applicationId, fileId) = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var candidate = await db.Candidates.SingleAsync(c => c.Id == p.CandidateId);
            var application = new Application(positionId, p.CandidateId, ApplicationOrigin.Applied, now, $"Cover note from {p.First} {p.Last}");
            application.UseResume(candidate.ResumeFileId!.Value, now);
            application.MoveTo(Stage.Submitted, now, $"{p.First} is strong");
            db.Applications.Add(application);
            db.Consents.Add(new ConsentRecord(p.CandidateId, "2026-11", ConsentPurpose.Application, now, application.Id));
            db.Activities.Add(new Activity(ActivityKind.Call, ActivitySubject.Candidate, p.CandidateId, $"Called {p.First} {p.Last}", Guid.NewGuid(), now, now));
            // An e-mail to them logged on the position's timeline: it quotes the message, so it is theirs too.
            db.Activities.Add(new Activity(ActivityKind.Email, ActivitySubject.Position, positionId, $"To: {p.First}\n\nHello {p.First} {p.Last}", Guid.NewGuid(), now, now, p.CandidateId));
            db.TextEmbeddings.Add(new TextEmbedding { OwnerKind = OwnerKind.Candidate, OwnerId = p.CandidateId, Model = "test", ContentHash = p.Last, Vector = new byte[TextEmbedding.Dimensions], UpdatedAt = now });
            await db.SaveChangesAsync();
            return (application.Id, candidate.ResumeFileId!.Value);
        });
        return (p, positionId, applicationId, fileId);
    }

    private async Task<IReadOnlyList<Guid>> MatchesAsync(Guid positionId)
    {
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var list = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{positionId}/matches?top=50");
        return list.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("candidateId").GetGuid()).ToList();
    }

    [Fact]
    public async Task Export_holds_the_profile_applications_consents_conversations_files_and_who_read_the_data()
    {
        var (p, _, applicationId, _) = await FullCandidateAsync();

        var response = await p.Api.GetAsync("/api/v1/me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        var basics = export.GetProperty("resume").GetProperty("basics");
        Assert.Equal($"{p.First} {p.Last}", basics.GetProperty("name").GetString());
        Assert.Equal(p.Email, basics.GetProperty("email").GetString());
        Assert.Contains(export.GetProperty("resume").GetProperty("skills").EnumerateArray(), s => s.GetProperty("name").GetString() == p.Marker);
        Assert.Contains(export.GetProperty("resume").GetProperty("certificates").EnumerateArray(), s => s.GetProperty("name").GetString() == "PMP");
        Assert.Equal("Mercy Health Partners", Assert.Single(export.GetProperty("resume").GetProperty("work").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Boston University", Assert.Single(export.GetProperty("resume").GetProperty("education").EnumerateArray()).GetProperty("institution").GetString());
        Assert.Equal(JsonValueKind.Array, export.GetProperty("resume").GetProperty("projects").ValueKind);
        Assert.Equal("Citizen", export.GetProperty("preferences").GetProperty("authorization").GetString());

        var application = Assert.Single(export.GetProperty("applications").EnumerateArray());
        Assert.Equal(applicationId, application.GetProperty("id").GetGuid());
        Assert.Equal("Epic lead " + p.Marker, application.GetProperty("position").GetString());
        Assert.Equal("With the employer", application.GetProperty("stage").GetString());
        Assert.Equal($"Cover note from {p.First} {p.Last}", application.GetProperty("coverNote").GetString());
        Assert.Equal("Submitted", Assert.Single(application.GetProperty("history").EnumerateArray()).GetProperty("to").GetString());

        // Registration records consent to the notice in force; the test added one given with an application.
        var consents = export.GetProperty("consents").EnumerateArray().ToList();
        Assert.Equal(2, consents.Count);
        Assert.Contains(consents, c => c.GetProperty("purpose").GetString() == "Registration" && c.GetProperty("noticeVersion").GetString() == Shortlist.Web.Features.Legal.PrivacyNotice.Version);
        Assert.Contains(consents, c => c.GetProperty("purpose").GetString() == "Application" && c.GetProperty("noticeVersion").GetString() == "2026-11");
        Assert.Equal("Call me " + p.First, Assert.Single(export.GetProperty("careerConversations").EnumerateArray()).GetProperty("note").GetString());

        var activities = export.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(2, activities.Count); // their timeline, and the e-mail to them logged on the position
        Assert.Contains($"Called {p.First} {p.Last}", activities);
        Assert.Contains($"To: {p.First}\n\nHello {p.First} {p.Last}", activities);
        var file = Assert.Single(export.GetProperty("files").EnumerateArray());
        Assert.Equal(ResumeOf(p), Encoding.UTF8.GetString(Convert.FromBase64String(file.GetProperty("contentBase64").GetString()!)));
        Assert.Equal("text/plain", file.GetProperty("contentType").GetString());

        var audit = export.GetProperty("auditEntries").EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "candidate.read" && e.GetProperty("by").GetString() == app.World.EmailOf(Persona.Recruiter));
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "candidate.update" && e.GetProperty("by").GetString() == "you");
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "user.register");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "candidate.export" && e.EntityId == p.CandidateId)));

        // Another candidate's export is not theirs to read; an administrator may read any.
        using var b = await app.ApiAsync(Persona.CandidateB);
        var bExport = await (await b.GetAsync("/api/v1/me/export")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(p.CandidateId, bExport.GetProperty("candidateId").GetGuid());
        using var admin = await app.ApiAsync(Persona.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/candidates/{p.CandidateId}/export")).StatusCode);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.GetAsync($"/api/v1/candidates/{p.CandidateId}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/candidates/{Guid.NewGuid()}/export")).StatusCode);
    }

    [Fact]
    public async Task Erasure_removes_personal_data_everywhere_keeps_anonymous_applications_and_ends_the_account()
    {
        var (p, positionId, applicationId, fileId) = await FullCandidateAsync();
        // A file p applied with is also another candidate's (FileStore keeps identical content once): it must survive for them.
        var other = await RegisterAsync();
        var sharedFileId = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var file = new Shortlist.Data.Files.StoredFile
            {
                Sha256 = Guid.NewGuid().ToString("N"), FileName = "cover-letter.txt", ContentType = "text/plain",
                Content = Encoding.UTF8.GetBytes("A generic cover letter " + Guid.NewGuid()), CreatedAt = now,
            };
            file.Length = file.Content.LongLength;
            db.Files.Add(file);
            var mine = new Application(app.World.PositionY, p.CandidateId, ApplicationOrigin.Applied, now);
            mine.UseResume(file.Id, now);
            var theirs = new Application(app.World.PositionY, other.CandidateId, ApplicationOrigin.Applied, now);
            theirs.UseResume(file.Id, now);
            db.Applications.AddRange(mine, theirs);
            await db.SaveChangesAsync();
            return file.Id;
        });
        Assert.Contains(p.CandidateId, await MatchesAsync(positionId));
        var applicationsBefore = await app.CountAsync<Application>();

        // A wrong password erases nothing.
        var wrong = await p.Api.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { password = "Wrong-Password-9" }) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(p.Email, await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == p.CandidateId).Select(c => c.Email).SingleAsync()));
        Assert.NotNull(await TokenAsync(p.Email, Password));

        var erased = await p.Api.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { password = Password }) });
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);

        string[] traces = [p.First, p.Last, p.Email, p.Marker];
        void NoTrace(string where, string text)
        {
            foreach (var t in traces) Assert.False(text.Contains(t, StringComparison.OrdinalIgnoreCase), $"'{t}' is still in {where}: {text[..Math.Min(text.Length, 400)]}");
        }
        await app.WithDbAsync(async db =>
        {
            foreach (var c in await db.Candidates.AsNoTracking().ToListAsync()) NoTrace("Candidates", JsonSerializer.Serialize(c));
            foreach (var a in await db.Applications.AsNoTracking().ToListAsync()) NoTrace("Applications", JsonSerializer.Serialize(a));
            foreach (var f in await db.Files.AsNoTracking().ToListAsync()) NoTrace("Files", f.FileName + " " + Encoding.UTF8.GetString(f.Content));
            Assert.False(await db.Files.AnyAsync(f => f.Id == fileId), "The résumé only p used is still stored.");
            foreach (var e in await db.TextEmbeddings.AsNoTracking().ToListAsync()) NoTrace("TextEmbeddings", e.OwnerId + " " + e.ContentHash);
            Assert.False(await db.TextEmbeddings.AnyAsync(e => e.OwnerId == p.CandidateId));
            foreach (var e in await db.AuditEntries.AsNoTracking().ToListAsync()) NoTrace("AuditEntries", $"{e.UserName} {e.Details}");
            foreach (var u in await db.Users.AsNoTracking().ToListAsync()) NoTrace("Users", $"{u.UserName} {u.Email} {u.DisplayName}");
            Assert.False(await db.CareerConversations.AnyAsync(c => c.CandidateId == p.CandidateId));
            Assert.False(await db.Activities.AnyAsync(a => a.SubjectId == p.CandidateId || a.CandidateId == p.CandidateId));
            var placeholder = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == p.CandidateId);
            Assert.NotNull(placeholder.ErasedAt);
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
            Assert.Equal(Stage.Submitted, application.Stage);
            Assert.Null(application.CoverNote);
            Assert.Null(application.ResumeFileId);
            Assert.True(await db.Files.AnyAsync(f => f.Id == sharedFileId), "The file the other candidate still uses was deleted.");
            Assert.True(await db.Consents.AnyAsync(c => c.CandidateId == p.CandidateId), "Consent records are kept.");
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "candidate.erase" && e.EntityId == p.CandidateId));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "candidate.read" && e.EntityId == p.CandidateId), "Audit entries are kept.");
            return 0;
        });
        Assert.Equal(applicationsBefore, await app.CountAsync<Application>());

        // Gone from matching, the staff list and search, and every page and endpoint.
        Assert.DoesNotContain(p.CandidateId, await MatchesAsync(positionId));
        using var staff = await app.ApiAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/candidates/{p.CandidateId}")).StatusCode);
        var list = await staff.GetStringAsync("/api/v1/candidates?q=Erased&pageSize=100");
        Assert.DoesNotContain(p.CandidateId.ToString(), list, StringComparison.Ordinal);
        using var pages = await app.PagesAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Candidates/{p.CandidateId}")).StatusCode);

        // The account is gone: the old password no longer signs in, and the old token is refused outright.
        Assert.Null(await TokenAsync(p.Email, Password));
        Assert.Equal(HttpStatusCode.Unauthorized, (await p.Api.GetAsync($"/api/v1/candidates/{p.CandidateId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await p.Api.GetAsync("/api/v1/me/export")).StatusCode);

        // Erasing again finds nothing.
        using var admin = await app.ApiAsync(Persona.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/candidates/{p.CandidateId}/erase", null)).StatusCode);
    }

    [Fact]
    public async Task The_page_downloads_the_file_then_erases_after_the_password_and_signs_out()
    {
        var p = await RegisterAsync();
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(browser, "/Account/Login", new() { ["Email"] = p.Email, ["Password"] = Password })).StatusCode);

        var download = await browser.GetAsync("/Portal/Privacy?handler=Export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(p.Email, (await download.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resume").GetProperty("basics").GetProperty("email").GetString());

        var unconfirmed = await Forms.PostAsync(browser, "/Portal/Privacy?handler=Erase", new() { ["Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Tick the box", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wrong = await Forms.PostAsync(browser, "/Portal/Privacy?handler=Erase", new() { ["Password"] = "Not-It-At-All-1", ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("nothing was erased", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == p.CandidateId).Select(c => c.ErasedAt).SingleAsync()));

        var erased = await Forms.PostAsync(browser, "/Portal/Privacy?handler=Erase", new() { ["Password"] = Password, ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal("/privacy/erased", erased.Headers.Location?.OriginalString);
        Assert.NotNull(await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == p.CandidateId).Select(c => c.ErasedAt).SingleAsync()));
        var after = await browser.GetAsync("/Portal/Privacy");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var login = await Forms.PostAsync(browser, "/Account/Login", new() { ["Email"] = p.Email, ["Password"] = Password });
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
    }
}

public sealed class PrivacyTestsOnSqlite(SqliteApp app) : PrivacyTests(app), IClassFixture<SqliteApp>;

public sealed class PrivacyTestsOnPostgres(PostgresApp app) : PrivacyTests(app), IClassFixture<PostgresApp>;
