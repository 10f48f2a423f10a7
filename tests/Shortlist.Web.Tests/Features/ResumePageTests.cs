using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

public abstract partial class ResumePageTests(AppFixture app)
{
    [Fact]
    public async Task Portal_UploadOwnResume_FillsTheProfile()
    {
        using var candidate = await app.PagesAsync(Persona.CandidateA);
        var response = await PostFileAsync(candidate, "/Portal", "?handler=Upload", Encoding.UTF8.GetBytes(ResumeUploadTests.Resume), "cv.txt");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await candidate.GetStringAsync("/Portal");
        Assert.Contains("cv.txt was read into the profile.", page, StringComparison.Ordinal);
        Assert.Contains("Senior IT Project Manager", page, StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == app.World.CandidateA).Select(c => c.ResumeFileId).SingleAsync()));
    }

    [Fact]
    public async Task CandidatePage_GarbageFile_ShowsTheProblemAndStoresNothing()
    {
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var files = await app.CountAsync<Shortlist.Data.Files.StoredFile>();
        var garbage = new byte[2048];
        new Random(3).NextBytes(garbage);
        var response = await PostFileAsync(recruiter, $"/Candidates/{app.World.CandidateB}", "?handler=Upload", garbage, "cv.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(files, await app.CountAsync<Shortlist.Data.Files.StoredFile>());
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string page, string handler, byte[] content, string name)
    {
        var html = await client.GetStringAsync(page);
        var token = Token().Match(html).Groups[1].Value;
        var form = ResumeUploadTests.Form(content, name);
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        return await client.PostAsync(page + handler, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class ResumePageTestsOnSqlite(SqliteApp app) : ResumePageTests(app), IClassFixture<SqliteApp>;

public sealed class ResumePageTestsOnPostgres(PostgresApp app) : ResumePageTests(app), IClassFixture<PostgresApp>;
