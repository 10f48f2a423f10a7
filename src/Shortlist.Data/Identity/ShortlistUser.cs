using Microsoft.AspNetCore.Identity;

namespace Shortlist.Data.Identity;

/// <summary>A sign-in account. Hiring managers belong to one organization; candidates own one candidate record.</summary>
public sealed class ShortlistUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public Guid? OrganizationId { get; set; }
    public Guid? CandidateId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>A hiring manager who may invite and remove colleagues of the organization.</summary>
    public bool IsOrganizationAdministrator { get; set; }
    /// <summary>Whether notifications also come by e-mail (else in the app only).</summary>
    public bool EmailNotifications { get; set; } = true;
    /// <summary>When the person last signed in (page, token or API); the retention policy counts it as activity.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
}

/// <summary>A one-time invitation for a recruiter or hiring manager; only the token's hash is stored.</summary>
public sealed class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Email { get; set; } = "";
    public string Role { get; set; } = "";
    public Guid? OrganizationId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid InvitedBy { get; set; }
}
