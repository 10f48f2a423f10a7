namespace Shortlist.Web.Features.Legal;

/// <summary>
/// The privacy notice candidates agree to. Its version is stored with every consent; changing the text means a new
/// version (and candidates are asked again). The text is the page <c>/privacy</c>.
/// </summary>
public static class PrivacyNotice
{
    /// <summary>The version in force.</summary>
    public const string Version = "2026-11-25";

    /// <summary>When the version came into force.</summary>
    public static readonly DateOnly Since = new(2026, 11, 25);
}
