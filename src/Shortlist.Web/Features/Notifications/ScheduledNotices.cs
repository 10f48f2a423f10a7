using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Notifications;
using Shortlist.Domain.Searches;
using Shortlist.Web.Features.Searches;

namespace Shortlist.Web.Features.Notifications;

/// <summary>Settings of the scheduled notification checks (section <c>Notifications</c>).</summary>
public sealed class ScheduledNoticeOptions
{
    public const string Section = "Notifications";

    /// <summary>Whether the background check runs (tests run it by hand).</summary>
    public bool ScheduledChecks { get; set; } = true;

    /// <summary>How often searches and engagements are checked.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Engagements ending within this many days warn the recruiter and the client's hiring managers (once per end date).</summary>
    public int EngagementEndWarningDays { get; set; } = 14;
}

/// <summary>What one round of the scheduled checks sent.</summary>
public sealed record ScheduledNoticeRound(int SearchesWorse, int EngagementsEnding);

/// <summary>
/// The scheduled checks behind two kinds of notification, idempotent through <see cref="NotificationMark"/> rows:
/// <list type="bullet">
/// <item>a search whose computed status (<see cref="SearchHealthRules"/>) is worse than the one last recorded for it — on track
/// → at risk → over budget → late — notifies its recruiter (else every recruiter) with the reasons; every change is recorded,
/// so a search that recovers and turns worse again is announced again, and one that stays the same never twice;</item>
/// <item>an engagement ending within <see cref="ScheduledNoticeOptions.EngagementEndWarningDays"/> days warns the position's
/// recruiter and the client's hiring managers once per end date (moving the end date and coming close again warns again).</item>
/// </list>
/// The mark and the notifications commit in one transaction; a second instance racing on a new mark loses on its key and
/// sends nothing.
/// </summary>
public sealed class ScheduledNotices(ShortlistDbContext db, SearchService searches, NotificationService notifications, TimeProvider clock,
    IOptions<ScheduledNoticeOptions> options, ILogger<ScheduledNotices> logger)
{
    /// <summary>One round of both checks.</summary>
    public async Task<ScheduledNoticeRound> RunAsync(CancellationToken ct)
        => new(await SearchesAsync(ct), await EngagementsEndingAsync(ct));

    /// <summary>Searches whose status got worse since last recorded; returns how many were announced.</summary>
    public async Task<int> SearchesAsync(CancellationToken ct)
    {
        var summaries = await searches.EverySearchOnTheListsAsync(ct);
        var ids = summaries.Select(s => s.PositionId).ToList();
        var marks = await db.NotificationMarks.AsNoTracking().Where(m => m.Kind == NotificationKinds.SearchAtRisk && ids.Contains(m.SubjectId))
            .ToDictionaryAsync(m => m.SubjectId, m => m.State, ct);
        var announced = 0;
        foreach (var s in summaries)
        {
            var state = s.Status.ToString();
            var known = marks.TryGetValue(s.PositionId, out var last);
            if (known && last == state) continue;
            var previous = known && Enum.TryParse<SearchStatus>(last, out var p) ? p : SearchStatus.OnTrack;
            var worse = s.Status > previous;
            var done = await RecordAsync(s.PositionId, NotificationKinds.SearchAtRisk, state, known, async () =>
            {
                if (!worse) return;
                var audience = s.RecruiterId is { } r ? Audience.User(r) : Audience.Recruiters;
                var text = Clip($"\"{s.Title}\" ({s.Organization}) is now {SearchChart.Words(s.Status).ToLowerInvariant()}: {s.Reason}");
                await notifications.NotifyAsync(audience, NotificationKinds.SearchAtRisk, text, $"/Workspace/Searches/{s.PositionId}", ct);
            }, ct);
            if (done && worse) announced++;
        }
        return announced;
    }

    /// <summary>Engagements ending within the warning window not yet warned of for their end date; returns how many were announced.</summary>
    public async Task<int> EngagementsEndingAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays(Math.Max(0, options.Value.EngagementEndWarningDays));
        var ending = await (from e in db.Engagements.AsNoTracking()
                            join p in db.Placements.AsNoTracking() on e.PlacementId equals p.Id
                            join pos in db.Positions.AsNoTracking() on p.PositionId equals pos.Id
                            join c in db.Candidates.AsNoTracking() on p.CandidateId equals c.Id
                            join o in db.Organizations.AsNoTracking() on pos.OrganizationId equals o.Id
                            where e.End >= today && e.End <= until && c.ErasedAt == null
                            select new { e.Id, e.End, pos.Title, pos.RecruiterId, pos.OrganizationId, Organization = o.Name, c.FirstName, c.LastName }).ToListAsync(ct);
        var ids = ending.Select(e => e.Id).ToList();
        var marks = await db.NotificationMarks.AsNoTracking().Where(m => m.Kind == NotificationKinds.EngagementEnding && ids.Contains(m.SubjectId))
            .ToDictionaryAsync(m => m.SubjectId, m => m.State, ct);
        var announced = 0;
        foreach (var e in ending)
        {
            var state = e.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var known = marks.TryGetValue(e.Id, out var last);
            if (known && last == state) continue;
            var days = e.End.DayNumber - today.DayNumber;
            var text = Clip($"{e.FirstName} {e.LastName} at {e.Organization} (\"{e.Title}\"): the engagement ends on {state}, " +
                (days == 0 ? "today." : days == 1 ? "tomorrow." : $"in {days} days.") + " Extend it or plan the hand-over.");
            var done = await RecordAsync(e.Id, NotificationKinds.EngagementEnding, state, known, async () =>
            {
                await notifications.NotifyAsync(e.RecruiterId is { } r ? Audience.User(r) : Audience.Recruiters, NotificationKinds.EngagementEnding, text,
                    $"/Workspace/Engagements/{e.Id}", ct);
                await notifications.NotifyAsync(Audience.HiringManagersOf(e.OrganizationId), NotificationKinds.EngagementEnding, text, "/Client/Timesheets", ct);
            }, ct);
            if (done) announced++;
        }
        return announced;
    }

    /// <summary>Records the state and sends in one transaction; false when another round recorded it first.</summary>
    private async Task<bool> RecordAsync(Guid subject, string kind, string state, bool known, Func<Task> send, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (known)
            {
                var mark = await db.NotificationMarks.FirstOrDefaultAsync(m => m.SubjectId == subject && m.Kind == kind, ct);
                if (mark is null || mark.State == state) return false;
                mark.Record(state, now);
            }
            else db.NotificationMarks.Add(new NotificationMark(subject, kind, state, now));
            await db.SaveChangesAsync(ct);
            await send();
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation(e, "Another round recorded {Kind} for {Subject} first", kind, subject);
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string Clip(string text) => text.Length <= 480 ? text : text[..477] + "...";
}

/// <summary>Runs <see cref="ScheduledNotices"/> every <see cref="ScheduledNoticeOptions.CheckInterval"/>, starting a minute after start-up.</summary>
public sealed partial class ScheduledNoticeWorker(IServiceScopeFactory scopes, IOptions<ScheduledNoticeOptions> options, TimeProvider clock,
    ILogger<ScheduledNoticeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduledChecks) return;
        var interval = options.Value.CheckInterval > TimeSpan.Zero ? options.Value.CheckInterval : TimeSpan.FromHours(1);
        try { await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken); } catch (OperationCanceledException) { return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var round = await scope.ServiceProvider.GetRequiredService<ScheduledNotices>().RunAsync(stoppingToken);
                if (round.SearchesWorse + round.EngagementsEnding > 0) LogRound(logger, round.SearchesWorse, round.EngagementsEnding);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e) { LogFailed(logger, e); }
            try { await Task.Delay(interval, clock, stoppingToken); } catch (OperationCanceledException) { break; }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled notices: {Searches} searches turned worse, {Engagements} engagements ending")]
    private static partial void LogRound(ILogger logger, int searches, int engagements);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled notification checks failed; they run again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
