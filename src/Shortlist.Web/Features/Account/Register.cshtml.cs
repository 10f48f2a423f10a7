using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Account;

public sealed class RegisterModel(AccountService accounts, SignInManager<ShortlistUser> signIn, UserManager<ShortlistUser> users) : PageModel
{
    [BindProperty, Required, StringLength(100)] public string FirstName { get; set; } = "";
    [BindProperty, Required, StringLength(100)] public string LastName { get; set; } = "";
    [BindProperty, Required, EmailAddress, StringLength(254)] public string Email { get; set; } = "";
    [BindProperty, Required, StringLength(200)] public string Password { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await accounts.RegisterCandidateAsync(Email, Password, FirstName, LastName, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }
        await signIn.SignInAsync((await users.FindByIdAsync(result.UserId!.Value.ToString()))!, isPersistent: false);
        return LocalRedirect("/Portal");
    }
}
