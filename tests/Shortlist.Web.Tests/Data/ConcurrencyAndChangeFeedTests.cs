using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data.ChangeFeed;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Data;

public abstract class ConcurrencyAndChangeFeedTests(AppFixture app)
{
    [Fact]
    public async Task Update_WithStaleVersion_Answers409AndKeepsTheEarlierEdit()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var created = await recruiter.PostAsJsonAsync("/api/v1/candidates", new { firstName = "Cora", lastName = "Clash", email = "cora@world.test" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        var version = body.GetProperty("version").GetInt64();

        var first = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{id}", new { firstName = "Cora", lastName = "First", email = "cora@world.test", version });
        var second = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{id}", new { firstName = "Cora", lastName = "Second", email = "cora@world.test", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("First", await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => c.LastName).SingleAsync()));
    }

    [Fact]
    public async Task Update_WithoutVersion_AnswersValidationProblem()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var response = await recruiter.PutAsJsonAsync($"/api/v1/organizations/{app.World.OrganizationY}", new { name = "Yarrow Bank", industry = "banking" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("version", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CandidateAndPositionWrites_AppendChangeFeedRowsInCommitOrder()
    {
        var start = await app.WithDbAsync(db => db.ChangeFeed.MaxAsync(c => (long?)c.Sequence)) ?? 0;
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var candidate = await (await recruiter.PostAsJsonAsync("/api/v1/candidates", new { firstName = "Feed", lastName = "Follower", email = "feed@world.test" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var position = await (await recruiter.PostAsJsonAsync("/api/v1/positions", new
        {
            organizationId = app.World.OrganizationX, title = "PMO lead", description = "Set up the PMO.", industry = "healthcare", workplace = "Remote", engagement = "Permanent",
        })).Content.ReadFromJsonAsync<JsonElement>();
        await recruiter.PostAsync($"/api/v1/positions/{position.GetProperty("id").GetGuid()}/publish", null);
        await recruiter.PostAsJsonAsync("/api/v1/organizations", new { name = "Not in the feed", industry = "retail" });

        var rows = await app.WithDbAsync(db => db.ChangeFeed.Where(c => c.Sequence > start).OrderBy(c => c.Sequence).ToListAsync());
        var mine = rows.Where(r => r.EntityId == candidate.GetProperty("id").GetGuid() || r.EntityId == position.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(["Candidate", "Position", "Position"], mine.Select(r => r.EntityType));
        Assert.All(mine, r => Assert.Equal(ChangeKind.Upserted, r.Kind));
        Assert.True(mine.Zip(mine.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    [Fact]
    public async Task FailedSave_LeavesNeitherRowNorChangeFeedEntry()
    {
        var before = await app.WithDbAsync(db => db.ChangeFeed.CountAsync());
        var now = TimeProvider.System.GetUtcNow();
        var error = await Record.ExceptionAsync(() => app.WithDbAsync(async db =>
        {
            var a = new Candidate("Twin", "One", "twin@world.test", now);
            db.Candidates.Add(a);
            await db.SaveChangesAsync();
            var b = new Candidate("Twin", "Two", "twin2@world.test", now) { UserId = a.UserId ?? Guid.NewGuid() };
            var c = new Candidate("Twin", "Three", "twin3@world.test", now) { UserId = b.UserId };
            db.Candidates.AddRange(b, c); // the same account on two candidates breaks a unique index
            return await db.SaveChangesAsync();
        }));
        Assert.IsType<DbUpdateException>(error);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.ChangeFeed.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Candidates.AnyAsync(c => c.LastName == "Two" || c.LastName == "Three")));
    }

    [Fact]
    public async Task ConcurrentWriters_GetDistinctIncreasingSequenceNumbers()
    {
        var start = await app.WithDbAsync(db => db.ChangeFeed.MaxAsync(c => (long?)c.Sequence)) ?? 0;
        var now = TimeProvider.System.GetUtcNow();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => app.WithDbAsync(async db =>
        {
            db.Candidates.Add(new Candidate("Many", $"Writer{i}", $"writer{i}@world.test", now));
            return await db.SaveChangesAsync();
        })));
        var sequences = await app.WithDbAsync(db => db.ChangeFeed.Where(c => c.Sequence > start).Select(c => c.Sequence).ToListAsync());
        Assert.Equal(20, sequences.Distinct().Count());
    }
}

public sealed class ConcurrencyAndChangeFeedTestsOnSqlite(SqliteApp app) : ConcurrencyAndChangeFeedTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrencyAndChangeFeedTestsOnPostgres(PostgresApp app) : ConcurrencyAndChangeFeedTests(app), IClassFixture<PostgresApp>;
