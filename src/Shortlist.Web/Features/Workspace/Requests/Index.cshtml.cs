using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Organizations;
using Shortlist.Web.Features.SearchRequests;

namespace Shortlist.Web.Features.Workspace.Requests;

/// <summary>The recruiters' queue: verified search requests, newest first.</summary>
public sealed class IndexModel(SearchRequestService requests) : PageModel
{
    public IReadOnlyList<SearchRequestSummary> Requests { get; private set; } = [];
    public SearchRequestStatus? Status { get; private set; }

    public async Task OnGetAsync(SearchRequestStatus? status, CancellationToken ct)
    {
        Status = status;
        Requests = await requests.ListAsync(status, ct);
    }
}
