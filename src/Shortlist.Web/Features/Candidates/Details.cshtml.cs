using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Candidates;

public sealed class DetailsModel(ShortlistDbContext db, CurrentUser user, AuditLog audit) : PageModel
{
    public Candidate Candidate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null) return NotFound();
        await audit.RecordReadAsync(nameof(Candidate), candidate.Id, ct);
        Candidate = candidate;
        return Page();
    }
}
