using Shortlist.Domain.Organizations;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Results;

namespace Shortlist.Web.Features.Client;

/// <summary>How a target date stands against today.</summary>
public enum DateState
{
    /// <summary>No target date was set.</summary>
    NoDate,
    /// <summary>Done: a shortlist was delivered, or the position was filled.</summary>
    Met,
    /// <summary>More than a week away, or moving.</summary>
    OnTrack,
    /// <summary>Within a week (shortlist) or two (fill) and not met yet.</summary>
    AtRisk,
    /// <summary>Past and not met.</summary>
    Late,
}

public sealed record DashboardRequest(Guid Id, string Title, SearchRequestStatus Status, int DaysOpen, DateOnly? TargetShortlistDate, DateOnly? TargetFillDate, Guid? PositionId);

public sealed record DashboardPosition(Guid Id, string Title, PositionStatus Status, int DaysOpen, bool Blind,
    DateOnly? TargetShortlistDate, DateState Shortlist, DateOnly? TargetFillDate, DateState Fill,
    int Submitted, int Interviews, int Offers, int Placed, int AwaitingFeedback);

/// <summary>The organization's searches at a glance (GET /api/v1/client/dashboard and /Client).</summary>
public sealed record DashboardResponse(Guid OrganizationId, string OrganizationName, DateOnly Today, IReadOnlyList<DashboardRequest> Requests, IReadOnlyList<DashboardPosition> Positions);

public sealed record InterviewView(Guid Id, DateTimeOffset Start, int DurationMinutes, string? Location, InterviewStatus Status);

/// <summary>One submitted candidate in a shortlist; in blind review <see cref="DisplayName"/> is a label such as "Candidate 2".</summary>
public sealed record ShortlistCandidate(Guid ApplicationId, string DisplayName, bool Revealed, string? Headline, Stage Stage, DateTimeOffset SubmittedAt,
    double? Score, Band? Band, ClientFeedback? LatestFeedback, int ProposedSlots, InterviewView? Interview);

public sealed record ShortlistResponse(Guid PositionId, string Title, PositionStatus Status, bool Blind, IReadOnlyList<ShortlistCandidate> Candidates);

public sealed record RoleView(string Title, string? Employer, DateOnly Start, DateOnly? End);

/// <summary>A submitted candidate as the client sees them: in blind review without name, contact details, location or employers until revealed.</summary>
public sealed record SubmittedCandidateResponse(
    Guid ApplicationId, Guid PositionId, string PositionTitle, bool Blind, bool Revealed, string DisplayName,
    string? Email, string? Phone, string? Location, string? Headline, IReadOnlyList<RoleView> Roles, IReadOnlyList<string> Skills,
    string? Note, MatchHit? Explanation, bool HasResume, bool ResumeFileAvailable, string? ResumeText,
    Stage Stage, DateTimeOffset SubmittedAt, IReadOnlyList<ClientFeedback> Feedback, IReadOnlyList<InterviewSlot> ProposedSlots, InterviewView? Interview, long Version);

/// <summary>A hiring manager's verdict on a submitted candidate; a reason is required to decline.</summary>
public sealed record FeedbackInput(ClientVerdict Verdict, string? Reason = null, string? Comment = null);

/// <summary>One to five interview slots the hiring manager offers.</summary>
public sealed record SlotsInput(IReadOnlyList<InterviewSlot> Slots);

/// <summary>
/// What a recruiter shares when submitting a candidate: the explanation parts (an empty list shares the score only), which résumé
/// (null: the candidate's current one; <see cref="ShareResume"/> false: none) and a note.
/// </summary>
public sealed record SubmitInput(IReadOnlyList<SharedExplanation> Share, Guid? ResumeFileId = null, string? Note = null, bool ShareResume = true);

/// <summary>The recruiter confirms the slot at this index of the proposal.</summary>
public sealed record ConfirmSlotInput(int Slot);

/// <summary>The blind-review override of one position: null follows the organization.</summary>
public sealed record BlindReviewInput(bool? BlindReview);

/// <summary>A submission as the recruiter sees it in the pipeline of a position.</summary>
public sealed record PipelineEntry(Guid ApplicationId, Guid CandidateId, string Name, Stage Stage, ApplicationOrigin Origin, DateTimeOffset StageChangedAt,
    bool Submitted, ClientFeedback? LatestFeedback, bool AwaitsDeclineClosure, IReadOnlyList<InterviewSlot> ProposedSlots, InterviewView? Interview);

public sealed record ColleagueView(Guid UserId, string Name, string Email, bool IsOrganizationAdministrator, bool IsMe);

public sealed record ColleaguesResponse(bool CanManage, IReadOnlyList<ColleagueView> Colleagues, IReadOnlyList<string> PendingInvitations);

/// <summary>An organization administrator invites a colleague by e-mail.</summary>
public sealed record InviteColleagueInput(string Email);
