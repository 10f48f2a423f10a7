using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Embeddings;
using Shortlist.Matching.Text;

namespace Shortlist.Web.Features.Embeddings;

/// <summary>Reads the stored text embeddings of the current model.</summary>
public interface IEmbeddingStore
{
    /// <summary>The vector of one candidate or position, or null when none has been computed with the current model.</summary>
    Task<sbyte[]?> GetAsync(OwnerKind kind, Guid ownerId, CancellationToken ct = default);

    /// <summary>
    /// Every candidate vector of the current model, streamed (one open query, nothing buffered) in the database's order of
    /// candidate ids — the same order as <c>Candidates.OrderBy(c => c.Id)</c> on that provider, so the matching index can
    /// merge both reads. The vector is the stored bytes (reinterpret as <see cref="sbyte"/>).
    /// </summary>
    IAsyncEnumerable<(Guid CandidateId, byte[] Vector)> ReadCandidateVectorsAsync(CancellationToken ct = default);
}

/// <summary>Reads embeddings with a DbContext of its own per call, so any service (singleton or not) may use it.</summary>
public sealed class EmbeddingStore(IServiceScopeFactory scopes, ITextEmbedder embedder) : IEmbeddingStore
{
    public async Task<sbyte[]?> GetAsync(OwnerKind kind, Guid ownerId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var model = embedder.Model;
        var vector = await db.TextEmbeddings.AsNoTracking()
            .Where(e => e.OwnerKind == kind && e.OwnerId == ownerId && e.Model == model)
            .Select(e => e.Vector).SingleOrDefaultAsync(ct);
        return vector is null ? null : MemoryMarshal.Cast<byte, sbyte>(vector).ToArray();
    }

    public async IAsyncEnumerable<(Guid CandidateId, byte[] Vector)> ReadCandidateVectorsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var model = embedder.Model;
        var rows = db.TextEmbeddings.AsNoTracking()
            .Where(e => e.OwnerKind == OwnerKind.Candidate && e.Model == model)
            .OrderBy(e => e.OwnerId)
            .Select(e => new { e.OwnerId, e.Vector })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) yield return (row.OwnerId, row.Vector);
    }
}
