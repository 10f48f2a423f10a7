using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.JobBoard;

public sealed class IndexModel(JobSearch search) : PageModel
{
    public JobQuery Query { get; private set; } = JobQuery.Parse(null, null, null, null, null, null, null, null, null).Query;
    public JobResults Result { get; private set; } = new([], 0, 1, 20, new([], [], [], [], []));
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(string? q, string? industry, string? workplace, string? engagement, string? pay, string? posted, string? sort, string? page, CancellationToken ct)
    {
        // Unknown values are shown as a message and ignored, so a mangled shared link still lists jobs.
        (Query, var errors) = JobQuery.Parse(q, industry, workplace, engagement, pay, posted, sort, page, null);
        Errors = errors;
        Result = await search.SearchAsync(Query, ct);
    }

    /// <summary>The current URL with one filter changed (null removes it) and the page reset.</summary>
    public string With(string key, string? value)
    {
        var pairs = Request.Query.Where(p => p.Key != key && p.Key != "page" && !string.IsNullOrEmpty(p.Value)).Select(p => (p.Key, Value: p.Value.ToString())).ToList();
        if (value is not null) pairs.Add((key, value));
        return "/jobs" + (pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }
}
