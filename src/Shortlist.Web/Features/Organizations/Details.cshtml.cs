using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Activities;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Activities;

namespace Shortlist.Web.Features.Organizations;

/// <summary>A client organization for staff: its details, its positions and its timeline of notes, calls, meetings and e-mails.</summary>
public sealed class DetailsModel(ShortlistDbContext db, CurrentUser user, ActivityService activities) : PageModel
{
    public OrganizationResponse Organization { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title, string Status)> Positions { get; private set; } = [];
    public TimelineView? Timeline { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? page, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().VisibleTo(user).Where(o => o.Id == id).Select(OrganizationResponse.Projection).FirstOrDefaultAsync(ct);
        if (organization is null) return NotFound();
        Organization = organization;
        var positions = await db.Positions.AsNoTracking().VisibleTo(user).Where(p => p.OrganizationId == id).OrderByDescending(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Title, p.Status }).Take(100).ToListAsync(ct);
        Positions = [.. positions.Select(p => (p.Id, p.Title, p.Status.ToString()))];
        if (await activities.TimelineAsync(ActivitySubject.Organization, id, page, null, ct) is { } timeline)
            Timeline = new TimelineView("organization", id, timeline, $"/Organizations/{id}#timeline");
        return Page();
    }
}
