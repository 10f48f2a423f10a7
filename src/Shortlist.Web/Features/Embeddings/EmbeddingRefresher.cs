using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Data.ChangeFeed;
using Shortlist.Data.Embeddings;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Text;

namespace Shortlist.Web.Features.Embeddings;

/// <summary>How far a catch-up has come.</summary>
public readonly record struct EmbeddingProgress(OwnerKind Kind, int Checked, int Total, int Computed, int Failed);

/// <summary>What one batch did.</summary>
public sealed record RefreshResult(int Computed, int Unchanged, int Removed, IReadOnlyList<Guid> Failed);

/// <summary>
/// Keeps the stored text embeddings equal to what the model makes of each candidate's and position's current text.
/// A record is stale when it has no embedding, one of another model, or has changed (its version) since the embedding was
/// checked; a stale record is embedded again only when its text (the content hash) changed, otherwise the check is noted.
/// Every batch uses a DbContext of its own. When a vector changes, a change-feed row for its owner tells every node's
/// matching index to read the record (and its vector) again.
/// </summary>
public sealed class EmbeddingRefresher(
    IServiceScopeFactory scopes, ITextEmbedder embedder, IOptions<EmbeddingOptions> options, TimeProvider clock, ILogger<EmbeddingRefresher> log)
{
    private int BatchSize => Math.Clamp(options.Value.BatchSize, 1, 1_000);

    /// <summary>The newest change-feed sequence, or 0 when the feed is empty.</summary>
    public async Task<long> LatestSequenceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        return await db.ChangeFeed.MaxAsync(f => (long?)f.Sequence, ct) ?? 0;
    }

    /// <summary>How many records of <paramref name="kind"/> are stale.</summary>
    public async Task<int> CountStaleAsync(OwnerKind kind, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        return await Stale(db, kind, null).CountAsync(ct);
    }

    /// <summary>Brings every stale candidate and then every stale position up to date, batch by batch, in id order.</summary>
    public async Task<IReadOnlyList<EmbeddingProgress>> CatchUpAsync(Action<EmbeddingProgress>? progress, CancellationToken ct)
    {
        var results = new List<EmbeddingProgress>();
        foreach (var kind in new[] { OwnerKind.Candidate, OwnerKind.Position })
        {
            var total = await CountStaleAsync(kind, ct);
            var state = new EmbeddingProgress(kind, 0, total, 0, 0);
            Guid? after = null;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                List<Guid> ids;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
                    ids = await Stale(db, kind, after).Take(BatchSize).ToListAsync(ct);
                }
                if (ids.Count == 0) break;
                after = ids[^1];
                var result = await RefreshAsync(kind, ids, ct);
                state = state with
                {
                    Checked = state.Checked + ids.Count,
                    Total = Math.Max(state.Total, state.Checked + ids.Count),
                    Computed = state.Computed + result.Computed,
                    Failed = state.Failed + result.Failed.Count,
                };
                progress?.Invoke(state);
            }
            results.Add(state);
        }
        return results;
    }

    /// <summary>
    /// Reads the change feed after <paramref name="after"/> and brings the records it names up to date; returns the last
    /// sequence handled. Records whose text did not change cost a hash, not a model run.
    /// </summary>
    public async Task<long> FollowFeedAsync(long after, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            List<(long Sequence, string EntityType, Guid EntityId)> rows;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
                rows = (await db.ChangeFeed.AsNoTracking().Where(f => f.Sequence > after).OrderBy(f => f.Sequence).Take(500)
                    .Select(f => new { f.Sequence, f.EntityType, f.EntityId }).ToListAsync(ct))
                    .Select(f => (f.Sequence, f.EntityType, f.EntityId)).ToList();
            }
            if (rows.Count == 0) return after;
            foreach (var group in rows.GroupBy(r => r.EntityType, StringComparer.Ordinal))
            {
                if (!Enum.TryParse<OwnerKind>(group.Key, out var kind)) continue;
                foreach (var chunk in group.Select(r => r.EntityId).Distinct().Chunk(BatchSize))
                    await RefreshAsync(kind, chunk, ct);
            }
            after = rows[^1].Sequence;
        }
    }

    /// <summary>
    /// Brings the embeddings of these records up to date in one DbContext and one save: computes the missing or changed
    /// ones, notes the unchanged ones as checked, removes those of deleted records. A record the model fails on is
    /// logged and reported in <see cref="RefreshResult.Failed"/>; the others are still saved.
    /// </summary>
    public async Task<RefreshResult> RefreshAsync(OwnerKind kind, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var owners = kind == OwnerKind.Candidate
            ? (await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id) && c.ErasedAt == null).ToListAsync(ct)) // erased: embedding removed
                .ToDictionary(c => c.Id, c => (c.Version, Text: ProfileText.ForCandidate(c)))
            : (await db.Positions.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct))
                .ToDictionary(p => p.Id, p => (p.Version, Text: ProfileText.ForPosition(p)));
        var existing = await db.TextEmbeddings.Where(e => e.OwnerKind == kind && ids.Contains(e.OwnerId)).ToDictionaryAsync(e => e.OwnerId, ct);

        int computed = 0, unchanged = 0, removed = 0;
        var failed = new List<Guid>();
        var vector = new float[embedder.Dimensions];
        var quantized = new sbyte[embedder.Dimensions];
        foreach (var id in ids.Distinct())
        {
            ct.ThrowIfCancellationRequested();
            existing.TryGetValue(id, out var row);
            if (!owners.TryGetValue(id, out var owner))
            {
                if (row is not null) { db.TextEmbeddings.Remove(row); removed++; }
                continue;
            }
            var hash = ProfileText.ContentHash(owner.Text, embedder.Model);
            if (row is not null && row.Model == embedder.Model && row.ContentHash == hash && row.Vector.Length == embedder.Dimensions)
            {
                if (row.SourceVersion != owner.Version) row.SourceVersion = owner.Version;
                unchanged++;
                continue;
            }
            try
            {
                embedder.Embed(owner.Text, vector);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Could not embed the text of {Kind} {Id}; it is tried again when it changes or at the next start.", kind, id);
                failed.Add(id);
                continue;
            }
            Int8Embedding.Quantize(vector, quantized);
            var bytes = MemoryMarshal.AsBytes(quantized.AsSpan()).ToArray();
            if (row is null)
            {
                row = new TextEmbedding { OwnerKind = kind, OwnerId = id };
                db.TextEmbeddings.Add(row);
            }
            var vectorChanged = !row.Vector.AsSpan().SequenceEqual(bytes);
            (row.Model, row.ContentHash, row.SourceVersion, row.Vector, row.UpdatedAt) = (embedder.Model, hash, owner.Version, bytes, clock.GetUtcNow());
            if (vectorChanged)
                db.ChangeFeed.Add(new ChangeFeedEntry { EntityType = kind.ToString(), EntityId = id, Kind = ChangeKind.Upserted, At = clock.GetUtcNow() });
            computed++;
        }
        await db.SaveChangesAsync(ct);
        return new RefreshResult(computed, unchanged, removed, failed);
    }

    // Records without an embedding of this model checked at their current version, in id order, after a given id.
    private IQueryable<Guid> Stale(ShortlistDbContext db, OwnerKind kind, Guid? after)
    {
        var model = embedder.Model;
        return kind == OwnerKind.Candidate ? Stale(db, db.Candidates.Where(c => c.ErasedAt == null), kind, model, after) : Stale(db, db.Positions, kind, model, after);
    }

    private static IQueryable<Guid> Stale<T>(ShortlistDbContext db, IQueryable<T> owners, OwnerKind kind, string model, Guid? after) where T : Entity
    {
        var query = owners.AsNoTracking();
        if (after is Guid a) query = query.Where(o => o.Id.CompareTo(a) > 0);
        return query
            .Where(o => !db.TextEmbeddings.Any(e => e.OwnerKind == kind && e.OwnerId == o.Id && e.Model == model && e.SourceVersion == o.Version))
            .OrderBy(o => o.Id)
            .Select(o => o.Id);
    }
}
