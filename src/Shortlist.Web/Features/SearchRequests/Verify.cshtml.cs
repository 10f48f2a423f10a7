using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>The e-mail verification link of a public search request: works once, before it expires.</summary>
[EnableRateLimiting(RateLimiting.PublicForm)]
public sealed class VerifyModel(SearchRequestService requests) : PageModel
{
    public VerifyOutcome Outcome { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken ct)
    {
        Outcome = await requests.VerifyAsync(token, ct);
        if (Outcome != VerifyOutcome.Verified) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
