namespace Shortlist.Domain.Auditing;

/// <summary>One line of the audit log: who did or saw what, when. Never changed once written.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { Action = ""; EntityType = ""; }

    /// <summary>Creates an entry.</summary>
    public AuditEntry(DateTimeOffset at, Guid? userId, string? userName, string action, string entityType, Guid? entityId, string? details = null, string? ipAddress = null)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Details = details is { Length: > 2000 } ? details[..2000] : details;
        IpAddress = ipAddress;
    }

    /// <summary>Sequence number.</summary>
    public long Id { get; private set; }
    /// <summary>When.</summary>
    public DateTimeOffset At { get; private set; }
    /// <summary>Who (null for anonymous or the system).</summary>
    public Guid? UserId { get; private set; }
    /// <summary>The user's name at the time.</summary>
    public string? UserName { get; private set; }
    /// <summary>What, e.g. "candidate.read", "position.update", "user.signin".</summary>
    public string Action { get; private set; }
    /// <summary>The kind of record.</summary>
    public string EntityType { get; private set; }
    /// <summary>The record.</summary>
    public Guid? EntityId { get; private set; }
    /// <summary>Extra detail.</summary>
    public string? Details { get; private set; }
    /// <summary>The caller's address.</summary>
    public string? IpAddress { get; private set; }
}
