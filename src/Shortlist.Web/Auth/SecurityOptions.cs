namespace Shortlist.Web.Auth;

/// <summary>Sign-in and session settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Whether administrators and recruiters must enrol in two-factor authentication before they can use anything else.
    /// Unset: on in the Production environment, off otherwise (the demo runs in Development).
    /// </summary>
    public bool? RequireTwoFactorForStaff { get; set; }

    /// <summary>How long a signed-in browser session lasts without activity (sliding), in minutes.</summary>
    public int SessionMinutes { get; set; } = 8 * 60;

    /// <summary>How many wrong passwords or codes in a row lock an account.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// A PFX certificate file whose key encrypts the data-protection keys at rest (cookies, antiforgery and reset tokens
    /// are protected with those keys); with none, the keys are stored unencrypted in the database.
    /// </summary>
    public string? KeyEncryptionCertificate { get; set; }

    /// <summary>The certificate file's password, if any.</summary>
    public string? KeyEncryptionCertificatePassword { get; set; }

    /// <summary>The effective two-factor requirement in <paramref name="environment"/>.</summary>
    public bool TwoFactorRequiredForStaff(IHostEnvironment environment) => RequireTwoFactorForStaff ?? environment.IsProduction();
}
