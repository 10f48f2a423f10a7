using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;
using Shortlist.Web.Features.Positions;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>The project behind the role, as the client describes it.</summary>
public sealed record ProjectInput(string? Deliverable = null, decimal? Budget = null, int? TeamSize = null, string? Methodology = null,
    IReadOnlyList<string>? Regulations = null, IReadOnlyList<string>? Systems = null);

/// <summary>
/// A search request as a client fills it in (the JSON body of POST /api/v1/search-requests and the model behind both forms).
/// Industry and role family are taxonomy codes; must-haves and nice-to-haves are taxonomy codes plus free text.
/// <see cref="OrganizationId"/> is for staff recording a client's request; for a hiring manager it is ignored: the organization is always theirs.
/// </summary>
public sealed record SearchRequestInput(
    string Title,
    string Industry,
    WorkplaceMode Workplace,
    EngagementTypes Engagement,
    string? RoleFamily = null,
    ProjectInput? Project = null,
    IReadOnlyList<string>? MustHaveCodes = null,
    IReadOnlyList<string>? NiceToHaveCodes = null,
    IReadOnlyList<string>? MustHaveText = null,
    IReadOnlyList<string>? NiceToHaveText = null,
    double? MinimumYears = null,
    Place? Location = null,
    Compensation? Compensation = null,
    DateOnly? StartDate = null,
    DateOnly? TargetShortlistDate = null,
    DateOnly? TargetFillDate = null,
    bool Confidential = false,
    Guid? OrganizationId = null);

/// <summary>A requirement offered to the client or the recruiter to keep or drop (from an industry playbook or a job description).</summary>
public sealed record RequirementSuggestion(string TaxonomyCode, string Label, Importance Importance, double Weight = 1, double? MinimumYears = null);

/// <summary>An industry's playbook as suggestions.</summary>
public sealed record PlaybookSuggestions(string Industry, string IndustryName, IReadOnlyList<RequirementSuggestion> Items);

/// <summary>What a recruiter decides when qualifying a request into a position: the title, and optionally the rest; what is left out is taken from the request.</summary>
public sealed record QualifyInput(
    string Title,
    Guid? OrganizationId = null,
    string? NewOrganizationName = null,
    string? Description = null,
    IReadOnlyList<RequirementInput>? Requirements = null,
    DateOnly? StartDate = null,
    DateOnly? TargetShortlistDate = null,
    DateOnly? TargetFillDate = null,
    decimal? FeeBudget = null,
    double? EffortHoursBudget = null);

/// <summary>Why the firm declines a request; the client sees it.</summary>
public sealed record DeclineInput(string Reason);

public sealed record SearchRequestSummary(Guid Id, string Title, string Industry, Guid? OrganizationId, string? OrganizationName, SearchRequestStatus Status,
    string? DeclineReason, bool Public, DateTimeOffset CreatedAt, DateOnly? TargetShortlistDate, DateOnly? TargetFillDate, Guid? PositionId);

public sealed record SearchRequestResponse(
    Guid Id, Guid? OrganizationId, string? OrganizationName, string Title, string? RoleFamily, string Industry, ProjectContext Project,
    IReadOnlyList<string> MustHaveCodes, IReadOnlyList<string> NiceToHaveCodes, IReadOnlyList<string> MustHaveText, IReadOnlyList<string> NiceToHaveText,
    double? MinimumYears, Place? Location, WorkplaceMode Workplace, EngagementTypes Engagement, Compensation? Compensation,
    DateOnly? StartDate, DateOnly? TargetShortlistDate, DateOnly? TargetFillDate, bool Confidential,
    SearchRequestStatus Status, string? DeclineReason, Guid? PositionId, Requester? Requester, Guid? JobDescriptionFileId,
    IReadOnlyList<Requirement> SuggestedRequirements, DateTimeOffset CreatedAt, DateTimeOffset? VerifiedAt, long Version)
{
    public static SearchRequestResponse From(SearchRequest r, string? organizationName) => new(
        r.Id, r.OrganizationId, organizationName, r.Role, r.RoleFamily, r.Industry, r.Project, r.MustHaveCodes, r.NiceToHaveCodes, r.MustHaves, r.NiceToHaves,
        r.MinimumYears, r.Location, r.Workplace, r.Engagement, r.Compensation, r.StartDate, r.TargetShortlistDate, r.TargetFillDate, r.Confidential,
        r.Status, r.DeclineReason, r.PositionId, r.Requester, r.JobDescriptionFileId, r.SuggestedRequirements, r.CreatedAt, r.VerifiedAt, r.Version);
}
