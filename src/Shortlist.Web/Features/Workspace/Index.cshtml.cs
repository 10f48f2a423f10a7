using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Web.Features.Positions;

namespace Shortlist.Web.Features.Workspace;

public sealed class IndexModel(ShortlistDbContext db, Shortlist.Web.Features.Duplicates.DuplicateService duplicates) : PageModel
{
    public int DuplicatesPending { get; private set; }
    public int OpenPositions { get; private set; }
    public int Candidates { get; private set; }
    public int ActiveApplications { get; private set; }
    public int Organizations { get; private set; }
    public int ConversationsWaiting { get; private set; }
    public IReadOnlyList<PositionSummary> DueSoon { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        OpenPositions = await db.Positions.CountAsync(p => p.Status == PositionStatus.Open, ct);
        Candidates = await db.Candidates.CountAsync(c => c.ErasedAt == null, ct);
        ConversationsWaiting = await db.CareerConversations.CountAsync(c => c.Status == Domain.Candidates.ConversationStatus.Requested, ct);
        ActiveApplications = await db.Applications.CountAsync(a => a.Stage != Stage.Closed && a.Stage != Stage.Placed, ct);
        Organizations = await db.Organizations.CountAsync(ct);
        DuplicatesPending = await duplicates.PendingCountAsync(ct);
        DueSoon = await db.Positions.AsNoTracking().Where(p => p.Status == PositionStatus.Open && p.TargetFillDate != null)
            .OrderBy(p => p.TargetFillDate).Take(10)
            .Select(p => new PositionSummary(p.Id, p.OrganizationId, p.Title, p.Industry, p.Status, p.Workplace, p.Location!.City, p.TargetFillDate))
            .ToListAsync(ct);
    }
}
