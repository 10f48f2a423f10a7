using Shortlist.Data;
using Shortlist.Domain.Auditing;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Auditing;

/// <summary>Writes the audit log: every write that matters and every read of personal data by someone other than its owner.</summary>
public sealed class AuditLog(ShortlistDbContext db, CurrentUser user, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Adds an entry to the unit of work; it commits with the change it records.</summary>
    public void Record(string action, string entityType, Guid? entityId, string? details = null)
        => db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.Id, user.Name, action, entityType, entityId, details,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString()));

    /// <summary>Records a read of personal data and commits it at once.</summary>
    public async Task RecordReadAsync(string entityType, Guid entityId, CancellationToken ct)
    {
        Record($"{entityType.ToLowerInvariant()}.read", entityType, entityId);
        await db.SaveChangesAsync(ct);
    }
}
