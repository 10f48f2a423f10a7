using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Parsing.Postings;

/// <summary>What a job posting says: the role, where and how it is worked, the pay, and its requirements.</summary>
public sealed record ParsedPosting
{
    /// <summary>The job title.</summary>
    public string? Title { get; init; }
    /// <summary>The employer or client, when named.</summary>
    public string? Employer { get; init; }
    /// <summary>The location as written.</summary>
    public string? Location { get; init; }
    /// <summary>Remote, hybrid or on site, when stated.</summary>
    public WorkplaceMode? Workplace { get; init; }
    /// <summary>Contract, contract-to-hire or permanent (None when not stated).</summary>
    public EngagementTypes Engagement { get; init; }
    /// <summary>The rate or salary band, when stated.</summary>
    public Compensation? Compensation { get; init; }
    /// <summary>Requirements mapped to the taxonomy, each with its importance and, when stated, minimum years.</summary>
    public IReadOnlyList<Requirement> Requirements { get; init; } = [];
    /// <summary>Codes of the certifications asked for.</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];
    /// <summary>The industry (taxonomy name), when one is named or implied.</summary>
    public string? Industry { get; init; }
    /// <summary>The overall minimum years of experience asked for.</summary>
    public double? MinimumYears { get; init; }
}
