using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Portal;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user) : PageModel
{
    public Candidate? Candidate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
        => Candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(ct);
}
