using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Activities;

/// <summary>
/// Activities (notes, calls, meetings, e-mails) on candidates, positions and organizations, and the message templates
/// e-mails are written from. The pages and the API go through here. Only staff reach it; activities are append-only
/// (a correction is a further note), text is plain (never rendered as markup), and reading a candidate's timeline is
/// an audited read of personal data.
/// </summary>
public sealed class ActivityService(ShortlistDbContext db, CurrentUser user, AuditLog audit, IEmailSender email, TimeProvider clock)
{
    /// <summary>The longest e-mail body sent from a template (the activity that records it holds the header lines too).</summary>
    public const int MaxEmailBody = 9_000;

    /// <summary>The kinds a recruiter logs by hand; "email" records one sent outside the product.</summary>
    public static readonly IReadOnlyList<ActivityKind> LoggableKinds = [ActivityKind.Note, ActivityKind.Call, ActivityKind.Meeting, ActivityKind.Email];

    /// <summary>The placeholders with what each is filled from, for the template pages and the documentation.</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning)> PlaceholderHelp =
    [
        ("candidate.firstName", "the candidate's first name"),
        ("candidate.lastName", "the candidate's last name"),
        ("candidate.fullName", "the candidate's first and last name"),
        ("position.title", "the chosen position's title"),
        ("organization.name", "the name of the chosen position's client organization"),
        ("recruiter.name", "the name of the recruiter who sends the e-mail"),
    ];

    private Guid Me => user.IsStaff && user.Id is { } id ? id : throw new InvalidOperationException("Activities are for staff only.");

    public static bool TryParseSubject(string? text, out ActivitySubject subject)
    {
        subject = default;
        return text is not null && !int.TryParse(text, out _) && Enum.TryParse(text, ignoreCase: true, out subject) && Enum.IsDefined(subject);
    }

    public static bool TryParseKind(string? text, out ActivityKind kind)
    {
        kind = default;
        return text is not null && !int.TryParse(text, out _) && Enum.TryParse(text, ignoreCase: true, out kind) && LoggableKinds.Contains(kind);
    }

    /// <summary>Whether the subject exists and the caller may see it (erased candidates are seen by no one).</summary>
    public async Task<bool> SubjectVisibleAsync(ActivitySubject subject, Guid id, CancellationToken ct) => subject switch
    {
        ActivitySubject.Candidate => await db.Candidates.VisibleTo(user).AnyAsync(c => c.Id == id, ct),
        ActivitySubject.Position => await db.Positions.VisibleTo(user).AnyAsync(p => p.Id == id, ct),
        ActivitySubject.Organization => await db.Organizations.VisibleTo(user).AnyAsync(o => o.Id == id, ct),
        _ => false,
    };

    /// <summary>A subject's timeline, newest first; null when the subject is not there or not visible. A candidate's is an audited read.</summary>
    public async Task<Page<ActivityResponse>?> TimelineAsync(ActivitySubject subject, Guid id, int? page, int? pageSize, CancellationToken ct)
    {
        _ = Me;
        if (!await SubjectVisibleAsync(subject, id, ct)) return null;
        if (subject == ActivitySubject.Candidate)
        {
            audit.Record("candidate.activities.read", nameof(Candidate), id);
            await db.SaveChangesAsync(ct);
        }
        var query =
            from a in db.Activities.AsNoTracking()
            where a.Subject == subject && a.SubjectId == id
            join u in db.Users on a.AuthorId equals u.Id into authors
            from u in authors.DefaultIfEmpty()
            orderby a.OccurredAt descending, a.Id descending
            select new Row(a.Id, a.Kind, a.Subject, a.SubjectId, a.Text, a.OccurredAt, a.AuthorId, u == null ? null : u.DisplayName, a.CandidateId, a.CreatedAt);
        var rows = await Page<Row>.ReadAsync(query, page, pageSize, ct);
        return new Page<ActivityResponse>([.. rows.Items.Select(r => r.ToResponse())], rows.Total, rows.PageNumber, rows.PageSize);
    }

