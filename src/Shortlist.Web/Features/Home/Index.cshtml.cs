using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Home;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user) : PageModel
{
    public bool SignedIn => user.IsSignedIn;
    public string? Name => user.DisplayName;
    public int OpenPositions { get; private set; }
    public int Organizations { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        OpenPositions = await db.Positions.CountAsync(p => p.Status == PositionStatus.Open, ct);
        Organizations = await db.Positions.Where(p => p.Status == PositionStatus.Open).Select(p => p.OrganizationId).Distinct().CountAsync(ct);
    }
}
