using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Index;

namespace Shortlist.Matching.Querying;

/// <summary>One requirement of a search: a taxonomy entry with its importance, weight, and optional minimum years and recency.</summary>
public sealed record MatchRequirement(string Code, string Label, Importance Importance, double Weight = 1, double? MinimumYears = null, int? RecencyYears = null)
{
    /// <summary>From a position's requirement.</summary>
    public static MatchRequirement From(Requirement r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.TaxonomyCode, r.Label, r.Importance, r.Weight, r.MinimumYears, r.RecencyYears);
    }
}

/// <summary>What a candidate must accept or be: place, engagement, pay, start and the right to work.</summary>
public sealed record MatchConstraints
{
    /// <summary>Where the work is; with <see cref="RadiusKm"/>, candidates farther away are out unless the work is remote.</summary>
    public double? Latitude { get; init; }
    /// <summary>Where the work is.</summary>
    public double? Longitude { get; init; }
    /// <summary>How far from the place candidates may live, for on-site and hybrid work.</summary>
    public double? RadiusKm { get; init; }
    /// <summary>On site, hybrid or remote.</summary>
    public WorkplaceMode Workplace { get; init; } = WorkplaceMode.Hybrid;
    /// <summary>The engagement types offered; a candidate must accept at least one. None = any.</summary>
    public EngagementTypes Engagement { get; init; }
    /// <summary>The most the position pays, per hour (salaries converted at 2,080 hours a year).</summary>
    public double? MaxHourlyRate { get; init; }
    /// <summary>The lower end of the pay band, per hour.</summary>
    public double? MinHourlyRate { get; init; }
    /// <summary>The candidate must be available by this day.</summary>
    public DateOnly? AvailableBy { get; init; }
    /// <summary>The candidate must already be allowed to work (no sponsorship).</summary>
    public bool RequiresWorkAuthorization { get; init; }

    /// <summary>No constraint.</summary>
    public static MatchConstraints None { get; } = new();
}

/// <summary>How much each part of the score counts, in points out of 100 before normalisation.</summary>
public sealed record ScoringProfile
{
    /// <summary>Requirements met, weighted.</summary>
    public double Requirements { get; init; } = 70;
    /// <summary>Years in the position's industry.</summary>
    public double Industry { get; init; } = 8;
    /// <summary>Total years against the seniority the requirements imply.</summary>
    public double Seniority { get; init; } = 7;
    /// <summary>Budgets and teams led, delivery on time and on budget.</summary>
    public double TrackRecord { get; init; } = 7;
    /// <summary>Expected pay within the band.</summary>
    public double Rate { get; init; } = 4;
    /// <summary>Available soon enough.</summary>
    public double Availability { get; init; } = 4;
    /// <summary>Text similarity between the description and the profile, applied to the top of the list.</summary>
    public double Text { get; init; } = 10;
    /// <summary>Credit requirements by years and recency (off: presence only).</summary>
    public bool YearsAndRecency { get; init; } = true;
    /// <summary>Let narrower taxonomy entries satisfy a broader requirement (Epic for EHR) at <see cref="NarrowerCredit"/>.</summary>
    public bool Narrower { get; init; } = true;
    /// <summary>Credit for a narrower entry.</summary>
    public double NarrowerCredit { get; init; } = 0.85;

    /// <summary>The default profile.</summary>
    public static ScoringProfile Default { get; } = new();

    /// <summary>Requirements only, each present or not, exact entries only: the semantics a keyword engine can reproduce.</summary>
    public static ScoringProfile SkillsOnly { get; } = new()
    {
        Industry = 0, Seniority = 0, TrackRecord = 0, Rate = 0, Availability = 0, Text = 0, YearsAndRecency = false, Narrower = false,
    };
}

/// <summary>A search of the talent pool: requirements, constraints and how to score.</summary>
public sealed record MatchQuery
{
    /// <summary>The requirements.</summary>
    public IReadOnlyList<MatchRequirement> Requirements { get; init; } = [];
    /// <summary>The constraints.</summary>
    public MatchConstraints Constraints { get; init; } = MatchConstraints.None;
    /// <summary>The position's industry (a taxonomy code), for industry years.</summary>
    public string? Industry { get; init; }
    /// <summary>Years of experience the role calls for; derived from the requirements when not given.</summary>
    public double? TargetYears { get; init; }
    /// <summary>The description's int8 embedding, for the text refinement.</summary>
    public sbyte[]? Embedding { get; init; }
    /// <summary>Today, for recency and availability.</summary>
    public DateOnly Today { get; init; }
    /// <summary>How many results to return.</summary>
    public int Top { get; init; } = 50;
    /// <summary>Offset into the ranking, for paging.</summary>
    public int Skip { get; init; }
    /// <summary>How many of the best by the structured score the text similarity re-ranks.</summary>
    public int RefineWindow { get; init; } = 200;
    /// <summary>Also count, per must-have and constraint, the candidates who fail only that one.</summary>
    public bool WhatIf { get; init; }
    /// <summary>How many of the best relaxed candidates to name per what-if.</summary>
    public int WhatIfTop { get; init; } = 3;
    /// <summary>
    /// Count every candidate who passes the must-haves and constraints. Off, the walk may skip candidates that cannot reach
    /// the page, and <see cref="Results.MatchResult.Qualified"/> is then a lower bound (<see cref="Results.MatchResult.QualifiedIsExact"/> false).
    /// What-if always counts exactly.
    /// </summary>
    public bool ExactCount { get; init; }
    /// <summary>Compute explanations (requirement outcomes and contributions) for the results.</summary>
    public bool Explain { get; init; } = true;
    /// <summary>The scoring profile.</summary>
    public ScoringProfile Scoring { get; init; } = ScoringProfile.Default;

    /// <summary>The query for a position as it is saved.</summary>
    public static MatchQuery For(Position position, DateOnly today, sbyte[]? embedding = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        var remote = position.Workplace == WorkplaceMode.Remote;
        var comp = position.Compensation;
        return new MatchQuery
        {
            Requirements = [.. position.Requirements.Select(MatchRequirement.From)],
            Industry = string.IsNullOrWhiteSpace(position.Industry) ? null : position.Industry.Trim().ToLowerInvariant(),
            Embedding = embedding,
            Today = today,
            Constraints = new MatchConstraints
            {
                Latitude = remote ? null : position.Location?.Latitude,
                Longitude = remote ? null : position.Location?.Longitude,
                RadiusKm = remote ? null : position.RadiusKm,
                Workplace = position.Workplace,
                Engagement = position.Engagement,
                MaxHourlyRate = CandidateDocument.HourlyOf(comp, upper: true),
                MinHourlyRate = comp?.Minimum is null ? null : CandidateDocument.HourlyOf(comp),
                AvailableBy = position.StartDate,
                RequiresWorkAuthorization = position.RequiresWorkAuthorization,
            },
        };
    }
}
