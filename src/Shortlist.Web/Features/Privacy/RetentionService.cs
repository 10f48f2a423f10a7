using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Web.Auditing;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Privacy;

/// <summary>The retention policy (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";
    /// <summary>Candidates with no activity for this many months are notified, then anonymised.</summary>
    public int InactiveMonths { get; set; } = 24;
    /// <summary>Days between the notice and the anonymisation; any activity in between keeps the profile.</summary>
    public int NoticeDays { get; set; } = 30;
    /// <summary>Whether the server runs the policy on its own, every <see cref="Interval"/>.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the server runs the policy.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>What one run of the retention policy did.</summary>
public sealed record RetentionReport(int Notified, int Anonymised, int KeptAfterActivity);

/// <summary>
/// Anonymises candidates who have done nothing for <see cref="RetentionOptions.InactiveMonths"/> months: first an
/// e-mail notice, then, if they still do nothing for <see cref="RetentionOptions.NoticeDays"/> days, the same erasure a
/// candidate can ask for (<see cref="PrivacyService.EraseAsync"/>). A candidate's activity is the latest of: a change to
/// their record, a sign-in, an application. Idempotent: a second run on the same day does nothing more.
/// </summary>
public sealed class RetentionService(ShortlistDbContext db, PrivacyService privacy, IEmailSender email, AuditLog audit,
    IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger)
{
    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        var policy = options.Value;
        var now = clock.GetUtcNow();
        var cutoff = now.AddMonths(-Math.Max(1, policy.InactiveMonths));
        var (notified, anonymised, kept) = (0, 0, 0);

        // Notices whose candidate has been active since: withdrawn.
        foreach (var notice in await db.RetentionNotices.ToListAsync(ct))
        {
            var last = await LastActivityAsync(notice.CandidateId, ct);
            if (last is null || last > notice.LastActivityAt)
            {
                db.RetentionNotices.Remove(notice);
                if (last is not null)
                {
                    kept++;
                    audit.Record("retention.kept", "Candidate", notice.CandidateId, "active again after the notice");
                }
            }
        }
        await db.SaveChangesAsync(ct);

        // Any candidate whose record has not changed since the cutoff may be inactive; the other kinds of activity decide.
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null && c.UpdatedAt < cutoff)
            .Select(c => new { c.Id, c.Email, c.FirstName }).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            var last = await LastActivityAsync(candidate.Id, ct);
            if (last is null || last >= cutoff) continue;
            var notice = await db.RetentionNotices.FindAsync([candidate.Id], ct);
            if (notice is null)
            {
                var erasingOn = now.AddDays(Math.Max(0, policy.NoticeDays));
                // The e-mail goes first: should storing the notice fail, the next run sends it again rather than never.
                await email.SendAsync(candidate.Email, "Your Shortlist profile will be anonymised",
                    string.Create(CultureInfo.InvariantCulture, $"Hello {candidate.FirstName},\n\nYou have not used your Shortlist profile since {last:d MMMM yyyy}. We keep profiles only while they are used, so on {erasingOn:d MMMM yyyy} we will anonymise yours: your name, contact details, résumé and applications will be removed.\n\nTo keep your profile, simply sign in (or update your profile, or apply for a position) before then.\n"), ct);
                db.RetentionNotices.Add(new RetentionNotice { CandidateId = candidate.Id, SentAt = now, LastActivityAt = last.Value });
                audit.Record("retention.notice", "Candidate", candidate.Id, string.Create(CultureInfo.InvariantCulture, $"inactive since {last:yyyy-MM-dd}; anonymised on {erasingOn:yyyy-MM-dd}"));
                await db.SaveChangesAsync(ct);
                notified++;
            }
            else if (now >= notice.SentAt.AddDays(Math.Max(0, policy.NoticeDays)))
            {
                if (await privacy.EraseAsync(candidate.Id, ct) == ErasureOutcome.Erased)
                {
                    anonymised++;
                    audit.Record("retention.anonymise", "Candidate", candidate.Id, string.Create(CultureInfo.InvariantCulture, $"notified {notice.SentAt:yyyy-MM-dd}"));
                }
                db.RetentionNotices.Remove(notice);
                await db.SaveChangesAsync(ct);
            }
        }
        logger.LogInformation("Retention: {Notified} notified, {Anonymised} anonymised, {Kept} kept after activity.", notified, anonymised, kept);
        return new RetentionReport(notified, anonymised, kept);
    }

    /// <summary>The candidate's latest activity (record change, sign-in, application), or null when they are erased or gone.</summary>
    private async Task<DateTimeOffset?> LastActivityAsync(Guid candidateId, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId && c.ErasedAt == null)
            .Select(c => new { c.UpdatedAt, c.CreatedAt }).SingleOrDefaultAsync(ct);
        if (candidate is null) return null;
        var signIns = await db.Users.AsNoTracking().Where(u => u.CandidateId == candidateId && u.LastSignInAt != null).Select(u => u.LastSignInAt!.Value).ToListAsync(ct);
        var applied = await db.Applications.AsNoTracking().Where(a => a.CandidateId == candidateId).Select(a => a.CreatedAt).ToListAsync(ct);
        return signIns.Concat(applied).Append(candidate.UpdatedAt).Append(candidate.CreatedAt).Max();
    }
}

/// <summary>Runs the retention policy on a schedule (<c>Retention:Interval</c>), when <c>Retention:Enabled</c>.</summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var interval = options.Value.Interval > TimeSpan.Zero ? options.Value.Interval : TimeSpan.FromHours(24);
        try
        {
            // The first run waits a little, so start-up (migrations, demo data) is done.
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The retention policy failed; it runs again in {Interval}.", interval);
                }
                await Task.Delay(interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
