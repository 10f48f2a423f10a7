using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Web.Features.JobBoard;

public enum JobSort { Relevance, Newest, Pay }

public enum PayBand { HourlyUnder75, Hourly75To125, HourlyOver125, AnnualUnder100k, Annual100kTo150k, AnnualOver150k }

/// <summary>A job-board query, parsed from the same query string by the page and the API.</summary>
public sealed record JobQuery(string? Q, string? Industry, WorkplaceMode? Workplace, EngagementTypes? Engagement, PayBand? Pay, int? Posted, JobSort Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;

    public static (JobQuery Query, Dictionary<string, string[]> Errors) Parse(string? q, string? industry, string? workplace, string? engagement, string? pay, string? posted, string? sort, string? page, string? pageSize)
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
        if (q is { Length: > MaxQueryLength }) errors["q"] = [$"q may be at most {MaxQueryLength} characters."];
        var days = IntOf(posted, "posted", 1, 30);
        if (days is not (null or 1 or 7 or 30)) { errors["posted"] = ["posted must be 1, 7 or 30."]; days = null; }
        var e = EnumOf<EngagementTypes>(engagement, "engagement");
        if (e == EngagementTypes.None) { errors["engagement"] = ["Unknown engagement."]; e = null; }
        var query = new JobQuery(
            string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength ? null : q.Trim(),
            string.IsNullOrWhiteSpace(industry) ? null : industry.Trim(),
            EnumOf<WorkplaceMode>(workplace, "workplace"), e, EnumOf<PayBand>(pay, "pay"), days,
            EnumOf<JobSort>(sort, "sort") ?? JobSort.Relevance,
            IntOf(page, "page", 1, 100_000) ?? 1,
            IntOf(pageSize, "pageSize", 1, MaxPageSize) ?? 20);
        return (query, errors);
    }
}

public sealed record JobHit(Guid Id, string Title, string Slug, string Industry, WorkplaceMode Workplace, EngagementTypes Engagement, string? Location, Compensation? Pay, DateTimeOffset PostedAt, double Score);

public sealed record FacetCount(string Value, int Count);

public sealed record JobFacets(IReadOnlyList<FacetCount> Industry, IReadOnlyList<FacetCount> Workplace, IReadOnlyList<FacetCount> Engagement, IReadOnlyList<FacetCount> Pay, IReadOnlyList<FacetCount> Posted);

public sealed record JobResults(IReadOnlyList<JobHit> Items, int Total, int Page, int PageSize, JobFacets Facets);

/// <summary>
/// Full-text search over open positions, in memory: the job board holds hundreds to a few thousand
/// open positions, so loading them and scoring here is simpler than two providers' full-text dialects
/// and gives identical results on SQLite and PostgreSQL.
/// </summary>
public sealed class JobSearch(ShortlistDbContext db, TimeProvider clock)
{
    private sealed record Doc(Position P, HashSet<string> Title, HashSet<string> Requirements, HashSet<string> Body, DateTimeOffset PostedAt);

    public static IQueryable<Position> Open(ShortlistDbContext db) => db.Positions.AsNoTracking().Where(p => p.Status == PositionStatus.Open);

