using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Positions;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public PositionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<PositionSummary> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Positions.VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(p => p.Title.Contains(Q));
        if (Status is { } s) query = query.Where(p => p.Status == s);
        Result = await Page<PositionSummary>.ReadAsync(query.OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new PositionSummary(p.Id, p.OrganizationId, p.Title, p.Industry, p.Status, p.Workplace, p.Location!.City, p.TargetFillDate)),
            PageNumber, 50, ct);
    }
}
