using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Querying;
using Shortlist.Matching.Results;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Positions;

namespace Shortlist.Web.Features.Matching;

/// <summary>A ranked candidate with what people need to recognise them.</summary>
public sealed record CandidateMatch(Guid CandidateId, string Name, string? Headline, string? Location, bool InPipeline, MatchHit Match);

/// <summary>A candidate who would qualify if a filter were relaxed.</summary>
public sealed record RelaxedMatch(Guid CandidateId, string Name, double Score);

/// <summary>What relaxing one must-have or constraint would add.</summary>
public sealed record WhatIfResult(string Kind, string Key, string Label, int MoreCandidates, IReadOnlyList<RelaxedMatch> Best);

/// <summary>The ranking of the talent pool for a position.</summary>
public sealed record MatchListResponse(
    Guid PositionId, string PositionTitle, long PositionVersion, IReadOnlyList<RequirementInput> Requirements,
    int Qualified, bool QualifiedIsExact, int Searched, int Skip, IReadOnlyList<CandidateMatch> Results, IReadOnlyList<WhatIfResult> WhatIf);

/// <summary>A position ranked for a candidate.</summary>
public sealed record PositionMatch(Guid PositionId, string Title, string Industry, PositionStatus Status, string? Location, string Workplace, bool Qualifies, MatchHit Match);

/// <summary>The positions ranked for one candidate.</summary>
public sealed record PositionMatchList(Guid CandidateId, int Positions, IReadOnlyList<PositionMatch> Results);

/// <summary>Ranks for the API and the pages alike: scoping in the queries, names and evidence for the results shown, and the read audited.</summary>
public sealed class MatchReader(ShortlistDbContext db, CurrentUser user, MatchingService matching, Embeddings.IEmbeddingStore embeddings, AuditLog audit, TimeProvider clock)
{
    public const int MaxTop = 200;

    /// <summary>The ranking for a visible position, with its saved requirements or <paramref name="requirements"/> instead; null when not visible.</summary>
    public async Task<MatchListResponse?> ForPositionAsync(Guid positionId, IReadOnlyList<Requirement>? requirements, int top, int skip, bool whatIf, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return null;
        var engine = await matching.GetAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = MatchQuery.For(position, today, await embeddings.GetAsync(Shortlist.Data.Embeddings.OwnerKind.Position, position.Id, ct)) with
        {
            Top = Math.Clamp(top, 1, MaxTop),
            Skip = Math.Clamp(skip, 0, 10_000),
            WhatIf = whatIf,
        };
        if (requirements is not null) query = query with { Requirements = [.. requirements.Select(MatchRequirement.From)] };
        var result = engine.Matcher.Search(query);

        var ids = result.Hits.Select(h => h.CandidateId).Concat(result.WhatIf.SelectMany(w => w.Best).Select(b => b.CandidateId)).Distinct().ToList();
        var people = await db.Candidates.AsNoTracking().VisibleTo(user).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var inPipeline = (await db.Applications.AsNoTracking().Where(a => a.PositionId == positionId && ids.Contains(a.CandidateId)).Select(a => a.CandidateId).ToListAsync(ct)).ToHashSet();
        var results = result.Hits.Where(h => people.ContainsKey(h.CandidateId))
            .Select(h => Describe(people[h.CandidateId], inPipeline.Contains(h.CandidateId), engine.Evidence.WithEvidence(h, people[h.CandidateId]))).ToList();
        var whatIfs = result.WhatIf.Select(w => new WhatIfResult(w.Kind, w.Key, w.Label, w.MoreCandidates,
            [.. w.Best.Where(b => people.ContainsKey(b.CandidateId)).Select(b => new RelaxedMatch(b.CandidateId, NameOf(people[b.CandidateId]), Math.Round(b.Score, 1)))])).ToList();
        audit.Record("match.view", nameof(Position), positionId, $"{results.Count} candidates ranked" + (requirements is null ? "" : " with adjusted requirements"));
        await db.SaveChangesAsync(ct);
        return new MatchListResponse(position.Id, position.Title, position.Version,
            [.. (requirements ?? position.Requirements).Select(r => new RequirementInput(r.TaxonomyCode, r.Label, r.Importance, r.Weight, r.MinimumYears, r.RecencyYears))],
            result.Qualified, result.QualifiedIsExact, result.Searched, query.Skip, results, whatIfs);
    }

