using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Results;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Conversations;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Client;

/// <summary>
/// The client portal for the pages and the API alike: the dashboard, shortlists, a submitted candidate (blind or revealed),
/// reveals, feedback and interview slots. Every query is scoped to the caller's organization (never to the caller alone:
/// colleagues share their organization's searches); another organization's records, and candidates not submitted to it, are not found.
/// </summary>
public sealed class ClientPortalService(ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock,
    IConfiguration configuration, IHttpContextAccessor http, ILogger<ClientPortalService> logger, Features.Notifications.NotificationService notifications)
{
    internal static readonly JsonSerializerOptions ExplanationJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private Guid? Org => user.IsHiringManager ? user.OrganizationId : null;

    public async Task<DashboardResponse?> DashboardAsync(CancellationToken ct)
    {
        if (Org is not { } org) return null;
        var organization = await db.Organizations.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(o => o.Id == org, ct);
        if (organization is null) return null;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var requests = await db.SearchRequests.AsNoTracking().VisibleTo(user)
            .Select(r => new { r.Id, r.Role, r.Status, r.CreatedAt, r.TargetShortlistDate, r.TargetFillDate, r.PositionId }).ToListAsync(ct);
        var positions = await db.Positions.AsNoTracking().VisibleTo(user)
            .Select(p => new { p.Id, p.Title, p.Status, p.CreatedAt, p.PublishedAt, p.TargetShortlistDate, p.TargetFillDate, p.BlindReview }).ToListAsync(ct);
        var ids = positions.Select(p => p.Id).ToList();
        var stages = await (from s in db.Submissions.AsNoTracking().Where(s => s.OrganizationId == org && ids.Contains(s.PositionId))
                            join a in db.Applications.AsNoTracking() on s.ApplicationId equals a.Id
                            select new { s.PositionId, a.Stage, a.History, s.Feedback }).ToListAsync(ct);
        var interviews = await (from i in db.Interviews.AsNoTracking()
                                join a in db.Applications.AsNoTracking() on i.ApplicationId equals a.Id
                                join s in db.Submissions.AsNoTracking().Where(s => s.OrganizationId == org) on a.Id equals s.ApplicationId
                                where i.Status != InterviewStatus.Cancelled
                                select s.PositionId).ToListAsync(ct);
        var rows = positions.OrderBy(p => p.Status is PositionStatus.Open or PositionStatus.Draft or PositionStatus.OnHold ? 0 : 1).ThenBy(p => p.TargetShortlistDate ?? DateOnly.MaxValue).ThenBy(p => p.Title)
            .Select(p =>
            {
                var mine = stages.Where(s => s.PositionId == p.Id).ToList();
                var submitted = mine.Count;
                var offers = mine.Count(s => s.Stage == Stage.Offer || s.History.Any(h => h.To == Stage.Offer));
                var placed = mine.Count(s => s.Stage == Stage.Placed);
                var awaiting = mine.Count(s => s.Stage is Stage.Submitted or Stage.ClientReview && s.Feedback.Count == 0);
                var open = p.Status is PositionStatus.Open or PositionStatus.Draft or PositionStatus.OnHold;
                var shortlist = ShortlistState(p.TargetShortlistDate, submitted > 0, open, today);
                var fill = FillState(p.TargetFillDate, p.Status == PositionStatus.Filled || placed > 0, offers > 0, open, today);
                return new DashboardPosition(p.Id, p.Title, p.Status, Math.Max(0, today.DayNumber - DateOnly.FromDateTime((p.PublishedAt ?? p.CreatedAt).UtcDateTime).DayNumber),
                    p.BlindReview ?? organization.BlindReview, p.TargetShortlistDate, shortlist, p.TargetFillDate, fill,
                    submitted, interviews.Count(i => i == p.Id), offers, placed, awaiting);
            }).ToList();
        return new DashboardResponse(organization.Id, organization.Name, today,
            requests.OrderByDescending(r => r.CreatedAt).Select(r => new DashboardRequest(r.Id, r.Role, r.Status,
                Math.Max(0, today.DayNumber - DateOnly.FromDateTime(r.CreatedAt.UtcDateTime).DayNumber), r.TargetShortlistDate, r.TargetFillDate, r.PositionId)).ToList(),
            rows);
    }

    /// <summary>Late once the date has passed without a shortlist; at risk within a week of it.</summary>
    public static DateState ShortlistState(DateOnly? due, bool delivered, bool open, DateOnly today)
        => delivered ? DateState.Met : due is not { } d ? DateState.NoDate : !open ? DateState.OnTrack
        : today > d ? DateState.Late : d.DayNumber - today.DayNumber <= 7 ? DateState.AtRisk : DateState.OnTrack;

    /// <summary>Late once the fill date has passed unfilled; at risk within two weeks of it without an offer.</summary>
    public static DateState FillState(DateOnly? due, bool filled, bool offerOut, bool open, DateOnly today)
        => filled ? DateState.Met : due is not { } d ? DateState.NoDate : !open ? DateState.OnTrack
        : today > d ? DateState.Late : d.DayNumber - today.DayNumber <= 14 && !offerOut ? DateState.AtRisk : DateState.OnTrack;

    /// <summary>The candidates submitted to the caller's organization for a position it owns; null when out of reach.</summary>
    public async Task<ShortlistResponse?> ShortlistAsync(Guid positionId, CancellationToken ct)
    {
        if (Org is not { } org) return null;
        var position = await db.Positions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return null;
        var blind = await IsBlindAsync(position, ct);
        var rows = await (from s in db.Submissions.AsNoTracking().Where(s => s.OrganizationId == org && s.PositionId == positionId)
                          join a in db.Applications.AsNoTracking() on s.ApplicationId equals a.Id
                          join c in db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null) on s.CandidateId equals c.Id
                          select new { Submission = s, a.Stage, c.FirstName, c.LastName, c.Headline, c.Id }).ToListAsync(ct);
        rows = [.. rows.OrderBy(r => r.Submission.SubmittedAt).ThenBy(r => r.Submission.Id)];
        var revealed = await RevealedAsync(org, rows.Select(r => r.Id), ct);
        var interviews = await InterviewsAsync(rows.Select(r => r.Submission), ct);
        var list = rows.Select((r, i) =>
        {
            var hit = Explanation(r.Submission);
            var show = !blind || revealed.Contains(r.Id);
            return new ShortlistCandidate(r.Submission.ApplicationId, show ? $"{r.FirstName} {r.LastName}" : Label(i), blind && show,
                show ? r.Headline : null, r.Stage, r.Submission.SubmittedAt, hit is null ? null : Math.Round(hit.Score, 1), hit?.Band,
                r.Submission.LatestFeedback, r.Submission.ProposedSlots.Count, interviews.GetValueOrDefault(r.Submission.ApplicationId));
        }).ToList();
        return new ShortlistResponse(position.Id, position.Title, position.Status, blind, list);
    }

    /// <summary>One submitted candidate, redacted in blind review until revealed; opening it is an audited read of personal data.</summary>
    public async Task<SubmittedCandidateResponse?> CandidateAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: false, ct);
        if (found is null) return null;
        var (position, submission, application, candidate) = found.Value;
        var blind = await IsBlindAsync(position, ct);
        var revealed = blind && await db.CandidateReveals.AnyAsync(r => r.OrganizationId == submission.OrganizationId && r.CandidateId == candidate.Id, ct);
        var show = !blind || revealed;
        // The label matches the shortlist's: the submission's place in submission order.
        var order = await db.Submissions.AsNoTracking().Where(s => s.OrganizationId == submission.OrganizationId && s.PositionId == positionId)
            .Select(s => new { s.Id, s.SubmittedAt }).ToListAsync(ct);
        var index = order.OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).ToList().FindIndex(s => s.Id == submission.Id);
        audit.Record("candidate.read", nameof(Candidate), candidate.Id, $"submitted for position {positionId}{(show ? "" : " (blind)")}");
        await db.SaveChangesAsync(ct);
        var hit = Explanation(submission);
        if (hit is not null && !show) hit = Blinded(hit, candidate);
        var interviews = await InterviewsAsync([submission], ct);
        var resumeText = submission.ResumeText is null ? null : show ? submission.ResumeText : ResumeRedactor.Redact(submission.ResumeText, candidate);
        return new SubmittedCandidateResponse(application.Id, position.Id, position.Title, blind, blind && revealed, show ? candidate.FullName : Label(index),
            show ? candidate.Email : null, show ? candidate.Phone : null, show ? candidate.Location?.ToString() : null, show ? candidate.Headline : null,
            candidate.Roles.OrderByDescending(r => r.Start).Select(r => new RoleView(r.Title, show ? r.Employer : null, r.Start, r.End)).ToList(),
            candidate.Skills.OrderByDescending(s => s.Years).Select(s => s.Name).Take(30).ToList(),
            submission.Note, hit, submission.ResumeFileId is not null || submission.ResumeText is not null, show && submission.ResumeFileId is not null, resumeText,
            application.Stage, submission.SubmittedAt, submission.Feedback, submission.ProposedSlots, interviews.GetValueOrDefault(application.Id), submission.Version);
    }

    /// <summary>The shared résumé file; not served in blind review until the candidate is revealed. Audited.</summary>
    public async Task<Shortlist.Data.Files.StoredFile?> ResumeFileAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: false, ct);
        if (found is null || found.Value.Submission.ResumeFileId is not { } fileId) return null;
        if (await IsBlindAsync(found.Value.Position, ct)
            && !await db.CandidateReveals.AnyAsync(r => r.OrganizationId == found.Value.Submission.OrganizationId && r.CandidateId == found.Value.Candidate.Id, ct)) return null;
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return null;
        audit.Record("resume.read", "Resume", found.Value.Candidate.Id, $"submitted for position {positionId}");
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>Reveals a submitted candidate to the caller's organization for good; recorded in the audit log.</summary>
    public async Task<SubmittedCandidateResponse?> RevealAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: false, ct);
        if (found is null) return null;
        var (_, submission, _, candidate) = found.Value;
        if (!await db.CandidateReveals.AnyAsync(r => r.OrganizationId == submission.OrganizationId && r.CandidateId == candidate.Id, ct))
        {
            db.CandidateReveals.Add(new CandidateReveal(submission.OrganizationId, candidate.Id, user.Id, clock.GetUtcNow()));
            audit.Record("candidate.reveal", nameof(Candidate), candidate.Id, $"revealed to organization {submission.OrganizationId} for position {positionId}");
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // A colleague revealed the same candidate at the same moment: theirs stands.
                if (!await RevealExistsAsync(submission.OrganizationId, candidate.Id)) throw;
            }
        }
        return await CandidateAsync(positionId, applicationId, ct);
    }

    private async Task<bool> RevealExistsAsync(Guid org, Guid candidate)
    {
        db.ChangeTracker.Clear();
        return await db.CandidateReveals.AnyAsync(r => r.OrganizationId == org && r.CandidateId == candidate);
    }

    /// <summary>Advance, hold, decline (with a reason) or offer; the recruiter hears of it by e-mail.</summary>
    public async Task<SubmittedCandidateResponse?> FeedbackAsync(Guid positionId, Guid applicationId, FeedbackInput input, long? version, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: true, ct);
        if (found is null) return null;
        var (position, submission, application, _) = found.Value;
        if (version is { } v) db.Entry(submission).Property(s => s.Version).OriginalValue = v;
        submission.GiveFeedback(application, input.Verdict, input.Reason, input.Comment, user.Id, user.DisplayName, clock.GetUtcNow());
        audit.Record("submission.feedback", nameof(Submission), submission.Id, input.Verdict.ToString());
        await db.SaveChangesAsync(ct);
        var (organization, name) = await NamesAsync(position, application, ct);
        await NotifyRecruiterAsync(position, Domain.Notifications.NotificationKinds.ClientFeedback,
            $"{user.DisplayName} ({organization}) gave feedback on {name} for \"{position.Title}\": {input.Verdict}" +
            (input.Reason is null ? "" : $"; reason: {input.Reason}") + (input.Comment is null ? "." : $"; \"{input.Comment}\"."), ct);
        return await CandidateAsync(positionId, applicationId, ct);
    }

    /// <summary>Proposes interview slots (replacing earlier ones); the recruiter confirms one.</summary>
    public async Task<SubmittedCandidateResponse?> ProposeSlotsAsync(Guid positionId, Guid applicationId, IReadOnlyList<InterviewSlot> slots, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: true, ct);
        if (found is null) return null;
        var (position, submission, application, _) = found.Value;
        submission.ProposeSlots(application, slots, user.Id, clock.GetUtcNow());
        audit.Record("submission.slots", nameof(Submission), submission.Id, string.Join(", ", submission.ProposedSlots.Select(s => CalendarInvitation.Utc(s.Start))));
        await db.SaveChangesAsync(ct);
        var (organization, name) = await NamesAsync(position, application, ct);
        await NotifyRecruiterAsync(position, Domain.Notifications.NotificationKinds.InterviewChanged,
            $"{user.DisplayName} ({organization}) asks for an interview with {name} for \"{position.Title}\" and proposes " +
            string.Join("; ", submission.ProposedSlots.Select(s => Readable(s.Start, s.DurationMinutes) + (s.Location is null ? "" : ", " + s.Location))) + ". Confirm one on the pipeline board.", ct);
        return await CandidateAsync(positionId, applicationId, ct);
    }

    public static string Readable(DateTimeOffset start, int minutes)
        => $"{start.UtcDateTime:dddd d MMMM yyyy, HH:mm} UTC ({minutes} min)";

    /// <summary>Whether the position is reviewed blind: its own setting, else its organization's.</summary>
    public async Task<bool> IsBlindAsync(Position position, CancellationToken ct)
        => position.BlindReview ?? await db.Organizations.Where(o => o.Id == position.OrganizationId).Select(o => o.BlindReview).FirstOrDefaultAsync(ct);

    internal static string Label(int index) => $"Candidate {index + 1}";

    /// <summary>The stored explanation, cut down to the parts the recruiter chose to share.</summary>
    public static MatchHit? Explanation(Submission submission)
    {
        if (submission.ExplanationJson is null) return null;
        MatchHit? hit;
        try { hit = JsonSerializer.Deserialize<MatchHit>(submission.ExplanationJson, ExplanationJson); }
        catch (JsonException) { return null; }
        if (hit is null) return null;
        var shared = submission.Shared;
        return hit with
        {
            Requirements = !shared.HasFlag(SharedExplanation.Requirements) ? []
                : shared.HasFlag(SharedExplanation.Evidence) ? hit.Requirements : [.. hit.Requirements.Select(r => r with { Evidence = [] })],
            Parts = shared.HasFlag(SharedExplanation.ScoreParts) ? hit.Parts : [],
            TextSimilarity = shared.HasFlag(SharedExplanation.ScoreParts) ? hit.TextSimilarity : null,
            Constraints = shared.HasFlag(SharedExplanation.Constraints) ? hit.Constraints : [],
        };
    }

    private static MatchHit Blinded(MatchHit hit, Candidate candidate) => hit with
    {
        Requirements = [.. hit.Requirements.Select(r => r with
        {
            Evidence = [.. r.Evidence.Select(e => new Evidence(ResumeRedactor.RedactShort(e.Role, candidate), e.Employer is null ? null : ResumeRedactor.Employer, e.Years, ResumeRedactor.RedactShort(e.Words, candidate)))],
            Note = ResumeRedactor.Redact(r.Note, candidate),
        })],
        Parts = [.. hit.Parts.Select(p => p with { Detail = ResumeRedactor.Redact(p.Detail, candidate) })],
        Constraints = [.. hit.Constraints.Select(c => c with { Detail = c.Kind == ConstraintKind.Location ? "checked" : ResumeRedactor.Redact(c.Detail, candidate) })],
    };

    private async Task<HashSet<Guid>> RevealedAsync(Guid org, IEnumerable<Guid> candidates, CancellationToken ct)
    {
        var ids = candidates.ToList();
        return (await db.CandidateReveals.AsNoTracking().Where(r => r.OrganizationId == org && ids.Contains(r.CandidateId)).Select(r => r.CandidateId).ToListAsync(ct)).ToHashSet();
    }

    private async Task<Dictionary<Guid, InterviewView>> InterviewsAsync(IEnumerable<Submission> submissions, CancellationToken ct)
    {
        var ids = submissions.Where(s => s.InterviewId is not null).Select(s => s.InterviewId!.Value).ToList();
        if (ids.Count == 0) return [];
        return await db.Interviews.AsNoTracking().Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.ApplicationId, i => new InterviewView(i.Id, i.Start, i.DurationMinutes, i.Location, i.Status), ct);
    }

    /// <summary>A submission of the caller's organization for a position it owns, with its application and (unerased) candidate; null otherwise.</summary>
    private async Task<(Position Position, Submission Submission, Application Application, Candidate Candidate)?> FindAsync(Guid positionId, Guid applicationId, bool tracking, CancellationToken ct)
    {
        if (Org is not { } org) return null;
        var position = await db.Positions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return null;
        var submissions = tracking ? db.Submissions : db.Submissions.AsNoTracking();
        var submission = await submissions.FirstOrDefaultAsync(s => s.OrganizationId == org && s.PositionId == positionId && s.ApplicationId == applicationId, ct);
        if (submission is null) return null;
        var applications = tracking ? db.Applications : db.Applications.AsNoTracking();
        var application = await applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.PositionId == positionId, ct);
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == submission.CandidateId && c.ErasedAt == null, ct);
        if (application is null || candidate is null) return null;
        return (position, submission, application, candidate);
    }

    /// <summary>
    /// Tells the position's recruiter (else every recruiter) in the app, and by e-mail unless they turned that off; the link
    /// leads to the pipeline board, where the feedback and proposed slots are on the candidate's card.
    /// </summary>
    private async Task NotifyRecruiterAsync(Position position, string kind, string text, CancellationToken ct)
    {
        var audience = position.RecruiterId is { } recruiter ? Features.Notifications.Audience.User(recruiter) : Features.Notifications.Audience.Recruiters;
        try { await notifications.NotifyAsync(audience, kind, text, $"/Workspace/Positions/{position.Id}/pipeline", ct); }
        catch (IOException e) { logger.LogWarning(e, "Could not notify the recruiter of position {Id}", position.Id); }
    }

    private async Task<(string? Organization, string Candidate)> NamesAsync(Position position, Application application, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == position.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == application.CandidateId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct);
        return (organization, candidate ?? "a candidate");
    }

    internal string BaseUrl() => BaseUrlOf(configuration, http);

    internal static string BaseUrlOf(IConfiguration configuration, IHttpContextAccessor http)
    {
        var configured = configuration["PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var request = http.HttpContext?.Request;
        return request is null ? "http://127.0.0.1:5000" : $"{request.Scheme}://{request.Host}";
    }
}
