using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.JobBoard;

public enum JobSort { Relevance, Newest, Pay }

public enum PayBand { HourlyUnder75, Hourly75To125, HourlyOver125, AnnualUnder100k, Annual100kTo150k, AnnualOver150k }

/// <summary>A job-board query, parsed from the same query string by the page and the API.</summary>
public sealed record JobQuery(string? Q, string? Industry, WorkplaceMode? Workplace, EngagementTypes? Engagement, PayBand? Pay, int? Posted, JobSort Sort, int Page, int PageSize,
    string? Role = null, string? Location = null)
{
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;
    private const int MaxValueLength = 100;

    /// <summary>The query-string keys of the filters, in the order the page shows them.</summary>
    public static readonly string[] FilterKeys = ["role", "industry", "workplace", "location", "engagement", "pay", "posted"];

    public static (JobQuery Query, Dictionary<string, string[]> Errors) Parse(string? q, string? industry, string? workplace, string? engagement, string? pay, string? posted, string? sort, string? page, string? pageSize,
        string? role = null, string? location = null)
    {
        var errors = new Dictionary<string, string[]>();
        T? EnumOf<T>(string? value, string name) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (Enum.TryParse<T>(value, true, out var v) && Enum.IsDefined(v) && !int.TryParse(value, out _)) return v;
            errors[name] = [$"Unknown {name}: use one of {string.Join(", ", Enum.GetNames<T>())}."];
            return null;
        }
        int? IntOf(string? value, string name, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (int.TryParse(value, out var v) && v >= min && v <= max) return v;
            errors[name] = [$"{name} must be a whole number from {min} to {max}."];
            return null;
        }
        string? TextOf(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (value.Length <= MaxValueLength) return value.Trim();
            errors[name] = [$"{name} may be at most {MaxValueLength} characters."];
            return null;
        }
        if (q is { Length: > MaxQueryLength }) errors["q"] = [$"The search text may be at most {MaxQueryLength} characters; it was ignored."];
        var days = IntOf(posted, "posted", 1, 30);
        if (days is not (null or 1 or 7 or 30)) { errors["posted"] = ["posted must be 1, 7 or 30."]; days = null; }
        var e = EnumOf<EngagementTypes>(engagement, "engagement");
        if (e == EngagementTypes.None) { errors["engagement"] = ["Unknown engagement."]; e = null; }
        var query = new JobQuery(
            string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength ? null : q.Trim(),
            TextOf(industry, "industry"),
            EnumOf<WorkplaceMode>(workplace, "workplace"), e, EnumOf<PayBand>(pay, "pay"), days,
            EnumOf<JobSort>(sort, "sort") ?? JobSort.Relevance,
            IntOf(page, "page", 1, 100_000) ?? 1,
            IntOf(pageSize, "pageSize", 1, MaxPageSize) ?? 20,
            TextOf(role, "role"), TextOf(location, "location"));
        return (query, errors);
    }
}

public sealed record JobHit(Guid Id, string Title, string Slug, string Industry, WorkplaceMode Workplace, EngagementTypes Engagement, string? Location, Compensation? Pay, DateTimeOffset PostedAt, double Score,
    string? RoleFamily = null, string? IndustryName = null);

/// <summary>One facet value: the value to put in the query string, how many matches have it, and its display name.</summary>
public sealed record FacetCount(string Value, int Count, string? Label = null);

public sealed record JobFacets(IReadOnlyList<FacetCount> Industry, IReadOnlyList<FacetCount> Workplace, IReadOnlyList<FacetCount> Engagement, IReadOnlyList<FacetCount> Pay, IReadOnlyList<FacetCount> Posted,
    IReadOnlyList<FacetCount>? Role = null, IReadOnlyList<FacetCount>? Location = null);

public sealed record JobResults(IReadOnlyList<JobHit> Items, int Total, int Page, int PageSize, JobFacets Facets);