    /// <summary>
    /// Positions ranked for a visible candidate: open ones only unless <paramref name="includeUnpublished"/> (staff see drafts and holds too);
    /// only those whose must-haves and constraints the candidate meets unless <paramref name="qualifyingOnly"/> is false. Null when not visible.
    /// </summary>
    public async Task<PositionMatchList?> ForCandidateAsync(Guid candidateId, bool includeUnpublished, bool qualifyingOnly, int top, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null) return null;
        var engine = await matching.GetAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var positions = await db.Positions.AsNoTracking()
            .Where(p => includeUnpublished ? p.Status == PositionStatus.Open || p.Status == PositionStatus.Draft || p.Status == PositionStatus.OnHold : p.Status == PositionStatus.Open)
            .ToListAsync(ct);
        // Scored against the index's row for the candidate, or a fresh one when the index has not caught up with a new profile yet.
        var one = engine.Index.DocOf(candidateId) >= 0 ? engine.Matcher : SingleMatcher(engine, candidate, today);
        var ranked = positions
            .Select(p => (Position: p, Result: one.ScoreOne(MatchQuery.For(p, today), candidateId)))
            .Where(x => x.Result is not null && (!qualifyingOnly || x.Result.Value.Qualifies))
            .OrderByDescending(x => x.Result!.Value.Hit.Score).ThenBy(x => x.Position.Title, StringComparer.Ordinal)
            .Take(Math.Clamp(top, 1, MaxTop))
            .Select((x, i) => new PositionMatch(x.Position.Id, x.Position.Title, x.Position.Industry, x.Position.Status, x.Position.Location?.ToString(),
                x.Position.Workplace.ToString(), x.Result!.Value.Qualifies, engine.Evidence.WithEvidence(x.Result.Value.Hit with { Rank = i + 1 }, candidate)))
            .ToList();
        if (!user.IsCandidate || user.CandidateId != candidateId)
        {
            audit.Record("match.candidate", nameof(Candidate), candidateId, $"{ranked.Count} positions ranked");
            await db.SaveChangesAsync(ct);
        }
        return new PositionMatchList(candidateId, positions.Count, ranked);
    }

    /// <summary>
    /// Adds a candidate the caller may see to the pipeline of a position they may edit, once, as sourced from matching.
    /// False when either is out of reach; the application's id when it was added now, null when it was there already.
    /// </summary>
    public async Task<(bool Found, Guid? Added)> AddToPipelineAsync(Guid positionId, Guid candidateId, CancellationToken ct)
    {
        if (!await db.Positions.EditableBy(user).AnyAsync(p => p.Id == positionId, ct) || !await db.Candidates.VisibleTo(user).AnyAsync(c => c.Id == candidateId, ct))
            return (false, null);
        if (await db.Applications.AnyAsync(a => a.PositionId == positionId && a.CandidateId == candidateId, ct)) return (true, null);
        var application = new Shortlist.Domain.Pipeline.Application(positionId, candidateId, Shortlist.Domain.Pipeline.ApplicationOrigin.Sourced, clock.GetUtcNow());
        db.Applications.Add(application);
        audit.Record("pipeline.add", nameof(Shortlist.Domain.Pipeline.Application), application.Id, $"candidate {candidateId} from matching");
        await db.SaveChangesAsync(ct);
        return (true, application.Id);
    }

    /// <summary>How <paramref name="candidate"/> matches <paramref name="position"/>, with evidence (what a submission shares with the client); null when the engine cannot score them.</summary>
    public async Task<MatchHit?> ExplainAsync(Position position, Candidate candidate, CancellationToken ct)
    {
        var engine = await matching.GetAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var one = engine.Index.DocOf(candidate.Id) >= 0 ? engine.Matcher : SingleMatcher(engine, candidate, today);
        var embedding = await embeddings.GetAsync(Shortlist.Data.Embeddings.OwnerKind.Position, position.Id, ct);
        var result = one.ScoreOne(MatchQuery.For(position, today, embedding), candidate.Id);
        return result is { } r ? engine.Evidence.WithEvidence(r.Hit with { Rank = 1 }, candidate) : null;
    }

    private static Matcher SingleMatcher(MatchingEngine engine, Candidate candidate, DateOnly today)
    {
        var index = new Shortlist.Matching.Index.CandidateIndex(0);
        index.AddRange([Shortlist.Matching.Index.CandidateDocument.From(candidate, today)]);
        return new Matcher(index, engine.Graph);
    }

    private static string NameOf(Candidate c) => $"{c.FirstName} {c.LastName}".Trim();

    private static CandidateMatch Describe(Candidate c, bool inPipeline, MatchHit hit)
        => new(c.Id, NameOf(c), c.Headline, c.Location?.ToString(), inPipeline, hit);
}
