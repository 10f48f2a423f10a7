using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.JobBoard;

namespace Shortlist.Web.Features.Portal;

/// <summary>The candidate's own applications: stage in their words, a timeline, and withdrawing.</summary>
public sealed class ApplicationsModel(ApplyService applications) : PageModel
{
    public IReadOnlyList<MyApplication> Items { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await applications.MineAsync(ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid applicationId, CancellationToken ct)
    {
        var (status, application) = await applications.WithdrawAsync(applicationId, ct);
        switch (status)
        {
            case WithdrawStatus.NotFound:
                return NotFound();
            case WithdrawStatus.AlreadyClosed:
                Error = $"Your application for {application!.PositionTitle} is closed already.";
                await OnGetAsync(ct);
                return Page();
            default:
                Message = $"You withdrew your application for {application!.PositionTitle}.";
                return RedirectToPage();
        }
    }
}