/// <summary>
/// Full-text search over open positions, in memory: the job board holds hundreds to a few thousand
/// open positions, so scoring here is simpler than two providers' full-text dialects and gives identical
/// results on SQLite and PostgreSQL. The positions, their token sets and the taxonomy come from
/// <see cref="JobBoardIndex"/>, a snapshot shared by all requests and rebuilt when the change feed shows a
/// position changed; a request costs one indexed read of the change feed, not a load of every position.
/// </summary>
public sealed class JobSearch(ShortlistDbContext db, JobBoardIndex index, TimeProvider clock)
{
    public static IQueryable<Position> Open(ShortlistDbContext db) => db.Positions.AsNoTracking().Where(p => p.Status == PositionStatus.Open);

    /// <summary>
    /// Checks the filters that name data (industry, role family, location) against what the board knows; an unknown value
    /// is dropped from the query and reported in <paramref name="errors"/> (the page shows a note, the API answers 400).
    /// </summary>
    public async Task<JobQuery> ResolveAsync(JobQuery query, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var s = await index.CurrentAsync(db, ct);
        string? Known(string? value, string key, IReadOnlyDictionary<string, string> known, string what)
        {
            if (value is null) return null;
            if (known.TryGetValue(value, out var canonical)) return canonical;
            errors[key] = [$"Unknown {what} \"{(value.Length > 40 ? value[..40] + "…" : value)}\"; it was ignored."];
            return null;
        }
        return query with
        {
            Industry = Known(query.Industry, "industry", s.Industries, "industry"),
            Role = Known(query.Role, "role", s.RoleFamilies, "role family"),
            Location = Known(query.Location, "location", s.Locations, "location"),
        };
    }

    public async Task<JobResults> SearchAsync(JobQuery query, CancellationToken ct)
    {
        var s = await index.CurrentAsync(db, ct);
        var now = clock.GetUtcNow();
        // The same query within the same minute on the same snapshot gives the same answer: keep it.
        var key = (query, now.ToUnixTimeSeconds() / 60);
        return s.Results.TryGetValue(key, out var cached) ? cached : s.Remember(key, Compute(s, query, now));
    }

    private static JobResults Compute(JobBoardSnapshot s, JobQuery query, DateTimeOffset now)
    {
        var scored = s.Match(query.Q);
        var postedSince = query.Posted is { } days ? now.AddDays(-days) : (DateTimeOffset?)null;
        var since = PostedDays.Select(n => now.AddDays(-n)).ToArray();
        bool Keep(JobDoc d, string skip) =>
            (skip == "industry" || query.Industry is null || string.Equals(d.P.Industry, query.Industry, StringComparison.OrdinalIgnoreCase))
            && (skip == "role" || query.Role is null || string.Equals(d.RoleFamily, query.Role, StringComparison.OrdinalIgnoreCase))
            && (skip == "location" || query.Location is null || string.Equals(d.Location, query.Location, StringComparison.OrdinalIgnoreCase))
            && (skip == "workplace" || query.Workplace is null || d.P.Workplace == query.Workplace)
            && (skip == "engagement" || query.Engagement is null || d.P.Engagement.HasFlag(query.Engagement.Value))
            && (skip == "pay" || query.Pay is null || d.Band == query.Pay)
            && (skip == "posted" || postedSince is null || d.PostedAt >= postedSince);

        // Live counts: each facet counts the matches under every other filter, so choosing a value never hides its siblings.
        var industry = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var role = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var location = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var workplace = new Dictionary<string, int>();
        var engagement = new Dictionary<string, int>();
        var pay = new Dictionary<string, int>();
        var posted = new int[PostedDays.Length];
        var hits = new List<(JobDoc Doc, double Score)>();
        static void Add(Dictionary<string, int> counts, string? key) { if (!string.IsNullOrEmpty(key)) counts[key] = counts.GetValueOrDefault(key) + 1; }
        foreach (var (d, score) in scored)
        {
            if (Keep(d, "")) hits.Add((d, score));
            if (Keep(d, "industry")) Add(industry, d.P.Industry);
            if (Keep(d, "role")) Add(role, d.RoleFamily);
            if (Keep(d, "location")) Add(location, d.Location);
            if (Keep(d, "workplace")) Add(workplace, d.WorkplaceName);
            if (Keep(d, "engagement")) foreach (var e in d.EngagementNames) Add(engagement, e);
            if (Keep(d, "pay")) Add(pay, d.BandName);
            if (Keep(d, "posted"))
                for (var i = 0; i < since.Length; i++)
                    if (d.PostedAt >= since[i]) posted[i]++;
        }
        var facets = new JobFacets(
            Count(industry, v => s.IndustryNames.GetValueOrDefault(v)), Count(workplace, LabelOf), Count(engagement, LabelOf), Count(pay, LabelOf),
            [.. PostedDays.Select((n, i) => new FacetCount(n.ToString(CultureInfo.InvariantCulture), posted[i]))],
            Count(role, v => s.RoleFamilyNames.GetValueOrDefault(v)), Count(location));

        // The snapshot keeps positions newest first (then by id), so a stable sort on one key keeps that order among equals.
        IEnumerable<(JobDoc Doc, double Score)> ordered = query.Sort switch
        {
            JobSort.Newest => hits,
            JobSort.Pay => hits.OrderByDescending(h => h.Doc.AnnualPay ?? -1),
            _ => query.Q is null ? hits : hits.OrderByDescending(h => h.Score),
        };
        var items = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(h => h.Doc.Hit with { Score = h.Score }).ToList();
        return new JobResults(items, hits.Count, query.Page, query.PageSize, facets);
    }

