using System.Text;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Notifications;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Conversations;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Pipeline;

/// <summary>
/// The pipeline board and every move on it, shared by the board page and the API: moves, bulk moves, interviews with
/// iCalendar invitations, offers and placements (a contract placement starts its engagement). Only staff reach it;
/// an application is found only through a position the caller may edit, so other IDs are simply not found.
/// </summary>
public sealed class PipelineService(ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock, IEmailSender email,
    ILogger<PipelineService> logger, Notifications.NotificationService notifications)
{
    /// <summary>The board of a position, or null when the caller cannot see it.</summary>
    public async Task<PipelineBoard?> BoardAsync(Guid positionId, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().EditableBy(user).FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null) return null;
        var rows = await (from a in db.Applications.AsNoTracking()
                          join c in db.Candidates.AsNoTracking() on a.CandidateId equals c.Id
                          where a.PositionId == positionId && c.ErasedAt == null
                          select new { a, c.FirstName, c.LastName, c.Headline }).ToListAsync(ct);
        var ids = rows.Select(r => r.a.Id).ToList();
        var now = clock.GetUtcNow();
        var interviews = (await db.Interviews.AsNoTracking().Where(i => ids.Contains(i.ApplicationId) && i.Status == InterviewStatus.Scheduled).ToListAsync(ct))
            .Where(i => i.Start >= now).GroupBy(i => i.ApplicationId).ToDictionary(g => g.Key, g => g.OrderBy(i => i.Start).First());
        // The client's side of each submission: the latest feedback and any slots proposed but not yet confirmed.
        var submissions = (await db.Submissions.AsNoTracking().Where(s => s.PositionId == positionId && ids.Contains(s.ApplicationId)).ToListAsync(ct))
            .GroupBy(s => s.ApplicationId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.SubmittedAt).First());
        var cards = rows.Select(r => new PipelineCard(r.a.Id, r.a.CandidateId, $"{r.FirstName} {r.LastName}".Trim(), r.Headline, r.a.Stage, r.a.Origin, r.a.CloseReason,
                r.a.StageChangedAt, Math.Max(0, (int)(now - r.a.StageChangedAt).TotalDays), StageRules.NextStages(r.a.Stage), r.a.OfferAmount,
                interviews.TryGetValue(r.a.Id, out var i) ? new PipelineInterview(i.Id, i.Start, i.DurationMinutes, i.Location, i.Status) : null, r.a.Version,
                submissions.ContainsKey(r.a.Id), submissions.GetValueOrDefault(r.a.Id)?.LatestFeedback,
                submissions.GetValueOrDefault(r.a.Id) is { InterviewId: null } open ? open.ProposedSlots : []))
            .ToList();
        var columns = Enum.GetValues<Stage>()
            .Select(s => cards.Where(c => c.Stage == s).OrderByDescending(c => c.DaysInStage).ThenBy(c => c.Name, StringComparer.Ordinal).ToList())
            .Select((list, i) => new PipelineColumn((Stage)i, list.Count, list)).ToList();
        audit.Record("pipeline.view", nameof(Position), positionId, $"{cards.Count} applications");
        await db.SaveChangesAsync(ct);
        return new PipelineBoard(position.Id, position.Title, position.Status, position.Engagement, cards.Count, columns);
    }

    /// <summary>Moves one application; null when it is not found. A stale version throws a concurrency error (409).</summary>
    public async Task<ApplicationResponse?> MoveAsync(Guid applicationId, MoveRequest request, CancellationToken ct)
    {
        var application = await FindAsync(applicationId, ct);
        if (application is null) return null;
        db.ExpectVersion(application, request.Version);
        Apply(application, request.Stage, request.Reason, request.Note);
        audit.Record("pipeline.move", nameof(Application), application.Id, $"to {application.Stage}");
        await db.SaveChangesAsync(ct);
        return ApplicationResponse.From(application);
    }

    /// <summary>
    /// Moves several applications of one position to one stage, each checked by the domain and saved on its own: one refused
    /// or changed by someone else does not stop the others, and the report says which and why.
    /// </summary>
    public async Task<BulkMoveResponse?> BulkMoveAsync(Guid positionId, BulkMoveRequest request, CancellationToken ct)
    {
        if (!await db.Positions.EditableBy(user).AnyAsync(p => p.Id == positionId, ct)) return null;
        if (request.Applications is null || request.Applications.Count == 0) throw new DomainRuleException("Choose at least one card to move.", "applications");
        if (request.Applications.Count > 200) throw new DomainRuleException("Move at most 200 cards at once.", "applications");
        if (request.Applications.Any(a => a is null)) throw new DomainRuleException("Every card to move needs its application ID.", "applications");
        if (!Enum.IsDefined(request.Stage)) throw new DomainRuleException("Unknown stage.", "stage");
        var ids = request.Applications.Select(a => a.ApplicationId).Distinct().ToList();
        var names = await (from a in db.Applications.AsNoTracking()
                           join c in db.Candidates.AsNoTracking() on a.CandidateId equals c.Id
                           where ids.Contains(a.Id) && a.PositionId == positionId
                           select new { a.Id, Name = c.FirstName + " " + c.LastName }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var outcomes = new List<BulkMoveOutcome>();
        foreach (var item in request.Applications.DistinctBy(a => a.ApplicationId))
        {
            names.TryGetValue(item.ApplicationId, out var name);
            var application = name is null ? null : await db.Applications.FirstOrDefaultAsync(a => a.Id == item.ApplicationId && a.PositionId == positionId, ct);
            if (application is null) { outcomes.Add(new(item.ApplicationId, null, false, "Not found on this position's board.")); continue; }
            try
            {
                db.ExpectVersion(application, item.Version);
                Apply(application, request.Stage, request.Reason, request.Note);
                audit.Record("pipeline.move", nameof(Application), application.Id, $"to {application.Stage} (bulk)");
                await db.SaveChangesAsync(ct);
                outcomes.Add(new(application.Id, name, true, null));
            }
            catch (DomainRuleException e)
            {
                outcomes.Add(new(application.Id, name, false, e.Message));
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                outcomes.Add(new(application.Id, name, false, "Someone else moved or changed this card since the board was loaded; nothing was changed."));
                db.ChangeTracker.Clear();
            }
        }
        return new BulkMoveResponse(outcomes.Count(o => o.Moved), outcomes.Count(o => !o.Moved), outcomes);
    }

    /// <summary>Schedules an interview and e-mails the candidate an iCalendar invitation.</summary>
    public async Task<InterviewResponse?> ScheduleInterviewAsync(Guid applicationId, ScheduleInterviewRequest request, CancellationToken ct)
    {
        var application = await FindAsync(applicationId, ct);
        if (application is null) return null;
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == application.CandidateId && c.ErasedAt == null, ct);
        var position = await db.Positions.AsNoTracking().FirstAsync(p => p.Id == application.PositionId, ct);
        if (candidate is null) return null;
        db.ExpectVersion(application, request.Version);
        var now = clock.GetUtcNow();
        var interview = application.ScheduleInterview(request.Start, request.DurationMinutes, request.Location, now);
        db.Interviews.Add(interview);
        audit.Record("interview.schedule", nameof(Application), application.Id, $"{CalendarInvitation.Utc(request.Start)} {request.DurationMinutes} min");
        await db.SaveChangesAsync(ct);

        var invitation = new CalendarEvent(
            Uid: CalendarInvitation.InterviewUid(interview.Id), Sequence: interview.Sequence, Stamp: now, Start: interview.Start, End: interview.Start.AddMinutes(interview.DurationMinutes),
            Summary: $"Interview: {position.Title}", Description: $"Interview for {position.Title}.", Location: interview.Location,
            OrganizerEmail: user.Name ?? "no-reply@shortlist.local", OrganizerName: user.DisplayName,
            AttendeeEmail: candidate.Email, AttendeeName: candidate.FullName);
        var body = new StringBuilder()
            .Append("Hello ").Append(candidate.FirstName).Append(",\n\n")
            .Append("An interview for ").Append(position.Title).Append(" is scheduled.\n\n")
            .Append("When: ").Append(interview.Start.UtcDateTime.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture))
            .Append(" (").Append(interview.DurationMinutes).Append(" minutes)\n")
            .Append(interview.Location is null ? "" : $"Where: {interview.Location}\n")
            .Append("\nThe invitation is attached; your calendar shows it in your own time zone.\n");
        try
        {
            await email.SendAsync(candidate.Email, $"Interview: {position.Title}", body.ToString(),
                [new EmailAttachment("invitation.ics", CalendarInvitation.ContentType, Encoding.UTF8.GetBytes(CalendarInvitation.Write(invitation)))], ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The invitation for interview {Interview} could not be sent; the interview stands.", interview.Id);
        }
        await NotifyInterviewAsync(position, candidate.FullName, $"scheduled for {ReadableStart(interview)}", ct);
        return new InterviewResponse(interview.Id, application.Id, interview.Start, interview.DurationMinutes, interview.Location, application.Stage, application.Version);
    }

    /// <summary>
    /// Moves the application's scheduled interview: the candidate gets an updated invitation (same UID, higher SEQUENCE) and the
    /// position's recruiter and the client's hiring managers are notified. Null when not found.
    /// </summary>
    public async Task<InterviewResponse?> RescheduleInterviewAsync(Guid applicationId, RescheduleInterviewRequest request, CancellationToken ct)
    {
        var found = await ScheduledInterviewAsync(applicationId, ct);
        if (found is null) return null;
        var (application, interview, position, candidate) = found.Value;
        if (application.Version != request.Version) throw new DbUpdateConcurrencyException("The card changed since it was loaded.");
        var now = clock.GetUtcNow();
        var before = ReadableStart(interview);
        interview.Reschedule(request.Start, request.DurationMinutes, request.Location, now);
        audit.Record("interview.reschedule", nameof(Application), application.Id, $"{CalendarInvitation.Utc(interview.Start)} {interview.DurationMinutes} min");
        await db.SaveChangesAsync(ct);
        await SendInvitationAsync(interview, position, candidate, cancel: false,
            $"Hello {candidate.FirstName},\n\nYour interview for {position.Title} has moved.\n\nWas: {before}\nNow: {ReadableStart(interview)} ({interview.DurationMinutes} minutes)\n" +
            (interview.Location is null ? "" : $"Where: {interview.Location}\n") + "\nThe updated invitation is attached.\n", $"Interview moved: {position.Title}", ct);
        await NotifyInterviewAsync(position, candidate.FullName, $"moved from {before} to {ReadableStart(interview)}", ct);
        return new InterviewResponse(interview.Id, application.Id, interview.Start, interview.DurationMinutes, interview.Location, application.Stage, application.Version);
    }

    /// <summary>Cancels the application's scheduled interview: the candidate gets a cancellation (METHOD:CANCEL) and the recruiter and client are notified.</summary>
    public async Task<ApplicationResponse?> CancelInterviewAsync(Guid applicationId, CancelInterviewRequest request, CancellationToken ct)
    {
        var found = await ScheduledInterviewAsync(applicationId, ct);
        if (found is null) return null;
        var (application, interview, position, candidate) = found.Value;
        if (application.Version != request.Version) throw new DbUpdateConcurrencyException("The card changed since it was loaded.");
        var reason = Shortlist.Domain.Common.Guard.OptionalText(request.Reason, "reason", 1000);
        var now = clock.GetUtcNow();
        interview.Cancel(now);
        audit.Record("interview.cancel", nameof(Application), application.Id, CalendarInvitation.Utc(interview.Start));
        await db.SaveChangesAsync(ct);
        await SendInvitationAsync(interview, position, candidate, cancel: true,
            $"Hello {candidate.FirstName},\n\nThe interview for {position.Title} on {ReadableStart(interview)} is cancelled.\n" + (reason is null ? "" : $"\n{reason}\n"),
            $"Interview cancelled: {position.Title}", ct);
        await NotifyInterviewAsync(position, candidate.FullName, $"on {ReadableStart(interview)} cancelled" + (reason is null ? "" : $" ({reason})"), ct);
        return ApplicationResponse.From(application);
    }

    /// <summary>Records an offer; the application moves to the offer stage.</summary>
    public async Task<ApplicationResponse?> OfferAsync(Guid applicationId, OfferRequest request, CancellationToken ct)
    {
        var application = await FindAsync(applicationId, ct);
        if (application is null) return null;
        db.ExpectVersion(application, request.Version);
        application.MakeOffer(request.Amount, request.Terms, clock.GetUtcNow());
        audit.Record("pipeline.offer", nameof(Application), application.Id, request.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return ApplicationResponse.From(application);
    }

    /// <summary>Places the candidate and fills the position; a contract placement starts its engagement (end date, bill rate, hours budget).</summary>
    public async Task<PlacementResponse?> PlaceAsync(Guid applicationId, PlaceRequest request, CancellationToken ct)
    {
        var application = await FindAsync(applicationId, ct);
        if (application is null) return null;
        var position = await db.Positions.FirstAsync(p => p.Id == application.PositionId, ct);
        db.ExpectVersion(application, request.Version);
        var now = clock.GetUtcNow();
        var contract = request.Engagement is EngagementTypes.Contract or EngagementTypes.ContractToHire;
        if (contract)
        {
            if (request.EndDate is null) throw new DomainRuleException("A contract placement needs an end date.", "endDate");
            if (request.BillRate is null) throw new DomainRuleException("A contract placement needs a bill rate.", "billRate");
            if (request.HoursBudget is null) throw new DomainRuleException("A contract placement needs an hours budget.", "hoursBudget");
        }
        var placement = application.Place(request.StartDate, request.Engagement, request.FeeOrRate ?? (contract ? request.BillRate : null), now);
        db.Placements.Add(placement);
        Shortlist.Domain.Engagements.Engagement? engagement = null;
        if (contract)
        {
            engagement = placement.StartEngagement(request.EndDate!.Value, request.BillRate!.Value, request.HoursBudget!.Value, now);
            db.Engagements.Add(engagement);
        }
        if (position.Status is not (PositionStatus.Filled or PositionStatus.Closed)) position.MarkFilled(now);
        audit.Record("pipeline.place", nameof(Application), application.Id, $"{request.Engagement} from {request.StartDate:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return new PlacementResponse(placement.Id, application.Id, placement.PositionId, placement.CandidateId, placement.StartDate, placement.Engagement,
            placement.FeeOrRate, engagement?.Id, engagement?.End, engagement?.BillRate, engagement?.HoursBudget);
    }

    /// <summary>An application of a position the caller may edit, tracked; null otherwise.</summary>
    public Task<Application?> FindAsync(Guid applicationId, CancellationToken ct)
        => db.Applications.Where(a => db.Positions.EditableBy(user).Any(p => p.Id == a.PositionId)).FirstOrDefaultAsync(a => a.Id == applicationId, ct);

    private void Apply(Application application, Stage stage, CloseReason? reason, string? note)
    {
        var now = clock.GetUtcNow();
        switch (stage)
        {
            case Stage.Closed: application.Close(reason, now, note); break;
            case Stage.Offer: application.MakeOffer(null, note, now); break;
            case Stage.Placed: throw new DomainRuleException("Place a candidate from the card's Place form, with the start date and terms.", "stage");
            default:
                if (!Enum.IsDefined(stage)) throw new DomainRuleException("Unknown stage.", "stage");
                application.MoveTo(stage, now, note);
                break;
        }
    }

    private static string ReadableStart(Interview interview) => interview.Start.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The application (tracked), its next scheduled interview, its position and its candidate; null when any is missing or out of reach.</summary>
    private async Task<(Application Application, Interview Interview, Position Position, Shortlist.Domain.Candidates.Candidate Candidate)?> ScheduledInterviewAsync(Guid applicationId, CancellationToken ct)
    {
        var application = await FindAsync(applicationId, ct);
        if (application is null) return null;
        var interview = (await db.Interviews.Where(i => i.ApplicationId == application.Id && i.Status == InterviewStatus.Scheduled).ToListAsync(ct))
            .OrderBy(i => i.Start).FirstOrDefault();
        if (interview is null) throw new DomainRuleException("This candidate has no scheduled interview.", "interview");
        var position = await db.Positions.AsNoTracking().FirstAsync(p => p.Id == application.PositionId, ct);
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == application.CandidateId && c.ErasedAt == null, ct);
        return candidate is null ? null : (application, interview, position, candidate);
    }

    private async Task SendInvitationAsync(Interview interview, Position position, Shortlist.Domain.Candidates.Candidate candidate, bool cancel, string body, string subject, CancellationToken ct)
    {
        var invitation = new CalendarEvent(CalendarInvitation.InterviewUid(interview.Id), interview.Sequence, clock.GetUtcNow(), interview.Start,
            interview.Start.AddMinutes(interview.DurationMinutes), $"Interview: {position.Title}", $"Interview for {position.Title}.", interview.Location,
            user.Name ?? "no-reply@shortlist.local", user.DisplayName, candidate.Email, candidate.FullName);
        try
        {
            await email.SendAsync(candidate.Email, subject, body,
                [new EmailAttachment("invitation.ics", cancel ? CalendarInvitation.CancelContentType : CalendarInvitation.ContentType,
                    Encoding.UTF8.GetBytes(CalendarInvitation.Write(invitation, cancel)))], ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The invitation for interview {Interview} could not be sent; the change stands.", interview.Id);
        }
    }

    /// <summary>
    /// Tells the position's recruiter (unless they made the change) and the client's hiring managers of an interview change; the
    /// client is not told the name while the position is reviewed blind and the candidate not revealed.
    /// </summary>
    private async Task NotifyInterviewAsync(Position position, string candidateName, string what, CancellationToken ct)
    {
        if (position.RecruiterId is { } recruiter && recruiter != user.Id)
            await notifications.NotifyAsync(recruiter, NotificationKinds.InterviewChanged, $"Interview with {candidateName} for \"{position.Title}\" {what}.",
                $"/Workspace/Positions/{position.Id}/pipeline", ct);
        var blind = position.BlindReview ?? await db.Organizations.Where(o => o.Id == position.OrganizationId).Select(o => o.BlindReview).FirstOrDefaultAsync(ct);
        var who = blind ? "a candidate" : candidateName;
        await notifications.NotifyAsync(Notifications.Audience.HiringManagersOf(position.OrganizationId), NotificationKinds.InterviewChanged,
            $"Interview with {who} for \"{position.Title}\" {what}.", $"/Client/Positions/{position.Id}", ct);
    }
}
