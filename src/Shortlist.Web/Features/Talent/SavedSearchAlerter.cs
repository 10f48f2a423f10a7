using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Talent;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Talent;

/// <summary>Settings of saved-search alerts.</summary>
public sealed class SavedSearchOptions
{
    public const string Section = "SavedSearches";

    /// <summary>How often saved searches are checked against the changed candidates.</summary>
    public int PollMilliseconds { get; set; } = 2_000;

    /// <summary>The product's address, for links in e-mails.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5000";
}

/// <summary>
/// Follows the change feed behind the matching index: candidates created or changed since a saved search was last checked
/// are run against it inside the index, and each one who matches is announced to the owner once (a row in the alerts table,
/// unique per search and candidate) and by one e-mail per search and round. The position checked is stored with each
/// search, so a restart neither repeats nor skips announcements.
/// </summary>
public sealed partial class SavedSearchAlerter(IServiceScopeFactory scopes, MatchingService matching, TimeProvider clock,
    IOptions<SavedSearchOptions> options, ILogger<SavedSearchAlerter> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                LogFailed(log, e);
                try { await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken); } catch (OperationCanceledException) { break; }
            }
        }
    }

    /// <summary>One round: every saved search with alerts, against the candidates changed since it was last checked. Returns the alerts made.</summary>
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        var engine = await matching.GetAsync(ct);
        // Only changes the index has applied: a candidate is judged as the index holds them.
        var head = matching.AppliedSequence;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var talent = scope.ServiceProvider.GetRequiredService<TalentSearchService>();
        // The sender is scoped: it stores the message in this scope's outbox.
        var email = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var searches = await db.SavedSearches.Where(s => s.Alerts && s.CheckedThrough < head).OrderBy(s => s.CheckedThrough).Take(500).ToListAsync(ct);
        var made = 0;
        foreach (var search in searches)
        {
            var from = search.CheckedThrough;
            var changed = await db.ChangeFeed.AsNoTracking()
                .Where(c => c.Sequence > from && c.Sequence <= head && c.EntityType == nameof(Candidate))
                .Select(c => c.EntityId).Distinct().ToListAsync(ct);
            var now = clock.GetUtcNow();
            var fresh = new List<Guid>();
            if (changed.Count > 0)
            {
                var (query, _) = await talent.CompileAsync(TalentSearchInput.FromQueryString(search.Parameters), engine.Talent.Vocabulary, ct);
                if (query is not null)
                {
                    var matches = engine.Talent.Matching(query, changed);
                    var announced = (await db.SavedSearchAlerts.Where(a => a.SavedSearchId == search.Id && matches.Contains(a.CandidateId)).Select(a => a.CandidateId).ToListAsync(ct)).ToHashSet();
                    fresh = [.. matches.Where(id => !announced.Contains(id))];
                }
            }
            var alerts = fresh.Select(id => new SavedSearchAlert(search.Id, search.OwnerUserId, id, now)).ToList();
            db.SavedSearchAlerts.AddRange(alerts);
            search.Checked(head, now);
            await db.SaveChangesAsync(ct);
            made += alerts.Count;
            if (alerts.Count > 0) await EmailAsync(db, email, search, alerts, ct);
        }
        return made;
    }

    private async Task EmailAsync(ShortlistDbContext db, IEmailSender email, SavedSearch search, List<SavedSearchAlert> alerts, CancellationToken ct)
    {
        try
        {
            var to = await db.Set<ShortlistUser>().Where(u => u.Id == search.OwnerUserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
            if (string.IsNullOrWhiteSpace(to)) return;
            var ids = alerts.Select(a => a.CandidateId).ToList();
            var people = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.FirstName, c.LastName, c.Headline }).ToListAsync(ct);
            var site = options.Value.PublicUrl.TrimEnd('/');
            var lines = people.Select(p => $"- {p.FirstName} {p.LastName}{(string.IsNullOrWhiteSpace(p.Headline) ? "" : " — " + p.Headline)}: {site}/Candidates/{p.Id}");
            var body = $"{alerts.Count} new candidate{(alerts.Count == 1 ? "" : "s")} match your saved search \"{search.Name}\":\n\n{string.Join("\n", lines)}\n\n"
                + $"Run the search: {site}/Workspace/Talent?{search.Parameters}\nAll new matches: {site}/Workspace/SavedSearches\n";
            await email.SendAsync(to, $"New matches for \"{search.Name}\"", body, ct);
            var now = clock.GetUtcNow();
            foreach (var a in alerts) a.Emailed(now);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The alerts stand in the list; the e-mail is not retried (the notification outbox will queue and retry it).
            LogEmailFailed(log, e, search.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Saved searches could not be checked; retrying")]
    private static partial void LogFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The alert e-mail for saved search {SearchId} could not be sent")]
    private static partial void LogEmailFailed(ILogger logger, Exception error, Guid searchId);
}
