using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data.ChangeFeed;
using Shortlist.Data.Embeddings;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Cli;
using Shortlist.Web.Features.Embeddings;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Candidate text as the API takes it: an Epic implementation project manager.</summary>
internal static class EmbeddingSamples
{
    public static object Candidate(string email, string summary, string phone = "+1 617 555 0100", long? version = null) => new
    {
        firstName = "Emma",
        lastName = "Bedding",
        email,
        phone,
        headline = "Healthcare IT project manager, Epic",
        summary,
        roles = new[] { new { title = "Epic Implementation Manager", employer = "Acme Health", industry = "Healthcare", start = "2016-02-01", end = (string?)null } },
        skills = new[] { new { taxonomyCode = "epic", name = "Epic", years = 8.0, lastUsedYear = 2025 } },
        version,
    };

    public const string Summary = "Led Epic ambulatory and inpatient go-lives for a 12-hospital system.";
    public const string OtherSummary = "Built point-of-sale software for grocery chains in C#.";

    public static async Task<(Guid Id, long Version)> CreateAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/v1/candidates", Candidate(email, Summary));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("version").GetInt64());
    }

    public static async Task<long> UpdateAsync(HttpClient client, Guid id, string email, string summary, string phone, long version)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/candidates/{id}", Candidate(email, summary, phone, version));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }
}

/// <summary>The background worker keeps embeddings current; recomputes only when the embedded text changes.</summary>
public abstract class EmbeddingWorkerTests(AppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90); // the first embedding loads the model

    private Task<TextEmbedding?> RowAsync(Guid id) => app.WithDbAsync(db =>
        db.TextEmbeddings.AsNoTracking().SingleOrDefaultAsync(e => e.OwnerKind == OwnerKind.Candidate && e.OwnerId == id));

    private async Task<TextEmbedding> WaitForAsync(Guid id, Func<TextEmbedding, bool> condition)
    {
        TextEmbedding? found = null;
        await EventuallyAsync(async () => (found = await RowAsync(id)) is { } row && condition(row), $"The embedding of {id} did not reach the expected state");
        return found!;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > Patience) throw new TimeoutException($"{failure} in {Patience.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task StartUp_CatchesUpOnTheWorldsCandidatesAndPositions()
    {
        var a = await WaitForAsync(app.World.CandidateA, _ => true);
        Assert.Equal(384, a.Vector.Length);
        await EventuallyAsync(async () => await app.WithDbAsync(db => db.TextEmbeddings.CountAsync(e =>
            e.OwnerKind == OwnerKind.Position && (e.OwnerId == app.World.PositionX || e.OwnerId == app.World.PositionY))) == 2, "The positions were not embedded");
    }

    [Fact]
    public async Task CreatedCandidate_GetsA384ByteVector_RecomputedOnlyWhenTheTextChanges()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var email = $"emma.{Guid.NewGuid():N}@world.test";
        var (id, version) = await EmbeddingSamples.CreateAsync(recruiter, email);

        var first = await WaitForAsync(id, r => r.SourceVersion == version);
        Assert.Equal(384, first.Vector.Length);
        Assert.Equal("all-MiniLM-L6-v2", first.Model);
        Assert.Matches("^[0-9a-f]{64}$", first.ContentHash);
        Assert.Contains(first.Vector, b => b != 0);

        var store = app.Services.GetRequiredService<IEmbeddingStore>();
        var read = await store.GetAsync(OwnerKind.Candidate, id);
        Assert.NotNull(read);
        Assert.Equal(first.Vector, read.Select(b => unchecked((byte)b)));
        Assert.Null(await store.GetAsync(OwnerKind.Candidate, Guid.NewGuid()));

        // A new phone number changes the record, not the text: the vector is checked, not recomputed.
        version = await EmbeddingSamples.UpdateAsync(recruiter, id, email, EmbeddingSamples.Summary, "+1 617 555 0199", version);
        var checkedOnly = await WaitForAsync(id, r => r.SourceVersion == version);
        Assert.Equal(first.ContentHash, checkedOnly.ContentHash);
        Assert.Equal(first.UpdatedAt, checkedOnly.UpdatedAt);
        Assert.Equal(first.Vector, checkedOnly.Vector);

        // A new summary changes the text: a new vector, and a change-feed row tells the matching index to read it.
        var feedBefore = await app.WithDbAsync(db => db.ChangeFeed.MaxAsync(f => (long?)f.Sequence)) ?? 0;
        version = await EmbeddingSamples.UpdateAsync(recruiter, id, email, EmbeddingSamples.OtherSummary, "+1 617 555 0199", version);
        var recomputed = await WaitForAsync(id, r => r.SourceVersion == version);
        Assert.NotEqual(first.ContentHash, recomputed.ContentHash);
        Assert.NotEqual(first.Vector, recomputed.Vector);
        Assert.True(recomputed.UpdatedAt >= first.UpdatedAt);
        var feed = await app.WithDbAsync(db => db.ChangeFeed.Where(f => f.Sequence > feedBefore && f.EntityId == id).OrderBy(f => f.Sequence).ToListAsync());
        Assert.Equal(2, feed.Count); // the edit, then the new vector
        Assert.All(feed, f => Assert.Equal(ChangeKind.Upserted, f.Kind));
    }

    [Fact]
    public async Task DeletedCandidate_LosesItsEmbedding()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var (id, _) = await EmbeddingSamples.CreateAsync(recruiter, $"gone.{Guid.NewGuid():N}@world.test");
        await WaitForAsync(id, _ => true);

        await app.WithDbAsync(async db =>
        {
            db.Candidates.Remove(await db.Candidates.SingleAsync(c => c.Id == id));
            return await db.SaveChangesAsync();
        });

        await EventuallyAsync(async () => await RowAsync(id) is null, "The embedding of the deleted candidate is still there");
    }

    [Fact]
    public async Task Store_ReadsEveryCandidateVectorInTheDatabasesIdOrder()
    {
        await WaitForAsync(app.World.CandidateB, _ => true);
        var store = app.Services.GetRequiredService<IEmbeddingStore>();

        var read = new List<(Guid CandidateId, byte[] Vector)>();
        await foreach (var row in store.ReadCandidateVectorsAsync()) read.Add(row);

        var ids = read.Select(r => r.CandidateId).ToList();
        var order = await app.WithDbAsync(db => db.Candidates.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(order, ids);
        Assert.Contains(app.World.CandidateB, ids);
        Assert.All(read, r => Assert.Equal(384, r.Vector.Length));
    }
}

