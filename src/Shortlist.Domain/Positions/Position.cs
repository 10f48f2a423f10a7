using Shortlist.Domain.Common;

namespace Shortlist.Domain.Positions;

/// <summary>Where a position stands.</summary>
public enum PositionStatus
{
    /// <summary>Being qualified; not on the job board.</summary>
    Draft,
    /// <summary>Open and published on the job board.</summary>
    Open,
    /// <summary>Paused by the client.</summary>
    OnHold,
    /// <summary>Someone was placed.</summary>
    Filled,
    /// <summary>Closed without a placement.</summary>
    Closed,
}

/// <summary>An open role a recruiter runs as a project, with weighted requirements, dates and budget.</summary>
public sealed class Position : Entity
{
    /// <summary>The most requirements one position may carry.</summary>
    public const int MaxRequirements = 60;

    private Position() { Title = ""; Description = ""; Industry = ""; }

    /// <summary>Creates a draft position for <paramref name="organizationId"/>.</summary>
    public Position(Guid organizationId, string title, string description, string industry, DateTimeOffset now, Guid? searchRequestId = null)
    {
        OrganizationId = organizationId;
        SearchRequestId = searchRequestId;
        Title = ""; Description = ""; Industry = "";
        Describe(title, description, industry, now);
        Status = PositionStatus.Draft;
    }

    /// <summary>The client.</summary>
    public Guid OrganizationId { get; private set; }
    /// <summary>The search request it came from, if any.</summary>
    public Guid? SearchRequestId { get; private set; }
    /// <summary>The recruiter who owns the search.</summary>
    public Guid? RecruiterId { get; set; }
    /// <summary>Job title.</summary>
    public string Title { get; private set; }
    /// <summary>What the role is about, shown on the job board.</summary>
    public string Description { get; private set; }
    /// <summary>The industry of the work.</summary>
    public string Industry { get; private set; }
    /// <summary>Where the work is.</summary>
    public Place? Location { get; private set; }
    /// <summary>How far from <see cref="Location"/> candidates may live, in kilometres.</summary>
    public int? RadiusKm { get; private set; }
    /// <summary>On site, hybrid or remote.</summary>
    public WorkplaceMode Workplace { get; private set; }
    /// <summary>Engagement types offered.</summary>
    public EngagementTypes Engagement { get; private set; } = EngagementTypes.Contract;
    /// <summary>Rate or salary band.</summary>
    public Compensation? Compensation { get; private set; }
    /// <summary>Required right to work, when it matters.</summary>
    public bool RequiresWorkAuthorization { get; private set; }
    /// <summary>When the person should start.</summary>
    public DateOnly? StartDate { get; private set; }
    /// <summary>When the shortlist is due.</summary>
    public DateOnly? TargetShortlistDate { get; private set; }
    /// <summary>When the role should be filled.</summary>
    public DateOnly? TargetFillDate { get; private set; }
    /// <summary>Fee budget of the search.</summary>
    public decimal? FeeBudget { get; private set; }
    /// <summary>Effort budget of the search, in hours.</summary>
    public double? EffortHoursBudget { get; private set; }
    /// <summary>Where the position stands.</summary>
    public PositionStatus Status { get; private set; }
    /// <summary>When it was first published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>Blind review for this position: null follows the organization's setting, true or false overrides it.</summary>
    public bool? BlindReview { get; private set; }
    /// <summary>Why it was closed, when it was closed without a placement.</summary>
    public string? ClosedReason { get; private set; }
    /// <summary>The weighted criteria.</summary>
    public IReadOnlyList<Requirement> Requirements { get; private set; } = [];

    /// <summary>Changes title, description and industry.</summary>
    public void Describe(string title, string description, string industry, DateTimeOffset now)
    {
        (Title, Description, Industry) = (Guard.Text(title, "title"), Guard.Text(description, "description", 20_000), Guard.Text(industry, "industry", 100));
        Touch(now);
    }

