using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

public abstract class ResumeUploadTests(AppFixture app)
{
    public const string Resume = """
        Grace Hopkins
        grace.hopkins@example.com | +1 617 555 0142 | Boston, MA

        SUMMARY
        Healthcare IT project manager with 9 years leading EHR implementations. PMP certified.

        EXPERIENCE
        Senior IT Project Manager, Mercy Health Partners, Boston, MA
        Jan 2019 - Present
        Led the Epic EHR go-live for 12 hospitals; budget of $4.5M, team of 25. Delivered on time and under budget. HIPAA compliance.

        IT Project Manager, Harbor Bank, Providence, RI
        Mar 2015 - Dec 2018
        Ran core banking upgrade projects with Jira and MS Project.

        EDUCATION
        Bachelor of Science in Computer Science, Boston University, 2014

        CERTIFICATIONS
        PMP, 2017
        """;

    public static MultipartFormDataContent Form(byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Fact]
    public async Task Upload_OwnResume_FillsTheProfileStoresTheFileAndDownloadsIt()
    {
        using var candidate = await app.ApiAsync(Persona.CandidateB);
        var response = await candidate.PostAsync($"/api/v1/candidates/{app.World.CandidateB}/resume", Form(Encoding.UTF8.GetBytes(Resume), "grace.txt", "text/plain"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(profile.GetProperty("roles").EnumerateArray(), r => r.GetProperty("employer").GetString()!.Contains("Mercy Health", StringComparison.Ordinal));
        Assert.Contains(profile.GetProperty("skills").EnumerateArray(), s => s.GetProperty("taxonomyCode").GetString() == "epic");
        Assert.Contains(profile.GetProperty("certifications").EnumerateArray(), c => c.GetProperty("taxonomyCode").GetString() == "pmp");

        var download = await candidate.GetAsync($"/api/v1/candidates/{app.World.CandidateB}/resume");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Resume, await download.Content.ReadAsStringAsync());
        using var other = await app.ApiAsync(Persona.CandidateA);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/candidates/{app.World.CandidateB}/resume")).StatusCode);
    }

    [Fact]
    public async Task Import_AsRecruiter_CreatesACandidateFromTheResume()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var text = Resume.Replace("grace.hopkins@", "grace.import@", StringComparison.Ordinal);
        var response = await recruiter.PostAsync("/api/v1/candidates/import", Form(Encoding.UTF8.GetBytes(text), "import.txt", "text/plain"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("grace.import@example.com", body.GetProperty("email").GetString());
        Assert.Equal("Hopkins", body.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task Reparse_AfterACorrection_KeepsTheCorrectedField()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var text = Resume.Replace("grace.hopkins@", "grace.reparse@", StringComparison.Ordinal);
        var imported = await (await recruiter.PostAsync("/api/v1/candidates/import", Form(Encoding.UTF8.GetBytes(text), "r.txt", "text/plain"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = imported.GetProperty("id").GetGuid();
        // The edit sends the profile back as read, with one field corrected.
        var edit = System.Text.Json.Nodes.JsonNode.Parse(imported.GetRawText())!.AsObject();
        edit["lastName"] = "Hopkins-Reyes";
        var corrected = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(["lastName"], (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("correctedFields").EnumerateArray().Select(f => f.GetString()));

        var reparsed = await recruiter.PostAsync($"/api/v1/candidates/{id}/reparse", null);
        Assert.Equal(HttpStatusCode.OK, reparsed.StatusCode);
        var body = await reparsed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Hopkins-Reyes", body.GetProperty("lastName").GetString());
        Assert.NotEmpty(body.GetProperty("roles").EnumerateArray());
        Assert.Equal("grace.reparse@example.com", body.GetProperty("email").GetString());
    }

    [Fact]
    public async Task CorrectionPage_SavesTheRecruitersCorrections_RefusesBadRowsWithNothingStored_AndAReparseKeepsThem()
    {
        using var api = await app.ApiAsync(Persona.Recruiter);
        var (id, _) = await ImportAsync(api, Resume.Replace("grace.hopkins@", "grace.corrected@", StringComparison.Ordinal));
        using var page = await app.PagesAsync(Persona.Recruiter);
        Assert.Contains($"href=\"/Candidates/{id}/Edit\"", await page.GetStringAsync($"/Candidates/{id}"), StringComparison.Ordinal);
        var html = await page.GetStringAsync($"/Candidates/{id}/Edit");
        Assert.Contains("Grace Hopkins", html, StringComparison.Ordinal);
        var fields = Forms.Fields(html, "profile");
        Assert.Equal("Mercy Health Partners", fields["Form.Roles[0].Employer"]);

        // A bad row: nothing is stored, the form comes back as typed with the problem beside the row.
        var before = await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        var bad = new Dictionary<string, string>(fields) { ["Form.Roles[0].Employer"] = "Mercy Health System", ["Form.Skills[0].Name"] = "Underwater basket weaving" };
        var refused = await Forms.PostAsync(page, $"/Candidates/{id}/Edit", bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Underwater basket weaving", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => c.Version).SingleAsync()));

        // The correction: the employer's name as the client knows it, and the PMP's issuer.
        fields["Form.Roles[0].Employer"] = "Mercy Health System";
        var pmp = fields.Single(f => f.Key.StartsWith("Form.Certifications[", StringComparison.Ordinal) && f.Key.EndsWith(".Name", StringComparison.Ordinal) && f.Value.Contains("PMP", StringComparison.Ordinal)).Key;
        fields[pmp.Replace(".Name", ".Issuer", StringComparison.Ordinal)] = "Project Management Institute";
        var saved = await Forms.PostAsync(page, $"/Candidates/{id}/Edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Mercy Health System", stored.Roles[0].Employer);
        Assert.Equal("Project Management Institute", stored.Certifications.Single(c => c.TaxonomyCode == "pmp").Issuer);
        Assert.Contains(ProfileFieldsRoles(), stored.CorrectedFields);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "candidate.profile-edit" && a.EntityId == id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "candidate.read" && a.EntityId == id)));

        var reparsed = await api.PostAsync($"/api/v1/candidates/{id}/reparse", null);
        Assert.Equal(HttpStatusCode.OK, reparsed.StatusCode);
        var again = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Mercy Health System", again.Roles[0].Employer);
        Assert.Equal("Project Management Institute", again.Certifications.Single(c => c.TaxonomyCode == "pmp").Issuer);
    }

    private static string ProfileFieldsRoles() => Shortlist.Domain.Candidates.ProfileFields.Roles;

    /// <summary>Imports <paramref name="text"/> as a résumé; the new candidate's id and the import's answer.</summary>
    private static async Task<(Guid Id, JsonElement Imported)> ImportAsync(HttpClient api, string text)
    {
        var imported = await (await api.PostAsync("/api/v1/candidates/import", Form(Encoding.UTF8.GetBytes(text), "r.txt", "text/plain"))).Content.ReadFromJsonAsync<JsonElement>();
        return (imported.GetProperty("id").GetGuid(), imported);
    }

    [Fact]
    public async Task CorrectionPage_AStaleSave_KeepsTheSectionsThisPersonChanged_OverTheNewerProfile_AndSavingAgainLosesNeither()
    {
        using var api = await app.ApiAsync(Persona.Recruiter);
        var (id, imported) = await ImportAsync(api, Resume.Replace("grace.hopkins@", "grace.stale@", StringComparison.Ordinal));
        using var page = await app.PagesAsync(Persona.Recruiter);
        var fields = Forms.Fields(await page.GetStringAsync($"/Candidates/{id}/Edit"), "profile");

        // Meanwhile someone else adds Kanban to the skills.
        var current = System.Text.Json.Nodes.JsonNode.Parse(imported.GetRawText())!.AsObject();
        current["skills"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["taxonomyCode"] = "kanban", ["name"] = "Kanban", ["years"] = 1, ["lastUsedYear"] = 2025 });
        var put = await api.PutAsJsonAsync($"/api/v1/candidates/{id}", current);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        // This person changes the phone, on the page opened before.
        fields["Form.Phone"] = "+1 617 555 0199";
        var stale = await Forms.PostAsync(page, $"/Candidates/{id}/Edit", fields);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        var notice = System.Text.RegularExpressions.Regex.Match(html, "id=\"stale\">(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.True(notice.Contains("Your changes to Contact are kept below", StringComparison.Ordinal), notice);
        var shown = Forms.Fields(html, "profile");
        Assert.Equal("+1 617 555 0199", shown["Form.Phone"]);
        Assert.Contains(shown, f => f.Key.StartsWith("Form.Skills[", StringComparison.Ordinal) && f.Value == "Kanban");

        var saved = await Forms.PostAsync(page, $"/Candidates/{id}/Edit", shown);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("+1 617 555 0199", stored.Phone);
        Assert.Contains(stored.Skills, s => s.TaxonomyCode == "kanban");
    }

    [Fact]
    public async Task CorrectionPage_AnUntouchedSaveChangesNothing_KeepsEveryRowAndCertificatesTheTaxonomyDoesNotKnow_AndSavesOnlyTheRoutesRecord()
    {
        using var api = await app.ApiAsync(Persona.Recruiter);
        // 70 listed skills (more than the form once read back) and a certificate the taxonomy does not know.
        var skills = await app.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Category == Shortlist.Domain.Taxonomy.TaxonomyCategory.Tool || t.Category == Shortlist.Domain.Taxonomy.TaxonomyCategory.Platform)
            .OrderBy(t => t.Code).Select(t => t.Name).Take(70).ToListAsync());
        var (id, _) = await ImportAsync(api, Resume.Replace("grace.hopkins@", "grace.untouched@", StringComparison.Ordinal)
            + "\nSKILLS\n" + string.Join("\n", skills) + "\n\nCERTIFICATIONS\nCPR Certification, American Red Cross, 2021\n");
        var before = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.True(before.Skills.Count > 60, $"{before.Skills.Count} skills");
        Assert.Contains(before.Certifications, c => c.TaxonomyCode == "cpr-certification");

        using var page = await app.PagesAsync(Persona.Recruiter);
        var fields = Forms.Fields(await page.GetStringAsync($"/Candidates/{id}/Edit"), "profile");
        var other = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == app.World.CandidateB));
        fields["Id"] = other.Id.ToString(); // a posted id does not point the save elsewhere
        var saved = await Forms.PostAsync(page, $"/Candidates/{id}/Edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(before.Skills.Select(s => (s.TaxonomyCode, s.Name, s.Years)), after.Skills.Select(s => (s.TaxonomyCode, s.Name, s.Years)));
        Assert.Equal(before.Certifications, after.Certifications);
        Assert.Empty(after.CorrectedFields);
        Assert.Equal(other.Version, await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == other.Id).Select(c => c.Version).SingleAsync()));
    }

