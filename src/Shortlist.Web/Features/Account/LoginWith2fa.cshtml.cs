using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(RateLimiting.Account)]
public sealed class LoginWith2faModel(SignInManager<ShortlistUser> signIn, UserManager<ShortlistUser> users, AccountService accounts) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the code."), StringLength(40)] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
        => await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        // Six digits are a code from the app; anything else is tried as a recovery code (each works once).
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.IsLockedOut) ModelState.AddModelError("", "Too many failed attempts. Try again in a few minutes.");
        else if (!result.Succeeded) ModelState.AddModelError("", "That code is not right. Enter the current code from your authenticator app, or a recovery code.");
        if (!ModelState.IsValid) return Page();
        await accounts.RecordSignInAsync(user.Email!, "password+2fa");
        return await LoginModel.RedirectHomeAsync(users, user.Email!, ReturnUrl, Url);
    }
}
