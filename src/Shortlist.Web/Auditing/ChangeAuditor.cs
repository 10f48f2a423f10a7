using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Auditing;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Auditing;

/// <summary>
/// The safety net under the audit log: any change a person makes to a record (create, update, delete of any domain
/// entity) that the code did not already record is recorded here, in the same unit of work, with the names of the
/// changed fields (never their values). Work without a person (imports, seeding, the retention policy) records itself.
/// </summary>
public sealed class ChangeAuditor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        var principal = http.HttpContext?.User;
        if (context is null || principal?.Identity?.IsAuthenticated != true) return;
        var tracker = context.ChangeTracker;
        var recorded = tracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.EntityId is not null)
            .Select(e => e.Entity.EntityId!.Value).ToHashSet();
        var changes = tracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not Activity && !recorded.Contains(e.Entity.Id))
            .ToList();
        if (changes.Count == 0) return;
        var now = clock.GetUtcNow();
        Guid? userId = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        foreach (var entry in changes)
        {
            var type = entry.Entity.GetType().Name;
            var verb = entry.State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" };
            var fields = entry.State == EntityState.Modified
                ? string.Join(", ", entry.Properties.Where(p => p.IsModified && p.Metadata.Name is not (nameof(Entity.Version) or nameof(Entity.UpdatedAt))).Select(p => p.Metadata.Name))
                : null;
            context.Add(new AuditEntry(now, userId, principal.Identity.Name, $"{type.ToLowerInvariant()}.{verb}", type, entry.Entity.Id,
                string.IsNullOrEmpty(fields) ? null : "fields: " + fields, address));
        }
    }
}