    public async Task<Position?> FindOpenAsync(Guid id, CancellationToken ct)
        => (await index.CurrentAsync(db, ct)).ById.TryGetValue(id, out var d) ? d.P : null;

    /// <summary>The taxonomy name of an industry code, or the code when the taxonomy has none.</summary>
    public async Task<string> IndustryNameAsync(string code, CancellationToken ct)
        => (await index.CurrentAsync(db, ct)).IndustryNames.GetValueOrDefault(code) ?? code;

    private static readonly int[] PostedDays = [1, 7, 30];

    /// <summary>How the page shows a workplace, engagement or pay-band value.</summary>
    public static string? LabelOf(string value) => value switch
    {
        nameof(WorkplaceMode.OnSite) => "On site",
        nameof(EngagementTypes.ContractToHire) => "Contract to hire",
        nameof(PayBand.HourlyUnder75) => "Under 75 an hour",
        nameof(PayBand.Hourly75To125) => "75–125 an hour",
        nameof(PayBand.HourlyOver125) => "Over 125 an hour",
        nameof(PayBand.AnnualUnder100k) => "Under 100k a year",
        nameof(PayBand.Annual100kTo150k) => "100k–150k a year",
        nameof(PayBand.AnnualOver150k) => "Over 150k a year",
        _ => null,
    };

    private static List<FacetCount> Count(Dictionary<string, int> counts, Func<string, string?>? label = null)
        => [.. counts.Select(c => new FacetCount(c.Key, c.Value, label?.Invoke(c.Key)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label ?? f.Value, StringComparer.Ordinal)];

    /// <summary>Lower-cased words with a simple plural stem: trailing "es" after s/x/z/ch/sh, else a trailing "s".</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '+' or '#');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { yield return Stem(text[start..i].ToLowerInvariant()); start = -1; }
        }
    }

    private static string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("es", StringComparison.Ordinal) && (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    public static PayBand? BandOf(Compensation? c)
    {
        if (c is null || (c.Maximum ?? c.Minimum) is not { } top) return null;
        return c.Unit == CompensationUnit.Hourly
            ? top < 75 ? PayBand.HourlyUnder75 : top <= 125 ? PayBand.Hourly75To125 : PayBand.HourlyOver125
            : top < 100_000 ? PayBand.AnnualUnder100k : top <= 150_000 ? PayBand.Annual100kTo150k : PayBand.AnnualOver150k;
    }

    /// <summary>Pay on one scale for sorting: hourly rates times 2,000 hours.</summary>
    internal static decimal? AnnualPay(Compensation? c) => (c?.Maximum ?? c?.Minimum) is { } v ? c!.Unit == CompensationUnit.Hourly ? v * 2000 : v : null;

    /// <summary>The location facet's value: city and region ("Boston, MA"), else the country; null for none.</summary>
    public static string? LocationOf(Place? place)
    {
        if (place is null) return null;
        var parts = new[] { place.City, place.Region }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        if (parts.Count == 0 && !string.IsNullOrWhiteSpace(place.Country)) parts.Add(place.Country.Trim());
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    public static string Slug(string title)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var ch in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 80) break;
        }
        return sb.ToString().Trim('-') is { Length: > 0 } s ? s : "position";
    }
}

