using Shortlist.Matching.Querying;

namespace Shortlist.Matching.Results;

/// <summary>Score bands people understand.</summary>
public enum Band
{
    /// <summary>Below 45.</summary>
    Weak,
    /// <summary>45 to 65.</summary>
    Fair,
    /// <summary>65 to 80.</summary>
    Good,
    /// <summary>80 and above.</summary>
    Excellent,
}

/// <summary>How a requirement was met.</summary>
public enum Outcome
{
    /// <summary>Fully.</summary>
    Met,
    /// <summary>Partly: fewer years than asked, not recent, or through a narrower entry.</summary>
    Partly,
    /// <summary>Not at all.</summary>
    Missing,
}

/// <summary>The constraints a search checks.</summary>
public enum ConstraintKind
{
    /// <summary>Lives within the radius, or the work is remote; wants the workplace mode offered.</summary>
    Location,
    /// <summary>Accepts an engagement type offered.</summary>
    Engagement,
    /// <summary>Expects no more than the position pays.</summary>
    Rate,
    /// <summary>Available within a month of the start.</summary>
    Availability,
    /// <summary>Allowed to work without sponsorship.</summary>
    Authorization,
}

/// <summary>A constraint's result for one candidate.</summary>
public enum Check
{
    /// <summary>Met.</summary>
    Passed,
    /// <summary>Not met.</summary>
    Failed,
    /// <summary>The profile does not say; not held against the candidate.</summary>
    Unknown,
}

/// <summary>Where in the profile a requirement was found.</summary>
/// <param name="Role">The role's title, when the evidence is a role.</param>
/// <param name="Employer">The employer.</param>
/// <param name="Years">The role's dates as people write them, e.g. "2019–present".</param>
/// <param name="Words">The words of the profile that mention it.</param>
public sealed record Evidence(string? Role, string? Employer, string? Years, string? Words);

/// <summary>How one requirement was met by one candidate and what it added to the score.</summary>
public sealed record RequirementResult(
    MatchRequirement Requirement, Outcome Outcome, string? MatchedCode, double Years, int? LastUsedYear, double Credit, double Points, double MaxPoints, string Note)
{
    /// <summary>Where in the profile it shows.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>A constraint checked for one candidate.</summary>
public sealed record ConstraintResult(ConstraintKind Kind, Check Check, string Detail);

/// <summary>A part of the score other than the requirements.</summary>
public sealed record ScorePart(string Name, double Points, double MaxPoints, string Detail);

/// <summary>One ranked candidate with the explanation of the score; the points of the requirements and parts add up to <see cref="Score"/>.</summary>
public sealed record MatchHit(Guid CandidateId, int Rank, double Score, Band Band)
{
    /// <summary>Each requirement's outcome.</summary>
    public IReadOnlyList<RequirementResult> Requirements { get; init; } = [];
    /// <summary>The constraints checked.</summary>
    public IReadOnlyList<ConstraintResult> Constraints { get; init; } = [];
    /// <summary>Industry, seniority, track record, rate, availability and text similarity.</summary>
    public IReadOnlyList<ScorePart> Parts { get; init; } = [];
    /// <summary>Cosine similarity between the description and the profile, when both have embeddings.</summary>
    public double? TextSimilarity { get; init; }

    /// <summary>The band of a score.</summary>
    public static Band BandOf(double score) => score switch { >= 80 => Band.Excellent, >= 65 => Band.Good, >= 45 => Band.Fair, _ => Band.Weak };
}

/// <summary>A candidate who would qualify if one must-have or constraint were relaxed.</summary>
public sealed record RelaxedCandidate(Guid CandidateId, double Score);

/// <summary>What relaxing one must-have or constraint would add.</summary>
/// <param name="Kind">"requirement" or "constraint".</param>
/// <param name="Key">The requirement's taxonomy code or the constraint's name.</param>
/// <param name="Label">What people read.</param>
/// <param name="MoreCandidates">How many more candidates would qualify.</param>
/// <param name="Best">The best of them, by the score they would get.</param>
public sealed record WhatIf(string Kind, string Key, string Label, int MoreCandidates, IReadOnlyList<RelaxedCandidate> Best);

/// <summary>A ranking.</summary>
/// <param name="Qualified">How many candidates pass every must-have and constraint.</param>
/// <param name="Hits">The requested page of the ranking.</param>
/// <param name="WhatIf">Per must-have and constraint, when asked.</param>
/// <param name="Searched">How many candidates the index holds.</param>
public sealed record MatchResult(int Qualified, IReadOnlyList<MatchHit> Hits, IReadOnlyList<WhatIf> WhatIf, int Searched)
{
    /// <summary>False when the walk skipped candidates that could not reach the top, so <see cref="Qualified"/> counts only those it visited.</summary>
    public bool QualifiedIsExact { get; init; } = true;
}
