using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Web.Seeding;

/// <summary>What the pipeline generator needs of a position; built from a new position or one read back from the database.</summary>
public sealed record DemoPositionTarget(Guid Id, PositionStatus Status, string Industry, string? Family, DateTimeOffset OpenedAt)
{
    /// <summary>Reads the target from a position; the role family is the requirement that names one.</summary>
    public static DemoPositionTarget From(Position position) => new(position.Id, position.Status, position.Industry,
        position.Requirements.FirstOrDefault(q => DemoCatalog.TaxonomyByCode.TryGetValue(q.TaxonomyCode, out var t) && t.Category == TaxonomyCategory.RoleFamily)?.TaxonomyCode,
        position.PublishedAt ?? position.CreatedAt);
}

public sealed partial class DemoDataGenerator
{
    private static readonly int[] MoveCounts = [0, 1, 2, 3, 4, 5];
    private static readonly int[] MoveWeights = [32, 25, 20, 13, 7, 3];

    /// <summary>
    /// With probability <paramref name="rate"/>, one or two applications of the candidate to published positions that
    /// fit the candidate's role family or industry, each moved a few allowed stages forward and some closed.
    /// </summary>
    public IReadOnlyList<Application> CreateApplications(DemoCandidate candidate, IReadOnlyList<DemoPositionTarget> targets, double rate)
    {
        var r = _pipeline;
        if (targets.Count == 0 || !r.Chance(rate)) return [];
        var fitting = targets.Where(t => t.Family == candidate.Family || t.Industry == candidate.Industry).ToList();
        var chosen = r.Sample(fitting.Count > 0 ? fitting : targets, r.Chance(0.3) ? 2 : 1);
        return chosen.Select(t => CreateApplication(r, candidate, t)).ToList();
    }

    private Application CreateApplication(DemoRandom r, DemoCandidate candidate, DemoPositionTarget target)
    {
        var earliest = target.OpenedAt > candidate.CreatedAt ? target.OpenedAt : candidate.CreatedAt;
        var at = Clamp(earliest + TimeSpan.FromTicks((long)((_now - earliest).Ticks * r.Double(0.05, 0.5))));
        var origin = r.Chance(0.55) ? ApplicationOrigin.Applied : ApplicationOrigin.Sourced;
        var note = origin == ApplicationOrigin.Applied && r.Chance(0.4)
            ? $"I would welcome a conversation about this role. {candidate.Candidate.Headline}"
            : null;
        var application = new Application(target.Id, candidate.Candidate.Id, origin, at, note);

        var moves = r.Weighted(MoveCounts, m => MoveWeights[m]);
        for (var i = 0; i < moves; i++)
        {
            Stage? next = application.Stage switch
            {
                Stage.Sourced => r.Chance(0.7) ? Stage.Screening : Stage.Submitted,
                Stage.ClientReview => r.Chance(0.8) ? Stage.Interview : Stage.Offer,
                Stage.Screening => Stage.Submitted,
                Stage.Submitted => Stage.ClientReview,
                Stage.Interview => Stage.Offer,
                _ => null, // an offer is left for the recruiter to turn into a placement
            };
            var step = at + TimeSpan.FromHours(r.Next(12, 6 * 24));
            if (next is not { } stage || step >= _now) break;
            at = step;
            application.MoveTo(stage, at, r.Chance(0.3) ? r.Pick(DemoCatalog.StageNotes) : null);
        }

        var closeAt = Clamp(at + TimeSpan.FromHours(r.Next(6, 5 * 24)));
        if (target.Status == PositionStatus.Closed)
            application.Close(CloseReason.PositionClosed, closeAt);
        else if (closeAt < _now && r.Chance(0.18))
            application.Close(r.Chance(0.75) ? CloseReason.Rejected : CloseReason.Withdrawn, closeAt,
                r.Chance(0.5) ? "Closed after review of rate and availability." : null);
        return application;
    }
}