/// <summary>An open position prepared for search: its words, requirement names, facet values and the hit shown in lists.</summary>
public sealed class JobDoc
{
    internal JobDoc(Position p, JobBoardSnapshot.Vocabulary v)
    {
        P = p;
        PostedAt = p.PublishedAt ?? p.CreatedAt;
        TitleWords = [.. JobSearch.Words(p.Title)];
        BodyWords = [.. JobSearch.Words(p.Description + " " + p.Industry + " " + v.IndustryNames.GetValueOrDefault(p.Industry))];
        BodySet = [.. BodyWords];
        // Each requirement keeps its names apart: a several-word alias only ever matches as a whole name, never as
        // words picked from different requirements.
        foreach (var r in p.Requirements)
        {
            var label = JobSearch.Words(r.Label).ToArray();
            if (label.Length > 0) RequirementLabels.Add(label);
            RequirementNames.Add(string.Join(' ', label));
            foreach (var name in v.NamesOf(r.TaxonomyCode, label)) RequirementNames.Add(name);
        }
        // The industry counts like a requirement: "healthcare" finds healthcare positions by any of the industry's names.
        foreach (var name in v.NamesOf(p.Industry, [.. JobSearch.Words(p.Industry)])) RequirementNames.Add(name);
        RoleFamily = p.Requirements.Select(r => r.TaxonomyCode).FirstOrDefault(v.RoleFamilyNames.ContainsKey) ?? v.RoleFamilyOfTitle(TitleWords);
        Location = JobSearch.LocationOf(p.Location);
        Band = JobSearch.BandOf(p.Compensation);
        BandName = Band?.ToString();
        AnnualPay = JobSearch.AnnualPay(p.Compensation);
        WorkplaceName = p.Workplace.ToString();
        EngagementNames = [.. Enum.GetValues<EngagementTypes>().Where(e => e != EngagementTypes.None && p.Engagement.HasFlag(e)).Select(e => e.ToString())];
        Hit = new JobHit(p.Id, p.Title, JobSearch.Slug(p.Title), p.Industry, p.Workplace, p.Engagement, p.Location?.ToString() is { Length: > 0 } l ? l : null,
            p.Compensation, PostedAt, 0, RoleFamily is null ? null : v.RoleFamilyNames[RoleFamily], v.IndustryNames.GetValueOrDefault(p.Industry));
    }

    public Position P { get; }
    public DateTimeOffset PostedAt { get; }
    public string? RoleFamily { get; }
    public string? Location { get; }
    public PayBand? Band { get; }
    public string? BandName { get; }
    public decimal? AnnualPay { get; }
    public string WorkplaceName { get; }
    public string[] EngagementNames { get; }
    public JobHit Hit { get; }
    internal string[] TitleWords { get; }
    internal string[] BodyWords { get; }
    internal HashSet<string> BodySet { get; }
    internal List<string[]> RequirementLabels { get; } = [];
    internal HashSet<string> RequirementNames { get; } = [];

