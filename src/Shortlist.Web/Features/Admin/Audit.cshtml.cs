using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Auditing;

namespace Shortlist.Web.Features.Admin;

public sealed class AuditModel(ShortlistDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
        => Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
}
