using Shortlist.Domain.Common;

namespace Shortlist.Domain.Pipeline;

/// <summary>Where an interview stands.</summary>
public enum InterviewStatus
{
    /// <summary>On the calendar.</summary>
    Scheduled,
    /// <summary>Held, with feedback.</summary>
    Completed,
    /// <summary>Called off.</summary>
    Cancelled,
}

/// <summary>An interview agreed between the client and the candidate.</summary>
public sealed class Interview : Entity
{
    private Interview() { }

    internal Interview(Guid applicationId, DateTimeOffset start, int durationMinutes, string? location, DateTimeOffset now)
    {
        if (durationMinutes is < 5 or > 600) throw new DomainRuleException("An interview lasts between 5 and 600 minutes.", "durationMinutes");
        if (start < now) throw new DomainRuleException("An interview cannot be scheduled in the past.", "start");
        ApplicationId = applicationId;
        Start = start;
        DurationMinutes = durationMinutes;
        Location = Guard.OptionalText(location, "location", 500);
        Status = InterviewStatus.Scheduled;
        Touch(now);
    }

    /// <summary>The application the interview belongs to.</summary>
    public Guid ApplicationId { get; private set; }
    /// <summary>When it starts.</summary>
    public DateTimeOffset Start { get; private set; }
    /// <summary>How long it lasts.</summary>
    public int DurationMinutes { get; private set; }
    /// <summary>Room, address or meeting link.</summary>
    public string? Location { get; private set; }
    /// <summary>Scheduled, completed or cancelled.</summary>
    public InterviewStatus Status { get; private set; }
    /// <summary>The client's feedback after the interview.</summary>
    public string? Feedback { get; private set; }

    /// <summary>Records the interview as held, with feedback.</summary>
    public void Complete(string feedback, DateTimeOffset now)
    {
        if (Status != InterviewStatus.Scheduled) throw new DomainRuleException($"An interview that is {Status} cannot be completed.");
        Feedback = Guard.Text(feedback, "feedback", 5_000);
        Status = InterviewStatus.Completed;
        Touch(now);
    }

    /// <summary>Calls the interview off.</summary>
    /// <summary>How many times the interview was moved or cancelled: the SEQUENCE of its iCalendar invitations.</summary>
    public int Sequence { get; private set; }

    /// <summary>Moves a scheduled interview to another time, length or place; the invitation's sequence goes up.</summary>
    public void Reschedule(DateTimeOffset start, int durationMinutes, string? location, DateTimeOffset now)
    {
        if (Status != InterviewStatus.Scheduled) throw new DomainRuleException($"An interview that is {Status} cannot be moved.");
        if (durationMinutes is < 5 or > 600) throw new DomainRuleException("An interview lasts between 5 and 600 minutes.", "durationMinutes");
        if (start < now) throw new DomainRuleException("An interview cannot be moved into the past.", "start");
        Start = start;
        DurationMinutes = durationMinutes;
        Location = Guard.OptionalText(location, "location", 500);
        Sequence++;
        Touch(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status != InterviewStatus.Scheduled) throw new DomainRuleException($"An interview that is {Status} cannot be cancelled.");
        Status = InterviewStatus.Cancelled;
        Sequence++;
        Touch(now);
    }
}
