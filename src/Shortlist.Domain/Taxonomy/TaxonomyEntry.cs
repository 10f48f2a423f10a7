using Shortlist.Domain.Common;

namespace Shortlist.Domain.Taxonomy;

/// <summary>The kind of thing a taxonomy entry names.</summary>
public enum TaxonomyCategory
{
    /// <summary>Agile, Scrum, PRINCE2, …</summary>
    Methodology,
    /// <summary>PMP, CBAP, …</summary>
    Certification,
    /// <summary>HIPAA, SOX, PCI DSS, …</summary>
    Regulation,
    /// <summary>SAP, Epic, Salesforce, …</summary>
    Platform,
    /// <summary>Jira, MS Project, …</summary>
    Tool,
    /// <summary>EHR, core banking, payments, …</summary>
    Domain,
    /// <summary>Healthcare, financial services, retail, …</summary>
    Industry,
    /// <summary>Project manager, business systems analyst, …</summary>
    RoleFamily,
    /// <summary>Stakeholder management, negotiation, …</summary>
    SoftSkill,
    /// <summary>A technique or other skill (BPMN, UAT, …).</summary>
    Skill,
}

/// <summary>A canonical skill, certification, industry, methodology or role family, with aliases and a parent.</summary>
public sealed class TaxonomyEntry : Entity
{
    private TaxonomyEntry() { Code = ""; Name = ""; Aliases = []; }

    /// <summary>Creates an entry; the code is its stable identity across installations.</summary>
    public TaxonomyEntry(string code, string name, TaxonomyCategory category, IEnumerable<string> aliases, string? parentCode, DateTimeOffset now)
    {
        Code = NormalizeCode(code);
        Name = ""; Aliases = [];
        Update(name, category, aliases, parentCode, now);
    }

    /// <summary>Stable code, lower case with dashes, e.g. "pmp" or "epic-ehr".</summary>
    public string Code { get; private set; }
    /// <summary>The canonical name.</summary>
    public string Name { get; private set; }
    /// <summary>The category.</summary>
    public TaxonomyCategory Category { get; private set; }
    /// <summary>Other names and spellings ("Project Management Professional").</summary>
    public List<string> Aliases { get; private set; }
    /// <summary>The broader entry (Epic → EHR → healthcare).</summary>
    public string? ParentCode { get; private set; }

    /// <summary>Changes the entry.</summary>
    public void Update(string name, TaxonomyCategory category, IEnumerable<string> aliases, string? parentCode, DateTimeOffset now)
    {
        var checkedName = Guard.Text(name, "name");
        if (!Enum.IsDefined(category)) throw new DomainRuleException("Unknown category.", "category");
        var checkedAliases = aliases.Select(a => Guard.Text(a, "aliases")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var parent = parentCode is null ? null : NormalizeCode(parentCode);
        if (parent == Code) throw new DomainRuleException("An entry cannot be its own parent.", "parentCode");
        (Name, Category, Aliases, ParentCode) = (checkedName, category, checkedAliases, parent);
        Touch(now);
    }

    /// <summary>Checks and normalizes a code.</summary>
    public static string NormalizeCode(string code)
    {
        var c = Guard.Text(code, "code", 100).ToLowerInvariant();
        return c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.' or '+' or '#')
            ? c
            : throw new DomainRuleException("A code holds only letters, digits, '-', '.', '+' and '#'.", "code");
    }
}