    public async Task<JobResults> SearchAsync(JobQuery query, CancellationToken ct)
    {
        var positions = await Open(db).ToListAsync(ct);
        var aliases = await AliasesAsync(ct);
        var now = clock.GetUtcNow();
        var docs = positions.Select(p => new Doc(p,
            Terms(p.Title),
            Terms(string.Join(' ', p.Requirements.SelectMany(r => Expand(r.TaxonomyCode, r.Label, aliases)))),
            Terms(p.Description + " " + p.Industry),
            p.PublishedAt ?? p.CreatedAt)).ToList();

        // Each query term is a set of alternatives: the term itself and, when it names a taxonomy entry, its name and aliases.
        var groups = Words(query.Q ?? "").Select(w => AlternativesOf(w, aliases)).ToList();
        var scored = new List<(Doc Doc, double Score)>();
        foreach (var d in docs)
        {
            double score = 0;
            var all = true;
            foreach (var alternatives in groups)
            {
                double best = 0;
                foreach (var alt in alternatives)
                {
                    if (alt.All(d.Title.Contains)) best = Math.Max(best, 3);
                    else if (alt.All(d.Requirements.Contains)) best = Math.Max(best, 2);
                    // In the long description a several-word alias is only a bag of words ("Health IT" would match any text
                    // with "health" and "it" far apart): there only single words count.
                    else if (alt.Length == 1 && d.Body.Contains(alt[0])) best = Math.Max(best, 1);
                }
                if (best == 0) { all = false; break; }
                score += best;
            }
            if (all) scored.Add((d, score));
        }

        bool Keep(Doc d, string skip) =>
            (skip == "industry" || query.Industry is null || string.Equals(d.P.Industry, query.Industry, StringComparison.OrdinalIgnoreCase))
            && (skip == "workplace" || query.Workplace is null || d.P.Workplace == query.Workplace)
            && (skip == "engagement" || query.Engagement is null || d.P.Engagement.HasFlag(query.Engagement.Value))
            && (skip == "pay" || query.Pay is null || BandOf(d.P.Compensation) == query.Pay)
            && (skip == "posted" || query.Posted is null || d.PostedAt >= now.AddDays(-query.Posted.Value));

        // Live counts: each facet counts the matches under every other filter, so choosing a value never hides its siblings.
        var facets = new JobFacets(
            Count(scored.Where(s => Keep(s.Doc, "industry")).Select(s => s.Doc.P.Industry).Where(i => i.Length > 0)),
            Count(scored.Where(s => Keep(s.Doc, "workplace")).Select(s => s.Doc.P.Workplace.ToString())),
            Count(scored.Where(s => Keep(s.Doc, "engagement")).SelectMany(s => Enum.GetValues<EngagementTypes>().Where(e => e != EngagementTypes.None && s.Doc.P.Engagement.HasFlag(e)).Select(e => e.ToString()))),
            Count(scored.Where(s => Keep(s.Doc, "pay")).Select(s => BandOf(s.Doc.P.Compensation)?.ToString()).OfType<string>()),
            new[] { 1, 7, 30 }.Select(n => new FacetCount(n.ToString(System.Globalization.CultureInfo.InvariantCulture), scored.Count(s => Keep(s.Doc, "posted") && s.Doc.PostedAt >= now.AddDays(-n)))).ToList());

        var hits = scored.Where(s => Keep(s.Doc, "")).ToList();
        IOrderedEnumerable<(Doc Doc, double Score)> ordered = query.Sort switch
        {
            JobSort.Newest => hits.OrderByDescending(h => h.Doc.PostedAt),
            JobSort.Pay => hits.OrderByDescending(h => AnnualPay(h.Doc.P.Compensation) ?? -1).ThenByDescending(h => h.Doc.PostedAt),
            _ => hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Doc.PostedAt),
        };
        var items = ordered.ThenBy(h => h.Doc.P.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(h => new JobHit(h.Doc.P.Id, h.Doc.P.Title, Slug(h.Doc.P.Title), h.Doc.P.Industry, h.Doc.P.Workplace, h.Doc.P.Engagement,
                h.Doc.P.Location?.ToString() is { Length: > 0 } l ? l : null, h.Doc.P.Compensation, h.Doc.PostedAt, h.Score)).ToList();
        return new JobResults(items, hits.Count, query.Page, query.PageSize, facets);
    }

    public Task<Position?> FindOpenAsync(Guid id, CancellationToken ct) => Open(db).FirstOrDefaultAsync(p => p.Id == id, ct);

    private async Task<Dictionary<string, List<string[]>>> AliasesAsync(CancellationToken ct)
    {
        var entries = await db.TaxonomyEntries.AsNoTracking().Select(t => new { t.Code, t.Name, t.Aliases }).ToListAsync(ct);
        var byPhrase = new Dictionary<string, List<string[]>>();
        foreach (var e in entries)
        {
            var names = new[] { e.Code, e.Name }.Concat(e.Aliases).Select(n => Words(n).ToArray()).Where(w => w.Length > 0).ToList();
            foreach (var n in names)
            {
                var key = string.Join(' ', n);
                if (!byPhrase.TryGetValue(key, out var list)) byPhrase[key] = list = [];
                list.AddRange(names);
            }
        }
        return byPhrase;
    }

    private static IEnumerable<string> Expand(string code, string label, Dictionary<string, List<string[]>> aliases)
    {
        yield return label;
        yield return code;
        foreach (var key in new[] { string.Join(' ', Words(code)), string.Join(' ', Words(label)) })
            if (aliases.TryGetValue(key, out var names))
                foreach (var n in names) yield return string.Join(' ', n);
    }

    private static List<string[]> AlternativesOf(string word, Dictionary<string, List<string[]>> aliases)
        => aliases.TryGetValue(word, out var names) ? [[word], .. names] : [[word]];

    private static List<FacetCount> Count(IEnumerable<string> values)
        => values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Select(g => new FacetCount(g.First(), g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

    private static HashSet<string> Terms(string text) => [.. Words(text)];

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
    private static decimal? AnnualPay(Compensation? c) => (c?.Maximum ?? c?.Minimum) is { } v ? c!.Unit == CompensationUnit.Hourly ? v * 2000 : v : null;

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
