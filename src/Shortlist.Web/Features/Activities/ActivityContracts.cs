using Shortlist.Domain.Activities;

namespace Shortlist.Web.Features.Activities;

/// <summary>One entry of a timeline.</summary>
public sealed record ActivityResponse(Guid Id, string Kind, string Subject, Guid SubjectId, string Text, DateTimeOffset OccurredAt, Guid AuthorId, string? AuthorName,
    Guid? CandidateId, DateTimeOffset CreatedAt);

/// <summary>Logs a note, call, meeting or an e-mail sent outside the product on a candidate, position or organization.</summary>
/// <param name="Subject">candidate, position or organization.</param>
/// <param name="SubjectId">The record's id.</param>
/// <param name="Kind">note, call, meeting or email.</param>
/// <param name="Text">What happened, plain text (at most 10,000 characters).</param>
/// <param name="OccurredAt">When it happened; now when left out. Not more than a day ahead.</param>
public sealed record LogActivityRequest(string? Subject = null, Guid? SubjectId = null, string? Kind = null, string? Text = null, DateTimeOffset? OccurredAt = null);

/// <summary>An e-mail to a candidate from a template; subject and body, when given, replace the filled template's (the recruiter's edits).</summary>
public sealed record EmailFromTemplateRequest(Guid? TemplateId = null, Guid? CandidateId = null, Guid? PositionId = null, string? Subject = null, string? Body = null);

/// <summary>A template filled from the records: what would be sent.</summary>
public sealed record EmailPreviewResponse(Guid TemplateId, string TemplateName, Guid CandidateId, Guid? PositionId, string To, string Subject, string Body);

/// <summary>A sent (queued) e-mail and the activities that record it.</summary>
public sealed record EmailSentResponse(string To, string Subject, IReadOnlyList<ActivityResponse> Activities);

/// <summary>Creates or changes a message template; <see cref="Version"/> is required to change one.</summary>
public sealed record MessageTemplateRequest(string? Name = null, string? Subject = null, string? Body = null, long? Version = null);

/// <summary>A message template with the placeholders it uses.</summary>
public sealed record MessageTemplateResponse(Guid Id, string Name, string Subject, string Body, IReadOnlyList<string> Placeholders, long Version, DateTimeOffset UpdatedAt)
{
    public static MessageTemplateResponse From(MessageTemplate t) => new(t.Id, t.Name, t.Subject, t.Body, t.PlaceholdersUsed(), t.Version, t.UpdatedAt);
}

/// <summary>What a service call came to: a value, not found (404), or errors by field (400).</summary>
public sealed record Outcome<T>(T? Value, bool NotFound = false, Dictionary<string, string[]>? Errors = null)
{
    public static Outcome<T> Missing => new(default, NotFound: true);

    public static Outcome<T> Invalid(string field, string message) => new(default, Errors: new() { [field] = [message] });

    /// <summary>The first error, for a page's message.</summary>
    public string? FirstError => Errors?.Values.SelectMany(v => v).FirstOrDefault();
}