public sealed class EmbeddingWorkerTestsOnSqlite(SqliteAppWithEmbeddings app) : EmbeddingWorkerTests(app), IClassFixture<SqliteAppWithEmbeddings>;

public sealed class EmbeddingWorkerTestsOnPostgres(PostgresAppWithEmbeddings app) : EmbeddingWorkerTests(app), IClassFixture<PostgresAppWithEmbeddings>;

/// <summary>The embed verb, on hosts whose worker is off: computes what is missing or stale, then finds nothing to do.</summary>
public abstract class EmbedVerbTests(AppFixture app)
{
    private async Task<(int Exit, string Output)> EmbedAsync()
    {
        using var output = new StringWriter();
        var exit = await EmbedVerb.RunAsync(app.Services, output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Embed_ComputesMissingAndChangedTextsOnly()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var email = $"verb.{Guid.NewGuid():N}@world.test";
        var (id, version) = await EmbeddingSamples.CreateAsync(recruiter, email);

        var (exit, output) = await EmbedAsync();
        Assert.True(exit == 0, output);
        Assert.Contains("Candidates:", output, StringComparison.Ordinal);
        var first = await app.WithDbAsync(db => db.TextEmbeddings.AsNoTracking().SingleAsync(e => e.OwnerKind == OwnerKind.Candidate && e.OwnerId == id));
        Assert.Equal(384, first.Vector.Length);
        Assert.Equal(version, first.SourceVersion);

        (exit, output) = await EmbedAsync();
        Assert.Equal(0, exit);
        Assert.Contains("Candidates: all embeddings are current.", output, StringComparison.Ordinal);
        Assert.Contains("Positions: all embeddings are current.", output, StringComparison.Ordinal);

        version = await EmbeddingSamples.UpdateAsync(recruiter, id, email, EmbeddingSamples.Summary, "+1 617 555 0142", version);
        (_, output) = await EmbedAsync();
        Assert.Contains("Candidates: 0 embeddings computed, 1 unchanged, 0 failed.", output, StringComparison.Ordinal);
        var same = await app.WithDbAsync(db => db.TextEmbeddings.AsNoTracking().SingleAsync(e => e.OwnerKind == OwnerKind.Candidate && e.OwnerId == id));
        Assert.Equal((first.ContentHash, first.UpdatedAt, version), (same.ContentHash, same.UpdatedAt, same.SourceVersion));

        await EmbeddingSamples.UpdateAsync(recruiter, id, email, EmbeddingSamples.OtherSummary, "+1 617 555 0142", version);
        (_, output) = await EmbedAsync();
        Assert.Contains("Candidates: 1 embeddings computed, 0 unchanged, 0 failed.", output, StringComparison.Ordinal);
        var changed = await app.WithDbAsync(db => db.TextEmbeddings.AsNoTracking().SingleAsync(e => e.OwnerKind == OwnerKind.Candidate && e.OwnerId == id));
        Assert.NotEqual(first.ContentHash, changed.ContentHash);
    }
}

public sealed class EmbedVerbTestsOnSqlite(SqliteApp app) : EmbedVerbTests(app), IClassFixture<SqliteApp>;

public sealed class EmbedVerbTestsOnPostgres(PostgresApp app) : EmbedVerbTests(app), IClassFixture<PostgresApp>;
