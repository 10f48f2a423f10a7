using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;

namespace Shortlist.Web.Features.Pipeline;

public sealed record PipelineInterview(Guid Id, DateTimeOffset Start, int DurationMinutes, string? Location, Shortlist.Domain.Pipeline.InterviewStatus Status);

public sealed record PipelineCard(
    Guid ApplicationId, Guid CandidateId, string Name, string? Headline, Stage Stage, ApplicationOrigin Origin, CloseReason? CloseReason,
    DateTimeOffset StageChangedAt, int DaysInStage, IReadOnlyList<Stage> NextStages, decimal? OfferAmount, PipelineInterview? NextInterview, long Version,
    bool Submitted = false, ClientFeedback? LatestFeedback = null, IReadOnlyList<InterviewSlot>? ProposedSlots = null);

public sealed record PipelineColumn(Stage Stage, int Count, IReadOnlyList<PipelineCard> Cards);

public sealed record PipelineBoard(Guid PositionId, string Title, PositionStatus Status, EngagementTypes Engagement, int Total, IReadOnlyList<PipelineColumn> Columns);

public sealed record MoveRequest(Stage Stage, long Version, CloseReason? Reason = null, string? Note = null);

public sealed record BulkMoveItem(Guid ApplicationId, long Version);

public sealed record BulkMoveRequest(IReadOnlyList<BulkMoveItem> Applications, Stage Stage, CloseReason? Reason = null, string? Note = null);

public sealed record BulkMoveOutcome(Guid ApplicationId, string? Name, bool Moved, string? Refusal);

public sealed record BulkMoveResponse(int Moved, int Refused, IReadOnlyList<BulkMoveOutcome> Outcomes);

public sealed record ScheduleInterviewRequest(DateTimeOffset Start, int DurationMinutes, long Version, string? Location = null);

public sealed record OfferRequest(long Version, decimal? Amount = null, string? Terms = null);

public sealed record PlaceRequest(
    DateOnly StartDate, EngagementTypes Engagement, long Version, decimal? FeeOrRate = null,
    DateOnly? EndDate = null, decimal? BillRate = null, double? HoursBudget = null);

public sealed record PlacementResponse(Guid PlacementId, Guid ApplicationId, Guid PositionId, Guid CandidateId, DateOnly StartDate, EngagementTypes Engagement,
    decimal? FeeOrRate, Guid? EngagementId, DateOnly? EngagementEnd, decimal? BillRate, double? HoursBudget);

public sealed record InterviewResponse(Guid InterviewId, Guid ApplicationId, DateTimeOffset Start, int DurationMinutes, string? Location, Stage Stage, long ApplicationVersion);

public sealed record ApplicationResponse(Guid Id, Guid PositionId, Guid CandidateId, Stage Stage, CloseReason? CloseReason, DateTimeOffset StageChangedAt,
    decimal? OfferAmount, string? OfferTerms, long Version)
{
    public static ApplicationResponse From(Application a) => new(a.Id, a.PositionId, a.CandidateId, a.Stage, a.CloseReason, a.StageChangedAt, a.OfferAmount, a.OfferTerms, a.Version);
}

/// <summary>Moves a scheduled interview: new start, length and place; the application's version guards against stale edits.</summary>
public sealed record RescheduleInterviewRequest(DateTimeOffset Start, int DurationMinutes, long Version, string? Location = null);

/// <summary>Cancels a scheduled interview, with an optional reason sent to the people invited.</summary>
public sealed record CancelInterviewRequest(long Version, string? Reason = null);
