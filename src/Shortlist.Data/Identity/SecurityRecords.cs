namespace Shortlist.Data.Identity;

/// <summary>
/// A personal access token for the API: a name, scopes, an expiry; only the SHA-256 hash of the secret is stored, so
/// the secret is shown once, when it is made.
/// </summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Space-separated scopes: read, write, admin.</summary>
    public string Scopes { get; set; } = "";
    public string TokenHash { get; set; } = "";
    /// <summary>The first characters of the secret, to tell tokens apart in a list.</summary>
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>The retention policy's notice to an inactive candidate: when it was sent and the activity it was based on.</summary>
public sealed class RetentionNotice
{
    public Guid CandidateId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    /// <summary>The candidate's last activity when the notice was sent; any later activity cancels the notice.</summary>
    public DateTimeOffset LastActivityAt { get; set; }
}
