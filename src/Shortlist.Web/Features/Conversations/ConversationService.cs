using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Conversations;

/// <summary>Settings of career conversations.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>
    /// The IANA time zone a recruiter's local time is read in when they name none, and the zone the portal shows proposed
    /// times in (next to UTC). The calendar invitation carries UTC, so the candidate's calendar shows their own local time.
    /// </summary>
    public string TimeZone { get; set; } = "America/New_York";
}

/// <summary>A candidate asks for a conversation.</summary>
public sealed record ConversationRequest(IReadOnlyList<string> Topics, string PreferredTimes, string? Note = null);

/// <summary>
/// A recruiter proposes a slot: <see cref="LocalStart"/> is a wall-clock time without an offset ("2026-12-01T10:00"), read in
/// the IANA zone <see cref="TimeZone"/> (the configured default when absent).
/// </summary>
public sealed record ProposalRequest(DateTime LocalStart, int DurationMinutes, string? TimeZone = null, string? Location = null, string? Message = null);

/// <summary>A conversation as its candidate sees it; times are instants (UTC offsets), <see cref="ProposedTime"/> is readable.</summary>
public sealed record ConversationResponse(Guid Id, IReadOnlyList<string> Topics, string PreferredTimes, string? Note, ConversationStatus Status,
    DateTimeOffset RequestedAt, DateTimeOffset? ProposedStart, DateTimeOffset? ProposedEnd, int? DurationMinutes, string? ProposedTime,
    string? Location, string? RecruiterMessage, DateTimeOffset? AnsweredAt);

/// <summary>A conversation in the recruiters' queue.</summary>
public sealed record QueueItem(Guid Id, Guid CandidateId, string CandidateName, IReadOnlyList<string> Topics, string PreferredTimes, string? Note,
    ConversationStatus Status, DateTimeOffset RequestedAt, int DaysWaiting, DateTimeOffset? ProposedStart, int? DurationMinutes, string? ProposedTime,
    string? Location);

