using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.SearchRequests;

namespace Shortlist.Web.Features.Client.Requests;

/// <summary>The organization's search requests and where each stands (with the reason, when declined).</summary>
public sealed class IndexModel(SearchRequestService requests) : PageModel
{
    public IReadOnlyList<SearchRequestSummary> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Requests = await requests.ListAsync(null, ct);
}
