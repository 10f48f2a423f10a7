using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Duplicates;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Workspace.Duplicates;

/// <summary>Likely duplicate candidates waiting for a recruiter (or those merged or dismissed), with the reasons.</summary>
public sealed class IndexModel(DuplicateService duplicates) : PageModel
{
    public Page<DuplicatePairSummary> Pairs { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        Status = Status?.ToLowerInvariant() is "merged" or "dismissed" ? Status.ToLowerInvariant() : "pending";
        Pairs = await duplicates.ListAsync(Status, page, 50, ct);
    }
}
