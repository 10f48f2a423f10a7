using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>A contract placement with an engagement, made through the domain (an offer placed, then the engagement started).</summary>
public static class EngagementSeed
{
    public sealed record Seeded(Guid EngagementId, Guid PlacementId, Guid PositionId, DateOnly Start, DateOnly End);

    public static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    /// <summary>An engagement of the candidate at the organization: started four weeks ago, ending in about two months.</summary>
    public static Task<Seeded> CreateAsync(AppFixture app, Guid organizationId, Guid candidateId, double hoursBudget = 400, decimal rate = 100m,
        DateOnly? start = null, DateOnly? end = null) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var from = start ?? Today.AddDays(-28);
        var to = end ?? Today.AddDays(60);
        var position = World.NewPosition(organizationId, $"Contract project manager {Guid.NewGuid():N}"[..36], now);
        db.Positions.Add(position);
        var application = new Application(position.Id, candidateId, ApplicationOrigin.Applied, now);
        foreach (var stage in new[] { Stage.Submitted, Stage.ClientReview, Stage.Interview, Stage.Offer }) application.MoveTo(stage, now);
        var placement = application.Place(from, EngagementTypes.Contract, rate, now);
        var engagement = placement.StartEngagement(to, rate, hoursBudget, now);
        db.Applications.Add(application);
        db.Placements.Add(placement);
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync();
        return new Seeded(engagement.Id, placement.Id, position.Id, from, to);
    });
}
