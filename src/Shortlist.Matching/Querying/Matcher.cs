using Shortlist.Matching.Index;
using Shortlist.Matching.Results;

namespace Shortlist.Matching.Querying;

/// <summary>
/// Ranks the talent pool for a query. Must-haves and constraints filter; requirements, industry years, seniority,
/// track record, rate and availability score; text similarity refines the top. Thread-safe: each search reads one snapshot.
/// </summary>
public sealed class Matcher(CandidateIndex index, TermGraph? graph = null)
{
    /// <summary>The index searched.</summary>
    public CandidateIndex Index { get; } = index ?? throw new ArgumentNullException(nameof(index));

    /// <summary>The taxonomy relations used to credit narrower entries.</summary>
    public TermGraph Graph { get; } = graph ?? TermGraph.Empty;

    /// <summary>Ranks every candidate in the index for <paramref name="query"/>.</summary>
    public MatchResult Search(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new MatchPlan(Index, Index.Snapshot, Graph, query).Run();
    }

    /// <summary>Scores one candidate for <paramref name="query"/>, with the explanation; null when the candidate is not in the index.</summary>
    /// <returns>The hit (rank 0) and whether the candidate passes every must-have and constraint.</returns>
    public (MatchHit Hit, bool Qualifies)? ScoreOne(MatchQuery query, Guid candidateId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = Index.Snapshot;
        var doc = Index.DocOf(candidateId);
        if (doc < 0 || doc >= state.Count || state.Ids[doc] != candidateId || state.IsDead(doc)) return null;
        return new MatchPlan(Index, state, Graph, query).One(doc);
    }
}
