using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Embeddings;
using Shortlist.Data.Identity;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Auditing;

namespace Shortlist.Web.Features.Privacy;

/// <summary>The outcome of an erasure request.</summary>
public enum ErasureOutcome
{
    Erased,
    NotFound,
    WrongPassword,
}

/// <summary>
/// A candidate's rights over their data, for the portal, the API and administrators alike: one JSON file with everything
/// held about them (<see cref="ExportAsync"/>), and erasure (<see cref="EraseAsync"/>). See docs/privacy.md for what is
/// kept and why.
/// </summary>
public sealed class PrivacyService(ShortlistDbContext db, UserManager<ShortlistUser> users, SignInManager<ShortlistUser> signIn, AuditLog audit,
    TimeProvider clock)
{
    /// <summary>What erased candidates' names and the actors of their own audit entries become.</summary>
    public const string ErasedName = "erased candidate";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The export file's name for a candidate.</summary>
    public static string FileName(Guid candidateId, DateTimeOffset at) => $"shortlist-my-data-{at:yyyyMMdd}-{candidateId.ToString("N")[..8]}.json";

    /// <summary>
    /// Everything held about a candidate who is not erased, as UTF-8 JSON: the profile as a JSON Resume under <c>resume</c>,
    /// then preferences, applications, consents, career conversations, recruiters' activities about them, résumé files and
    /// the audit entries about them.
    /// Audited as candidate.export. Null when there is no such candidate.
    /// </summary>
    public async Task<byte[]?> ExportAsync(Guid candidateId, CancellationToken ct)
    {
        var c = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == candidateId && x.ErasedAt == null, ct);
        if (c is null) return null;
        var now = clock.GetUtcNow();
        var applications = await (
                from a in db.Applications.AsNoTracking()
                join p in db.Positions.AsNoTracking() on a.PositionId equals p.Id
                where a.CandidateId == candidateId
                orderby a.CreatedAt
                select new { Application = a, p.Title })
            .ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(x => x.CandidateId == candidateId).OrderBy(x => x.GivenAt).ToListAsync(ct);
        var conversations = await db.CareerConversations.AsNoTracking().Where(x => x.CandidateId == candidateId).OrderBy(x => x.CreatedAt).ToListAsync(ct);
        // Their own timeline, and activities on positions that concern them (e-mails sent to them about a position).
        var activities = await db.Activities.AsNoTracking().Where(a => a.Subject == ActivitySubject.Candidate && a.SubjectId == candidateId || a.CandidateId == candidateId)
            .OrderBy(a => a.OccurredAt).ToListAsync(ct);
        var fileIds = applications.Select(a => a.Application.ResumeFileId).Append(c.ResumeFileId).OfType<Guid>().Concat(c.EarlierResumeFileIds).Distinct().ToList();
        var files = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id)).OrderBy(f => f.CreatedAt).ToListAsync(ct);
        var about = applications.Select(a => a.Application.Id).Concat(conversations.Select(x => x.Id)).Append(candidateId).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId != null && about.Contains(e.EntityId.Value))
            .OrderBy(e => e.Id).Take(10_000).ToListAsync(ct);
        var userId = c.UserId;

        var document = new
        {
            format = "Shortlist personal data export, version 1",
            exportedAt = now,
            candidateId = c.Id,
            resume = Resume(c),
            profile = new
            {
                createdAt = c.CreatedAt, updatedAt = c.UpdatedAt, source = c.Source, correctedFields = c.CorrectedFields,
                industries = c.Industries, skills = c.Skills, trackRecord = c.TrackRecord, resumeText = c.ResumeText,
            },
            preferences = c.Preferences,
            applications = applications.Select(x => new
            {
                id = x.Application.Id,
                position = x.Title,
                stage = CandidateView.Label(x.Application.Stage, x.Application.CloseReason) ?? "Put forward by a recruiter",
                pipelineStage = x.Application.Stage,
                origin = x.Application.Origin,
                createdAt = x.Application.CreatedAt,
                coverNote = x.Application.CoverNote,
                resumeFileId = x.Application.ResumeFileId,
                history = x.Application.History.Select(h => new { from = h.From, to = h.To, at = h.At, reason = h.Reason, note = h.Note }),
            }),
            consents = consents.Select(x => new { noticeVersion = x.NoticeVersion, purpose = x.Purpose, givenAt = x.GivenAt, applicationId = x.ApplicationId }),
            careerConversations = conversations.Select(x => new
            {
                id = x.Id, requestedAt = x.CreatedAt, topics = x.Topics, preferredTimes = x.PreferredTimes, note = x.Note, status = x.Status,
                proposedStart = x.ProposedStart, durationMinutes = x.DurationMinutes, location = x.Location, recruiterMessage = x.RecruiterMessage,
                answeredAt = x.AnsweredAt,
            }),
            activities = activities.Select(a => new { kind = a.Kind, occurredAt = a.OccurredAt, text = a.Text }),
            files = files.Select(f => new
            {
                id = f.Id, fileName = f.FileName, contentType = f.ContentType, length = f.Length, sha256 = f.Sha256, uploadedAt = f.CreatedAt,
                usedFor = (f.Id == c.ResumeFileId ? "profile résumé" : "application"), contentBase64 = Convert.ToBase64String(f.Content),
            }),
            auditEntries = entries.Select(e => new
            {
                at = e.At, action = e.Action, entityType = e.EntityType, entityId = e.EntityId,
                by = userId is not null && e.UserId == userId ? "you" : e.UserName ?? "the system",
            }),
        };
        audit.Record("candidate.export", nameof(Candidate), candidateId);
        await db.SaveChangesAsync(ct);
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    /// <summary>
    /// Erases the signed-in candidate after checking their password (failures count towards lockout), then signs them out.
    /// </summary>
    public async Task<ErasureOutcome> EraseOwnAsync(Guid userId, string password, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(userId.ToString());
        if (account?.CandidateId is not { } candidateId) return ErasureOutcome.NotFound;
        var check = await signIn.CheckPasswordSignInAsync(account, password ?? "", lockoutOnFailure: true);
        if (!check.Succeeded) return ErasureOutcome.WrongPassword;
        var outcome = await EraseAsync(candidateId, ct);
        if (outcome == ErasureOutcome.Erased) await signIn.SignOutAsync();
        return outcome;
    }

    /// <summary>
    /// Erases a candidate in one transaction: the profile becomes an anonymous placeholder, applications keep only stage and
    /// dates, career conversations, activities, the text embedding and résumé files nobody else refers to are deleted, the
    /// sign-in account is deleted, and the audit entries the person made lose their name, address and free text. Consent
    /// records and audit entries stay (see docs/privacy.md). Audited as candidate.erase.
    /// </summary>
    public async Task<ErasureOutcome> EraseAsync(Guid candidateId, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId && c.ErasedAt == null, ct);
            if (candidate is null) return ErasureOutcome.NotFound;
            var now = clock.GetUtcNow();
            var (email, userId) = (candidate.Email, candidate.UserId);
            var account = userId is { } uid ? await users.FindByIdAsync(uid.ToString()) : await users.Users.FirstOrDefaultAsync(u => u.CandidateId == candidateId, ct);
            userId ??= account?.Id;

            var applications = await db.Applications.Where(a => a.CandidateId == candidateId).ToListAsync(ct);
            var fileIds = applications.Select(a => a.ResumeFileId).Append(candidate.ResumeFileId).OfType<Guid>().Concat(candidate.EarlierResumeFileIds).Distinct().ToList();
            var applicationIds = applications.Select(a => a.Id).ToList();
            var conversationIds = await db.CareerConversations.Where(c => c.CandidateId == candidateId).Select(c => c.Id).ToListAsync(ct);

            var fullName = candidate.FullName;
            var accountEmail = account?.Email;
            candidate.Erase(now);
            foreach (var application in applications) application.Anonymise(now);
            // What was shared with clients goes too: the résumé text, the explanation (which quotes the résumé), notes and reveals.
            foreach (var submission in await db.Submissions.Where(s => s.CandidateId == candidateId).ToListAsync(ct)) submission.Anonymise(now);
            db.CandidateReveals.RemoveRange(await db.CandidateReveals.Where(r => r.CandidateId == candidateId).ToListAsync(ct));
            // E-mails to them, queued or sent, go: the outbox holds whole messages. Notifications to others that name them go too.
            var addresses = new[] { email, accountEmail }.OfType<string>().Select(a => a.Trim().ToLowerInvariant()).Distinct().ToList();
            var mails = await db.Outbox.Where(m => addresses.Contains(m.To)).ExecuteDeleteAsync(ct);
            await db.Notifications.Where(n => n.Text.Contains(fullName)).ExecuteDeleteAsync(ct);
            // Timesheets stay (the client's invoices rest on them) with their hours; the notes, free text they wrote, go.
            var placementIds = await db.Placements.Where(p => p.CandidateId == candidateId).Select(p => p.Id).ToListAsync(ct);
            var weeks = await db.Timesheets.Where(t => db.Engagements.Any(e => e.Id == t.EngagementId && placementIds.Contains(e.PlacementId))).ToListAsync(ct);
            foreach (var week in weeks) week.ClearNotes(now);
            db.CareerConversations.RemoveRange(await db.CareerConversations.Where(c => c.CandidateId == candidateId).ToListAsync(ct));
            // Their timeline goes, and so do e-mails to them logged on positions' timelines (they quote the whole message).
            db.Activities.RemoveRange(await db.Activities.Where(a => a.Subject == ActivitySubject.Candidate && a.SubjectId == candidateId || a.CandidateId == candidateId).ToListAsync(ct));
            db.TextEmbeddings.RemoveRange(await db.TextEmbeddings.Where(e => e.OwnerKind == OwnerKind.Candidate && e.OwnerId == candidateId).ToListAsync(ct));
            await db.SaveChangesAsync(ct);

            // Files are shared by content (FileStore stores identical bytes once): delete only those no remaining record points at.
            foreach (var fileId in fileIds)
            {
                var used = await db.Candidates.AnyAsync(c => c.ResumeFileId == fileId, ct) || await db.Applications.AnyAsync(a => a.ResumeFileId == fileId, ct)
                    || await db.Submissions.AnyAsync(s => s.ResumeFileId == fileId, ct);
                if (!used) await db.Files.Where(f => f.Id == fileId).ExecuteDeleteAsync(ct);
            }

            if (account is not null)
            {
                var deleted = await users.DeleteAsync(account);
                if (!deleted.Succeeded) throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(e => e.Description)));
            }
            audit.Record("candidate.erase", nameof(Candidate), candidateId,
                string.Create(CultureInfo.InvariantCulture, $"{applications.Count} applications anonymised, {conversationIds.Count} conversations deleted, {mails} e-mails deleted"));
            await db.SaveChangesAsync(ct);
            // The audit log stays (a legal record of who saw and changed what), but entries the person made lose what names them;
            // entries about them hold ids only, and their free text (file names, details) is cleared.
            var about = applicationIds.Concat(conversationIds).Append(candidateId).ToList();
            if (userId is { } actor)
                await db.AuditEntries.Where(e => e.UserId == actor)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, ErasedName).SetProperty(e => e.IpAddress, (string?)null), ct);
            await db.AuditEntries.Where(e => e.UserName == email)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, ErasedName).SetProperty(e => e.IpAddress, (string?)null), ct);
            await db.AuditEntries.Where(e => e.EntityId != null && about.Contains(e.EntityId.Value) && e.Details != null && e.Action != "candidate.erase")
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, (string?)null), ct);

            await tx.CommitAsync(ct);
            return ErasureOutcome.Erased;
        });
    }

    // The profile as a JSON Resume document (https://jsonresume.org/schema); fields it has no place for are under "profile".
    private static Dictionary<string, object?> Resume(Candidate c) => new()
    {
        ["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        ["basics"] = new
        {
            name = c.FullName,
            label = c.Headline,
            email = c.Email,
            phone = c.Phone,
            summary = c.Summary,
            location = c.Location is { } place ? new { city = place.City, region = place.Region, countryCode = place.Country } : null,
            profiles = c.Links.Select(l => new { url = l }),
        },
        ["work"] = c.Roles.Select(r => new
        {
            name = r.Employer, position = r.Title, location = r.Location, summary = r.Description,
            startDate = r.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), endDate = r.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }),
        ["education"] = c.Education.Select(e => new { institution = e.Institution, studyType = e.Degree, area = e.Field, endDate = e.Year?.ToString(CultureInfo.InvariantCulture) }),
        ["skills"] = c.Skills.Select(s => new
        {
            name = s.Name,
            level = s.Years >= 8 ? "Expert" : s.Years >= 4 ? "Advanced" : s.Years >= 1 ? "Intermediate" : "Beginner",
            keywords = new[] { s.TaxonomyCode },
        }),
        ["certificates"] = c.Certifications.Select(x => new { name = x.Name, date = x.Year?.ToString(CultureInfo.InvariantCulture) }),
        ["projects"] = c.TrackRecord.Select(p => new
        {
            name = p.Name,
            description = string.Join("; ", new[]
            {
                p.Budget is { } b ? string.Create(CultureInfo.InvariantCulture, $"budget {b:0.##}") : null,
                p.TeamSize is { } t ? string.Create(CultureInfo.InvariantCulture, $"team of {t}") : null,
                p.OnTime is { } o ? (o ? "on time" : "late") : null,
                p.OnBudget is { } ob ? (ob ? "on budget" : "over budget") : null,
            }.OfType<string>()),
            endDate = p.Year?.ToString(CultureInfo.InvariantCulture),
        }),
    };
}