    /// <summary>
    /// 3 for the title, 2 for a requirement or the industry, 1 for the description, 0 for no match. A taxonomy term
    /// ("Epic", "PMP", "scrum master") is looked for in the title, requirements and industry only: in free text "epics"
    /// are user stories and "master" a degree.
    /// </summary>
    internal int Score(string[] phrase, string joined, bool term)
    {
        if (Contains(TitleWords, phrase)) return 3;
        if (RequirementNames.Contains(joined)) return 2;
        foreach (var label in RequirementLabels) if (Contains(label, phrase)) return 2;
        if (!term && BodySet.Contains(phrase[0]) && Contains(BodyWords, phrase)) return 1;
        return 0;
    }

    /// <summary>Whether the words occur next to each other, in order.</summary>
    private static bool Contains(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var j = 0;
            while (j < phrase.Length && words[i + j] == phrase[j]) j++;
            if (j == phrase.Length) return true;
        }
        return false;
    }
}

/// <summary>The open positions and the taxonomy at one point of the change feed, prepared for search; read-only once built.</summary>
public sealed class JobBoardSnapshot
{
    private const int MaxCachedQueries = 512;
    private const int MaxCachedResults = 2048;
    private readonly Vocabulary _vocabulary;
    private readonly ConcurrentDictionary<string, (JobDoc Doc, double Score)[]> _matches = new(StringComparer.Ordinal);

    internal JobBoardSnapshot(long sequence, long taxonomySaves, DateTimeOffset loadedAt, IEnumerable<Position> open, IEnumerable<TaxonomyEntry> taxonomy)
    {
        Sequence = sequence;
        TaxonomySaves = taxonomySaves;
        LoadedAt = loadedAt;
        _vocabulary = new Vocabulary(taxonomy);
        // Newest first, so that a stable sort by score keeps equal scores in posting order.
        Docs = [.. open.Select(p => new JobDoc(p, _vocabulary)).OrderByDescending(d => d.PostedAt).ThenBy(d => d.P.Id)];
        ById = Docs.ToDictionary(d => d.P.Id);
        IndustryNames = _vocabulary.IndustryNames;
        RoleFamilyNames = _vocabulary.RoleFamilyNames;
        Industries = KnownValues(Docs.Select(d => d.P.Industry).Concat(IndustryNames.Keys));
        RoleFamilies = KnownValues(RoleFamilyNames.Keys);
        Locations = KnownValues(Docs.Select(d => d.Location).OfType<string>());
    }

    /// <summary>The change-feed position the snapshot is current at; moves on (under the index's lock) past changes that touch no position.</summary>
    public long Sequence { get; internal set; }
    /// <summary>The process's count of taxonomy saves when the snapshot was built.</summary>
    public long TaxonomySaves { get; }
    public DateTimeOffset LoadedAt { get; }
    public IReadOnlyList<JobDoc> Docs { get; }
    public IReadOnlyDictionary<Guid, JobDoc> ById { get; }
    /// <summary>Industry code → taxonomy name ("financial-services" → "Financial services").</summary>
    public IReadOnlyDictionary<string, string> IndustryNames { get; }
    /// <summary>Role-family code → taxonomy name ("scrum-master" → "Scrum master").</summary>
    public IReadOnlyDictionary<string, string> RoleFamilyNames { get; }
    /// <summary>Accepted filter values, case-insensitive, to their canonical spelling.</summary>
    public IReadOnlyDictionary<string, string> Industries { get; }
    public IReadOnlyDictionary<string, string> RoleFamilies { get; }
    public IReadOnlyDictionary<string, string> Locations { get; }

