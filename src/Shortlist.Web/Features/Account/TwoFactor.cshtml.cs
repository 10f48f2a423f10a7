using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Account;

/// <summary>Two-factor authentication for the signed-in account: set up with an authenticator app, recovery codes, turn off.</summary>
public sealed class TwoFactorModel(UserManager<ShortlistUser> users, SignInManager<ShortlistUser> signIn, TwoFactorService twoFactor) : PageModel
{
    public TwoFactorStatus Status { get; private set; } = new(false, 0, false);
    public AuthenticatorSetup? Setup { get; private set; }
    /// <summary>Recovery codes just made: shown on this answer only.</summary>
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }
    public string? Message { get; private set; }
    [BindProperty] public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(renew: false);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var codes = await twoFactor.EnableAsync(user, Code, ct);
        if (codes is null) ModelState.AddModelError(nameof(Code), "The code is not right. Enter the current six-digit code from your authenticator app.");
        else
        {
            await signIn.RefreshSignInAsync(user);
            NewRecoveryCodes = codes;
            Message = "Two-factor authentication is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone.";
        }
        return await LoadAsync(renew: false);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        NewRecoveryCodes = await twoFactor.NewRecoveryCodesAsync(user, ct);
        await signIn.RefreshSignInAsync(user);
        Message = NewRecoveryCodes is null ? null : "New recovery codes; the old ones no longer work.";
        return await LoadAsync(renew: false);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var error = await twoFactor.DisableAsync(user, Code, ct);
        if (error is not null) ModelState.AddModelError(nameof(Code), error);
        else
        {
            await signIn.RefreshSignInAsync(user);
            Message = "Two-factor authentication is off.";
        }
        return await LoadAsync(renew: false);
    }

    private async Task<IActionResult> LoadAsync(bool renew)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Status = await twoFactor.StatusAsync(user);
        if (!Status.Enabled)
        {
            // Making the first key changes the security stamp, which would end this very session: renew its cookie.
            var stamp = user.SecurityStamp;
            Setup = await twoFactor.SetupAsync(user, renew);
            if (user.SecurityStamp != stamp) await signIn.RefreshSignInAsync(user);
        }
        return Page();
    }

    /// <summary>The QR code as an image address (an SVG data URI: no inline markup, allowed by the Content-Security-Policy).</summary>
    public string QrImage => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Setup?.QrCodeSvg ?? ""));
}
