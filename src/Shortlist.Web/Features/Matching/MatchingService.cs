using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Taxonomy;
using Shortlist.Matching.Explaining;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;
using Shortlist.Web.Features.Embeddings;
using Shortlist.Web.Infrastructure;
using Shortlist.Data.Embeddings;

namespace Shortlist.Web.Features.Matching;

/// <summary>Settings of the in-memory matching index.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>How often the change feed is read; a change reaches rankings within about this long.</summary>
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>Candidates read per batch while building.</summary>
    public int BuildBatch { get; set; } = 2_000;
}

/// <summary>One built engine: the index, the matcher over it, and what explanations need from the taxonomy.</summary>
public sealed record MatchingEngine(CandidateIndex Index, Matcher Matcher, EvidenceFinder Evidence, TermGraph Graph, DateOnly BuiltFor, DateTimeOffset BuiltAt,
    Shortlist.Matching.Talent.TalentSearcher Talent);

/// <summary>
/// Builds the matching index from the database at start-up, then follows the change feed so that a change to a candidate
/// reaches rankings within a second. The whole index is rebuilt when the day changes (years and recency are as of a day)
/// and when the taxonomy changes. Failures are logged and retried; the host never stops because of them.
/// </summary>
public sealed partial class MatchingService(IServiceScopeFactory scopes, IEmbeddingStore embeddings, LocalChangeSignal signal, TimeProvider clock, IOptions<MatchingOptions> options, ILogger<MatchingService> log)
    : BackgroundService, IHealthCheck
{
    private readonly TaskCompletionSource<MatchingEngine> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MatchingEngine? _engine;
    private long _sequence;
    private DateTimeOffset? _taxonomyStamp;
    private long _taxonomySaves = -1;
    private DateTimeOffset _taxonomyCheckedAt;

    /// <summary>The engine, waiting for the first build when it is still running.</summary>
    public async Task<MatchingEngine> GetAsync(CancellationToken ct)
        => Volatile.Read(ref _engine) ?? await _first.Task.WaitAsync(TimeSpan.FromSeconds(60), clock, ct);

    /// <summary>The change-feed position applied so far.</summary>
    public long AppliedSequence => Interlocked.Read(ref _sequence);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(Volatile.Read(ref _engine) is { } e
            ? HealthCheckResult.Healthy($"{e.Index.Count} candidates indexed")
            : HealthCheckResult.Unhealthy("The matching index is being built."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Taken before reading the feed: a save committed while this pass reads still wakes the next one.
                var saved = signal.NextSave;
                var engine = Volatile.Read(ref _engine);
                var today = Today();
                if (engine is null || engine.BuiltFor != today || await TaxonomyChangedAsync(stoppingToken))
                {
                    engine = await BuildAsync(today, stoppingToken);
                    Volatile.Write(ref _engine, engine);
                    _first.TrySetResult(engine);
                }
                await FollowAsync(engine, stoppingToken);
                delay = TimeSpan.FromSeconds(1);
                // A save in this process wakes the loop at once; the poll finds changes other processes committed.
                await Task.WhenAny(saved, Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogFailed(log, e, delay.TotalSeconds);
                try { await Task.Delay(delay, clock, stoppingToken); }
                catch (OperationCanceledException) { break; }
                delay = TimeSpan.FromSeconds(Math.Min(60, delay.TotalSeconds * 2));
            }
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<bool> TaxonomyChangedAsync(CancellationToken ct)
    {
        // The taxonomy is not in the change feed. Its stamp is read after a local taxonomy save, and every few seconds
        // for edits made by other processes, rather than on every pass.
        var saves = signal.TaxonomySaves;
        if (saves == _taxonomySaves && clock.GetUtcNow() - _taxonomyCheckedAt < TimeSpan.FromSeconds(5)) return false;
        _taxonomySaves = saves;
        _taxonomyCheckedAt = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var stamp = await db.TaxonomyEntries.MaxAsync(t => (DateTimeOffset?)t.UpdatedAt, ct);
        return stamp != _taxonomyStamp;
    }

    private async Task<MatchingEngine> BuildAsync(DateOnly today, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // Read the feed position first: a change committed while the build reads is applied again afterwards (upserts are idempotent).
        var sequence = await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        _taxonomyStamp = await db.TaxonomyEntries.MaxAsync(t => (DateTimeOffset?)t.UpdatedAt, ct);
        var terms = (await db.TaxonomyEntries.ToListAsync(ct)).Select(TaxonomyTerm.From).ToList();
        var index = new CandidateIndex(dimensions: TextEmbedding.Dimensions);
        var batch = new List<CandidateDocument>(Math.Max(100, options.Value.BuildBatch));
        // Erased candidates are placeholders: never ranked.
        await foreach (var candidate in db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null).AsAsyncEnumerable().WithCancellation(ct))
        {
            batch.Add(CandidateDocument.From(candidate, today));
            if (batch.Count < batch.Capacity) continue;
            // Trimmed once at the end: trimming after each batch would copy the whole index every time.
            index.AddRange(batch, trim: false);
            batch.Clear();
        }
        index.AddRange(batch);
        // Profile embeddings, computed by the embedding worker when a profile changes; a candidate without one gets half credit for text.
        await foreach (var (id, vector) in embeddings.ReadCandidateVectorsAsync(ct))
            if (vector.Length == TextEmbedding.Dimensions) index.SetEmbedding(id, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(vector));
        Interlocked.Exchange(ref _sequence, sequence);
        var graph = TermGraph.From(terms);
        var engine = new MatchingEngine(index, new Matcher(index, graph), new EvidenceFinder(terms), graph, today, clock.GetUtcNow(),
            new Shortlist.Matching.Talent.TalentSearcher(index, new Shortlist.Matching.Talent.TalentVocabulary(terms)));
        LogBuilt(log, index.Count, clock.GetElapsedTime(started).TotalMilliseconds);
        return engine;
    }

    private async Task FollowAsync(MatchingEngine engine, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        while (true)
        {
            var from = Interlocked.Read(ref _sequence);
            var changes = await db.ChangeFeed.AsNoTracking().Where(c => c.Sequence > from).OrderBy(c => c.Sequence).Take(500).ToListAsync(ct);
            if (changes.Count == 0) return;
            var ids = changes.Where(c => c.EntityType == nameof(Candidate)).Select(c => c.EntityId).Distinct().ToList();
            // An erased candidate is removed like a deleted one.
            var found = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id) && c.ErasedAt == null).ToListAsync(ct);
            var today = engine.BuiltFor;
            foreach (var candidate in found)
                engine.Index.Upsert(CandidateDocument.From(candidate, today, await embeddings.GetAsync(OwnerKind.Candidate, candidate.Id, ct)));
            foreach (var gone in ids.Except(found.Select(c => c.Id))) engine.Index.Remove(gone);
            Interlocked.Exchange(ref _sequence, changes[^1].Sequence);
            db.ChangeTracker.Clear();
            if (changes.Count < 500) return;
        }
    }

    /// <summary>Waits until every change committed before the call has been applied (for tests and for read-your-writes).</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        long target;
        await using (var scope = scopes.CreateAsyncScope())
            target = await scope.ServiceProvider.GetRequiredService<ShortlistDbContext>().ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        await GetAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (AppliedSequence < target) await Task.Delay(TimeSpan.FromMilliseconds(20), clock, timeout.Token);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching index built: {Candidates} candidates in {Milliseconds:0} ms")]
    private static partial void LogBuilt(ILogger logger, int candidates, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The matching index could not be updated; retrying in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, Exception error, double seconds);
}
