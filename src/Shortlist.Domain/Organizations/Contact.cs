using Shortlist.Domain.Common;

namespace Shortlist.Domain.Organizations;

/// <summary>A person at a client organization: a hiring manager, or an executive who follows searches.</summary>
public sealed class Contact : Entity
{
    private Contact() { Name = ""; Email = ""; }

    /// <summary>Creates a contact of <paramref name="organizationId"/>.</summary>
    public Contact(Guid organizationId, string name, string email, DateTimeOffset now, string? title = null, string? phone = null, bool isExecutive = false)
    {
        OrganizationId = organizationId;
        Name = ""; Email = "";
        Update(name, email, title, phone, isExecutive, now);
    }

    /// <summary>The organization the contact belongs to; never changes.</summary>
    public Guid OrganizationId { get; private set; }
    /// <summary>Full name.</summary>
    public string Name { get; private set; }
    /// <summary>E-mail address.</summary>
    public string Email { get; private set; }
    /// <summary>Job title.</summary>
    public string? Title { get; private set; }
    /// <summary>Phone number.</summary>
    public string? Phone { get; private set; }
    /// <summary>An executive stakeholder who receives status reports rather than reviewing candidates.</summary>
    public bool IsExecutive { get; private set; }
    /// <summary>The sign-in account of the contact, when they have one.</summary>
    public Guid? UserId { get; set; }

    /// <summary>Changes the contact's details.</summary>
    public void Update(string name, string email, string? title, string? phone, bool isExecutive, DateTimeOffset now)
    {
        (Name, Email, Title, Phone) = (Guard.Text(name, "name"), Guard.Email(email), Guard.OptionalText(title, "title"), Guard.OptionalText(phone, "phone", 40));
        IsExecutive = isExecutive;
        Touch(now);
    }
}
