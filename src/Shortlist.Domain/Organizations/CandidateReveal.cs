using Shortlist.Domain.Common;

namespace Shortlist.Domain.Organizations;

/// <summary>A hiring manager lifted blind review for one candidate; it holds for the whole organization from then on.</summary>
public sealed class CandidateReveal : Entity
{
    private CandidateReveal() { }

    /// <summary>Records that <paramref name="revealedBy"/> of <paramref name="organizationId"/> revealed <paramref name="candidateId"/>.</summary>
    public CandidateReveal(Guid organizationId, Guid candidateId, Guid? revealedBy, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        CandidateId = candidateId;
        RevealedBy = revealedBy;
        Touch(now);
    }

    /// <summary>The organization that sees the candidate's identity.</summary>
    public Guid OrganizationId { get; private set; }
    /// <summary>The candidate revealed.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>The hiring manager who asked.</summary>
    public Guid? RevealedBy { get; private set; }
}
