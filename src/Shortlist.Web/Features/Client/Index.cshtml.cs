using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Client;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user) : PageModel
{
    public sealed record Row(string Title, PositionStatus Status, DateOnly? TargetShortlistDate, DateOnly? TargetFillDate);

    public string? OrganizationName { get; private set; }
    public IReadOnlyList<Row> Positions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        OrganizationName = await db.Organizations.VisibleTo(user).Select(o => o.Name).FirstOrDefaultAsync(ct);
        Positions = await db.Positions.AsNoTracking().VisibleTo(user).OrderBy(p => p.Title)
            .Select(p => new Row(p.Title, p.Status, p.TargetShortlistDate, p.TargetFillDate)).ToListAsync(ct);
    }
}
