using System.Security.Cryptography;
using System.Text;

namespace Shortlist.Web.Auth;

/// <summary>A one-time link token: 32 random bytes, URL-safe; only its SHA-256 hash is stored.</summary>
public static class OneTimeToken
{
    /// <summary>A new token to put in a link.</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of <paramref name="token"/>.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
