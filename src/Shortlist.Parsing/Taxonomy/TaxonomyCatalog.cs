using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Parsing.Taxonomy;

/// <summary>The requirements that searches in one industry usually carry, as the taxonomy data file lists them.</summary>
/// <param name="Industry">The code of an <see cref="TaxonomyCategory.Industry"/> entry.</param>
/// <param name="Items">The usual requirements, most important first; each code appears once.</param>
public sealed record TaxonomyPlaybook(string Industry, IReadOnlyList<PlaybookItem> Items);

/// <summary>
/// The curated skills taxonomy: canonical entries with their category, aliases (other names and spellings) and broader
/// entry, and the industry playbooks. <see cref="Embedded"/> is the versioned file shipped inside this assembly
/// (built partly from O*NET and ESCO, see NOTICE); <see cref="Parse"/> reads and checks any file of the same format.
/// </summary>
public sealed class TaxonomyCatalog
{
    /// <summary>The manifest resource name of the shipped data file.</summary>
    public const string ResourceName = "Shortlist.Parsing.Taxonomy.taxonomy.json";

    private static readonly Lazy<TaxonomyCatalog> EmbeddedCatalog = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, TaxonomyTerm> _byCode;
    private readonly Dictionary<string, TaxonomyTerm> _bySurface;

    private TaxonomyCatalog(int version, IReadOnlyList<string> sources, IReadOnlyList<TaxonomyTerm> terms,
        IReadOnlyList<TaxonomyPlaybook> playbooks, Dictionary<string, TaxonomyTerm> byCode, Dictionary<string, TaxonomyTerm> bySurface)
    {
        (Version, Sources, Terms, Playbooks) = (version, sources, terms, playbooks);
        (_byCode, _bySurface) = (byCode, bySurface);
    }

    /// <summary>The taxonomy shipped with Shortlist, read once from the embedded resource on first use.</summary>
    public static TaxonomyCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>The version of the data file; it grows whenever the curated content changes.</summary>
    public int Version { get; }

    /// <summary>The credits of the data the file was built from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Every entry, broader entries before narrower ones.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    /// <summary>The industry playbooks.</summary>
    public IReadOnlyList<TaxonomyPlaybook> Playbooks { get; }

    /// <summary>The entry with <paramref name="code"/> (case and surrounding space ignored), or null.</summary>
    public TaxonomyTerm? Find(string code)
        => string.IsNullOrWhiteSpace(code) ? null : _byCode.GetValueOrDefault(code.Trim().ToLowerInvariant());

