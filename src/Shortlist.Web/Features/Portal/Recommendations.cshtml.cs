using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Matching;

namespace Shortlist.Web.Features.Portal;

/// <summary>Open positions ranked by the matching engine for the signed-in candidate.</summary>
public sealed class RecommendationsModel(CurrentUser user, MatchReader reader) : PageModel
{
    public PositionMatchList? List { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
        => List = user.CandidateId is { } id ? await reader.ForCandidateAsync(id, includeUnpublished: false, qualifyingOnly: true, top: 20, ct) : null;
}
