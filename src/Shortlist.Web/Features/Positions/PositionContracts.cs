using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Web.Features.Positions;

public sealed record RequirementInput(string TaxonomyCode, string Label, Importance Importance, double Weight = 1, double? MinimumYears = null, int? RecencyYears = null)
{
    public Requirement ToDomain() => new(TaxonomyCode, Label, Importance, Weight, MinimumYears, RecencyYears);
}

public sealed record PositionRequest(
    Guid OrganizationId,
    string Title,
    string Description,
    string Industry,
    WorkplaceMode Workplace,
    EngagementTypes Engagement,
    Place? Location = null,
    int? RadiusKm = null,
    Compensation? Compensation = null,
    bool RequiresWorkAuthorization = false,
    DateOnly? StartDate = null,
    DateOnly? TargetShortlistDate = null,
    DateOnly? TargetFillDate = null,
    decimal? FeeBudget = null,
    double? EffortHoursBudget = null,
    IReadOnlyList<RequirementInput>? Requirements = null,
    long? Version = null);

public sealed record PositionResponse(
    Guid Id, Guid OrganizationId, string Title, string Description, string Industry, PositionStatus Status,
    WorkplaceMode Workplace, EngagementTypes Engagement, Place? Location, int? RadiusKm, Compensation? Compensation,
    bool RequiresWorkAuthorization, DateOnly? StartDate, DateOnly? TargetShortlistDate, DateOnly? TargetFillDate,
    decimal? FeeBudget, double? EffortHoursBudget, IReadOnlyList<Requirement> Requirements, DateTimeOffset? PublishedAt, string? ClosedReason, Guid? RecruiterId, long Version)
{
    public static readonly System.Linq.Expressions.Expression<Func<Position, PositionResponse>> Projection = p => new PositionResponse(
        p.Id, p.OrganizationId, p.Title, p.Description, p.Industry, p.Status, p.Workplace, p.Engagement, p.Location, p.RadiusKm,
        p.Compensation, p.RequiresWorkAuthorization, p.StartDate, p.TargetShortlistDate, p.TargetFillDate, p.FeeBudget,
        p.EffortHoursBudget, p.Requirements, p.PublishedAt, p.ClosedReason, p.RecruiterId, p.Version);

    public static readonly Func<Position, PositionResponse> From = Projection.Compile();
}

/// <summary>Closes a position without a placement; the reason is required, the version optional (checked when given).</summary>
public sealed record ClosePositionRequest(string Reason, long? Version = null);

public sealed record PositionSummary(Guid Id, Guid OrganizationId, string Title, string Industry, PositionStatus Status, WorkplaceMode Workplace, string? City, DateOnly? TargetFillDate);
