using Shortlist.Domain.Taxonomy;

namespace Shortlist.Matching.Querying;

/// <summary>
/// The taxonomy's "narrower than" relation, for crediting a narrower entry against a broader requirement
/// (Epic for EHR, Scrum for Agile). Industries and role families are not expanded: a healthcare requirement
/// means healthcare years, not every healthcare topic.
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

    /// <summary>Codes narrower than <paramref name="code"/>, two levels deep, or none for industries and role families.</summary>
    public IReadOnlyList<string> Narrower(string code)
    {
        if (_category.TryGetValue(code, out var c) && c is TaxonomyCategory.Industry or TaxonomyCategory.RoleFamily) return [];
        if (!_children.TryGetValue(code, out var children)) return [];
        var result = new List<string>();
        foreach (var child in children)
        {
            if (_category.TryGetValue(child, out var cc) && cc is TaxonomyCategory.Industry or TaxonomyCategory.RoleFamily) continue;
            result.Add(child);
            if (_children.TryGetValue(child, out var grand))
                result.AddRange(grand.Where(g => !_category.TryGetValue(g, out var gc) || gc is not (TaxonomyCategory.Industry or TaxonomyCategory.RoleFamily)));
        }
        return result;
    }
}
