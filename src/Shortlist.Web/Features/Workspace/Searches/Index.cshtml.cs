using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Searches;

namespace Shortlist.Web.Features.Workspace.Searches;

/// <summary>"My searches": the recruiter's active searches, worst status first, each with the reason in words.</summary>
public sealed class IndexModel(SearchService searches) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Everyone { get; set; }
    public IReadOnlyList<SearchSummary> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await searches.ListAsync(Everyone, ct);
}
