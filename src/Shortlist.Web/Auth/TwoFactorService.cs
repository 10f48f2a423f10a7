using System.Text;
using Microsoft.AspNetCore.Identity;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Web.Auditing;

namespace Shortlist.Web.Auth;

/// <summary>Whether an account has two-factor authentication, and how many recovery codes are left.</summary>
public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>What an authenticator app needs: the shared key (grouped for typing), the otpauth URI and its QR code as SVG.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

/// <summary>
/// Two-factor authentication with an authenticator app (TOTP, RFC 6238) through ASP.NET Core Identity: set-up, turning
/// on with a first code, recovery codes, turning off. Pages and API go through here.
/// </summary>
public sealed class TwoFactorService(UserManager<ShortlistUser> users, IUserStore<ShortlistUser> store, ShortlistDbContext db, AuditLog audit,
    Microsoft.Extensions.Options.IOptions<SecurityOptions> options, IHostEnvironment environment)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Shortlist";

    /// <summary>Whether this account must have two-factor authentication (staff, when the setting says so).</summary>
    public async Task<bool> IsRequiredAsync(ShortlistUser user)
        => options.Value.TwoFactorRequiredForStaff(environment)
           && (await users.IsInRoleAsync(user, Domain.Common.Roles.Administrator) || await users.IsInRoleAsync(user, Domain.Common.Roles.Recruiter));

    public async Task<TwoFactorStatus> StatusAsync(ShortlistUser user)
        => new(await users.GetTwoFactorEnabledAsync(user), await users.CountRecoveryCodesAsync(user), await IsRequiredAsync(user));

    /// <summary>The authenticator key (made on first call; a new one while two-factor is off and <paramref name="renew"/>).</summary>
    public async Task<AuthenticatorSetup> SetupAsync(ShortlistUser user, bool renew)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || (renew && !user.TwoFactorEnabled))
        {
            // A new key while two-factor is off: set through the store, not ResetAuthenticatorKeyAsync, which would also
            // change the security stamp and so end the session (and API token) that is setting it up. Turning two-factor
            // on or off does change the stamp.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<ShortlistUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded) throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        return new AuthenticatorSetup(Group(key!), uri, QrSvg(uri));
    }

    /// <summary>Turns two-factor on with a first code from the app; answers the recovery codes (shown once), or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ShortlistUser user, string? code, CancellationToken ct)
    {
        var clean = Clean(code);
        if (clean.Length == 0 || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))) return null;
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean)) return null;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        audit.Record("user.2fa-enable", "User", user.Id);
        await db.SaveChangesAsync(ct);
        return [.. codes ?? []];
    }

    /// <summary>New recovery codes (the old ones stop working); null while two-factor is off.</summary>
    public async Task<IReadOnlyList<string>?> NewRecoveryCodesAsync(ShortlistUser user, CancellationToken ct)
    {
        if (!user.TwoFactorEnabled) return null;
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        audit.Record("user.2fa-recovery-codes", "User", user.Id);
        await db.SaveChangesAsync(ct);
        return [.. codes ?? []];
    }

    /// <summary>Turns two-factor off with a current code; refused (with a reason) when the account must have it.</summary>
    public async Task<string?> DisableAsync(ShortlistUser user, string? code, CancellationToken ct)
    {
        if (!user.TwoFactorEnabled) return "Two-factor authentication is already off.";
        if (await IsRequiredAsync(user)) return "Staff accounts must keep two-factor authentication on.";
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Clean(code)))
            return "The code is not right; enter the current code from your authenticator app.";
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record("user.2fa-disable", "User", user.Id);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim() is { Length: <= 20 } c ? c : "";

    private static string Group(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return result.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The QR code of <paramref name="text"/> as an SVG document (drawn on the server; no script, no inline style).</summary>
    public static string QrSvg(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return new QRCoder.SvgQRCode(data).GetGraphic(4);
    }
}
