using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

public abstract class CandidateCorrectionsTests(AppFixture app)
{
    [Fact]
    public async Task Edit_RecordsOnlyTheFieldsThatChangedAsCorrections()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var created = await (await recruiter.PostAsJsonAsync("/api/v1/candidates", new
        {
            firstName = "Ivy", lastName = "Initial", email = "ivy@world.test", headline = "BSA",
            skills = new[] { new { taxonomyCode = "sql", name = "SQL", years = 4, lastUsedYear = 2025 } },
        })).Content.ReadFromJsonAsync<JsonElement>();

        var edited = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{created.GetProperty("id").GetGuid()}", new
        {
            firstName = "Ivy", lastName = "Corrected", email = "ivy@world.test", headline = "BSA",
            skills = new[] { new { taxonomyCode = "sql", name = "SQL", years = 5, lastUsedYear = 2025 } },
            version = created.GetProperty("version").GetInt64(),
        });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var body = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["lastName", "skills"], body.GetProperty("correctedFields").EnumerateArray().Select(f => f.GetString()));
    }
}

public sealed class CandidateCorrectionsTestsOnSqlite(SqliteApp app) : CandidateCorrectionsTests(app), IClassFixture<SqliteApp>;

public sealed class CandidateCorrectionsTestsOnPostgres(PostgresApp app) : CandidateCorrectionsTests(app), IClassFixture<PostgresApp>;
