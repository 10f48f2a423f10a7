using Microsoft.EntityFrameworkCore;
using Shortlist.Data;

namespace Shortlist.Web.Features.JobBoard;

/// <summary>
/// Removes résumés uploaded on the apply page whose applicant never confirmed: a file marked by an
/// <see cref="ApplyService.UploadAction"/> audit entry, older than a day, that no candidate and no application points at.
/// </summary>
public sealed class ApplyUploadSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApplyUploadSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await SweepAsync(scope.ServiceProvider.GetRequiredService<ShortlistDbContext>(), clock.GetUtcNow() - MaxAge, stoppingToken);
                if (removed > 0) logger.LogInformation("Removed {Count} unconfirmed résumé uploads", removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sweeping unconfirmed résumé uploads failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes the unconfirmed uploads made before <paramref name="before"/>; returns how many.</summary>
    public static async Task<int> SweepAsync(ShortlistDbContext db, DateTimeOffset before, CancellationToken ct)
    {
        var uploaded = db.AuditEntries.Where(a => a.Action == ApplyService.UploadAction && a.EntityId != null).Select(a => a.EntityId!.Value);
        var candidates = await db.Files
            .Where(f => uploaded.Contains(f.Id)
                && !db.Candidates.Any(c => c.ResumeFileId == f.Id)
                && !db.Applications.Any(a => a.ResumeFileId == f.Id))
            .Select(f => new { f.Id, f.CreatedAt }).ToListAsync(ct);
        // Compared in memory: SQLite cannot order DateTimeOffset values in SQL.
        var stale = candidates.Where(f => f.CreatedAt < before).Select(f => f.Id).ToList();
        if (stale.Count == 0) return 0;
        return await db.Files.Where(f => stale.Contains(f.Id)).ExecuteDeleteAsync(ct);
    }
}
