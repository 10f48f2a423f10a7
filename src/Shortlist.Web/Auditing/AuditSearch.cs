using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Auditing;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Auditing;

/// <summary>What to look for in the audit log; every part is optional.</summary>
/// <param name="Who">Part of the user's name (e-mail), or their id.</param>
/// <param name="Subject">The record's id, or its kind (Candidate, Position, User, …).</param>
/// <param name="Action">An action ("candidate.read") or its start ("candidate.").</param>
/// <param name="From">From this day (UTC), inclusive.</param>
/// <param name="To">To this day (UTC), inclusive.</param>
public sealed record AuditQuery(string? Who = null, string? Subject = null, string? Action = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>Searches the audit log for the administrator's page and the API (read-only: nothing here changes an entry).</summary>
public sealed class AuditSearch(ShortlistDbContext db)
{
    public async Task<Page<AuditEntry>> SearchAsync(AuditQuery query, int? page, int? pageSize, CancellationToken ct)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (Clean(query.Who) is { } who)
            rows = Guid.TryParse(who, out var userId) ? rows.Where(a => a.UserId == userId) : rows.Where(a => a.UserName != null && a.UserName.Contains(who));
        if (Clean(query.Subject) is { } subject)
            rows = Guid.TryParse(subject, out var entityId) ? rows.Where(a => a.EntityId == entityId) : rows.Where(a => a.EntityType == subject);
        if (Clean(query.Action) is { } action)
            rows = action.EndsWith('.') ? rows.Where(a => a.Action.StartsWith(action)) : rows.Where(a => a.Action == action);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(a => a.At >= start);
        }
        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(a => a.At < end);
        }
        return await Page<AuditEntry>.ReadAsync(rows.OrderByDescending(a => a.Id), page, pageSize, ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var v && v.Length > 256 ? v[..256] : v;
}
