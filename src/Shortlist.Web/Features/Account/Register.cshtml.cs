using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Account;

[EnableRateLimiting(RateLimiting.Account)]
public sealed class RegisterModel(AccountService accounts, SignInManager<ShortlistUser> signIn, UserManager<ShortlistUser> users) : PageModel
{
    [BindProperty, Required, StringLength(100)] public string FirstName { get; set; } = "";
    [BindProperty, Required, StringLength(100)] public string LastName { get; set; } = "";
    [BindProperty, Required, EmailAddress, StringLength(254)] public string Email { get; set; } = "";
    [BindProperty, Required, StringLength(200)] public string Password { get; set; } = "";
    /// <summary>The privacy-notice version the form showed; a form from before a new version is refused.</summary>
    [BindProperty, StringLength(40)] public string? NoticeVersion { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public void OnGet() => NoticeVersion = PrivacyNotice.Version;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Consent) ModelState.AddModelError(nameof(Consent), "Agree to the privacy notice to create an account.");
        if (!ModelState.IsValid) return Page();
        var result = await accounts.RegisterCandidateAsync(Email, Password, FirstName, LastName, NoticeVersion, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            NoticeVersion = PrivacyNotice.Version;
            ModelState.Remove(nameof(NoticeVersion));
            return Page();
        }
        await signIn.SignInAsync((await users.FindByIdAsync(result.UserId!.Value.ToString()))!, isPersistent: false);
        return LocalRedirect("/Portal");
    }
}
