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
