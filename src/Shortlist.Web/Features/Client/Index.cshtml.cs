using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.Client;

/// <summary>The hiring manager's dashboard: the organization's requests and positions against their dates, with shortlist figures.</summary>
public sealed class IndexModel(ClientPortalService portal) : PageModel
{
    public DashboardResponse Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await portal.DashboardAsync(ct) is not { } dashboard) return NotFound();
        Dashboard = dashboard;
        return Page();
    }

    public static string Text(DateState state) => state switch
    {
        DateState.Late => "Late",
        DateState.AtRisk => "At risk",
        DateState.Met => "Done",
        DateState.OnTrack => "On track",
        _ => "No date",
    };
}
