using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Data.Identity;
using Shortlist.Domain.Common;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Account;

[EnableRateLimiting(RateLimiting.Account)]
public sealed class LoginModel(SignInManager<ShortlistUser> signIn, UserManager<ShortlistUser> users, Shortlist.Web.Auth.AccountService accounts) : PageModel
{
    [BindProperty, Required, EmailAddress, StringLength(254)] public string Email { get; set; } = "";
    [BindProperty, Required, StringLength(200)] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [TempData] public string? Message { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        if (result.IsLockedOut) ModelState.AddModelError("", "Too many failed attempts. Try again in a few minutes.");
        else if (!result.Succeeded) ModelState.AddModelError("", "Wrong e-mail or password.");
        if (!ModelState.IsValid) return Page();
        await accounts.RecordSignInAsync(Email, "password");
        return await RedirectHomeAsync(users, Email, ReturnUrl, Url);
    }

    /// <summary>After signing in: back where the person was going, else their role's home.</summary>
    internal static async Task<IActionResult> RedirectHomeAsync(UserManager<ShortlistUser> users, string email, string? returnUrl, IUrlHelper url)
    {
        if (!string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl)) return new LocalRedirectResult(returnUrl);
        var user = await users.FindByEmailAsync(email);
        var roles = user is null ? [] : await users.GetRolesAsync(user);
        return new LocalRedirectResult(HomeOf(roles));
    }

    /// <summary>Where each role starts its day.</summary>
    public static string HomeOf(IList<string> roles)
        => roles.Contains(Roles.Administrator) ? "/Admin"
        : roles.Contains(Roles.Recruiter) ? "/Workspace"
        : roles.Contains(Roles.HiringManager) ? "/Client"
        : roles.Contains(Roles.Candidate) ? "/Portal"
        : "/";
}
