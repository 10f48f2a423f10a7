using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Privacy;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Portal;

/// <summary>The candidate downloads everything held about them, or erases their account and data.</summary>
[EnableRateLimiting(RateLimiting.Account)]
public sealed class PrivacyModel(PrivacyService privacy, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (user.CandidateId is not { } me || await privacy.ExportAsync(me, ct) is not { } bytes) return NotFound();
        return File(bytes, "application/json", PrivacyService.FileName(me, clock.GetUtcNow()));
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (!Confirm) Error = "Tick the box to confirm that you want your account and data erased.";
        else if (string.IsNullOrEmpty(Password)) Error = "Type your password to confirm.";
        else if (user.Id is { } id)
        {
            switch (await privacy.EraseOwnAsync(id, Password, ct))
            {
                case ErasureOutcome.Erased:
                    return LocalRedirect("/privacy/erased");
                case ErasureOutcome.WrongPassword:
                    Error = "The password is not right; nothing was erased.";
                    break;
                default:
                    return NotFound();
            }
        }
        Password = null;
        return Page();
    }
}
