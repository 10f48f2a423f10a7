using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Shortlist.Data.Identity;

namespace Shortlist.Web.Auth;

/// <summary>
/// Authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that work <b>once</b>: like Identity's
/// own provider it accepts the codes of two steps either side of now (clock drift), but it remembers the last step it
/// accepted for the account and refuses that step and every earlier one (RFC 6238 §5.2), so a code read over a
/// shoulder or replayed from a proxy log is worthless once used. The step is kept in the account's token store.
/// </summary>
public sealed class OneTimeAuthenticatorProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ShortlistUser>
{
    public const string Name = "Authenticator.OneTime";
    private const string Store = "[Shortlist]";
    private const string LastStep = "AuthenticatorLastStep";
    private const int Drift = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<ShortlistUser> manager, ShortlistUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ShortlistUser> manager, ShortlistUser user)
        => !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ShortlistUser> manager, ShortlistUser user)
    {
        if (token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return false;
        var key = Base32(await manager.GetAuthenticatorKeyAsync(user));
        if (key is null) return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - Drift; step <= now + Drift; step++)
            if (Code(key, step) == code) { matched = step; break; }
        if (matched is not { } accepted) return false;

        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var used) && accepted <= used) return false;
        // Saving the step goes through the account's concurrency stamp: of two requests racing with one code, one wins.
        var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastStep, accepted.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    private static int Code(byte[] key, long step)
    {
        Span<byte> message = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(message, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1
        HMACSHA1.HashData(key, message, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return value % 1_000_000;
    }

    private static byte[]? Base32(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var index = alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (index < 0) return null;
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
