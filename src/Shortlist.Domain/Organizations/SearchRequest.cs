using Shortlist.Domain.Common;

namespace Shortlist.Domain.Organizations;

/// <summary>Where a search request stands.</summary>
public enum SearchRequestStatus
{
    /// <summary>Received, not yet looked at.</summary>
    Submitted,
    /// <summary>A recruiter is qualifying it.</summary>
    InReview,
    /// <summary>Turned into a position.</summary>
    Qualified,
    /// <summary>Declined by the firm.</summary>
    Declined,
}

/// <summary>The project behind a search: what is delivered, how big, how it is run.</summary>
public sealed record ProjectContext(string? Deliverable, decimal? Budget, int? TeamSize, string? Methodology, IReadOnlyList<string> Regulations)
{
    /// <summary>Checks the figures.</summary>
    public ProjectContext Validated()
    {
        Guard.NotNegative(Budget, "project.budget");
        Guard.NotNegative(TeamSize, "project.teamSize");
        return this;
    }
}

/// <summary>What a client asked for, in the client's words.</summary>
public sealed class SearchRequest : Entity
{
    private SearchRequest() { Role = ""; Industry = ""; Project = new(null, null, null, null, []); MustHaves = []; NiceToHaves = []; }

    /// <summary>Records a search request from <paramref name="organizationId"/>.</summary>
    public SearchRequest(Guid organizationId, Guid? contactId, string role, string industry, ProjectContext project,
        IReadOnlyList<string> mustHaves, IReadOnlyList<string> niceToHaves, Place? location, WorkplaceMode workplace,
        EngagementTypes engagement, Compensation? compensation, DateOnly? startDate, DateOnly? targetFillDate, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        ContactId = contactId;
        Role = Guard.Text(role, "role");
        Industry = Guard.Text(industry, "industry", 100);
        Project = project.Validated();
        MustHaves = mustHaves.Select(m => Guard.Text(m, "mustHaves")).ToList();
        NiceToHaves = niceToHaves.Select(m => Guard.Text(m, "niceToHaves")).ToList();
        Location = location?.Validated("location");
        Workplace = Enum.IsDefined(workplace) ? workplace : throw new DomainRuleException("Unknown workplace mode.", "workplace");
        Engagement = engagement.IsValidSelection() ? engagement : throw new DomainRuleException("Choose at least one known engagement type.", "engagement");
        Compensation = compensation?.Validated("compensation");
        StartDate = startDate;
        TargetFillDate = targetFillDate;
        Status = SearchRequestStatus.Submitted;
        Touch(now);
    }

    /// <summary>The client that asked.</summary>
    public Guid OrganizationId { get; private set; }
    /// <summary>The contact who submitted it, when signed in.</summary>
    public Guid? ContactId { get; private set; }
    /// <summary>The role sought, e.g. "EHR implementation project manager".</summary>
    public string Role { get; private set; }
    /// <summary>The industry of the work.</summary>
    public string Industry { get; private set; }
    /// <summary>The project behind the search.</summary>
    public ProjectContext Project { get; private set; }
    /// <summary>What candidates must have, in the client's words.</summary>
    public List<string> MustHaves { get; private set; }
    /// <summary>What would be good to have.</summary>
    public List<string> NiceToHaves { get; private set; }
    /// <summary>Where the work is.</summary>
    public Place? Location { get; private set; }
    /// <summary>On site, hybrid or remote.</summary>
    public WorkplaceMode Workplace { get; private set; }
    /// <summary>Contract, contract-to-hire, permanent.</summary>
    public EngagementTypes Engagement { get; private set; }
    /// <summary>Rate or salary band.</summary>
    public Compensation? Compensation { get; private set; }
    /// <summary>When the person should start.</summary>
    public DateOnly? StartDate { get; private set; }
    /// <summary>When the client wants the role filled.</summary>
    public DateOnly? TargetFillDate { get; private set; }
    /// <summary>Where the request stands.</summary>
    public SearchRequestStatus Status { get; private set; }
    /// <summary>The position it became, once qualified.</summary>
    public Guid? PositionId { get; private set; }

    /// <summary>A recruiter starts qualifying the request.</summary>
    public void StartReview(DateTimeOffset now)
    {
        if (Status != SearchRequestStatus.Submitted) throw new DomainRuleException($"A request that is {Status} cannot be taken into review.");
        Status = SearchRequestStatus.InReview;
        Touch(now);
    }

    /// <summary>Records that the request became <paramref name="positionId"/>.</summary>
    public void Qualify(Guid positionId, DateTimeOffset now)
    {
        if (Status is SearchRequestStatus.Qualified or SearchRequestStatus.Declined)
            throw new DomainRuleException($"A request that is {Status} cannot be qualified.");
        Status = SearchRequestStatus.Qualified;
        PositionId = positionId;
        Touch(now);
    }

    /// <summary>The firm declines the request.</summary>
    public void Decline(DateTimeOffset now)
    {
        if (Status == SearchRequestStatus.Qualified) throw new DomainRuleException("A qualified request cannot be declined; close its position instead.");
        if (Status == SearchRequestStatus.Declined) throw new DomainRuleException("The request is already declined.");
        Status = SearchRequestStatus.Declined;
        Touch(now);
    }
}
