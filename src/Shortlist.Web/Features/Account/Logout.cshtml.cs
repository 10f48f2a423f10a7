using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data.Identity;

namespace Shortlist.Web.Features.Account;

/// <summary>
/// Signing out ends the session for good: the account's security stamp changes, so the old cookie (even a copy of it)
/// is refused on its next use, and so are refresh tokens.
/// </summary>
public sealed class LogoutModel(SignInManager<ShortlistUser> signIn, UserManager<ShortlistUser> users) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
