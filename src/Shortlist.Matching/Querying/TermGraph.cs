using Shortlist.Domain.Taxonomy;

namespace Shortlist.Matching.Querying;

/// <summary>
/// The taxonomy's "narrower than" relation, for crediting a narrower entry against a broader requirement
/// (Epic for EHR, Scrum for Agile, a business systems analyst for a business analyst). Industries are not expanded: a
/// healthcare requirement means healthcare years, not every healthcare topic.
/// </summary>
public sealed class TermGraph
{
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaxonomyCategory> _category = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>No relations.</summary>
    public static TermGraph Empty { get; } = new([]);

    /// <summary>A graph from (code, name, category, parent) entries.</summary>
    public TermGraph(IEnumerable<(string Code, string Name, TaxonomyCategory Category, string? Parent)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (code, name, category, parent) in entries)
        {
            _category[code] = category;
            _names[code] = name;
            if (string.IsNullOrEmpty(parent)) continue;
            if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
            list.Add(code);
        }
    }

    /// <summary>A graph from the taxonomy's terms.</summary>
    public static TermGraph From(IEnumerable<TaxonomyTerm> terms) => new(terms.Select(t => (t.Code, t.Name, t.Category, t.ParentCode)));

    /// <summary>The display name of a code, or the code.</summary>
    public string NameOf(string code) => _names.TryGetValue(code, out var n) ? n : code;

    /// <summary>
    /// Codes narrower than <paramref name="code"/>, two levels deep: none for industries; for a role family only narrower role
    /// families (a business systems analyst is a business analyst); for anything else narrower entries that are not
    /// industries or role families.
    /// </summary>
    public IReadOnlyList<string> Narrower(string code)
    {
        var category = _category.TryGetValue(code, out var c) ? c : (TaxonomyCategory?)null;
        if (category == TaxonomyCategory.Industry) return [];
        if (!_children.TryGetValue(code, out var children)) return [];
        bool Counts(string child)
        {
            var cc = _category.TryGetValue(child, out var x) ? x : (TaxonomyCategory?)null;
            return category == TaxonomyCategory.RoleFamily
                ? cc == TaxonomyCategory.RoleFamily
                : cc is not (TaxonomyCategory.Industry or TaxonomyCategory.RoleFamily);
        }
        var result = new List<string>();
        foreach (var child in children.Where(Counts))
        {
            result.Add(child);
            if (_children.TryGetValue(child, out var grand)) result.AddRange(grand.Where(Counts));
        }
        return result;
    }
}
