using Shortlist.Domain.Common;
using Shortlist.Domain.Engagements;

namespace Shortlist.Domain.Pipeline;

/// <summary>A candidate placed in a position; made only from an application at the offer stage.</summary>
public sealed class Placement : Entity
{
    private Placement() { }

    internal Placement(Application application, DateOnly startDate, EngagementTypes engagement, decimal? feeOrRate, DateTimeOffset now)
    {
        if (engagement is not (EngagementTypes.Contract or EngagementTypes.ContractToHire or EngagementTypes.Permanent))
            throw new DomainRuleException("A placement has exactly one engagement type.", "engagement");
        ApplicationId = application.Id;
        PositionId = application.PositionId;
        CandidateId = application.CandidateId;
        StartDate = startDate;
        Engagement = engagement;
        FeeOrRate = Guard.NotNegative(feeOrRate, "feeOrRate");
        Touch(now);
    }

    /// <summary>The application that led to it.</summary>
    public Guid ApplicationId { get; private set; }
    /// <summary>The position filled.</summary>
    public Guid PositionId { get; private set; }
    /// <summary>The person placed.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>First day of work.</summary>
    public DateOnly StartDate { get; private set; }
    /// <summary>Contract, contract-to-hire or permanent.</summary>
    public EngagementTypes Engagement { get; private set; }
    /// <summary>The fee (permanent) or bill rate (contract).</summary>
    public decimal? FeeOrRate { get; private set; }

    /// <summary>Starts tracking a contract engagement for this placement.</summary>
    public Engagement StartEngagement(DateOnly end, decimal billRate, double hoursBudget, DateTimeOffset now)
    {
        if (Engagement == EngagementTypes.Permanent) throw new DomainRuleException("A permanent placement has no contract engagement.", "engagement");
        return new Engagement(Id, StartDate, end, billRate, hoursBudget, now);
    }
}