/// <summary>
/// Career conversations, for the portal, the workspace and the API alike: candidates ask and cancel (only their own — another
/// candidate's request is simply not found), recruiters see the queue and propose a slot, which e-mails the candidate an
/// iCalendar invitation. Staff reads of a candidate's conversation are audited.
/// </summary>
public sealed class ConversationService(ShortlistDbContext db, CurrentUser user, AuditLog audit, IEmailSender email, Features.Notifications.NotificationService notifications, TimeProvider clock,
    IOptions<ConversationOptions> options, IConfiguration configuration)
{
    /// <summary>The zone named in settings; UTC if the setting names no zone this machine knows.</summary>
    public TimeZoneInfo DefaultZone => FindZone(options.Value.TimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>The signed-in candidate's requests, newest first; empty for anyone else.</summary>
    public async Task<IReadOnlyList<ConversationResponse>> MineAsync(CancellationToken ct)
    {
        if (user.CandidateId is not { } me) return [];
        var rows = await db.CareerConversations.AsNoTracking().Where(c => c.CandidateId == me).OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(ct);
        return rows.Select(Describe).ToList();
    }

    /// <summary>The signed-in candidate asks for a conversation; null when the caller has no candidate record.</summary>
    public async Task<ConversationResponse?> RequestAsync(ConversationRequest request, CancellationToken ct)
    {
        // The request is checked before who asks, so bad input is a 400 for everyone.
        var conversation = new CareerConversation(Guid.Empty, request.Topics ?? [], request.PreferredTimes, request.Note, clock.GetUtcNow());
        if (user.CandidateId is not { } me || !await db.Candidates.VisibleTo(user).AnyAsync(c => c.Id == me, ct)) return null;
        conversation = new CareerConversation(me, request.Topics ?? [], request.PreferredTimes, request.Note, clock.GetUtcNow());
        if (await db.CareerConversations.CountAsync(c => c.CandidateId == me && c.Status == ConversationStatus.Requested, ct) >= 5)
            throw new DomainRuleException("You have five requests waiting already; cancel one or wait for an answer.", "topics");
        db.CareerConversations.Add(conversation);
        audit.Record("conversation.request", nameof(CareerConversation), conversation.Id);
        await db.SaveChangesAsync(ct);
        var name = await db.Candidates.Where(c => c.Id == me).Select(c => c.FirstName + " " + c.LastName).FirstAsync(ct);
        await notifications.NotifyAsync(Features.Notifications.Audience.Recruiters, Domain.Notifications.NotificationKinds.ConversationRequested,
            $"{name} asked for a career conversation.", "/Workspace/Conversations", ct);
        return Describe(conversation);
    }

    /// <summary>The signed-in candidate withdraws one of their requests; null when it is not theirs.</summary>
    public async Task<ConversationResponse?> CancelAsync(Guid id, CancellationToken ct)
    {
        if (user.CandidateId is not { } me) return null;
        var conversation = await db.CareerConversations.FirstOrDefaultAsync(c => c.Id == id && c.CandidateId == me, ct);
        if (conversation is null) return null;
        if (conversation.Status != ConversationStatus.Cancelled)
        {
            conversation.Cancel(clock.GetUtcNow());
            audit.Record("conversation.cancel", nameof(CareerConversation), conversation.Id);
            await db.SaveChangesAsync(ct);
        }
        return Describe(conversation);
    }

    /// <summary>Parses a queue filter: "open" (or nothing) is Requested and Proposed.</summary>
    public static bool TryParseFilter(string? status, out ConversationStatus[] statuses)
    {
        statuses = [ConversationStatus.Requested, ConversationStatus.Proposed];
        if (string.IsNullOrWhiteSpace(status) || string.Equals(status, "open", StringComparison.OrdinalIgnoreCase)) return true;
        if (Enum.TryParse<ConversationStatus>(status, ignoreCase: true, out var one) && Enum.IsDefined(one) && !int.TryParse(status, out _))
        {
            statuses = [one];
            return true;
        }
        return false;
    }

    /// <summary>The recruiters' queue: requests waiting for an answer first, oldest first; then proposed ones. Each read is audited.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(ConversationStatus[] statuses, CancellationToken ct)
    {
        if (!user.IsStaff) return [];
        var rows = await (
                from c in db.CareerConversations.AsNoTracking()
                join p in db.Candidates.AsNoTracking().Where(p => p.ErasedAt == null) on c.CandidateId equals p.Id
                where statuses.Contains(c.Status)
                orderby c.Status == ConversationStatus.Requested ? 0 : 1, c.CreatedAt
                select new { Conversation = c, p.FirstName, p.LastName })
            .Take(200).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
            audit.Record("conversation.read", nameof(Candidate), row.Conversation.CandidateId, $"career conversation {row.Conversation.Id}");
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
        return rows.Select(r =>
        {
            var c = r.Conversation;
            return new QueueItem(c.Id, c.CandidateId, $"{r.FirstName} {r.LastName}", c.Topics, c.PreferredTimes, c.Note, c.Status, c.CreatedAt,
                (int)Math.Floor((now - c.CreatedAt).TotalDays), c.ProposedStart, c.DurationMinutes,
                c.ProposedStart is { } s ? Readable(s, c.DurationMinutes ?? 0) : null, c.Location);
        }).ToList();
    }

    /// <summary>
    /// A recruiter proposes a slot (a later proposal replaces the earlier one) and the candidate is e-mailed an invitation whose
    /// UID stays the same for the conversation and whose SEQUENCE grows, so calendars update the one event. Null when not found.
    /// </summary>
    public async Task<ConversationResponse?> ProposeAsync(Guid id, ProposalRequest request, CancellationToken ct)
    {
        var zone = (string.IsNullOrWhiteSpace(request.TimeZone) ? DefaultZone : FindZone(request.TimeZone.Trim()))
            ?? throw new DomainRuleException("Name the time zone as in the IANA database, e.g. America/New_York or Europe/London.", "timeZone");
        var start = ToInstant(request.LocalStart, zone);
        var now = clock.GetUtcNow();
        if (start <= now) throw new DomainRuleException("Propose a time in the future.", "localStart");
        if (request.DurationMinutes is < 15 or > 240) throw new DomainRuleException("A conversation lasts between 15 and 240 minutes.", "durationMinutes");
        if (!user.IsStaff || user.Id is not { } recruiterId) return null;

        var conversation = await db.CareerConversations.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null) return null;
        var candidate = await db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null).FirstOrDefaultAsync(c => c.Id == conversation.CandidateId, ct);
        if (candidate is null) return null;
        conversation.Propose(recruiterId, start, request.DurationMinutes, request.Location, request.Message, now);
        audit.Record("conversation.propose", nameof(CareerConversation), conversation.Id, $"{CalendarInvitation.Utc(start)} {request.DurationMinutes} min");
        await db.SaveChangesAsync(ct);

        var organizer = user.Name ?? "no-reply@shortlist.local";
        var when = Readable(start, request.DurationMinutes);
        var invitation = new CalendarEvent(
            Uid: $"conversation-{conversation.Id:N}@{Host()}",
            // The entity's version grows with every saved change: created at 1, first proposal at 2 → SEQUENCE 0, then 1, 2, …
            Sequence: (int)Math.Max(0, conversation.Version - 2),
            Stamp: now, Start: start, End: start.AddMinutes(request.DurationMinutes),
            Summary: "Career conversation with " + (user.DisplayName ?? "your recruiter"),
            Description: Description(conversation),
            Location: conversation.Location,
            OrganizerEmail: organizer, OrganizerName: user.DisplayName,
            AttendeeEmail: candidate.Email, AttendeeName: candidate.FullName);
        var body = new StringBuilder()
            .Append(user.DisplayName ?? "Your recruiter").Append(" proposes a career conversation.\n\n")
            .Append("When: ").Append(when).Append('\n')
            .Append("Where: ").Append(conversation.Location ?? "to be confirmed").Append('\n')
            .Append("Topics: ").Append(string.Join(", ", conversation.Topics)).Append("\n\n");
        if (conversation.RecruiterMessage is { } message) body.Append(message).Append("\n\n");
        body.Append("The invitation is attached; your calendar shows it in your own time zone. ")
            .Append("To withdraw the request, open ").Append(BaseUrl()).Append("/Portal/Conversations\n");
        await email.SendAsync(candidate.Email, "Career conversation: " + when, body.ToString(),
            [new EmailAttachment("invitation.ics", CalendarInvitation.ContentType, Encoding.UTF8.GetBytes(CalendarInvitation.Write(invitation)))], ct);
        return Describe(conversation);
    }

    /// <summary>
    /// Reads a wall-clock time in a zone. A time the clocks skip (spring forward) is refused; a time that happens twice
    /// (fall back) is the earlier of the two instants.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime localStart, TimeZoneInfo zone)
    {
        if (localStart.Kind != DateTimeKind.Unspecified)
            throw new DomainRuleException("Give the local time without an offset or 'Z' (e.g. 2026-12-01T10:00) and the zone in timeZone.", "localStart");
        if (localStart.Year < 2000 || localStart.Year > 2200) throw new DomainRuleException("The date is not plausible.", "localStart");
        if (zone.IsInvalidTime(localStart))
            throw new DomainRuleException($"{localStart:yyyy-MM-dd HH:mm} does not exist in {zone.Id}: the clocks go forward then.", "localStart");
        var offset = zone.IsAmbiguousTime(localStart) ? zone.GetAmbiguousTimeOffsets(localStart).Max() : zone.GetUtcOffset(localStart);
        return new DateTimeOffset(DateTime.SpecifyKind(localStart, DateTimeKind.Unspecified), offset);
    }

    /// <summary>"Tuesday 1 December 2026, 10:00–10:30 (America/New_York; 15:00 UTC)".</summary>
    public string Readable(DateTimeOffset start, int durationMinutes)
    {
        var zone = DefaultZone;
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var end = local.AddMinutes(durationMinutes);
        var c = CultureInfo.GetCultureInfo("en-GB");
        return $"{local.ToString("dddd d MMMM yyyy, HH:mm", c)}–{end.ToString("HH:mm", c)} ({zone.Id}; {start.UtcDateTime.ToString("HH:mm", c)} UTC)";
    }

    /// <summary>A zone by IANA id (or the system's own id); null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return null; }
    }

    private ConversationResponse Describe(CareerConversation c)
        => new(c.Id, c.Topics, c.PreferredTimes, c.Note, c.Status, c.CreatedAt, c.ProposedStart, c.ProposedStart?.AddMinutes(c.DurationMinutes ?? 0),
            c.DurationMinutes, c.ProposedStart is { } s ? Readable(s, c.DurationMinutes ?? 0) : null, c.Location, c.RecruiterMessage, c.AnsweredAt);

    private static string Description(CareerConversation c)
    {
        var text = "Topics: " + string.Join(", ", c.Topics);
        if (c.RecruiterMessage is { } message) text += "\n\n" + message;
        return text;
    }

    private string BaseUrl() => (configuration["PublicBaseUrl"] ?? "http://127.0.0.1:5000").TrimEnd('/');

    private string Host() => Uri.TryCreate(BaseUrl(), UriKind.Absolute, out var uri) ? uri.Host : "shortlist.local";
}