    /// <summary>
    /// The entry whose canonical name or one of whose aliases is exactly <paramref name="text"/>, comparing without regard
    /// to case or runs of white space ("ms project" finds Microsoft Project); null when none is.
    /// </summary>
    public TaxonomyTerm? FindByName(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = SurfaceKey(text);
        if (_bySurface.GetValueOrDefault(key) is not { } term) return null;
        // An alias read only as written ("=Epic") names its term only when written so: "Epic", not "epic".
        if (term.Aliases.FirstOrDefault(a => TaxonomyTerm.IsExact(a) && SurfaceKey(TaxonomyTerm.Surface(a)) == key) is { } exact
            && !string.Equals(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), TaxonomyTerm.Surface(exact), StringComparison.Ordinal)) return null;
        return term;
    }

    /// <summary>The broader entries of <paramref name="code"/>, nearest first (Epic: EHR, then healthcare); empty when unknown.</summary>
    public IEnumerable<TaxonomyTerm> Ancestors(string code)
    {
        var term = Find(code);
        while (term?.ParentCode is { } parent && _byCode.TryGetValue(parent, out var next))
        {
            yield return next;
            term = next;
        }
    }

    /// <summary>The playbook of <paramref name="industryCode"/>, or null.</summary>
    public TaxonomyPlaybook? PlaybookOf(string industryCode)
        => Find(industryCode) is { } industry ? Playbooks.FirstOrDefault(p => p.Industry == industry.Code) : null;

    /// <summary>
    /// Reads a taxonomy file (camelCase JSON, enums as names) and checks it: codes valid and unique, names and aliases
    /// unique across entries regardless of case, parents known and free of cycles, categories and importances known,
    /// playbooks naming known industries and entries.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is malformed or breaks one of the rules; the message names the entry.</exception>
    public static TaxonomyCatalog Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TaxonomyFileDto file;
        try
        {
            file = JsonSerializer.Deserialize(json, TaxonomyJsonContext.Default.TaxonomyFileDto)
                ?? throw new InvalidDataException("The taxonomy file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The taxonomy file is not valid: {e.Message}", e);
        }
        return Build(file);
    }

    private static TaxonomyCatalog LoadEmbedded()
    {
        using var stream = typeof(TaxonomyCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        return Parse(stream);
    }

    private static TaxonomyCatalog Build(TaxonomyFileDto file)
    {
        if (file.Version < 1) throw new InvalidDataException("The taxonomy file needs a version of 1 or more.");
        if (file.Entries is not { Count: > 0 } entries) throw new InvalidDataException("The taxonomy file has no entries.");

        var terms = new List<TaxonomyTerm>(entries.Count);
        var byCode = new Dictionary<string, TaxonomyTerm>(StringComparer.Ordinal);
        var bySurface = new Dictionary<string, TaxonomyTerm>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var term = ToTerm(entries[i], i);
            if (!byCode.TryAdd(term.Code, term)) throw Invalid(term.Code, "the code appears more than once");
            // A contextual alias ("~Oracle|sql") re-reads another term's name; it is no name of its own.
            foreach (var surface in term.Aliases.Where(a => !TaxonomyTerm.IsContextual(a)).Prepend(term.Name))
            {
                if (bySurface.TryGetValue(SurfaceKey(TaxonomyTerm.Surface(surface)), out var owner))
                {
                    throw ReferenceEquals(owner, term)
                        ? Invalid(term.Code, $"'{surface}' appears more than once among its name and aliases")
                        : Invalid(term.Code, $"the alias or name '{surface}' is already used by entry '{owner.Code}'");
                }
                bySurface.Add(SurfaceKey(TaxonomyTerm.Surface(surface)), term);
            }
            terms.Add(term);
        }

        foreach (var term in terms)
        {
            foreach (var alias in term.Aliases.Where(TaxonomyTerm.IsContextual))
            {
                var contexts = TaxonomyTerm.Contexts(alias);
                if (TaxonomyTerm.Surface(alias).Length == 0 || contexts.Count == 0)
                    throw Invalid(term.Code, $"the alias '{alias}' needs a name and, after a bar, the codes it is read beside");
                if (contexts.FirstOrDefault(c => !byCode.ContainsKey(c)) is { } unknown)
                    throw Invalid(term.Code, $"the alias '{alias}' names '{unknown}', which does not exist");
            }
            if (term.ParentCode is null) continue;
            if (!byCode.ContainsKey(term.ParentCode)) throw Invalid(term.Code, $"the parent '{term.ParentCode}' does not exist");
            var seen = new HashSet<string>(StringComparer.Ordinal) { term.Code };
            for (var parent = term.ParentCode; parent is not null; parent = byCode[parent].ParentCode)
            {
                if (!seen.Add(parent)) throw Invalid(term.Code, $"its parents form a cycle through '{parent}'");
            }
        }

        var playbooks = new List<TaxonomyPlaybook>();
        foreach (var dto in file.Playbooks ?? [])
        {
            var playbook = ToPlaybook(dto, byCode);
            if (playbooks.Any(p => p.Industry == playbook.Industry))
                throw new InvalidDataException($"Playbook '{playbook.Industry}': the industry has more than one playbook.");
            playbooks.Add(playbook);
        }

        var sources = (file.Sources ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        return new TaxonomyCatalog(file.Version, sources, terms, playbooks, byCode, bySurface);
    }

    private static TaxonomyTerm ToTerm(EntryDto dto, int index)
    {
        var label = string.IsNullOrWhiteSpace(dto.Code) ? $"#{index + 1}" : dto.Code.Trim();
        try
        {
            var code = TaxonomyEntry.NormalizeCode(dto.Code ?? "");
            var name = Guard.Text(dto.Name, "name");
            if (dto.Category is null || !Enum.GetNames<TaxonomyCategory>().Contains(dto.Category, StringComparer.Ordinal))
                throw Invalid(label, $"the category '{dto.Category}' is not one of {string.Join(", ", Enum.GetNames<TaxonomyCategory>())}");
            var category = Enum.Parse<TaxonomyCategory>(dto.Category);
            var aliases = (dto.Aliases ?? []).Select(a => Guard.Text(a, "aliases")).ToList();
            var parent = string.IsNullOrWhiteSpace(dto.Parent) ? null : TaxonomyEntry.NormalizeCode(dto.Parent);
            if (parent == code) throw Invalid(label, "an entry cannot be its own parent");
            return new TaxonomyTerm(code, name, category, aliases.AsReadOnly(), parent);
        }
        catch (DomainRuleException e)
        {
            throw Invalid(label, e.Message, e);
        }
    }

    private static TaxonomyPlaybook ToPlaybook(PlaybookDto dto, Dictionary<string, TaxonomyTerm> byCode)
    {
        var label = string.IsNullOrWhiteSpace(dto.Industry) ? "(no industry)" : dto.Industry.Trim();
        InvalidDataException Fail(string problem, Exception? inner = null) => new($"Playbook '{label}': {problem}.", inner);
        try
        {
            var industry = TaxonomyEntry.NormalizeCode(dto.Industry ?? "");
            if (!byCode.TryGetValue(industry, out var term)) throw Fail("the industry does not exist");
            if (term.Category != TaxonomyCategory.Industry) throw Fail($"'{industry}' is a {term.Category}, not an industry");
            var items = new List<PlaybookItem>();
            foreach (var item in dto.Items ?? [])
            {
                var code = TaxonomyEntry.NormalizeCode(item.Code ?? "");
                if (!byCode.ContainsKey(code)) throw Fail($"the item '{code}' does not exist");
                if (item.Importance is null || !Enum.GetNames<Importance>().Contains(item.Importance, StringComparer.Ordinal))
                    throw Fail($"the item '{code}' has an unknown importance '{item.Importance}'");
                var validated = new PlaybookItem(code, Enum.Parse<Importance>(item.Importance), item.Weight ?? 1, item.MinimumYears).Validated();
                if (items.Any(i => i.TaxonomyCode == validated.TaxonomyCode)) throw Fail($"the item '{code}' appears more than once");
                items.Add(validated);
            }
            if (items.Count == 0) throw Fail("it has no items");
            return new TaxonomyPlaybook(industry, items.AsReadOnly());
        }
        catch (DomainRuleException e)
        {
            throw Fail(e.Message, e);
        }
    }

    private static InvalidDataException Invalid(string entry, string problem, Exception? inner = null)
        => new($"Taxonomy entry '{entry}': {problem.TrimEnd('.')}.", inner);

    /// <summary>Lower case with runs of white space collapsed: the key under which names and aliases must be unique.</summary>
    private static string SurfaceKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(part);
        }
        return builder.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record TaxonomyFileDto(int Version, List<string>? Sources, List<EntryDto>? Entries, List<PlaybookDto>? Playbooks);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record EntryDto(string? Code, string? Name, string? Category, List<string>? Aliases, string? Parent);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PlaybookDto(string? Industry, List<PlaybookItemDto>? Items);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PlaybookItemDto(string? Code, string? Importance, double? Weight, double? MinimumYears);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(TaxonomyFileDto))]
internal sealed partial class TaxonomyJsonContext : JsonSerializerContext;
