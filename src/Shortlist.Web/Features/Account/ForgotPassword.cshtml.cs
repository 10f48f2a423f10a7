using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Account;

/// <summary>Asks for a password-reset link; answers the same whether or not an account has the address.</summary>
[EnableRateLimiting(RateLimiting.Account)]
public sealed class ForgotPasswordModel(AccountService accounts) : PageModel
{
    [BindProperty, Required, EmailAddress, StringLength(254)] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        await accounts.RequestPasswordResetAsync(Email, accounts.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}", ct);
        Sent = true;
        return Page();
    }
}
