using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.Client.Positions;

/// <summary>The shortlist of one of the organization's positions: the candidates submitted to it, named or labelled in blind review.</summary>
public sealed class DetailsModel(ClientPortalService portal) : PageModel
{
    public ShortlistResponse Shortlist { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await portal.ShortlistAsync(id, ct) is not { } shortlist) return NotFound();
        Shortlist = shortlist;
        return Page();
    }
}
