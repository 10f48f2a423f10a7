using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Talent;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Matching;

namespace Shortlist.Web.Features.Talent;

/// <summary>A saved search as listed: its link, whether it alerts, and how many announced matches are unseen.</summary>
public sealed record SavedSearchResponse(Guid Id, string Name, string Parameters, string Link, bool Alerts, int Unseen, DateTimeOffset CreatedAt);

/// <summary>Saves a search: a name, the search itself (the same fields as <c>GET /api/v1/talent</c>) and whether to be told of new matches.</summary>
public sealed record SavedSearchRequest(string? Name = null, TalentSearchInput? Search = null, bool? Alerts = null);

/// <summary>A candidate announced for a saved search.</summary>
public sealed record SavedSearchAlertResponse(Guid Id, Guid SavedSearchId, string SearchName, Guid CandidateId, string CandidateName, string? Headline, DateTimeOffset CreatedAt, bool Seen);

/// <summary>Saved searches and their alerts, each recruiter's own: the page and the API go through here.</summary>
public sealed class SavedSearchService(ShortlistDbContext db, CurrentUser user, TalentSearchService talent, MatchingService matching, AuditLog audit, TimeProvider clock)
{
    /// <summary>The most searches one recruiter keeps.</summary>
    public const int MaxPerOwner = 100;

    private Guid Owner => user.Id ?? throw new InvalidOperationException("Saved searches need a signed-in user.");

    /// <summary>The caller's saved searches, newest first.</summary>
    public async Task<IReadOnlyList<SavedSearchResponse>> ListAsync(CancellationToken ct)
    {
        var owner = Owner;
        var searches = await db.SavedSearches.AsNoTracking().Where(s => s.OwnerUserId == owner).OrderByDescending(s => s.CreatedAt).ToListAsync(ct);
        var unseen = await db.SavedSearchAlerts.AsNoTracking().Where(a => a.OwnerUserId == owner && a.SeenAt == null)
            .GroupBy(a => a.SavedSearchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. searches.Select(s => Describe(s, unseen.GetValueOrDefault(s.Id)))];
    }

    /// <summary>Saves a search after checking it like a search; the errors by field otherwise.</summary>
    public async Task<(SavedSearchResponse? Saved, Dictionary<string, string[]> Errors)> CreateAsync(SavedSearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = ["Give the search a name."];
        else if (request.Name.Trim().Length > SavedSearch.MaxName) errors["name"] = [$"The name is longer than {SavedSearch.MaxName} characters."];
        var input = (request.Search ?? new TalentSearchInput()) with { Page = null, PageSize = null };
        if (input.IsEmpty) errors["search"] = ["Give a query or at least one field to save."];
        else
        {
            var engine = await matching.GetAsync(ct);
            var (_, problems) = await talent.CompileAsync(input, engine.Talent.Vocabulary, ct);
            foreach (var (k, v) in problems) errors[k] = v;
        }
        var owner = Owner;
        if (errors.Count == 0 && await db.SavedSearches.CountAsync(s => s.OwnerUserId == owner, ct) >= MaxPerOwner)
            errors["name"] = [$"You keep {MaxPerOwner} saved searches already; delete one first."];
        if (errors.Count > 0) return (null, errors);

        // Alerts start from now: candidates who already match are not announced, only those who come to match.
        await matching.CatchUpAsync(ct);
        var search = new SavedSearch(owner, request.Name!.Trim(), input.ToQueryString(), request.Alerts ?? true, matching.AppliedSequence, clock.GetUtcNow());
        db.SavedSearches.Add(search);
        audit.Record("talent.saved-search.create", nameof(SavedSearch), search.Id, search.Name);
        await db.SaveChangesAsync(ct);
        return (Describe(search, 0), errors);
    }

    /// <summary>Deletes one of the caller's saved searches (and its alerts); false when it is not theirs or not there.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        var owner = Owner;
        var search = await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == id && s.OwnerUserId == owner, ct);
        if (search is null) return false;
        db.SavedSearchAlerts.RemoveRange(await db.SavedSearchAlerts.Where(a => a.SavedSearchId == id).ToListAsync(ct));
        db.SavedSearches.Remove(search);
        audit.Record("talent.saved-search.delete", nameof(SavedSearch), id, search.Name);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Runs one of the caller's saved searches; null when it is not theirs.</summary>
    public async Task<TalentSearchOutcome?> RunAsync(Guid id, int? page, int? pageSize, CancellationToken ct)
    {
        var owner = Owner;
        var search = await db.SavedSearches.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.OwnerUserId == owner, ct);
        if (search is null) return null;
        return await talent.SearchAsync(TalentSearchInput.FromQueryString(search.Parameters) with { Page = page, PageSize = pageSize }, ct);
    }

    /// <summary>The candidates announced to the caller, newest first (erased candidates left out); marks them seen when asked.</summary>
    public async Task<IReadOnlyList<SavedSearchAlertResponse>> AlertsAsync(bool markSeen, CancellationToken ct)
    {
        var owner = Owner;
        var rows = await (from a in db.SavedSearchAlerts.AsNoTracking()
                          join s in db.SavedSearches.AsNoTracking() on a.SavedSearchId equals s.Id
                          join c in db.Candidates.AsNoTracking().VisibleTo(user) on a.CandidateId equals c.Id
                          where a.OwnerUserId == owner && c.ErasedAt == null
                          orderby a.CreatedAt descending
                          select new SavedSearchAlertResponse(a.Id, s.Id, s.Name, c.Id, c.FirstName + " " + c.LastName, c.Headline, a.CreatedAt, a.SeenAt != null))
            .Take(200).ToListAsync(ct);
        if (rows.Count > 0)
        {
            audit.Record("talent.alerts.view", nameof(Candidate), null, $"{rows.Count} announced candidates listed");
            if (markSeen)
            {
                var now = clock.GetUtcNow();
                foreach (var a in await db.SavedSearchAlerts.Where(a => a.OwnerUserId == owner && a.SeenAt == null).ToListAsync(ct)) a.Seen(now);
            }
            await db.SaveChangesAsync(ct);
        }
        return rows;
    }

    private static SavedSearchResponse Describe(SavedSearch s, int unseen)
        => new(s.Id, s.Name, s.Parameters, "/Workspace/Talent?" + s.Parameters, s.Alerts, unseen, s.CreatedAt);
}
