using Shortlist.Domain.Common;

namespace Shortlist.Domain.Activities;

/// <summary>What kind of activity was logged.</summary>
public enum ActivityKind
{
    /// <summary>A note.</summary>
    Note,
    /// <summary>A phone or video call.</summary>
    Call,
    /// <summary>An e-mail.</summary>
    Email,
    /// <summary>A meeting.</summary>
    Meeting,
}

/// <summary>What an activity is about.</summary>
public enum ActivitySubject
{
    /// <summary>A candidate.</summary>
    Candidate,
    /// <summary>A position.</summary>
    Position,
    /// <summary>An organization.</summary>
    Organization,
}

/// <summary>A note, call, e-mail or meeting on a candidate, position or organization.</summary>
public sealed class Activity : Entity
{
    private Activity() { Text = ""; }

    /// <summary>
    /// Logs an activity; <paramref name="candidateId"/> names the candidate an activity on a position or organization is
    /// also about (an e-mail sent to them about a position). For a candidate subject it is the subject itself.
    /// </summary>
    public Activity(ActivityKind kind, ActivitySubject subject, Guid subjectId, string text, Guid authorId, DateTimeOffset occurredAt, DateTimeOffset now, Guid? candidateId = null)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainRuleException("Unknown activity kind.", "kind");
        Subject = Enum.IsDefined(subject) ? subject : throw new DomainRuleException("Unknown subject.", "subject");
        SubjectId = subjectId;
        Text = Guard.Text(text, "text", 10_000);
        AuthorId = authorId;
        OccurredAt = occurredAt;
        CandidateId = subject == ActivitySubject.Candidate ? subjectId : candidateId;
        Touch(now);
    }

    /// <summary>Note, call, e-mail or meeting.</summary>
    public ActivityKind Kind { get; private set; }
    /// <summary>What it is about.</summary>
    public ActivitySubject Subject { get; private set; }
    /// <summary>The candidate, position or organization.</summary>
    public Guid SubjectId { get; private set; }
    /// <summary>What happened.</summary>
    public string Text { get; private set; }
    /// <summary>Who logged it.</summary>
    public Guid AuthorId { get; private set; }
    /// <summary>
    /// The candidate it concerns: the subject itself for a candidate's activity, else the candidate an activity on a position
    /// or organization names (an e-mail sent to them). Export and erasure of the candidate's personal data include it.
    /// </summary>
    public Guid? CandidateId { get; private set; }
    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; private set; }
}
