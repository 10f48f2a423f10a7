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

    /// <summary>
    /// The mark of an alias that reads a name as this term only when the same line names a term at or under one of the
    /// codes listed after it, each after a bar: "~Oracle|relational-databases|nosql|sql" on Oracle Database reads "Oracle"
    /// as the database in "SQL Server, Oracle, MySQL" and leaves it to the term that owns the name (Oracle, the vendor's
    /// applications) elsewhere. Such an alias is never a name of the term by itself.
    /// </summary>
    public const char ContextMark = '~';

    /// <summary>True when <paramref name="alias"/> is read only beside the terms it lists (it starts with <see cref="ContextMark"/>).</summary>
    public static bool IsContextual(string alias) => alias.Length > 1 && alias[0] == ContextMark;

    /// <summary>True when <paramref name="alias"/> is read anywhere and in any case: neither exact nor contextual.</summary>
    public static bool IsPlain(string alias) => !IsExact(alias) && !IsContextual(alias);

    /// <summary>The alias as text says it, without its mark: "=Epic" → "Epic", "~Oracle|sql" → "Oracle".</summary>
    public static string Surface(string alias)
        => IsExact(alias) ? alias[1..] : IsContextual(alias) ? alias[1..].Split('|')[0].Trim() : alias;

    /// <summary>The codes a contextual alias needs beside it ("~Oracle|relational-databases|sql" → both); empty for other aliases.</summary>
    public static IReadOnlyList<string> Contexts(string alias)
        => IsContextual(alias)
            ? [.. alias[1..].Split('|').Skip(1).Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0)]
            : [];
}
