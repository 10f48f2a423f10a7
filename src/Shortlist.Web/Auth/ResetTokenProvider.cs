using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Shortlist.Data.Identity;

namespace Shortlist.Web.Auth;

/// <summary>
/// Password-reset tokens: the user, the purpose, the account's security stamp and the time made, encrypted and signed
/// with the data-protection keys. A token works for <see cref="AccountService.PasswordResetLifetime"/> by the product's
/// clock (<see cref="TimeProvider"/>) and once: using it changes the security stamp, which every token carries.
/// </summary>
public sealed class ResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<ShortlistUser>
{
    public const string Name = "ShortlistReset";
    private readonly IDataProtector _protector = protection.CreateProtector("Shortlist.PasswordReset.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<ShortlistUser> manager, ShortlistUser user)
    {
        var stamp = await manager.GetSecurityStampAsync(user);
        var made = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _protector.Protect(string.Join('\n', user.Id, purpose, stamp, made));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ShortlistUser> manager, ShortlistUser user)
    {
        string[] parts;
        try { parts = _protector.Unprotect(token).Split('\n'); }
        catch (System.Security.Cryptography.CryptographicException) { return false; }
        if (parts.Length != 4 || parts[0] != user.Id.ToString() || parts[1] != purpose || parts[2] != await manager.GetSecurityStampAsync(user)) return false;
        if (!long.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var made)) return false;
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(made);
        return age >= TimeSpan.FromMinutes(-5) && age <= AccountService.PasswordResetLifetime;
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ShortlistUser> manager, ShortlistUser user) => Task.FromResult(false);
}
