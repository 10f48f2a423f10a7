using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.JobBoard;

public sealed class IndexModel(JobSearch search) : PageModel
{
    /// <summary>Facets with many values (locations, role families) show the most common ones and the one chosen.</summary>
    public const int MaxFacetValues = 12;

    public JobQuery Query { get; private set; } = JobQuery.Parse(null, null, null, null, null, null, null, null, null).Query;
    public JobResults Result { get; private set; } = new([], 0, 1, 20, new([], [], [], [], []));
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(string? q, string? role, string? industry, string? workplace, string? location, string? engagement, string? pay, string? posted, string? sort, string? page, CancellationToken ct)
    {
        // Unknown values are shown as a message and ignored, so a mangled shared link still lists jobs.
        (Query, var errors) = JobQuery.Parse(q, industry, workplace, engagement, pay, posted, sort, page, null, role, location);
        Query = await search.ResolveAsync(Query, errors, ct);
        Errors = errors;
        Result = await search.SearchAsync(Query, ct);
    }

    /// <summary>The value of a filter as the request gave it, when it is in effect (unknown values are not).</summary>
    public string Current(string key)
    {
        var value = key switch
        {
            "role" => Query.Role,
            "industry" => Query.Industry,
            "location" => Query.Location,
            "workplace" => Query.Workplace?.ToString(),
            "engagement" => Query.Engagement?.ToString(),
            "pay" => Query.Pay?.ToString(),
            "posted" => Query.Posted?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return value ?? "";
    }

    /// <summary>This page's own address for search engines: the path and the filters in effect, in a fixed order.</summary>
    public string Canonical => $"{Request.Scheme}://{Request.Host}" + JobsUrl(Pairs(null, null, keepPage: true));

    /// <summary>The current URL with one filter changed (null removes it) and the page reset; every other filter is kept.</summary>
    public string With(string key, string? value) => JobsUrl(Pairs(key, value, keepPage: false));

    /// <summary>Another page of the same results: every filter kept, unknown values dropped.</summary>
    public string PageUrl(int page)
    {
        var pairs = Pairs(null, null, keepPage: false);
        if (page > 1) pairs.Add(("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return JobsUrl(pairs);
    }

    public IEnumerable<(string Key, string Title, IReadOnlyList<FacetCount> Values)> VisibleFacets(IEnumerable<(string Key, string Title, IReadOnlyList<FacetCount> Values)> facets)
    {
        foreach (var f in facets)
        {
            var current = Current(f.Key);
            var values = f.Values.Where((v, i) => i < MaxFacetValues || string.Equals(v.Value, current, StringComparison.OrdinalIgnoreCase)).ToList();
            if (values.Count > 0 || current.Length > 0) yield return (f.Key, f.Title, values);
        }
    }

    private List<(string Key, string Value)> Pairs(string? key, string? value, bool keepPage)
    {
        var pairs = new List<(string Key, string Value)>();
        if (Query.Q is { } q) pairs.Add(("q", q));
        foreach (var k in JobQuery.FilterKeys)
        {
            var v = k == key ? value : Current(k);
            if (!string.IsNullOrEmpty(v)) pairs.Add((k, v));
        }
        if (Query.Sort != JobSort.Relevance) pairs.Add(("sort", Query.Sort.ToString()));
        if (keepPage && Query.Page > 1) pairs.Add(("page", Query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return pairs;
    }

    private static string JobsUrl(List<(string Key, string Value)> pairs)
        => "/jobs" + (pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
}
