using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Account;

public sealed class AcceptInvitationModel(AccountService accounts, SignInManager<ShortlistUser> signIn, UserManager<ShortlistUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty, Required, StringLength(200)] public string DisplayName { get; set; } = "";
    [BindProperty, Required, StringLength(200)] public string Password { get; set; } = "";
    public bool Invalid { get; private set; }
    public string? Email { get; private set; }
    public string? Role { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !ModelState.IsValid) return Page();
        var result = await accounts.AcceptInvitationAsync(Token!, DisplayName, Password, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }
        var user = (await users.FindByIdAsync(result.UserId!.Value.ToString()))!;
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(LoginModel.HomeOf(await users.GetRolesAsync(user)));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var invitation = await accounts.FindOpenInvitationAsync(Token, ct);
        Invalid = invitation is null;
        Email = invitation?.Email;
        Role = invitation?.Role;
        return !Invalid;
    }
}