    private static Dictionary<string, string> KnownValues(IEnumerable<string> values)
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in values) if (!string.IsNullOrEmpty(v)) known.TryAdd(v, v);
        return known;
    }

    /// <summary>
    /// The open positions that match every part of the text, with their scores. Each part is a word or, when several
    /// query words together name a taxonomy entry ("scrum master"), that phrase; a part matches through any of the
    /// entry's names. Results are kept per text for the life of the snapshot (a bounded number of texts).
    /// </summary>
    /// <summary>Answers already computed on this snapshot, by query and minute (a bounded number).</summary>
    internal ConcurrentDictionary<(JobQuery, long), JobResults> Results { get; } = new();

    internal JobResults Remember((JobQuery, long) key, JobResults results)
    {
        if (Results.Count < MaxCachedResults) Results.TryAdd(key, results);
        return results;
    }

    public IReadOnlyList<(JobDoc Doc, double Score)> Match(string? text)
    {
        var key = string.Join(' ', JobSearch.Words(text ?? ""));
        if (_matches.TryGetValue(key, out var cached)) return cached;
        var result = Compute(key);
        if (_matches.Count < MaxCachedQueries) _matches.TryAdd(key, result);
        return result;
    }

    private (JobDoc Doc, double Score)[] Compute(string key)
    {
        if (key.Length == 0) return [.. Docs.Select(d => (d, 0.0))];
        var groups = _vocabulary.Parts(key.Split(' '));
        var scored = new List<(JobDoc, double)>();
        foreach (var d in Docs)
        {
            double score = 0;
            var all = true;
            foreach (var (alternatives, term) in groups)
            {
                var best = 0;
                foreach (var (phrase, joined) in alternatives)
                {
                    best = Math.Max(best, d.Score(phrase, joined, term));
                    if (best == 3) break;
                }
                if (best == 0) { all = false; break; }
                score += best;
            }
            if (all) scored.Add((d, score));
        }
        return [.. scored];
    }

    /// <summary>The taxonomy's names as word sequences: what a phrase may also be called, and the role families.</summary>
    internal sealed class Vocabulary
    {
        private readonly Dictionary<string, List<string>> _namesByPhrase = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _namesByCode = new(StringComparer.Ordinal);
        private readonly List<(string[] Phrase, string Code)> _roleFamilyNames = [];
        private readonly int _longestPhrase;

        public Vocabulary(IEnumerable<TaxonomyEntry> entries)
        {
            var industries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in entries)
            {
                var names = new[] { e.Code, e.Name }.Concat(e.Aliases.Where(Shortlist.Domain.Taxonomy.TaxonomyTerm.IsPlain)).Select(n => string.Join(' ', JobSearch.Words(n))).Where(n => n.Length > 0).Distinct().ToList();
                _namesByCode[e.Code] = names;
                foreach (var n in names)
                {
                    if (!_namesByPhrase.TryGetValue(n, out var list)) _namesByPhrase[n] = list = [];
                    list.AddRange(names.Where(x => !list.Contains(x)));
                    _longestPhrase = Math.Max(_longestPhrase, n.Count(c => c == ' ') + 1);
                }
                if (e.Category == TaxonomyCategory.Industry) industries[e.Code] = e.Name;
                if (e.Category == TaxonomyCategory.RoleFamily)
                {
                    roles[e.Code] = e.Name;
                    foreach (var n in names) _roleFamilyNames.Add((n.Split(' '), e.Code));
                }
            }
            // Longer names first, so "business systems analyst" wins over "systems analyst".
            _roleFamilyNames.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
            IndustryNames = industries;
            RoleFamilyNames = roles;
        }

        public IReadOnlyDictionary<string, string> IndustryNames { get; }
        public IReadOnlyDictionary<string, string> RoleFamilyNames { get; }

        /// <summary>A requirement's names: those of its taxonomy entry, and of the entry its label names.</summary>
        public IEnumerable<string> NamesOf(string code, string[] label)
        {
            if (_namesByCode.TryGetValue(code, out var byCode)) foreach (var n in byCode) yield return n;
            if (_namesByPhrase.TryGetValue(string.Join(' ', label), out var byLabel)) foreach (var n in byLabel) yield return n;
        }

        /// <summary>The role family whose longest name occurs in the title.</summary>
        public string? RoleFamilyOfTitle(string[] title)
        {
            foreach (var (phrase, code) in _roleFamilyNames)
                for (var i = 0; i + phrase.Length <= title.Length; i++)
                    if (title.AsSpan(i, phrase.Length).SequenceEqual(phrase)) return code;
            return null;
        }

        /// <summary>Query words grouped into parts, longest taxonomy name first; each part with its alternatives and whether it is a taxonomy term.</summary>
        public List<(List<(string[] Phrase, string Joined)> Alternatives, bool Term)> Parts(string[] words)
        {
            var parts = new List<(List<(string[] Phrase, string Joined)>, bool)>();
            for (var i = 0; i < words.Length;)
            {
                var taken = 1;
                for (var n = Math.Min(_longestPhrase, words.Length - i); n >= 2; n--)
                    if (_namesByPhrase.ContainsKey(string.Join(' ', words, i, n))) { taken = n; break; }
                var phrase = string.Join(' ', words, i, taken);
                var alternatives = new List<(string[] Phrase, string Joined)> { (phrase.Split(' '), phrase) };
                var term = _namesByPhrase.TryGetValue(phrase, out var names);
                if (term) alternatives.AddRange(names!.Where(n => n != phrase).Select(n => (n.Split(' '), n)));
                parts.Add((alternatives, term));
                i += taken;
            }
            return parts;
        }
    }
}

