namespace Shortlist.Domain.Taxonomy;

/// <summary>
/// A taxonomy entry as the curated data file and the parsers see it: code, canonical name, category, aliases
/// (other names and spellings) and the broader entry. <see cref="TaxonomyEntry"/> is its stored, editable form.
/// </summary>
public sealed record TaxonomyTerm(string Code, string Name, TaxonomyCategory Category, IReadOnlyList<string> Aliases, string? ParentCode)
{
    /// <summary>The term of a stored entry.</summary>
    public static TaxonomyTerm From(TaxonomyEntry entry) => new(entry.Code, entry.Name, entry.Category, entry.Aliases, entry.ParentCode);
}
