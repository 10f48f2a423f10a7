using Shortlist.Domain.Positions;
using Shortlist.Domain.Searches;

namespace Shortlist.Web.Features.Searches;

public sealed record SearchSummary(
    Guid PositionId, string Title, string? Organization, PositionStatus PositionStatus, Guid? RecruiterId, DateOnly Started,
    DateOnly? ShortlistBy, DateOnly? FillBy, int Submitted, bool Placed, double HoursLogged, double? HoursBudget, decimal? FeeBudget,
    SearchStatus Status, string Reason, IReadOnlyList<string> Reasons);

public sealed record EffortEntryResponse(Guid Id, DateOnly Date, double Hours, string? Note, Guid UserId, string? UserName);

public sealed record BurnPoint(DateOnly Date, double CumulativeHours);

public sealed record SearchDetail(SearchSummary Summary, IReadOnlyList<EffortEntryResponse> Entries, IReadOnlyList<BurnPoint> Burn, DateOnly Today);

public sealed record LogHoursRequest(DateOnly Date, double Hours, string? Note = null);