    [Theory]
    [InlineData("empty.pdf", 0, 422)]
    [InlineData("garbage.pdf", 1, 422)]
    [InlineData("garbage.docx", 1, 422)]
    [InlineData("huge.txt", 2, 413)]
    [InlineData("program.exe", 3, 415)]
    public async Task Upload_BadFile_AnswersProblemAndStoresNothing(string name, int kind, int status)
    {
        var content = kind switch
        {
            0 => [],
            1 => Garbage(4096),
            2 => Encoding.UTF8.GetBytes(new string('a', 11 * 1024 * 1024)),
            _ => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00],
        };
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var files = await app.CountAsync<Shortlist.Data.Files.StoredFile>();
        var candidates = await app.CountAsync<Domain.Candidates.Candidate>();
        var version = await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == app.World.CandidateA).Select(c => c.Version).SingleAsync());

        var upload = await recruiter.PostAsync($"/api/v1/candidates/{app.World.CandidateA}/resume", Form(content, name));
        var import = await recruiter.PostAsync("/api/v1/candidates/import", Form(content, name));

        foreach (var response in new[] { upload, import })
        {
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(files, await app.CountAsync<Shortlist.Data.Files.StoredFile>());
        Assert.Equal(candidates, await app.CountAsync<Domain.Candidates.Candidate>());
        Assert.Equal(version, await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == app.World.CandidateA).Select(c => c.Version).SingleAsync()));
    }

    [Fact]
    public async Task Upload_WithoutAFile_AnswersProblem()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var response = await recruiter.PostAsync($"/api/v1/candidates/{app.World.CandidateA}/resume", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("'file'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}

public sealed class ResumeUploadTestsOnSqlite(SqliteApp app) : ResumeUploadTests(app), IClassFixture<SqliteApp>;

public sealed class ResumeUploadTestsOnPostgres(PostgresApp app) : ResumeUploadTests(app), IClassFixture<PostgresApp>;
