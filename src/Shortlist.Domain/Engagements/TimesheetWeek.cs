using Shortlist.Domain.Common;

namespace Shortlist.Domain.Engagements;

/// <summary>Hours worked on one day, with an optional note.</summary>
public sealed record TimesheetDay(DateOnly Date, double Hours, string? Note = null);

/// <summary>Where a week's timesheet stands.</summary>
public enum TimesheetStatus
{
    /// <summary>Being filled in by the professional or a recruiter.</summary>
    Draft,
    /// <summary>Sent to the client's hiring manager; waiting for approval.</summary>
    Submitted,
    /// <summary>Approved by the client; final.</summary>
    Approved,
    /// <summary>Sent back by the client with a reason; it can be corrected and submitted again.</summary>
    Rejected,
}

/// <summary>One week (Monday to Sunday) of hours on an engagement: entered, submitted, then approved or rejected by the client.</summary>
public sealed class TimesheetWeek : Entity
{
    /// <summary>The most hours a day has.</summary>
    public const double MaxHoursPerDay = 24;
    /// <summary>The longest note on a day.</summary>
    public const int MaxNoteLength = 500;

    private TimesheetWeek() { Days = []; }

    internal TimesheetWeek(Engagement engagement, DateOnly monday, DateTimeOffset now)
    {
        EngagementId = engagement.Id;
        WeekStart = monday;
        Days = [];
        Status = TimesheetStatus.Draft;
        Touch(now);
    }

    /// <summary>The engagement.</summary>
    public Guid EngagementId { get; private set; }
    /// <summary>The Monday the week starts on.</summary>
    public DateOnly WeekStart { get; private set; }
    /// <summary>The days with hours, in date order.</summary>
    public IReadOnlyList<TimesheetDay> Days { get; private set; }
    /// <summary>Draft, submitted, approved or rejected.</summary>
    public TimesheetStatus Status { get; private set; }
    /// <summary>When it was last submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>When the client approved or rejected it.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>Who approved or rejected it (a name, kept for the record).</summary>
    public string? DecidedBy { get; private set; }
    /// <summary>Why the client sent it back.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>Hours in the week.</summary>
    public double TotalHours => Days.Sum(d => d.Hours);

    /// <summary>Whether the hours can still be changed (draft or rejected).</summary>
    public bool IsEditable => Status is TimesheetStatus.Draft or TimesheetStatus.Rejected;

    /// <summary>The Monday of the week that contains <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// Replaces the week's hours: each day inside this week and inside the engagement, 0 to 24 hours, a note of at most
    /// 500 characters, each day once. Days with no hours and no note are dropped. A rejected week becomes a draft again.
    /// </summary>
    public void Enter(Engagement engagement, IEnumerable<TimesheetDay> days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(days);
        if (engagement.Id != EngagementId) throw new DomainRuleException("The timesheet belongs to another engagement.", "engagement");
        if (!IsEditable) throw new DomainRuleException($"A {Status.ToString().ToLowerInvariant()} timesheet cannot be changed.", "status");
        var checkedDays = new List<TimesheetDay>();
        foreach (var day in days)
        {
            if (!double.IsFinite(day.Hours) || day.Hours < 0) throw new DomainRuleException($"{day.Date:yyyy-MM-dd}: hours must not be negative.", "hours");
            if (day.Hours > MaxHoursPerDay) throw new DomainRuleException($"{day.Date:yyyy-MM-dd}: a day has at most 24 hours.", "hours");
            if (day.Date < WeekStart || day.Date > WeekStart.AddDays(6))
                throw new DomainRuleException($"{day.Date:yyyy-MM-dd} is not in the week of {WeekStart:yyyy-MM-dd}.", "date");
            if (!engagement.Covers(day.Date) && day.Hours > 0)
                throw new DomainRuleException($"{day.Date:yyyy-MM-dd} is outside the engagement ({engagement.Start:yyyy-MM-dd} to {engagement.End:yyyy-MM-dd}).", "date");
            if (checkedDays.Any(d => d.Date == day.Date)) throw new DomainRuleException($"{day.Date:yyyy-MM-dd} is given twice.", "date");
            var note = Guard.OptionalText(day.Note, "note", MaxNoteLength);
            if (day.Hours == 0 && note is null) continue;
            checkedDays.Add(new TimesheetDay(day.Date, Math.Round(day.Hours, 2), note));
        }
        Days = [.. checkedDays.OrderBy(d => d.Date)];
        if (Status == TimesheetStatus.Rejected) Status = TimesheetStatus.Draft;
        Touch(now);
    }

    /// <summary>Sends the week to the client for approval; it needs at least some hours.</summary>
    public void Submit(DateTimeOffset now)
    {
        if (!IsEditable) throw new DomainRuleException($"A {Status.ToString().ToLowerInvariant()} timesheet cannot be submitted.", "status");
        if (TotalHours <= 0) throw new DomainRuleException("Enter some hours before submitting the week.", "hours");
        Status = TimesheetStatus.Submitted;
        SubmittedAt = now;
        RejectionReason = null;
        DecidedAt = null;
        DecidedBy = null;
        Touch(now);
    }

    /// <summary>Removes the notes and keeps the hours (erasure of the professional: the hours are the client's billing record).</summary>
    public void ClearNotes(DateTimeOffset now)
    {
        if (Days.All(d => d.Note is null)) return;
        Days = [.. Days.Select(d => d with { Note = null })];
        Touch(now);
    }

    /// <summary>The client approves a submitted week.</summary>
    public void Approve(string approver, DateTimeOffset now)
    {
        if (Status != TimesheetStatus.Submitted) throw new DomainRuleException("Only a submitted timesheet can be approved.", "status");
        Status = TimesheetStatus.Approved;
        DecidedAt = now;
        DecidedBy = Guard.Text(approver, "approver", 200);
        Touch(now);
    }

    /// <summary>The client sends a submitted week back; a reason is required.</summary>
    public void Reject(string? reason, string approver, DateTimeOffset now)
    {
        if (Status != TimesheetStatus.Submitted) throw new DomainRuleException("Only a submitted timesheet can be rejected.", "status");
        RejectionReason = Guard.Text(reason, "reason", 1_000);
        Status = TimesheetStatus.Rejected;
        DecidedAt = now;
        DecidedBy = Guard.Text(approver, "approver", 200);
        Touch(now);
    }
}
