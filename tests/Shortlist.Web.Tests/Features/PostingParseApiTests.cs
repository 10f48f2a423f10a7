using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>A client's job description in, a draft of requirements out, from text or a JSON job posting; nothing stored.</summary>
public abstract class PostingParseApiTests(AppFixture app)
{
    private const string JobJson = """
        {"title": "Senior Business Systems Analyst", "company": "Harbor Point Credit Union",
         "location": {"city": "Stamford", "region": "CT", "countryCode": "US"}, "remote": "Hybrid", "type": "Contract",
         "salary": "$70 - $85 per hour", "description": "Requirements for the core banking conversion.",
         "qualifications": ["5+ years of experience as a business analyst in banking", "SQL"],
         "skills": [{"name": "Tools", "keywords": ["Jira", "Confluence"]}]}
        """;

    [Fact]
    public async Task A_json_job_posting_is_read_as_a_posting_and_a_json_that_is_not_one_is_refused()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var response = await recruiter.PostAsync("/api/v1/positions/parse", ResumeUploadTests.Form(Encoding.UTF8.GetBytes(JobJson), "job.json", "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var posting = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Senior Business Systems Analyst", posting.GetProperty("title").GetString());
        Assert.Equal("Harbor Point Credit Union", posting.GetProperty("employer").GetString());
        Assert.Equal("Stamford, CT, US", posting.GetProperty("location").GetString());
        Assert.Equal(70m, posting.GetProperty("compensation").GetProperty("minimum").GetDecimal());
        Assert.Equal(5, posting.GetProperty("minimumYears").GetDouble());
        Assert.Contains(posting.GetProperty("requirements").EnumerateArray(), r => r.GetProperty("taxonomyCode").GetString() == "sql");

        var notAPosting = await recruiter.PostAsync("/api/v1/positions/parse", ResumeUploadTests.Form("""{"name": "x", "items": [1, 2]}"""u8.ToArray(), "other.json", "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notAPosting.StatusCode);
        Assert.Equal("application/problem+json", notAPosting.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class PostingParseApiTestsOnSqlite(SqliteApp app) : PostingParseApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostingParseApiTestsOnPostgres(PostgresApp app) : PostingParseApiTests(app), IClassFixture<PostgresApp>;
