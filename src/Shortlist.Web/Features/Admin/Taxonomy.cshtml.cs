using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Features.Taxonomy;

namespace Shortlist.Web.Features.Admin;

public sealed class TaxonomyModel(ShortlistDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public TaxonomyCategory? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [TempData] public string? Message { get; set; }
    public Page<TaxonomyEntryResponse> Result { get; private set; } = new([], 0, 1, 100);
    public IReadOnlyList<IndustryPlaybook> Playbooks { get; private set; } = [];
    /// <summary>The taxonomy's industries that have no playbook yet (code, name), for starting one.</summary>
    public IReadOnlyList<(string Code, string Name)> IndustriesWithout { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var entries = await db.TaxonomyEntries.AsNoTracking().Where(t => Category == null || t.Category == Category).ToListAsync(ct);
        var matches = entries.Where(t => TaxonomyApi.Matches(t, Q)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(TaxonomyEntryResponse.From).ToList();
        Result = Page<TaxonomyEntryResponse>.Of(matches, PageNumber, 100);
        Playbooks = await db.IndustryPlaybooks.AsNoTracking().OrderBy(p => p.IndustryCode).ToListAsync(ct);
        var with = Playbooks.Select(p => p.IndustryCode).ToHashSet(StringComparer.Ordinal);
        IndustriesWithout = (await db.TaxonomyEntries.AsNoTracking().Where(t => t.Category == TaxonomyCategory.Industry).Select(t => new { t.Code, t.Name }).ToListAsync(ct))
            .Where(t => !with.Contains(t.Code)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => (t.Code, t.Name)).ToList();
    }
}
