using Shortlist.Domain.Common;

namespace Shortlist.Domain.Notifications;

/// <summary>What a notification is about; kinds are open-ended strings so features can add their own.</summary>
public static class NotificationKinds
{
    /// <summary>A candidate applied from the job board.</summary>
    public const string NewApplication = "application.new";
    /// <summary>A candidate asked for a career conversation.</summary>
    public const string ConversationRequested = "conversation.requested";
    /// <summary>A search request arrived (verified).</summary>
    public const string SearchRequestArrived = "search-request.arrived";
    /// <summary>A timesheet waits for the client's approval.</summary>
    public const string TimesheetAwaitingApproval = "timesheet.submitted";
    /// <summary>The client approved or rejected a timesheet.</summary>
    public const string TimesheetDecided = "timesheet.decided";
    /// <summary>An engagement's budget or end date needs attention.</summary>
    public const string EngagementWarning = "engagement.warning";
    /// <summary>The client gave feedback on a submitted candidate.</summary>
    public const string ClientFeedback = "client.feedback";
    /// <summary>An interview was scheduled, moved or cancelled.</summary>
    public const string InterviewChanged = "interview.changed";
    /// <summary>A search turned at risk.</summary>
    public const string SearchAtRisk = "search.at-risk";
    /// <summary>An engagement ends within the warning window (sent once per end date).</summary>
    public const string EngagementEnding = "engagement.ending";
}

/// <summary>
/// What a scheduled check last told people about one subject (a search's status, an engagement's end), so the check is
/// idempotent: it notifies only when the state it finds differs from the one recorded. One row per subject and kind.
/// </summary>
public sealed class NotificationMark
{
    private NotificationMark() { }

    /// <summary>Records <paramref name="state"/> for the subject.</summary>
    public NotificationMark(Guid subjectId, string kind, string state, DateTimeOffset now)
    {
        SubjectId = subjectId;
        Kind = Guard.Text(kind, "kind", 60);
        State = Guard.Text(state, "state", 60);
        At = now;
    }

    /// <summary>The position, engagement or other record the check is about.</summary>
    public Guid SubjectId { get; private set; }
    /// <summary>The check (a <see cref="NotificationKinds"/> value).</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The state last seen (a search status, an end date).</summary>
    public string State { get; private set; } = "";
    /// <summary>When it was recorded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Records a new state.</summary>
    public void Record(string state, DateTimeOffset now)
    {
        State = Guard.Text(state, "state", 60);
        At = now;
    }
}

/// <summary>An in-app message to one person, with a link to what it is about; read or unread.</summary>
public sealed class Notification
{
    private Notification() { }

    /// <summary>Creates an unread notification for <paramref name="userId"/>.</summary>
    public Notification(Guid userId, string kind, string text, string? link, DateTimeOffset now)
    {
        UserId = userId;
        Kind = Guard.Text(kind, "kind", 60);
        Text = Guard.Text(text, "text", 500);
        Link = Guard.OptionalText(link, "link", 500) is { } l
            ? l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal) ? l : throw new DomainRuleException("A link must be a path inside the product.", "link")
            : null;
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>Whom it is for.</summary>
    public Guid UserId { get; private set; }
    /// <summary>What it is about (see <see cref="NotificationKinds"/>).</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The sentence shown.</summary>
    public string Text { get; private set; } = "";
    /// <summary>A path inside the product to what it is about.</summary>
    public string? Link { get; private set; }
    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When it was read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Marks it read (once; later calls keep the first time).</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