    /// <summary>Logs an activity by hand.</summary>
    public async Task<Outcome<ActivityResponse>> LogAsync(LogActivityRequest request, CancellationToken ct)
    {
        var me = Me;
        if (!TryParseSubject(request.Subject, out var subject)) return Outcome<ActivityResponse>.Invalid("subject", "subject must be candidate, position or organization.");
        if (request.SubjectId is not { } subjectId || subjectId == Guid.Empty) return Outcome<ActivityResponse>.Invalid("subjectId", "subjectId is required.");
        if (!TryParseKind(request.Kind, out var kind)) return Outcome<ActivityResponse>.Invalid("kind", "kind must be note, call, meeting or email.");
        var now = clock.GetUtcNow();
        var when = request.OccurredAt ?? now;
        if (when > now.AddDays(1)) return Outcome<ActivityResponse>.Invalid("occurredAt", "occurredAt is in the future: log what happened, not what is planned.");
        if (when < new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)) return Outcome<ActivityResponse>.Invalid("occurredAt", "occurredAt is before 2000.");
        if (!await SubjectVisibleAsync(subject, subjectId, ct)) return Outcome<ActivityResponse>.Missing;
        Activity activity;
        try { activity = new Activity(kind, subject, subjectId, request.Text ?? "", me, when.ToUniversalTime(), now); }
        catch (DomainRuleException e) { return Outcome<ActivityResponse>.Invalid(e.Field ?? "text", e.Message); }
        db.Activities.Add(activity);
        audit.Record("activity.log", subject.ToString(), subjectId, kind.ToString());
        await db.SaveChangesAsync(ct);
        return new(await DescribeAsync(activity, ct));
    }

    /// <summary>The templates, by name.</summary>
    public async Task<IReadOnlyList<MessageTemplateResponse>> TemplatesAsync(CancellationToken ct)
    {
        _ = Me;
        var all = await db.MessageTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return [.. all.Select(MessageTemplateResponse.From)];
    }

    public async Task<MessageTemplateResponse?> TemplateAsync(Guid id, CancellationToken ct)
    {
        _ = Me;
        return await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } t ? MessageTemplateResponse.From(t) : null;
    }

    /// <summary>Creates a template (administrators): unknown placeholders and taken names are refused.</summary>
    public async Task<Outcome<MessageTemplateResponse>> CreateTemplateAsync(MessageTemplateRequest request, CancellationToken ct)
    {
        RequireAdministrator();
        MessageTemplate template;
        try { template = new MessageTemplate(request.Name ?? "", request.Subject ?? "", request.Body ?? "", clock.GetUtcNow()); }
        catch (DomainRuleException e) { return Outcome<MessageTemplateResponse>.Invalid(e.Field ?? "body", e.Message); }
        if (await NameTakenAsync(template.Name, null, ct)) return Outcome<MessageTemplateResponse>.Invalid("name", $"A template named '{template.Name}' exists already.");
        db.MessageTemplates.Add(template);
        audit.Record("message-template.create", nameof(MessageTemplate), template.Id, template.Name);
        await db.SaveChangesAsync(ct);
        return new(MessageTemplateResponse.From(template));
    }

    /// <summary>Changes a template (administrators) at the version the caller edited; a stale version throws a concurrency error (409).</summary>
    public async Task<Outcome<MessageTemplateResponse>> UpdateTemplateAsync(Guid id, MessageTemplateRequest request, CancellationToken ct)
    {
        RequireAdministrator();
        if (request.Version is not { } version) return Outcome<MessageTemplateResponse>.Invalid("version", "version is required.");
        var template = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return Outcome<MessageTemplateResponse>.Missing;
        try { template.Change(request.Name ?? "", request.Subject ?? "", request.Body ?? "", clock.GetUtcNow()); }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return Outcome<MessageTemplateResponse>.Invalid(e.Field ?? "body", e.Message);
        }
        if (await NameTakenAsync(template.Name, id, ct))
        {
            db.ChangeTracker.Clear();
            return Outcome<MessageTemplateResponse>.Invalid("name", $"A template named '{template.Name}' exists already.");
        }
        db.ExpectVersion(template, version);
        audit.Record("message-template.update", nameof(MessageTemplate), template.Id, template.Name);
        await db.SaveChangesAsync(ct);
        return new(MessageTemplateResponse.From(template));
    }

    /// <summary>Deletes a template (administrators) at the version the caller saw; false when it is not there.</summary>
    public async Task<bool> DeleteTemplateAsync(Guid id, long version, CancellationToken ct)
    {
        RequireAdministrator();
        var template = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return false;
        db.ExpectVersion(template, version);
        db.MessageTemplates.Remove(template);
        audit.Record("message-template.delete", nameof(MessageTemplate), template.Id, template.Name);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The template filled from the candidate's, the position's and the recruiter's records, before any edit.</summary>
    public async Task<Outcome<EmailPreviewResponse>> PreviewAsync(EmailFromTemplateRequest request, CancellationToken ct)
    {
        _ = Me;
        if (request.TemplateId is not { } templateId) return Outcome<EmailPreviewResponse>.Invalid("templateId", "templateId is required.");
        if (request.CandidateId is not { } candidateId) return Outcome<EmailPreviewResponse>.Invalid("candidateId", "candidateId is required.");
        var template = await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, ct);
        if (template is null) return Outcome<EmailPreviewResponse>.Missing;
        // Staff see erased candidates' placeholders in reports; the message says why nothing can be sent rather than "not found".
        var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email, c.ErasedAt }).FirstOrDefaultAsync(ct);
        if (candidate is null) return Outcome<EmailPreviewResponse>.Missing;
        if (candidate.ErasedAt is not null)
            return Outcome<EmailPreviewResponse>.Invalid("candidateId", "This candidate's personal data was erased: nothing can be sent to them.");
        if (!HasAddress(candidate.Email))
            return Outcome<EmailPreviewResponse>.Invalid("candidateId", $"{candidate.FirstName} {candidate.LastName} has no e-mail address: nothing was sent.");
        string? title = null, organization = null;
        if (request.PositionId is { } positionId)
        {
            var position = await db.Positions.AsNoTracking().VisibleTo(user).Where(p => p.Id == positionId)
                .Select(p => new { p.Title, Organization = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault() })
                .FirstOrDefaultAsync(ct);
            if (position is null) return Outcome<EmailPreviewResponse>.Missing;
            (title, organization) = (position.Title, position.Organization);
        }
        else if (template.PlaceholdersUsed().FirstOrDefault(p => p.StartsWith("position.", StringComparison.Ordinal) || p.StartsWith("organization.", StringComparison.Ordinal)) is { } needed)
        {
            return Outcome<EmailPreviewResponse>.Invalid("positionId", $"The template '{template.Name}' uses {{{{{needed}}}}}: choose the position the e-mail is about.");
        }
        var me = Me;
        var recruiter = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var values = new Dictionary<string, string?>
        {
            ["candidate.firstName"] = candidate.FirstName,
            ["candidate.lastName"] = candidate.LastName,
            ["candidate.fullName"] = $"{candidate.FirstName} {candidate.LastName}",
            ["position.title"] = title,
            ["organization.name"] = organization,
            ["recruiter.name"] = string.IsNullOrWhiteSpace(recruiter) ? user.DisplayName : recruiter,
        };
        var (subject, body) = template.Render(values);
        return new(new EmailPreviewResponse(template.Id, template.Name, candidate.Id, request.PositionId, candidate.Email, subject, body));
    }

    /// <summary>
    /// Sends the e-mail (queued in the outbox with the activities, in one transaction) and logs it as an e-mail activity on
    /// the candidate and, when one was chosen, on the position. Edited subject and body replace the filled template's.
    /// </summary>
    public async Task<Outcome<EmailSentResponse>> SendAsync(EmailFromTemplateRequest request, CancellationToken ct)
    {
        var me = Me;
        var preview = await PreviewAsync(request, ct);
        if (preview.Value is not { } filled) return new(null, preview.NotFound, preview.Errors);
        var subject = string.Join(' ', (request.Subject ?? filled.Subject).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var body = (request.Body ?? filled.Body).ReplaceLineEndings("\n").Trim();
        if (subject.Length == 0) return Outcome<EmailSentResponse>.Invalid("subject", "The subject is empty.");
        if (subject.Length > 200) return Outcome<EmailSentResponse>.Invalid("subject", "The subject must be at most 200 characters.");
        if (body.Length == 0) return Outcome<EmailSentResponse>.Invalid("body", "The message is empty.");
        if (body.Length > MaxEmailBody) return Outcome<EmailSentResponse>.Invalid("body", string.Create(CultureInfo.InvariantCulture, $"The message must be at most {MaxEmailBody:N0} characters."));

        var now = clock.GetUtcNow();
        var text = $"To: {filled.To}\nSubject: {subject}\nTemplate: {filled.TemplateName}\n\n{body}";
        var activities = new List<Activity> { new(ActivityKind.Email, ActivitySubject.Candidate, filled.CandidateId, text, me, now, now) };
        if (filled.PositionId is { } positionId)
            activities.Add(new Activity(ActivityKind.Email, ActivitySubject.Position, positionId, text, me, now, now, filled.CandidateId));
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Activities.AddRange(activities);
            audit.Record("activity.email", nameof(Candidate), filled.CandidateId, filled.TemplateName);
            await db.SaveChangesAsync(ct);
            await email.SendAsync(filled.To, subject, body, ct);
            await tx.CommitAsync(ct);
        }
        var described = new List<ActivityResponse>();
        foreach (var a in activities) described.Add(await DescribeAsync(a, ct));
        return new(new EmailSentResponse(filled.To, subject, described));
    }

    /// <summary>Positions to offer when e-mailing a candidate: those they are in the pipeline of, newest first.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> PositionsOfAsync(Guid candidateId, CancellationToken ct)
    {
        _ = Me;
        var rows = await (from a in db.Applications.AsNoTracking()
                          join p in db.Positions.AsNoTracking().VisibleTo(user) on a.PositionId equals p.Id
                          where a.CandidateId == candidateId
                          orderby a.CreatedAt descending
                          select new { p.Id, p.Title }).Take(50).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.Id).Select(r => (r.Id, r.Title))];
    }

    /// <summary>Who an e-mail would go to: name, address, and whether it can be sent (null when there is no such candidate).</summary>
    public async Task<(string Name, string Email, string? Problem)?> RecipientAsync(Guid candidateId, CancellationToken ct)
    {
        _ = Me;
        var c = await db.Candidates.AsNoTracking().Where(x => x.Id == candidateId).Select(x => new { x.FirstName, x.LastName, x.Email, x.ErasedAt }).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        if (c.ErasedAt is not null) return ("Erased candidate", "", "This candidate's personal data was erased: nothing can be sent to them.");
        var name = $"{c.FirstName} {c.LastName}";
        return (name, c.Email, HasAddress(c.Email) ? null : $"{name} has no e-mail address: nothing can be sent.");
    }

    /// <summary>Whether an address can receive mail: erased and imported placeholders end in ".invalid".</summary>
    public static bool HasAddress(string? address)
        => !string.IsNullOrWhiteSpace(address) && address.Contains('@', StringComparison.Ordinal) && !address.TrimEnd().EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);

    private void RequireAdministrator()
    {
        if (!user.IsAdministrator) throw new InvalidOperationException("Message templates are managed by administrators.");
    }

    private Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken ct)
        => db.MessageTemplates.AnyAsync(t => t.Name == name && (except == null || t.Id != except), ct);

    private async Task<ActivityResponse> DescribeAsync(Activity a, CancellationToken ct)
    {
        var author = await db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return new Row(a.Id, a.Kind, a.Subject, a.SubjectId, a.Text, a.OccurredAt, a.AuthorId, author, a.CandidateId, a.CreatedAt).ToResponse();
    }

    private sealed record Row(Guid Id, ActivityKind Kind, ActivitySubject Subject, Guid SubjectId, string Text, DateTimeOffset OccurredAt, Guid AuthorId, string? AuthorName,
        Guid? CandidateId, DateTimeOffset CreatedAt)
    {
        public ActivityResponse ToResponse() => new(Id, Kind.ToString().ToLowerInvariant(), Subject.ToString().ToLowerInvariant(), SubjectId, Text, OccurredAt, AuthorId,
            AuthorName, CandidateId, CreatedAt);
    }
}
