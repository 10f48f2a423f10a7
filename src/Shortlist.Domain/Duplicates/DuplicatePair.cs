using Shortlist.Domain.Common;

namespace Shortlist.Domain.Duplicates;

/// <summary>What became of a pair of likely duplicates.</summary>
public enum DuplicateStatus
{
    /// <summary>Waiting for a recruiter.</summary>
    Pending,
    /// <summary>Merged into one record.</summary>
    Merged,
    /// <summary>Not the same person; the pair is not proposed again.</summary>
    Dismissed,
}

/// <summary>
/// Two candidate records that are likely the same person, with the reasons, waiting for a recruiter to merge them or say
/// they are different people. One row per pair: the lower ID is always <see cref="FirstCandidateId"/>.
/// </summary>
public sealed class DuplicatePair : Entity
{
    private DuplicatePair() { Reasons = []; }

    /// <summary>Records a pending pair.</summary>
    public DuplicatePair(Guid a, Guid b, IEnumerable<string> reasons, DateTimeOffset now)
    {
        if (a == b) throw new DomainRuleException("A candidate is not a duplicate of itself.", "candidates");
        (FirstCandidateId, SecondCandidateId) = Order(a, b);
        Reasons = Checked(reasons);
        Touch(now);
    }

    /// <summary>The candidate with the lower ID.</summary>
    public Guid FirstCandidateId { get; private set; }
    /// <summary>The candidate with the higher ID.</summary>
    public Guid SecondCandidateId { get; private set; }
    /// <summary>Why they are likely the same person, e.g. "same e-mail".</summary>
    public List<string> Reasons { get; private set; }
    /// <summary>Pending, merged or dismissed.</summary>
    public DuplicateStatus Status { get; private set; }
    /// <summary>When a recruiter merged or dismissed the pair.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>Who merged or dismissed it.</summary>
    public Guid? DecidedBy { get; private set; }
    /// <summary>After a merge: the record that was kept.</summary>
    public Guid? SurvivorId { get; private set; }
    /// <summary>After a merge: the record that was folded into the survivor and removed.</summary>
    public Guid? MergedId { get; private set; }

    /// <summary>True when the pair names the candidate.</summary>
    public bool Involves(Guid candidateId) => FirstCandidateId == candidateId || SecondCandidateId == candidateId;

    /// <summary>The other candidate of the pair.</summary>
    public Guid Other(Guid candidateId) => FirstCandidateId == candidateId ? SecondCandidateId
        : SecondCandidateId == candidateId ? FirstCandidateId : throw new DomainRuleException("The candidate is not part of this pair.", "survivorId");

    /// <summary>Replaces the reasons of a pending pair (a later check found more or other ones); a decided pair keeps its own.</summary>
    public void UpdateReasons(IEnumerable<string> reasons, DateTimeOffset now)
    {
        if (Status != DuplicateStatus.Pending) return;
        var list = Checked(reasons);
        if (list.SequenceEqual(Reasons, StringComparer.Ordinal)) return;
        Reasons = list;
        Touch(now);
    }

    /// <summary>Says the two records are different people: the pair is not proposed again.</summary>
    public void Dismiss(Guid by, DateTimeOffset now)
    {
        EnsurePending();
        (Status, DecidedAt, DecidedBy) = (DuplicateStatus.Dismissed, now, by);
        Touch(now);
    }

    /// <summary>Records the merge: <paramref name="survivorId"/> was kept, the other folded into it.</summary>
    public void MarkMerged(Guid survivorId, Guid by, DateTimeOffset now)
    {
        EnsurePending();
        var merged = Other(survivorId);
        (Status, DecidedAt, DecidedBy, SurvivorId, MergedId) = (DuplicateStatus.Merged, now, by, survivorId, merged);
        Touch(now);
    }

    /// <summary>Points the pair at <paramref name="to"/> instead of <paramref name="from"/> (after <paramref name="from"/> was merged into it).</summary>
    public void Repoint(Guid from, Guid to, DateTimeOffset now)
    {
        var other = Other(from);
        if (other == to) throw new DomainRuleException("A candidate is not a duplicate of itself.", "candidates");
        (FirstCandidateId, SecondCandidateId) = Order(other, to);
        Touch(now);
    }

    /// <summary>The two IDs in the stored order.</summary>
    public static (Guid First, Guid Second) Order(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    private void EnsurePending()
    {
        if (Status != DuplicateStatus.Pending)
            throw new DomainRuleException($"This pair was already {Status.ToString().ToLowerInvariant()}.", "status");
    }

    private static List<string> Checked(IEnumerable<string> reasons)
    {
        var list = reasons.Select(r => Guard.Text(r, "reasons", 500)).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) throw new DomainRuleException("A pair needs at least one reason.", "reasons");
        if (list.Count > 20) list = list[..20];
        return list;
    }
}
