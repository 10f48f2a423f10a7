using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Matching.Talent;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Matching;

namespace Shortlist.Web.Features.Talent;

/// <summary>
/// A talent search as people and programs write it (the query string of the page and of <c>GET /api/v1/talent</c>):
/// the boolean query, then fields. Lists are comma-separated; a skill takes minimum years after a colon (<c>epic:3</c>).
/// </summary>
public sealed record TalentSearchInput(
    string? Q = null, string? Skills = null, string? Certifications = null, string? Industries = null, string? Title = null,
    string? Near = null, double? Lat = null, double? Lon = null, double? RadiusKm = null, DateOnly? AvailableBy = null,
    double? MaxRate = null, int? ActiveWithinDays = null, int? Page = null, int? PageSize = null)
{
    /// <summary>True when nothing at all is asked for.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Skills) && string.IsNullOrWhiteSpace(Certifications)
        && string.IsNullOrWhiteSpace(Industries) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Near) && Lat is null && Lon is null
        && RadiusKm is null && AvailableBy is null && MaxRate is null && ActiveWithinDays is null;

    /// <summary>The search as a query string (without paging), for a shareable link and for saved searches.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            var text = value switch
            {
                null => null,
                string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (text is not null) parts.Add($"{key}={Uri.EscapeDataString(text)}");
        }
        Add("q", Q); Add("skills", Skills); Add("certifications", Certifications); Add("industries", Industries); Add("title", Title);
        Add("near", Near); Add("lat", Lat); Add("lon", Lon); Add("radiusKm", RadiusKm); Add("availableBy", AvailableBy); Add("maxRate", MaxRate);
        Add("activeWithinDays", ActiveWithinDays);
        return string.Join("&", parts);
    }

    /// <summary>Reads a query string written by <see cref="ToQueryString"/>; values that do not parse are left out.</summary>
    public static TalentSearchInput FromQueryString(string query)
    {
        var q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.StartsWith('?') ? query : "?" + query);
        string? S(string k) => q.TryGetValue(k, out var v) ? v.ToString() : null;
        double? D(string k) => double.TryParse(S(k), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        int? I(string k) => int.TryParse(S(k), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
        DateOnly? Day(string k) => DateOnly.TryParseExact(S(k), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new(S("q"), S("skills"), S("certifications"), S("industries"), S("title"), S("near"), D("lat"), D("lon"), D("radiusKm"), Day("availableBy"),
            D("maxRate"), I("activeWithinDays"));
    }
}

/// <summary>How a query term was understood, for the page and the API.</summary>
public sealed record TalentTerm(string Text, bool Quoted, string? Code, string? Name, IReadOnlyList<string> Codes);

/// <summary>A candidate found, with what shows why: the terms matched and where in the profile, highlighted.</summary>
public sealed record TalentCandidate(
    Guid CandidateId, string Name, string? Headline, string? Location, int Rank, double Score, IReadOnlyList<TermMatch> Matched, IReadOnlyList<TalentEvidence> Evidence);

/// <summary>One page of a talent search.</summary>
public sealed record TalentSearchResponse(
    string Query, string Canonical, int Total, int Searched, int Page, int PageSize, IReadOnlyList<TalentTerm> Terms, IReadOnlyList<TalentCandidate> Results);

/// <summary>A search that ran, or what is wrong with it (field → messages; the query's errors name the position).</summary>
public sealed record TalentSearchOutcome(TalentSearchResponse? Response, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>True when the search ran.</summary>
    public bool Succeeded => Response is not null;
}

/// <summary>
/// Talent search for the page and the API alike: parses and checks the input, runs it in the in-memory index, loads the
/// page of candidates through the caller's scope with highlighted evidence, and audits the read of personal data.
/// </summary>
public sealed class TalentSearchService(ShortlistDbContext db, CurrentUser user, MatchingService matching, AuditLog audit, TimeProvider clock)
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;
    /// <summary>The deepest result reachable by paging.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>Checks the input and builds the query the index runs; errors by field otherwise.</summary>
    public async Task<(TalentQuery? Query, Dictionary<string, string[]> Errors)> CompileAsync(TalentSearchInput input, TalentVocabulary vocabulary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

        QueryNode? node = null;
        if (!TalentQueryParser.TryParse(input.Q, out node, out var parseError))
            Error("q", parseError!.Message);

        var skills = new List<SkillFilter>();
        foreach (var item in Split(input.Skills, "skills", Error))
        {
            var colon = item.LastIndexOf(':');
            var name = colon > 0 ? item[..colon].Trim() : item;
            double years = 0;
            if (colon > 0 && (!double.TryParse(item[(colon + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out years) || years is < 0 or > 60 || !double.IsFinite(years)))
            {
                Error("skills", $"'{item}': the minimum years after ':' must be a number from 0 to 60.");
                continue;
            }
            if (vocabulary.Resolve(name) is { } code) skills.Add(new SkillFilter(code, years));
            else Error("skills", $"'{name}' is not a skill in the taxonomy.");
        }
        var certifications = Codes(input.Certifications, "certifications", "certification", vocabulary, Error);
        var industries = Codes(input.Industries, "industries", "industry", vocabulary, Error);
        if (input.Title is { Length: > 200 }) Error("title", "The title is longer than 200 characters.");

        double? lat = input.Lat, lon = input.Lon;
        if (!string.IsNullOrWhiteSpace(input.Near))
        {
            if (input.Near.Length > 100) Error("near", "The place is longer than 100 characters.");
            else if (await PlaceAsync(input.Near.Trim(), ct) is { } place) (lat, lon) = place;
            else Error("near", $"'{input.Near.Trim()}' is not a place known from the talent pool or the positions; give lat and lon instead.");
        }
        if (lat is not null != lon is not null) Error("lat", "Give both lat and lon.");
        if (lat is < -90 or > 90 || lat is double la && !double.IsFinite(la)) Error("lat", "lat must be between -90 and 90.");
        if (lon is < -180 or > 180 || lon is double lo && !double.IsFinite(lo)) Error("lon", "lon must be between -180 and 180.");
        if (input.RadiusKm is { } r && (r is <= 0 or > 20_000 || !double.IsFinite(r))) Error("radiusKm", "radiusKm must be more than 0 and at most 20,000.");
        if (input.RadiusKm is not null && lat is null && string.IsNullOrWhiteSpace(input.Near)) Error("radiusKm", "A radius needs a place (near, or lat and lon).");
        if (input.MaxRate is { } rate && (rate < 0 || !double.IsFinite(rate))) Error("maxRate", "maxRate must be a positive number.");
        if (input.ActiveWithinDays is < 0 or > 36_500) Error("activeWithinDays", "activeWithinDays must be between 0 and 36,500.");
        if (input.Page is < 1) Error("page", "page starts at 1.");
        if (input.PageSize is < 1 or > MaxPageSize) Error("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        var size = input.PageSize ?? 20;
        var skip = ((input.Page ?? 1) - 1) * (long)size;
        if (skip + size > MaxDepth) Error("page", $"Only the first 10,000 results can be paged to; narrow the search.");
        if (errors.Count > 0) return (null, errors);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var filters = new TalentFilters
        {
            Skills = skills, Certifications = certifications, Industries = industries, Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title,
            Latitude = lat, Longitude = lon, RadiusKm = lat is null ? null : input.RadiusKm ?? 50, AvailableBy = input.AvailableBy, MaxHourlyRate = input.MaxRate,
            ActiveWithinDays = input.ActiveWithinDays,
        };
        return (new TalentQuery(node, filters, today, (int)skip, size), errors);
    }

    /// <summary>Runs the search and returns one page, or the errors in the input.</summary>
    public async Task<TalentSearchOutcome> SearchAsync(TalentSearchInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var engine = await matching.GetAsync(ct);
        var (query, errors) = await CompileAsync(input, engine.Talent.Vocabulary, ct);
        if (query is null) return new TalentSearchOutcome(null, errors);
        var result = engine.Talent.Search(query);

        var ids = result.Hits.Select(h => h.CandidateId).ToList();
        var people = await db.Candidates.AsNoTracking().VisibleTo(user).Where(c => ids.Contains(c.Id) && c.ErasedAt == null).ToDictionaryAsync(c => c.Id, ct);
        var shown = result.Hits.Where(h => people.ContainsKey(h.CandidateId)).Select(h =>
        {
            var c = people[h.CandidateId];
            return new TalentCandidate(c.Id, c.FullName.Trim(), c.Headline, c.Location?.ToString(), h.Rank, h.Score, h.Matched,
                TalentEvidenceFinder.Find(c, h.Matched, engine.Talent.Vocabulary));
        }).ToList();
        var canonical = query.Query?.ToCanonical() ?? "";
        audit.Record("talent.search", nameof(Candidate), null,
            Clip($"{shown.Count} of {result.Total} candidates shown for \"{canonical}\"" + (input.ToQueryString() is { Length: > 0 } qs ? $" ({qs})" : "")));
        await db.SaveChangesAsync(ct);
        return new TalentSearchOutcome(new TalentSearchResponse(input.Q ?? "", canonical, result.Total, result.Searched, input.Page ?? 1, query.Top,
            [.. result.Terms.Select(t => new TalentTerm(t.Text, t.Quoted, t.Code, t.Name, t.Codes))], shown), errors);
    }

    private static string Clip(string s) => s.Length <= 1000 ? s : s[..1000];

    // A place named like a city ("Boston" or "Boston, MA") whose coordinates the pool or the positions already know.
    private async Task<(double, double)?> PlaceAsync(string near, CancellationToken ct)
    {
        var city = near.Split(',')[0].Trim();
        var region = near.Contains(',') ? near.Split(',')[1].Trim() : null;
        var candidates = db.Candidates.AsNoTracking().Where(c => c.Location != null && c.Location.City == city && c.Location.Latitude != null && c.Location.Longitude != null);
        if (region is not null) candidates = candidates.Where(c => c.Location!.Region == region);
        var hit = await candidates.Select(c => new { c.Location!.Latitude, c.Location.Longitude }).FirstOrDefaultAsync(ct);
        if (hit is not null) return (hit.Latitude!.Value, hit.Longitude!.Value);
        var positions = db.Positions.AsNoTracking().Where(p => p.Location != null && p.Location.City == city && p.Location.Latitude != null && p.Location.Longitude != null);
        if (region is not null) positions = positions.Where(p => p.Location!.Region == region);
        var pos = await positions.Select(p => new { p.Location!.Latitude, p.Location.Longitude }).FirstOrDefaultAsync(ct);
        return pos is null ? null : (pos.Latitude!.Value, pos.Longitude!.Value);
    }

    private static IEnumerable<string> Split(string? list, string field, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(list)) return [];
        if (list.Length > 1000) { error(field, $"{field} is longer than 1,000 characters."); return []; }
        var items = list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length > 20) { error(field, $"Name at most 20 {field}."); return []; }
        return items;
    }

    private static List<string> Codes(string? list, string field, string kind, TalentVocabulary vocabulary, Action<string, string> error)
    {
        var codes = new List<string>();
        foreach (var item in Split(list, field, error))
        {
            if (vocabulary.Resolve(item) is { } code) codes.Add(code);
            else error(field, $"'{item}' is not {(kind == "industry" ? "an" : "a")} {kind} in the taxonomy.");
        }
        return codes;
    }
}
