using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Results;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Client;
using Shortlist.Web.Features.Conversations;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Submissions;

/// <summary>A résumé the recruiter may share: the candidate's current one, or the one they applied with.</summary>
public sealed record ResumeChoice(Guid FileId, string FileName, string Source);

/// <summary>What the submit page and the API need to submit an application: the explanation to choose parts from and the résumés to choose between.</summary>
public sealed record SubmitDraft(Guid PositionId, string PositionTitle, Guid ApplicationId, Guid CandidateId, string CandidateName, Stage Stage, bool CanSubmit,
    MatchHit? Explanation, IReadOnlyList<ResumeChoice> Resumes, bool Blind);

/// <summary>
/// The recruiter's side of the client portal, for the pages and the API alike: submitting an application to the client
/// (explanation parts, résumé, note), the pipeline with the client's feedback, confirming a proposed interview slot
/// (invitations by e-mail to the hiring manager and the candidate, the recruiter in copy), closing a declined application,
/// and the blind-review override of a position. Only staff reach it; everything else is not found.
/// </summary>
public sealed class SubmissionService(ShortlistDbContext db, CurrentUser user, AuditLog audit, MatchReader matches, ClientPortalService portal,
    IEmailSender email, TimeProvider clock, ILogger<SubmissionService> logger, Features.Notifications.NotificationService notifications)
{
    public static readonly IReadOnlyList<SharedExplanation> DefaultShare = [SharedExplanation.Requirements, SharedExplanation.Evidence, SharedExplanation.ScoreParts];

    public async Task<SubmitDraft?> DraftAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: false, ct);
        if (found is null) return null;
        var (position, application, candidate) = found.Value;
        var hit = await matches.ExplainAsync(position, candidate, ct);
        return new SubmitDraft(position.Id, position.Title, application.Id, candidate.Id, candidate.FullName, application.Stage,
            application.Stage is Stage.Sourced or Stage.Screening && !await db.Submissions.AnyAsync(s => s.ApplicationId == application.Id, ct),
            hit, await ResumesAsync(application, candidate, ct), await portal.IsBlindAsync(position, ct));
    }

    /// <summary>Submits the application to the position's organization: the application moves to Submitted; the organization's hiring managers are told.</summary>
    public async Task<Submission?> SubmitAsync(Guid positionId, Guid applicationId, SubmitInput input, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: true, ct);
        if (found is null) return null;
        var (position, application, candidate) = found.Value;
        if (await db.Submissions.AnyAsync(s => s.ApplicationId == application.Id, ct))
            throw new DomainRuleException("This application was already submitted to the client.", "applicationId");
        var share = SharedExplanation.None;
        foreach (var part in input.Share ?? [])
            share |= Enum.IsDefined(part) && part != SharedExplanation.None ? part : throw new DomainRuleException("Unknown part of the explanation.", "share");
        ResumeChoice? resume = null;
        if (input.ShareResume)
        {
            var choices = await ResumesAsync(application, candidate, ct);
            resume = input.ResumeFileId is { } chosen
                ? choices.FirstOrDefault(r => r.FileId == chosen) ?? throw new DomainRuleException("Choose one of the candidate's résumés.", "resumeFileId")
                : choices.Count > 0 ? choices[0] : null;
        }
        var text = resume is null ? null : await ResumeTextAsync(resume.FileId, candidate, ct);
        var hit = await matches.ExplainAsync(position, candidate, ct);
        var now = clock.GetUtcNow();
        var submission = new Submission(application, position.OrganizationId, user.Id, share,
            hit is null ? null : JsonSerializer.Serialize(hit, ClientPortalService.ExplanationJson), resume?.FileId, text, input.Note, now);
        db.Submissions.Add(submission);
        audit.Record("application.submit", nameof(Application), application.Id, $"candidate {candidate.Id} to organization {position.OrganizationId}; shares {share}");
        await db.SaveChangesAsync(ct);

        var managers = await db.Users.Where(u => u.OrganizationId == position.OrganizationId && u.Email != null).Select(u => u.Email!).ToListAsync(ct);
        foreach (var address in managers)
        {
            try
            {
                await email.SendAsync(address, $"A candidate for {position.Title}",
                    $"We have put a candidate forward for \"{position.Title}\".\n\nReview the shortlist: {portal.BaseUrl()}/Client/Positions/{position.Id}\n", ct);
            }
            catch (IOException e) { logger.LogWarning(e, "Could not tell {To} of a submission", address); }
        }
        return submission;
    }

    /// <summary>The pipeline of a position with the client's side of each submitted application; null when not found.</summary>
    public async Task<IReadOnlyList<PipelineEntry>?> PipelineAsync(Guid positionId, CancellationToken ct)
    {
        if (!await db.Positions.EditableBy(user).AnyAsync(p => p.Id == positionId, ct)) return null;
        var rows = await (from a in db.Applications.AsNoTracking().Where(a => a.PositionId == positionId)
                          join c in db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null) on a.CandidateId equals c.Id
                          join s in db.Submissions.AsNoTracking() on a.Id equals s.ApplicationId into subs
                          from s in subs.DefaultIfEmpty()
                          select new { Application = a, c.FirstName, c.LastName, Submission = s }).ToListAsync(ct);
        var interviewIds = rows.Where(r => r.Submission?.InterviewId != null).Select(r => r.Submission!.InterviewId!.Value).ToList();
        var interviews = await db.Interviews.AsNoTracking().Where(i => interviewIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return rows.OrderBy(r => r.Application.Stage).ThenBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Select(r => new PipelineEntry(r.Application.Id, r.Application.CandidateId, $"{r.FirstName} {r.LastName}", r.Application.Stage, r.Application.Origin,
                r.Application.StageChangedAt, r.Submission is not null, r.Submission?.LatestFeedback, r.Submission?.AwaitsDeclineClosure == true,
                r.Submission?.ProposedSlots ?? [],
                r.Submission?.InterviewId is { } iid && interviews.TryGetValue(iid, out var i) ? new InterviewView(i.Id, i.Start, i.DurationMinutes, i.Location, i.Status) : null))
            .ToList();
    }

    /// <summary>
    /// Confirms one proposed slot: the interview is scheduled through the domain and an iCalendar invitation goes to the hiring manager
    /// who proposed it and to the candidate, with the recruiter in copy. Null when not found.
    /// </summary>
    public async Task<Interview?> ConfirmSlotAsync(Guid positionId, Guid applicationId, int slot, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: true, ct);
        if (found is null) return null;
        var (position, application, candidate) = found.Value;
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.ApplicationId == application.Id, ct)
            ?? throw new DomainRuleException("The application has not been submitted to the client.", "slot");
        var proposer = submission.SlotsProposedBy;
        var interview = submission.ConfirmSlot(application, slot, clock.GetUtcNow());
        db.Interviews.Add(interview);
        audit.Record("interview.schedule", nameof(Interview), interview.Id, $"application {application.Id} at {CalendarInvitation.Utc(interview.Start)}");
        await db.SaveChangesAsync(ct);

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == position.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var manager = proposer is { } p ? await db.Users.AsNoTracking().Where(u => u.Id == p).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct) : null;
        var organizer = user.Name ?? "no-reply@shortlist.local";
        var when = ClientPortalService.Readable(interview.Start, interview.DurationMinutes);
        var blind = await portal.IsBlindAsync(position, ct)
            && !await db.CandidateReveals.AnyAsync(r => r.OrganizationId == position.OrganizationId && r.CandidateId == candidate.Id, ct);
        var invitations = new List<(string To, string? Name, string Summary, string Body)>
        {
            (candidate.Email, candidate.FullName, $"Interview: {position.Title} at {organization}",
                $"Your interview for \"{position.Title}\" at {organization} is confirmed.\n\nWhen: {when}\nWhere: {interview.Location ?? "to be confirmed"}\n\nThe invitation is attached.\n"),
        };
        if (manager?.Email is { } managerEmail)
            invitations.Add((managerEmail, manager.DisplayName, $"Interview: {position.Title}",
                $"The interview you proposed for \"{position.Title}\" is confirmed{(blind ? "" : $" with {candidate.FullName}")}.\n\nWhen: {when}\nWhere: {interview.Location ?? "to be confirmed"}\n\nThe invitation is attached.\n"));
        // The recruiter is in copy: the same invitation, addressed to them.
        invitations.Add((organizer, user.DisplayName, $"Interview: {position.Title} ({(blind ? "candidate" : candidate.FullName)})",
            $"Copy: the interview for \"{position.Title}\" is confirmed.\n\nWhen: {when}\nWhere: {interview.Location ?? "to be confirmed"}\n"));
        foreach (var (to, name, summary, body) in invitations)
        {
            var ics = CalendarInvitation.Write(new CalendarEvent(CalendarInvitation.InterviewUid(interview.Id), interview.Sequence, clock.GetUtcNow(), interview.Start,
                interview.Start.AddMinutes(interview.DurationMinutes), summary, $"Interview for {position.Title}", interview.Location, organizer, user.DisplayName, to, name));
            try { await email.SendAsync(to, summary, body, [new EmailAttachment("interview.ics", CalendarInvitation.ContentType, Encoding.UTF8.GetBytes(ics))], ct); }
            catch (IOException e) { logger.LogWarning(e, "Could not send the interview invitation {Id} to {To}", interview.Id, to); }
        }
        // Someone other than the position's recruiter confirmed it: the recruiter hears of the change.
        if (position.RecruiterId is { } recruiter && recruiter != user.Id)
            await notifications.NotifyAsync(recruiter, Domain.Notifications.NotificationKinds.InterviewChanged,
                $"Interview with {candidate.FullName} for \"{position.Title}\" scheduled for {interview.Start.UtcDateTime:yyyy-MM-dd HH:mm} UTC (a slot the client proposed).",
                $"/Workspace/Positions/{position.Id}/pipeline", ct);
        return interview;
    }

    /// <summary>The recruiter has seen the client's decline and closes the application as rejected. Null when not found.</summary>
    public async Task<Application?> CloseDeclinedAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        var found = await FindAsync(positionId, applicationId, tracking: true, ct);
        if (found is null) return null;
        var application = found.Value.Application;
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.ApplicationId == application.Id, ct)
            ?? throw new DomainRuleException("The client has not declined this candidate.", "applicationId");
        submission.CloseDeclined(application, clock.GetUtcNow());
        audit.Record("application.close", nameof(Application), application.Id, "Rejected: declined by the client");
        await db.SaveChangesAsync(ct);
        return application;
    }

    /// <summary>Sets the blind-review override of a position (null follows the organization). False when not found.</summary>
    public async Task<bool> SetBlindReviewAsync(Guid positionId, bool? blind, CancellationToken ct)
    {
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return false;
        position.SetBlindReview(blind, clock.GetUtcNow());
        audit.Record("position.blind-review", nameof(Position), position.Id, blind?.ToString() ?? "organization default");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<IReadOnlyList<ResumeChoice>> ResumesAsync(Application application, Candidate candidate, CancellationToken ct)
    {
        var ids = new[] { candidate.ResumeFileId, application.ResumeFileId }.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        var files = await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.FileName }).ToDictionaryAsync(f => f.Id, ct);
        var list = new List<ResumeChoice>();
        if (candidate.ResumeFileId is { } current && files.TryGetValue(current, out var c)) list.Add(new(current, c.FileName, "current profile résumé"));
        if (application.ResumeFileId is { } applied && applied != candidate.ResumeFileId && files.TryGetValue(applied, out var a)) list.Add(new(applied, a.FileName, "résumé sent with the application"));
        return list;
    }

    private async Task<string?> ResumeTextAsync(Guid fileId, Candidate candidate, CancellationToken ct)
    {
        if (fileId == candidate.ResumeFileId && !string.IsNullOrWhiteSpace(candidate.ResumeText)) return candidate.ResumeText;
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return null;
        try { return TextExtractor.Extract(file.Content, file.FileName, null, ct).Text; }
        catch (ParseException e) { logger.LogInformation(e, "The résumé {Id} could not be read for a submission", fileId); return null; }
    }

    private async Task<(Position Position, Application Application, Candidate Candidate)?> FindAsync(Guid positionId, Guid applicationId, bool tracking, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().EditableBy(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return null;
        var applications = tracking ? db.Applications : db.Applications.AsNoTracking();
        var application = await applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.PositionId == positionId, ct);
        if (application is null) return null;
        var candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == application.CandidateId, ct);
        return candidate is null ? null : (position, application, candidate);
    }
}
