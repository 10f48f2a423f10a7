using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Domain.Tests.Pipeline;

/// <summary>Builds applications that stand at a given stage, reached through the public API.</summary>
internal static class Applications
{
    public static readonly Guid PositionId = Guid.Parse("0196a1e0-0000-7000-8000-000000000001");
    public static readonly Guid CandidateId = Guid.Parse("0196a1e0-0000-7000-8000-000000000002");
    public static readonly DateOnly PlacementStart = new(2025, 4, 1);

    /// <summary>An application at <paramref name="stage"/>; every set-up step happens before <see cref="TestClock.Later"/>.</summary>
    public static Application At(Stage stage)
    {
        var origin = stage is Stage.Sourced or Stage.Closed ? ApplicationOrigin.Sourced : ApplicationOrigin.Applied;
        var application = new Application(PositionId, CandidateId, origin, TestClock.Now);
        var minute = 0;
        DateTimeOffset Next() => TestClock.Now.AddMinutes(++minute);

        Stage[] path = stage switch
        {
            Stage.Sourced or Stage.Screening or Stage.Closed => [],
            Stage.Submitted => [Stage.Submitted],
            Stage.ClientReview => [Stage.Submitted, Stage.ClientReview],
            Stage.Interview => [Stage.Submitted, Stage.ClientReview, Stage.Interview],
            Stage.Offer or Stage.Placed => [Stage.Submitted, Stage.ClientReview, Stage.Interview, Stage.Offer],
            _ => throw new ArgumentOutOfRangeException(nameof(stage)),
        };
        foreach (var step in path) application.MoveTo(step, Next());

        if (stage == Stage.Placed) application.Place(PlacementStart, EngagementTypes.Contract, 95m, Next());
        if (stage == Stage.Closed) application.Close(CloseReason.Rejected, Next());
        return application;
    }

    /// <summary>A contract placement made from an offer.</summary>
    public static Placement Placement(EngagementTypes engagement = EngagementTypes.Contract, decimal? feeOrRate = 95m)
        => At(Stage.Offer).Place(PlacementStart, engagement, feeOrRate, TestClock.Later);
}
