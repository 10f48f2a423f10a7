using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Embeddings;
using Shortlist.Data.Identity;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Duplicates;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Duplicates;

/// <summary>A pair of likely duplicates in a list.</summary>
public sealed record DuplicatePairSummary(Guid Id, long Version, string Status, Guid FirstCandidateId, string? FirstName, Guid SecondCandidateId, string? SecondName,
    IReadOnlyList<string> Reasons, DateTimeOffset DetectedAt, DateTimeOffset? DecidedAt, Guid? SurvivorId);

/// <summary>An application of one side of a pair.</summary>
public sealed record DuplicateApplication(Guid Id, Guid PositionId, string PositionTitle, string Stage, DateTimeOffset CreatedAt);

/// <summary>A file of one side of a pair: the current résumé, an earlier one, or one sent with an application.</summary>
public sealed record DuplicateFile(Guid Id, string FileName, string UsedFor);

/// <summary>One side of a pair, as the review page shows it next to the other.</summary>
public sealed record DuplicateSide(Guid Id, long Version, string FirstName, string LastName, string Email, string? Phone, string? Location, string? Headline,
    string? Summary, string Preferences, string? Source, bool HasAccount, IReadOnlyList<ProfileRole> Roles, IReadOnlyList<ProfileEducation> Education,
    IReadOnlyList<string> Skills, IReadOnlyList<string> Certifications, IReadOnlyList<DuplicateApplication> Applications, IReadOnlyList<DuplicateFile> Files,
    int Activities, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt)
{
    /// <summary>The value of a choosable field as shown (see <see cref="MergeFields"/>).</summary>
    public string? Value(string field) => field switch
    {
        MergeFields.Name => $"{FirstName} {LastName}",
        MergeFields.Email => Email,
        MergeFields.Phone => Phone,
        MergeFields.Location => Location,
        MergeFields.Headline => Headline,
        MergeFields.Summary => Summary,
        MergeFields.Preferences => Preferences,
        MergeFields.Resume => Files.FirstOrDefault(f => f.UsedFor == "current résumé")?.FileName,
        _ => null,
    };
}

/// <summary>A pair with both candidates side by side and the fields whose values differ.</summary>
public sealed record DuplicatePairDetail(Guid Id, long Version, string Status, IReadOnlyList<string> Reasons, DateTimeOffset DetectedAt, DateTimeOffset? DecidedAt,
    Guid? SurvivorId, DuplicateSide? First, DuplicateSide? Second, IReadOnlyList<string> ConflictingFields);

/// <summary>
/// A merge: the record to keep, the pair's version as read, and for each field whose values differ the candidate whose
/// value is kept (fields left out keep the survivor's value, or the other's where the survivor has none). The candidates'
/// versions, when given, are checked too.
/// </summary>
public sealed record MergeRequest(Guid? SurvivorId, long? Version, Dictionary<string, Guid>? Fields = null, long? SurvivorVersion = null, long? OtherVersion = null);

/// <summary>A dismissal ("not the same person"), with the pair's version as read when known (the API takes it as ?version=).</summary>
public sealed record DismissRequest(long? Version = null);

/// <summary>What a merge did: the record kept and the one merged into it, and what was moved.</summary>
public sealed record MergeResponse(Guid PairId, Guid SurvivorId, Guid MergedId, int ApplicationsMoved, int ApplicationsFolded, IReadOnlyList<string> Notes);

