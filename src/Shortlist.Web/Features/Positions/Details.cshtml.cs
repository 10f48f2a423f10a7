using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Positions;

public sealed class DetailsModel(ShortlistDbContext db, CurrentUser user) : PageModel
{
    public Position Position { get; private set; } = null!;
    public string? OrganizationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return NotFound();
        Position = position;
        OrganizationName = await db.Organizations.Where(o => o.Id == position.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return Page();
    }
}