/// <summary>
/// The job board's shared snapshot. It is rebuilt when the change feed shows a position changed, when a taxonomy
/// entry was saved, or when it is older than <see cref="MaxAge"/>. To look at the change feed (one indexed read of
/// its last sequence number) a request must find the last look older than <see cref="CheckInterval"/>, or a save
/// by this process in the last <see cref="AfterLocalSave"/> (its commit may land just after the save is signalled);
/// other requests use the snapshot as it is. So a change made here shows at once, one made by another node or
/// the command line within a second. One request rebuilds while the others keep the previous snapshot.
/// </summary>
public sealed class JobBoardIndex(TimeProvider clock, LocalChangeSignal signal)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan AfterLocalSave = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile JobBoardSnapshot? _current;
    private long _checkedAt = long.MinValue / 2;
    private long _seenSaves = -1;
    private long _savedAt = long.MinValue / 2;

    public async Task<JobBoardSnapshot> CurrentAsync(ShortlistDbContext db, CancellationToken ct)
    {
        var s = _current;
        var tick = Environment.TickCount64;
        var saves = signal.Saves;
        if (saves != Interlocked.Read(ref _seenSaves))
        {
            Interlocked.Exchange(ref _seenSaves, saves);
            Interlocked.Exchange(ref _savedAt, tick);
        }
        if (s is not null && s.TaxonomySaves == signal.TaxonomySaves
            && tick - Interlocked.Read(ref _checkedAt) < CheckInterval.TotalMilliseconds
            && tick - Interlocked.Read(ref _savedAt) > AfterLocalSave.TotalMilliseconds)
            return s;

        var latest = await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        Interlocked.Exchange(ref _checkedAt, tick);
        if (Fresh(s, latest)) return s!;
        await _gate.WaitAsync(ct);
        try
        {
            s = _current;
            if (Fresh(s, latest)) return s!;
            // Changes to candidates only move the sequence on: no need to load the positions again.
            if (s is not null && s.TaxonomySaves == signal.TaxonomySaves && clock.GetUtcNow() - s.LoadedAt < MaxAge
                && !await db.ChangeFeed.AnyAsync(c => c.Sequence > s.Sequence && c.Sequence <= latest && c.EntityType == nameof(Position), ct))
            {
                s.Sequence = latest;
                return s;
            }
            var taxonomySaves = signal.TaxonomySaves;
            var loadedAt = clock.GetUtcNow();
            var open = await JobSearch.Open(db).ToListAsync(ct);
            var taxonomy = await db.TaxonomyEntries.AsNoTracking().ToListAsync(ct);
            s = new JobBoardSnapshot(latest, taxonomySaves, loadedAt, open, taxonomy);
            _current = s;
            return s;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool Fresh(JobBoardSnapshot? s, long latest)
        => s is not null && s.Sequence >= latest && s.TaxonomySaves == signal.TaxonomySaves && clock.GetUtcNow() - s.LoadedAt < MaxAge;
}