public enum DuplicateOutcomeStatus
{
    Ok,
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>The result of a merge or dismissal: on success the merge's details, otherwise a message for the field at fault.</summary>
public sealed record DuplicateOutcome(DuplicateOutcomeStatus Status, MergeResponse? Merge = null, string? Field = null, string? Message = null);

/// <summary>
/// Likely duplicate candidates for recruiters: the list, a pair side by side, "not a duplicate", and the merge that keeps
/// every application, submission, placement, activity, file, conversation, consent and saved-search match. The one place
/// the review pages and the API go through.
/// </summary>
public sealed class DuplicateService(ShortlistDbContext db, CurrentUser user, AuditLog audit, UserManager<ShortlistUser> users, TimeProvider clock)
{
    /// <summary>Pairs with the given status (pending when not given), newest first.</summary>
    public async Task<Page<DuplicatePairSummary>> ListAsync(string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var wanted = Enum.TryParse<DuplicateStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : DuplicateStatus.Pending;
        var rows =
            from p in db.DuplicatePairs.AsNoTracking()
            where p.Status == wanted
            from a in db.Candidates.Where(c => c.Id == p.FirstCandidateId).DefaultIfEmpty()
            from b in db.Candidates.Where(c => c.Id == p.SecondCandidateId).DefaultIfEmpty()
            where wanted != DuplicateStatus.Pending || (a != null && b != null && a.ErasedAt == null && b.ErasedAt == null)
            orderby p.CreatedAt descending, p.Id
            select new DuplicatePairSummary(p.Id, p.Version, p.Status.ToString(), p.FirstCandidateId, a == null ? null : a.FirstName + " " + a.LastName,
                p.SecondCandidateId, b == null ? null : b.FirstName + " " + b.LastName, p.Reasons, p.CreatedAt, p.DecidedAt, p.SurvivorId);
        return await Page<DuplicatePairSummary>.ReadAsync(rows, page, pageSize, ct);
    }

    /// <summary>How many pairs wait for a recruiter.</summary>
    public Task<int> PendingCountAsync(CancellationToken ct) => db.DuplicatePairs.CountAsync(p => p.Status == DuplicateStatus.Pending
        && db.Candidates.Any(c => c.Id == p.FirstCandidateId && c.ErasedAt == null) && db.Candidates.Any(c => c.Id == p.SecondCandidateId && c.ErasedAt == null), ct);

    /// <summary>A pair with both candidates side by side; reading it is a read of both people's data, and is audited.</summary>
    public async Task<DuplicatePairDetail?> GetAsync(Guid id, CancellationToken ct)
    {
        if (!user.IsStaff) return null;
        var pair = await db.DuplicatePairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null) return null;
        var first = await SideAsync(pair.FirstCandidateId, ct);
        var second = await SideAsync(pair.SecondCandidateId, ct);
        if (pair.Status == DuplicateStatus.Pending && (first is null || second is null)) return null;
        foreach (var side in new[] { first, second }.OfType<DuplicateSide>()) audit.Record("candidate.read", nameof(Candidate), side.Id, $"duplicate pair {pair.Id}");
        await db.SaveChangesAsync(ct);
        var conflicting = first is null || second is null ? [] : MergeFields.All
            .Where(f => !string.Equals(Norm(first.Value(f)), Norm(second.Value(f)), StringComparison.OrdinalIgnoreCase)).ToList();
        return new DuplicatePairDetail(pair.Id, pair.Version, pair.Status.ToString(), pair.Reasons, pair.CreatedAt, pair.DecidedAt, pair.SurvivorId, first, second, conflicting);
    }

    /// <summary>Where a link to a candidate merged away should lead: the record it was merged into (following later merges), or null.</summary>
    public async Task<Guid?> SurvivorOfAsync(Guid mergedId, CancellationToken ct)
    {
        Guid? found = null;
        var current = mergedId;
        for (var hop = 0; hop < 10; hop++)
        {
            var next = await db.DuplicatePairs.AsNoTracking().Where(p => p.Status == DuplicateStatus.Merged && p.MergedId == current)
                .Select(p => p.SurvivorId).FirstOrDefaultAsync(ct);
            if (next is not { } survivor) break;
            found = current = survivor;
        }
        return found;
    }

