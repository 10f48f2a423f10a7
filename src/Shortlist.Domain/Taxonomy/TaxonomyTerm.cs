namespace Shortlist.Domain.Taxonomy;

/// <summary>
/// A taxonomy entry as the curated data file and the parsers see it: code, canonical name, category, aliases
/// (other names and spellings) and the broader entry. <see cref="TaxonomyEntry"/> is its stored, editable form.
/// </summary>
public sealed record TaxonomyTerm(string Code, string Name, TaxonomyCategory Category, IReadOnlyList<string> Aliases, string? ParentCode)
{
    /// <summary>The term of a stored entry.</summary>
    public static TaxonomyTerm From(TaxonomyEntry entry) => new(entry.Code, entry.Name, entry.Category, entry.Aliases, entry.ParentCode);

    /// <summary>
    /// The mark of an alias that is read only as written, case included: "=Epic" is the EHR in "experience with Epic", not
    /// the user-story "epic"; "=SAFe" is the framework, not "safe". Other aliases and names are read in any case.
    /// </summary>
    public const char ExactMark = '=';

    /// <summary>True when <paramref name="alias"/> is read only as written (it starts with <see cref="ExactMark"/>).</summary>
    public static bool IsExact(string alias) => alias.Length > 1 && alias[0] == ExactMark;

    /// <summary>The alias as text says it, without the exact mark: "=Epic" → "Epic".</summary>
    public static string Surface(string alias) => IsExact(alias) ? alias[1..] : alias;
}