    /// <summary>Sets where and how the work is done and what it pays.</summary>
    public void SetTerms(Place? location, int? radiusKm, WorkplaceMode workplace, EngagementTypes engagement, Compensation? compensation,
        bool requiresWorkAuthorization, DateOnly? startDate, DateTimeOffset now)
    {
        if (!engagement.IsValidSelection()) throw new DomainRuleException("Choose at least one known engagement type.", "engagement");
        if (!Enum.IsDefined(workplace)) throw new DomainRuleException("Unknown workplace mode.", "workplace");
        if (radiusKm is < 0 or > 20_000) throw new DomainRuleException("radiusKm must be between 0 and 20000.", "radiusKm");
        if (workplace != WorkplaceMode.Remote && location is null) throw new DomainRuleException("An on-site or hybrid position needs a location.", "location");
        location?.Validated("location");
        compensation?.Validated("compensation");
        Location = location;
        RadiusKm = radiusKm;
        Workplace = workplace;
        Engagement = engagement;
        Compensation = compensation;
        RequiresWorkAuthorization = requiresWorkAuthorization;
        StartDate = startDate;
        Touch(now);
    }

    /// <summary>Sets the search's target dates and budget.</summary>
    public void SetPlan(DateOnly? targetShortlistDate, DateOnly? targetFillDate, decimal? feeBudget, double? effortHoursBudget, DateTimeOffset now)
    {
        Guard.Range(targetShortlistDate, targetFillDate, "targetFillDate");
        Guard.NotNegative(feeBudget, "feeBudget");
        Guard.NotNegative(effortHoursBudget, "effortHoursBudget");
        TargetShortlistDate = targetShortlistDate;
        TargetFillDate = targetFillDate;
        FeeBudget = feeBudget;
        EffortHoursBudget = effortHoursBudget;
        Touch(now);
    }

    /// <summary>Replaces every requirement; each taxonomy entry may appear once.</summary>
    public void SetRequirements(IEnumerable<Requirement> requirements, DateTimeOffset now)
    {
        var list = requirements.ToList();
        if (list.Count > MaxRequirements) throw new DomainRuleException($"A position carries at most {MaxRequirements} requirements.", "requirements");
        var duplicate = list.GroupBy(r => r.TaxonomyCode).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainRuleException($"'{duplicate.Key}' appears more than once.", "requirements");
        Requirements = list;
        Touch(now);
    }

    /// <summary>Overrides the organization's blind-review setting for this position (null: follow the organization).</summary>
    public void SetBlindReview(bool? blindReview, DateTimeOffset now)
    {
        BlindReview = blindReview;
        Touch(now);
    }

    /// <summary>Whether this position's shortlist is reviewed blind, given the organization's setting.</summary>
    public bool IsBlind(bool organizationBlindReview) => BlindReview ?? organizationBlindReview;

    /// <summary>Opens the position and publishes it on the job board.</summary>
    public void Publish(DateTimeOffset now)
    {
        if (Status is not (PositionStatus.Draft or PositionStatus.OnHold))
            throw new DomainRuleException($"A position that is {Status} cannot be published.");
        Status = PositionStatus.Open;
        PublishedAt ??= now;
        Touch(now);
    }

    /// <summary>Pauses an open position.</summary>
    public void PutOnHold(DateTimeOffset now)
    {
        if (Status != PositionStatus.Open) throw new DomainRuleException("Only an open position can be put on hold.");
        Status = PositionStatus.OnHold;
        Touch(now);
    }

    /// <summary>Marks the position filled; called when a placement is made.</summary>
    public void MarkFilled(DateTimeOffset now)
    {
        if (Status is PositionStatus.Closed or PositionStatus.Filled) throw new DomainRuleException($"A position that is {Status} cannot be filled.");
        Status = PositionStatus.Filled;
        Touch(now);
    }

    /// <summary>Closes the position without a placement, keeping why when a reason is given.</summary>
    public void Close(DateTimeOffset now, string? reason = null)
    {
        if (Status is PositionStatus.Closed or PositionStatus.Filled) throw new DomainRuleException($"The position is already {Status}.");
        ClosedReason = Guard.OptionalText(reason, "reason", 500);
        Status = PositionStatus.Closed;
        Touch(now);
    }

    /// <summary>Takes an open or paused position off the job board and back to draft.</summary>
    public void Unpublish(DateTimeOffset now)
    {
        if (Status is not (PositionStatus.Open or PositionStatus.OnHold)) throw new DomainRuleException($"A position that is {Status} is not published.");
        Status = PositionStatus.Draft;
        Touch(now);
    }
}