    /// <summary>Says the two records are different people; the pair is not proposed again.</summary>
    public async Task<DuplicateOutcome> DismissAsync(Guid id, DismissRequest request, CancellationToken ct)
    {
        if (!user.IsStaff || user.Id is not { } me) return new(DuplicateOutcomeStatus.NotFound);
        var pair = await db.DuplicatePairs.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null) return new(DuplicateOutcomeStatus.NotFound);
        if (request.Version is { } version && version != pair.Version) return Stale();
        if (pair.Status != DuplicateStatus.Pending) return Decided(pair);
        if (request.Version is { } v) db.ExpectVersion(pair, v);
        pair.Dismiss(me, clock.GetUtcNow());
        audit.Record("duplicate.dismiss", "DuplicatePair", pair.Id, $"{pair.FirstCandidateId} and {pair.SecondCandidateId} are different people");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); return Stale(); }
        return new(DuplicateOutcomeStatus.Ok);
    }

    /// <summary>
    /// Merges the pair in one transaction: the survivor keeps the chosen values and unites the lists; every application,
    /// submission, placement (with its engagement and timesheets), activity, conversation, consent, reveal and saved-search
    /// match of the other moves to the survivor; when both applied to the same position the more advanced application is
    /// kept and the other folded into it, recorded as a note; the other record is removed and the pair remembers it, so a
    /// stale link finds the survivor. Refused when both have a sign-in account.
    /// </summary>
    public async Task<DuplicateOutcome> MergeAsync(Guid id, MergeRequest request, CancellationToken ct)
    {
        if (!user.IsStaff || user.Id is not { } me) return new(DuplicateOutcomeStatus.NotFound);
        if (request.SurvivorId is not { } survivorId) return Invalid("survivorId", "Choose the record to keep.");
        if (request.Version is not { } pairVersion) return Invalid("version", "version is required.");
        if (request.Fields?.Keys.FirstOrDefault(f => !MergeFields.All.Contains(f)) is { } unknown)
            return Invalid("fields", $"'{Clip(unknown, 60)}' is not a field that can be chosen; choose among {string.Join(", ", MergeFields.All)}.");
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var outcome = await MergeInTransactionAsync(id, survivorId, pairVersion, request, me, ct);
                if (outcome.Status == DuplicateOutcomeStatus.Ok) await tx.CommitAsync(ct);
                else
                {
                    await tx.RollbackAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                }
                return outcome;
            }
            catch (DbUpdateConcurrencyException)
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Stale();
            }
            catch (DomainRuleException e)
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Invalid(e.Field ?? "fields", e.Message);
            }
        });
    }

    private async Task<DuplicateOutcome> MergeInTransactionAsync(Guid id, Guid survivorId, long pairVersion, MergeRequest request, Guid me, CancellationToken ct)
    {
        var pair = await db.DuplicatePairs.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null) return new(DuplicateOutcomeStatus.NotFound);
        if (pair.Version != pairVersion) return Stale();
        if (pair.Status != DuplicateStatus.Pending) return Decided(pair);
        if (!pair.Involves(survivorId)) return Invalid("survivorId", "The record to keep must be one of the pair.");
        var otherId = pair.Other(survivorId);
        var survivor = await db.Candidates.FirstOrDefaultAsync(c => c.Id == survivorId && c.ErasedAt == null, ct);
        var other = await db.Candidates.FirstOrDefaultAsync(c => c.Id == otherId && c.ErasedAt == null, ct);
        if (survivor is null || other is null) return new(DuplicateOutcomeStatus.NotFound);
        if ((request.SurvivorVersion is { } sv && sv != survivor.Version) || (request.OtherVersion is { } ov && ov != other.Version))
            return new(DuplicateOutcomeStatus.Conflict, Field: "version",
                Message: "One of the two records was changed meanwhile. Nothing was merged; look at the pair again and choose anew.");
        db.ExpectVersion(pair, pairVersion);
        // Checked at each save from here on: a record changed by someone else meanwhile makes the whole merge a conflict.
        if (request.SurvivorVersion is { } expectedSurvivor) db.ExpectVersion(survivor, expectedSurvivor);
        if (request.OtherVersion is { } expectedOther) db.ExpectVersion(other, expectedOther);

        var takeFromOther = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, chosen) in request.Fields ?? [])
        {
            if (!MergeFields.All.Contains(field)) return Invalid("fields", $"'{field}' is not a field that can be chosen; choose among {string.Join(", ", MergeFields.All)}.");
            if (chosen == otherId) takeFromOther.Add(field);
            else if (chosen != survivorId) return Invalid("fields", $"The value for '{field}' must come from one of the two records.");
        }

        var accounts = await users.Users.Where(u => u.CandidateId == survivorId || u.CandidateId == otherId).ToListAsync(ct);
        var otherAccount = accounts.FirstOrDefault(u => u.CandidateId == otherId) ?? (other.UserId is { } ou ? await users.FindByIdAsync(ou.ToString()) : null);
        var survivorHasAccount = survivor.UserId is not null || accounts.Any(u => u.CandidateId == survivorId);
        if (survivorHasAccount && otherAccount is not null)
            return Invalid("survivorId", "Both records have their own sign-in account, so they cannot be merged here: ask the person which account to keep, "
                + "and have them delete the other (or an administrator remove it) before merging.");

        var now = clock.GetUtcNow();
        var notes = new List<string>();
        var applications = await db.Applications.Where(a => a.CandidateId == survivorId || a.CandidateId == otherId).ToListAsync(ct);
        var titles = await db.Positions.AsNoTracking().Where(p => applications.Select(a => a.PositionId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var folded = 0;
        foreach (var group in applications.GroupBy(a => a.PositionId).Where(g => g.Count() > 1))
        {
            var mine = group.First(a => a.CandidateId == survivorId);
            var theirs = group.First(a => a.CandidateId == otherId);
            var (keep, drop) = Rank(theirs) > Rank(mine) ? (theirs, mine) : (mine, theirs);
            var title = titles.GetValueOrDefault(group.Key, "a position");
            if (await db.Placements.AnyAsync(p => p.ApplicationId == drop.Id, ct))
                return Invalid("survivorId", $"Both records were placed in \"{title}\"; resolve the placements by hand before merging.");
            await db.Interviews.Where(i => i.ApplicationId == drop.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.ApplicationId, keep.Id).SetProperty(i => i.Version, i => i.Version + 1), ct);
            var note = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Merged duplicate records: both had an application for \"{title}\". "));
            note.Append(CultureInfo.InvariantCulture, $"Kept the one at {keep.Stage} (started {keep.CreatedAt:yyyy-MM-dd}, {keep.Origin}); ");
            note.Append(CultureInfo.InvariantCulture, $"folded into it the one at {drop.Stage} (started {drop.CreatedAt:yyyy-MM-dd}, {drop.Origin}");
            if (drop.CoverNote is { } cover) note.Append(CultureInfo.InvariantCulture, $", cover note: \"{Clip(cover, 1_000)}\"");
            if (drop.History.Count > 0)
                note.Append("; history: ").AppendJoin("; ", drop.History.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.From} → {h.To} on {h.At:yyyy-MM-dd}{(h.Note is null ? "" : $" ({Clip(h.Note, 200)})")}")));
            note.Append(')');
            var dropSubmission = await db.Submissions.FirstOrDefaultAsync(s => s.ApplicationId == drop.Id, ct);
            if (dropSubmission is not null)
            {
                if (await db.Submissions.AnyAsync(s => s.ApplicationId == keep.Id, ct))
                    note.Append(CultureInfo.InvariantCulture, $"; its submission to the client (sent {dropSubmission.SubmittedAt:yyyy-MM-dd}, {dropSubmission.Feedback.Count} feedback entries{(dropSubmission.Note is null ? "" : $", note: \"{Clip(dropSubmission.Note, 500)}\"")}) was removed, the kept application has its own");
                else
                {
                    await db.Submissions.Where(s => s.Id == dropSubmission.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ApplicationId, keep.Id)
                        .SetProperty(s => s.CandidateId, survivorId).SetProperty(s => s.Version, s => s.Version + 1), ct);
                    db.Entry(dropSubmission).State = EntityState.Detached;
                    note.Append("; its submission to the client now belongs to the kept application");
                }
            }
            note.Append('.');
            if (drop.ResumeFileId is { } dropFile && keep.ResumeFileId != dropFile && !survivor.EarlierResumeFileIds.Contains(dropFile)
                && other.ResumeFileId != dropFile && survivor.ResumeFileId != dropFile)
                survivor.KeepEarlierResume(dropFile, now);
            db.Activities.Add(new Activity(ActivityKind.Note, ActivitySubject.Candidate, survivorId, Clip(note.ToString(), 10_000), me, now, now));
            notes.Add(note.ToString());
            db.Applications.Remove(drop);
            folded++;
        }
        await db.SaveChangesAsync(ct);

        // Everything else that points at the other record now points at the survivor.
        var moved = await db.Applications.Where(a => a.CandidateId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.CandidateId, survivorId).SetProperty(a => a.Version, a => a.Version + 1), ct);
        await db.Submissions.Where(s => s.CandidateId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CandidateId, survivorId).SetProperty(s => s.Version, s => s.Version + 1), ct);
        await db.Placements.Where(p => p.CandidateId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.CandidateId, survivorId).SetProperty(p => p.Version, p => p.Version + 1), ct);
        await db.Consents.Where(c => c.CandidateId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.CandidateId, survivorId).SetProperty(c => c.Version, c => c.Version + 1), ct);
        await db.CareerConversations.Where(c => c.CandidateId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.CandidateId, survivorId).SetProperty(c => c.Version, c => c.Version + 1), ct);
        await db.Activities.Where(a => a.Subject == ActivitySubject.Candidate && a.SubjectId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.SubjectId, survivorId).SetProperty(a => a.Version, a => a.Version + 1), ct);
        // One reveal per organization and one alert per saved search: the survivor's stands where both have one.
        await db.CandidateReveals.Where(r => r.CandidateId == otherId && db.CandidateReveals.Any(s => s.CandidateId == survivorId && s.OrganizationId == r.OrganizationId))
            .ExecuteDeleteAsync(ct);
        await db.CandidateReveals.Where(r => r.CandidateId == otherId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CandidateId, survivorId).SetProperty(r => r.Version, r => r.Version + 1), ct);
        await db.SavedSearchAlerts.Where(a => a.CandidateId == otherId && db.SavedSearchAlerts.Any(s => s.CandidateId == survivorId && s.SavedSearchId == a.SavedSearchId))
            .ExecuteDeleteAsync(ct);
        await db.SavedSearchAlerts.Where(a => a.CandidateId == otherId).ExecuteUpdateAsync(u => u.SetProperty(a => a.CandidateId, survivorId), ct);
        await db.RetentionNotices.Where(n => n.CandidateId == otherId).ExecuteDeleteAsync(ct);
        await db.TextEmbeddings.Where(e => e.OwnerKind == OwnerKind.Candidate && e.OwnerId == otherId).ExecuteDeleteAsync(ct);

        // The bulk updates bypassed the change tracker: rows read before must not be saved (or cascade-deleted with the other record) from stale copies.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Application or Submission or Interview or Placement).ToList())
            entry.State = EntityState.Detached;

        // Other pairs naming the record merged away now name the survivor (a pair that would repeat one is dropped).
        var others = await db.DuplicatePairs.Where(p => p.Id != pair.Id && p.Status != DuplicateStatus.Merged
            && (p.FirstCandidateId == otherId || p.SecondCandidateId == otherId)).ToListAsync(ct);
        foreach (var p in others)
        {
            var third = p.Other(otherId);
            var (f, s) = DuplicatePair.Order(third, survivorId);
            if (third == survivorId || await db.DuplicatePairs.AnyAsync(x => x.FirstCandidateId == f && x.SecondCandidateId == s, ct)) db.DuplicatePairs.Remove(p);
            else p.Repoint(otherId, survivorId, now);
        }

        // The sign-in account follows the person: the survivor takes the other's account when it has none.
        if (otherAccount is not null)
        {
            other.UserId = null;
            await db.SaveChangesAsync(ct);
            otherAccount.CandidateId = survivorId;
            survivor.UserId = otherAccount.Id;
            var updated = await users.UpdateAsync(otherAccount);
            if (!updated.Succeeded) throw new InvalidOperationException("The account could not be moved: " + string.Join("; ", updated.Errors.Select(e => e.Description)));
            // Its sign-in cookies name the old record: a new security stamp makes them sign in again.
            await users.UpdateSecurityStampAsync(otherAccount);
            notes.Add($"The sign-in account {otherAccount.Email} now belongs to the kept record.");
        }

        var otherName = other.FullName;
        survivor.Absorb(other, takeFromOther, now);
        db.Candidates.Remove(other);
        pair.MarkMerged(survivorId, me, now);
        audit.Record("candidate.merge", nameof(Candidate), survivorId, Clip(string.Create(CultureInfo.InvariantCulture,
            $"merged {otherId} ({otherName}) into {survivorId}; pair {pair.Id}; values taken from the merged record: {(takeFromOther.Count == 0 ? "none" : string.Join(", ", takeFromOther))}; "
            + $"{moved} applications moved, {folded} folded"), 4_000));
        await db.SaveChangesAsync(ct);
        return new(DuplicateOutcomeStatus.Ok, new MergeResponse(pair.Id, survivorId, otherId, moved, folded, notes));
    }

    private async Task<DuplicateSide?> SideAsync(Guid candidateId, CancellationToken ct)
    {
        var c = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId && c.ErasedAt == null, ct);
        if (c is null) return null;
        var applications = await db.Applications.AsNoTracking().Where(a => a.CandidateId == candidateId)
            .Join(db.Positions.AsNoTracking(), a => a.PositionId, p => p.Id, (a, p) => new { a.Id, a.PositionId, p.Title, a.Stage, a.CreatedAt, a.StageChangedAt, a.ResumeFileId })
            .OrderByDescending(a => a.CreatedAt).ToListAsync(ct);
        var fileUse = new List<(Guid Id, string Use)>();
        if (c.ResumeFileId is { } current) fileUse.Add((current, "current résumé"));
        fileUse.AddRange(c.EarlierResumeFileIds.Select(f => (f, "earlier résumé")));
        fileUse.AddRange(applications.Where(a => a.ResumeFileId is not null).Select(a => (a.ResumeFileId!.Value, $"applied for {a.Title}")));
        var ids = fileUse.Select(f => f.Id).Distinct().ToList();
        var names = await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.FileName }).ToDictionaryAsync(f => f.Id, f => f.FileName, ct);
        var files = fileUse.Where(f => names.ContainsKey(f.Id)).GroupBy(f => f.Id)
            .Select(g => new DuplicateFile(g.Key, names[g.Key], string.Join("; ", g.Select(x => x.Use).Distinct()))).ToList();
        var activity = db.Activities.AsNoTracking().Where(a => a.Subject == ActivitySubject.Candidate && a.SubjectId == candidateId);
        var activities = await activity.CountAsync(ct);
        var lastNote = activities == 0 ? (DateTimeOffset?)null : (await activity.Select(a => a.OccurredAt).ToListAsync(ct)).Max();
        var last = new[] { (DateTimeOffset?)c.UpdatedAt, lastNote, applications.Count == 0 ? null : applications.Max(a => a.StageChangedAt) }.OfType<DateTimeOffset>().Max();
        var hasAccount = c.UserId is not null || await users.Users.AnyAsync(u => u.CandidateId == candidateId, ct);
        return new DuplicateSide(c.Id, c.Version, c.FirstName, c.LastName, c.Email, c.Phone, c.Location?.ToString(), c.Headline, c.Summary, Describe(c.Preferences),
            c.Source, hasAccount, c.Roles.OrderByDescending(r => r.End is null).ThenByDescending(r => r.End).ThenByDescending(r => r.Start).ToList(), c.Education,
            c.Skills.OrderByDescending(s => s.Years).Select(s => s.Name).ToList(), c.Certifications.Select(x => x.Name).ToList(),
            applications.Select(a => new DuplicateApplication(a.Id, a.PositionId, a.Title, a.Stage.ToString(), a.CreatedAt)).ToList(), files, activities, c.CreatedAt, last);
    }

    private static string Describe(Preferences p)
    {
        if (p == Preferences.None) return "not stated";
        var parts = new List<string> { p.Workplace.ToString(), p.Engagement.ToString() };
        if (p.AvailableFrom is { } from) parts.Add($"available from {from:yyyy-MM-dd}");
        if (p.Locations is { Count: > 0 } places) parts.Add(string.Join(" / ", places));
        if (p.Authorization != WorkAuthorization.Unknown) parts.Add(p.Authorization.ToString());
        return string.Join(", ", parts);
    }

    /// <summary>How far an application got: placed first, then offer, interview, client review, submitted, screening, sourced; closed last.</summary>
    private static int Rank(Application a) => a.Stage switch
    {
        Stage.Placed => 7, Stage.Offer => 6, Stage.Interview => 5, Stage.ClientReview => 4, Stage.Submitted => 3, Stage.Screening => 2, Stage.Sourced => 1, _ => 0,
    };

    private static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;

    private static DuplicateOutcome Invalid(string field, string message) => new(DuplicateOutcomeStatus.Invalid, Field: field, Message: message);

    private static DuplicateOutcome Stale() => new(DuplicateOutcomeStatus.Conflict, Field: "version",
        Message: "Someone else changed this pair meanwhile. Nothing was merged or dismissed; look at it again and choose anew.");

    private static DuplicateOutcome Decided(DuplicatePair pair) => new(DuplicateOutcomeStatus.Conflict, Field: "status",
        Message: $"This pair was already {pair.Status.ToString().ToLowerInvariant()}.");
}
