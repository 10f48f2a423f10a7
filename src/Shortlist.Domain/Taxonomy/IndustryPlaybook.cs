using Shortlist.Domain.Common;

namespace Shortlist.Domain.Taxonomy;

/// <summary>A requirement a search in an industry usually carries.</summary>
public sealed record PlaybookItem(string TaxonomyCode, Importance Importance, double Weight = 1, double? MinimumYears = null)
{
    /// <summary>Checks the item.</summary>
    public PlaybookItem Validated()
    {
        TaxonomyEntry.NormalizeCode(TaxonomyCode);
        if (!Enum.IsDefined(Importance)) throw new DomainRuleException("Unknown importance.", "importance");
        if (Weight is < 0 or > 10 || !double.IsFinite(Weight)) throw new DomainRuleException("weight must be between 0 and 10.", "weight");
        if (MinimumYears is < 0 or > 60) throw new DomainRuleException("minimumYears must be between 0 and 60.", "minimumYears");
        return this with { TaxonomyCode = TaxonomyEntry.NormalizeCode(TaxonomyCode) };
    }
}

/// <summary>The requirements that searches in one industry usually carry (healthcare: HIPAA, EHR, HL7/FHIR; …).</summary>
public sealed class IndustryPlaybook : Entity
{
    private IndustryPlaybook() { IndustryCode = ""; Items = []; }

    /// <summary>Creates the playbook of an industry.</summary>
    public IndustryPlaybook(string industryCode, IEnumerable<PlaybookItem> items, DateTimeOffset now)
    {
        IndustryCode = TaxonomyEntry.NormalizeCode(industryCode);
        Items = [];
        SetItems(items, now);
    }

    /// <summary>The taxonomy code of the industry.</summary>
    public string IndustryCode { get; private set; }

    /// <summary>The usual requirements, most important first.</summary>
    public IReadOnlyList<PlaybookItem> Items { get; private set; }

    /// <summary>Replaces the items; each code appears once.</summary>
    public void SetItems(IEnumerable<PlaybookItem> items, DateTimeOffset now)
    {
        var list = items.Select(i => i.Validated()).ToList();
        var duplicate = list.GroupBy(i => i.TaxonomyCode).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainRuleException($"'{duplicate.Key}' appears more than once.", "items");
        Items = list;
        Touch(now);
    }
}
