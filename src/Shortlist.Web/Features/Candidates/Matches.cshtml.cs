using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Matching;

namespace Shortlist.Web.Features.Candidates;

/// <summary>Reverse matching for recruiters: the positions ranked for one candidate.</summary>
public sealed class MatchesModel(ShortlistDbContext db, CurrentUser user, MatchReader reader) : PageModel
{
    public PositionMatchList List { get; private set; } = null!;
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var list = await reader.ForCandidateAsync(id, includeUnpublished: true, qualifyingOnly: false, top: 50, ct);
        if (list is null) return NotFound();
        List = list;
        Name = await db.Candidates.AsNoTracking().VisibleTo(user).Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(ct);
        return Page();
    }
}
