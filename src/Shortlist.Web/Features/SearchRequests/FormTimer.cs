using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>
/// The minimum-fill-time spam defence of public forms: the form carries the moment it was shown, data-protected (so it cannot be
/// forged or moved back), and a form sent back sooner than a person could fill it in is refused. No third-party service involved.
/// </summary>
public sealed class FormTimer(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Shortlist.SearchRequests.FormTimer.v1");

    /// <summary>How long a shown form stays valid.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    /// <summary>A stamp for a form shown at <paramref name="shownAt"/> (now, unless a test says otherwise).</summary>
    public string Stamp(DateTimeOffset? shownAt = null)
        => _protector.Protect((shownAt ?? clock.GetUtcNow()).UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when the stamp is genuine and at least <paramref name="minimum"/> and at most <see cref="MaxAge"/> old.</summary>
    public bool IsHumanPaced(string? stamp, TimeSpan minimum)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 1_000) return false;
        try
        {
            var ticks = long.Parse(_protector.Unprotect(stamp), CultureInfo.InvariantCulture);
            var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
            return age >= minimum && age <= MaxAge;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException) { return false; }
    }
}
