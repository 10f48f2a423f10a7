using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Duplicates;
using Shortlist.Web.Features.JobBoard;

namespace Shortlist.Web.Features.Duplicates;

/// <summary>What a scan of the pool did.</summary>
public sealed record DuplicateScanReport(int Checked, int KeysFilled, int PairsAdded, int PairsUpdated);

/// <summary>
/// Finds likely duplicates of saved candidates (see <see cref="DuplicateRules"/>) and records each pair as pending for
/// recruiters. Lookups go through the indexed keys on the candidate (e-mail, phone, name), never a scan of the pool. A
/// dismissed or merged pair is left as it is, so a pair a person dismissed is not proposed again. Detection never blocks
/// the candidate: it runs after the candidate is saved, and its failure is logged, not passed on.
/// </summary>
public sealed class DuplicateDetector(ShortlistDbContext db, TimeProvider clock, ILogger<DuplicateDetector> log)
{
    /// <summary>At most this many records sharing a key are compared with one candidate.</summary>
    public const int MaxMatches = 50;

    /// <summary>Checks the candidates and records the pairs; logs and swallows any failure (the candidates are saved already).</summary>
    public async Task<int> TryCheckAsync(IReadOnlyCollection<Guid> candidateIds, CancellationToken ct)
    {
        try { return (await CheckAsync(candidateIds, ct)).Added; }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            log.LogWarning(e, "Duplicate detection failed for {Count} candidates; run 'shortlist duplicates scan' to catch up.", candidateIds.Count);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>Checks the candidates against the pool: new pairs are added as pending, pending ones get the current reasons.</summary>
    public async Task<(int Added, int Updated)> CheckAsync(IReadOnlyCollection<Guid> candidateIds, CancellationToken ct)
    {
        var (added, updated) = (0, 0);
        foreach (var id in candidateIds.Distinct())
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    var (a, u) = await CheckOneAsync(id, ct);
                    (added, updated) = (added + a, updated + u);
                    break;
                }
                catch (DbUpdateException e) when (attempt == 0 && ApplyService.IsUniqueViolation(e))
                {
                    // Someone recorded the same pair at the same moment: read again, it is now an update.
                    db.ChangeTracker.Clear();
                }
            }
        }
        return (added, updated);
    }

    /// <summary>
    /// Checks the whole pool once: fills the lookup keys of records saved before they existed, then checks every
    /// candidate. Running it again adds nothing new and leaves dismissed pairs dismissed.
    /// </summary>
    public async Task<DuplicateScanReport> ScanAsync(CancellationToken ct)
    {
        var keysFilled = await FillKeysAsync(ct);
        var (count, added, updated) = (0, 0, 0);
        while (true)
        {
            // Pages by position: checking adds pairs, never candidates, so the order stays put.
            var ids = await db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null).OrderBy(c => c.Id).Select(c => c.Id)
                .Skip(count).Take(500).ToListAsync(ct);
            if (ids.Count == 0) break;
            var (a, u) = await CheckAsync(ids, ct);
            (count, added, updated) = (count + ids.Count, added + a, updated + u);
            db.ChangeTracker.Clear();
        }
        return new DuplicateScanReport(count, keysFilled, added, updated);
    }

    /// <summary>Computes the lookup keys of records saved before they existed (or whose keys are stale).</summary>
    public async Task<int> FillKeysAsync(CancellationToken ct)
    {
        var (filled, read) = (0, 0);
        while (true)
        {
            var page = await db.Candidates.Where(c => c.ErasedAt == null).OrderBy(c => c.Id).Skip(read).Take(500).ToListAsync(ct);
            if (page.Count == 0) break;
            filled += page.Count(c => c.RefreshMatchKeys());
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            read += page.Count;
        }
        return filled;
    }

    private async Task<(int Added, int Updated)> CheckOneAsync(Guid id, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null, ct);
        if (candidate is null) return (0, 0);
        var (email, phone, name) = (candidate.EmailKey, candidate.PhoneKey, candidate.NameKey);
        if (email is null && phone is null && name is null) return (0, 0);
        var others = await db.Candidates.AsNoTracking()
            .Where(c => c.Id != id && c.ErasedAt == null && ((email != null && c.EmailKey == email) || (phone != null && c.PhoneKey == phone) || (name != null && c.NameKey == name)))
            .OrderBy(c => c.Id).Take(MaxMatches).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var (added, updated) = (0, 0);
        foreach (var other in others)
        {
            var reasons = DuplicateRules.Reasons(candidate, other);
            if (reasons.Count == 0) continue;
            var (first, second) = DuplicatePair.Order(candidate.Id, other.Id);
            var pair = await db.DuplicatePairs.FirstOrDefaultAsync(p => p.FirstCandidateId == first && p.SecondCandidateId == second, ct);
            if (pair is null)
            {
                db.DuplicatePairs.Add(new DuplicatePair(first, second, reasons, now));
                added++;
            }
            else if (pair.Status == DuplicateStatus.Pending)
            {
                pair.UpdateReasons(reasons, now);
                if (db.Entry(pair).State == EntityState.Modified) updated++;
            }
        }
        if (added + updated > 0) await db.SaveChangesAsync(ct);
        return (added, updated);
    }
}
