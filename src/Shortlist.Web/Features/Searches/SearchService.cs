using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Searches;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Searches;

/// <summary>Every search as a project: its status from progress (through <see cref="SearchHealthRules"/>), hours logged and the burn; shared by the pages and the API.</summary>
public sealed class SearchService(ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
{
    private static readonly PositionStatus[] Active = [PositionStatus.Draft, PositionStatus.Open, PositionStatus.OnHold];

    /// <summary>How long a filled search stays on the list after its placement's first day (hours are still logged on it).</summary>
    public const int FilledDaysShown = 30;

    /// <summary>
    /// The caller's active searches (or everyone's), and those filled recently (the placement starts no more than
    /// <see cref="FilledDaysShown"/> days ago), worst status first, then the nearest fill date.
    /// </summary>
    public async Task<IReadOnlyList<SearchSummary>> ListAsync(bool everyone, CancellationToken ct)
    {
        var query = OnTheList(db.Positions.AsNoTracking().EditableBy(user));
        if (!everyone) query = query.Where(p => p.RecruiterId == user.Id);
        var positions = await query.OrderBy(p => p.TargetFillDate).Take(500).ToListAsync(ct);
        var rows = await SummarizeAsync(positions, ct);
        return [.. rows.OrderByDescending(r => r.Status).ThenBy(r => r.FillBy ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every recruiter's searches on the lists (active, or filled recently), unscoped: for the scheduled status check only,
    /// which has no signed-in caller; never reached from a page or an endpoint.
    /// </summary>
    internal async Task<IReadOnlyList<SearchSummary>> EverySearchOnTheListsAsync(CancellationToken ct)
        => await SummarizeAsync(await OnTheList(db.Positions.AsNoTracking()).OrderBy(p => p.Id).Take(5_000).ToListAsync(ct), ct);

    private IQueryable<Position> OnTheList(IQueryable<Position> positions)
    {
        var since = Today().AddDays(-FilledDaysShown);
        return positions.Where(p => Active.Contains(p.Status)
            || (p.Status == PositionStatus.Filled && db.Placements.Any(pl => pl.PositionId == p.Id && pl.StartDate >= since)));
    }

    /// <summary>One search with its hours and burn, or null when the caller cannot see it.</summary>
    public async Task<SearchDetail?> DetailAsync(Guid positionId, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().EditableBy(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return null;
        var summary = (await SummarizeAsync([position], ct))[0];
        var entries = await db.EffortEntries.AsNoTracking().Where(e => e.PositionId == positionId).ToListAsync(ct);
        var userIds = entries.Select(e => e.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var list = entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt)
            .Select(e => new EffortEntryResponse(e.Id, e.Date, e.Hours, e.Note, e.UserId, names.GetValueOrDefault(e.UserId))).ToList();
        var burn = new List<BurnPoint>();
        var total = 0.0;
        foreach (var day in entries.GroupBy(e => e.Date).OrderBy(g => g.Key))
        {
            total += day.Sum(e => e.Hours);
            burn.Add(new BurnPoint(day.Key, total));
        }
        return new SearchDetail(summary, list, burn, Today());
    }

    /// <summary>Logs the caller's hours against a search; null when the caller cannot see it.</summary>
    public async Task<EffortEntryResponse?> LogHoursAsync(Guid positionId, LogHoursRequest request, CancellationToken ct)
    {
        if (user.Id is not { } me || !await db.Positions.EditableBy(user).AnyAsync(p => p.Id == positionId, ct)) return null;
        var entry = new EffortEntry(positionId, me, request.Date, request.Hours, request.Note, clock.GetUtcNow());
        db.EffortEntries.Add(entry);
        audit.Record("search.hours", nameof(Position), positionId, $"{request.Hours} h on {request.Date:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return new EffortEntryResponse(entry.Id, entry.Date, entry.Hours, entry.Note, me, user.Name);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<List<SearchSummary>> SummarizeAsync(List<Position> positions, CancellationToken ct)
    {
        var ids = positions.Select(p => p.Id).ToList();
        var orgIds = positions.Select(p => p.OrganizationId).Distinct().ToList();
        var orgs = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var submitted = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.PositionId) && a.SubmittedAt != null)
            .GroupBy(a => a.PositionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var placed = await db.Placements.AsNoTracking().Where(p => ids.Contains(p.PositionId)).Select(p => p.PositionId).Distinct().ToListAsync(ct);
        var hours = (await db.EffortEntries.AsNoTracking().Where(e => ids.Contains(e.PositionId)).Select(e => new { e.PositionId, e.Hours }).ToListAsync(ct))
            .GroupBy(e => e.PositionId).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        var today = Today();
        return positions.Select(p =>
        {
            var logged = hours.GetValueOrDefault(p.Id);
            var sent = submitted.GetValueOrDefault(p.Id);
            var isPlaced = placed.Contains(p.Id) || p.Status == PositionStatus.Filled;
            var health = SearchHealthRules.Evaluate(new SearchProgress(today, p.TargetShortlistDate, p.TargetFillDate, sent, isPlaced, logged, p.EffortHoursBudget));
            return new SearchSummary(p.Id, p.Title, orgs.GetValueOrDefault(p.OrganizationId), p.Status, p.RecruiterId, DateOnly.FromDateTime(p.CreatedAt.UtcDateTime),
                p.TargetShortlistDate, p.TargetFillDate, sent, isPlaced, logged, p.EffortHoursBudget, p.FeeBudget, health.Status, health.Reason, health.Reasons);
        }).ToList();
    }
}
