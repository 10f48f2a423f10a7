using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Account;

/// <summary>The page the e-mailed reset link opens: sets a new password once, then the person signs in with it.</summary>
[EnableRateLimiting(RateLimiting.Account)]
public sealed class ResetPasswordModel(AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true), Required, EmailAddress, StringLength(254)] public string Email { get; set; } = "";
    [BindProperty(SupportsGet = true), Required(ErrorMessage = "This reset link is not valid any more. Ask for a new one."), StringLength(2_000)]
    public string Token { get; set; } = "";
    [BindProperty, Required, StringLength(200)] public string Password { get; set; } = "";

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await accounts.ResetPasswordAsync(Email, Token, Password, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }
        TempData["Message"] = "Your password is changed. Sign in with the new one.";
        return RedirectToPage("/Account/Login");
    }
}
