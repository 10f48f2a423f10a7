using Shortlist.Domain.Common;

namespace Shortlist.Domain.Positions;

/// <summary>One criterion of a position: a taxonomy entry with its importance, weight, and optional minimum years and recency.</summary>
public sealed record Requirement
{
    /// <summary>The highest weight a requirement may carry.</summary>
    public const double MaxWeight = 10;

    /// <summary>Creates a requirement and checks it.</summary>
    public Requirement(string taxonomyCode, string label, Importance importance, double weight = 1, double? minimumYears = null, int? recencyYears = null)
    {
        TaxonomyCode = Guard.Text(taxonomyCode, "taxonomyCode", 100).ToLowerInvariant();
        Label = Guard.Text(label, "label");
        Importance = Enum.IsDefined(importance) ? importance : throw new DomainRuleException("Unknown importance.", "importance");
        Weight = weight is >= 0 and <= MaxWeight && double.IsFinite(weight) ? weight : throw new DomainRuleException($"weight must be between 0 and {MaxWeight}.", "weight");
        MinimumYears = minimumYears is null or (>= 0 and <= 60) ? minimumYears : throw new DomainRuleException("minimumYears must be between 0 and 60.", "minimumYears");
        RecencyYears = recencyYears is null or (>= 0 and <= 60) ? recencyYears : throw new DomainRuleException("recencyYears must be between 0 and 60.", "recencyYears");
    }

    /// <summary>The code of the taxonomy entry (skill, certification, industry, methodology, role family).</summary>
    public string TaxonomyCode { get; init; }
    /// <summary>The name shown to people.</summary>
    public string Label { get; init; }
    /// <summary>Must, strong or nice.</summary>
    public Importance Importance { get; init; }
    /// <summary>Relative weight in the score, 0 to <see cref="MaxWeight"/>.</summary>
    public double Weight { get; init; }
    /// <summary>Years of use required, when it matters.</summary>
    public double? MinimumYears { get; init; }
    /// <summary>Used within this many years, when it matters.</summary>
    public int? RecencyYears { get; init; }
}
