using Shortlist.Domain.Common;

namespace Shortlist.Domain.Engagements;

/// <summary>Hours worked on one day of an engagement.</summary>
public sealed record Timesheet(DateOnly Date, double Hours, string? Note = null);

/// <summary>A contract placement's engagement: dates, bill rate, hours budget and timesheets.</summary>
public sealed class Engagement : Entity
{
    private Engagement() { }

    internal Engagement(Guid placementId, DateOnly start, DateOnly end, decimal billRate, double hoursBudget, DateTimeOffset now)
    {
        if (end < start) throw new DomainRuleException("An engagement cannot end before it starts.", "end");
        PlacementId = placementId;
        Start = start;
        End = end;
        BillRate = Guard.NotNegative(billRate, "billRate");
        HoursBudget = hoursBudget > 0 && double.IsFinite(hoursBudget) ? hoursBudget : throw new DomainRuleException("The hours budget must be positive.", "hoursBudget");
        Touch(now);
    }

    /// <summary>The placement.</summary>
    public Guid PlacementId { get; private set; }
    /// <summary>First day.</summary>
    public DateOnly Start { get; private set; }
    /// <summary>Last day.</summary>
    public DateOnly End { get; private set; }
    /// <summary>Bill rate per hour.</summary>
    public decimal BillRate { get; private set; }
    /// <summary>Hours the client agreed to.</summary>
    public double HoursBudget { get; private set; }
    /// <summary>Hours logged, a row per day.</summary>
    public IReadOnlyList<Timesheet> Timesheets { get; private set; } = [];

    /// <summary>Hours used so far.</summary>
    public double HoursUsed => Timesheets.Sum(t => t.Hours);

    /// <summary>Hours left in the budget (negative when over).</summary>
    public double HoursRemaining => HoursBudget - HoursUsed;

    /// <summary>Logs hours on a day inside the engagement; a second entry for a day replaces the first.</summary>
    public void LogHours(DateOnly date, double hours, DateTimeOffset now, string? note = null)
    {
        if (!double.IsFinite(hours) || hours < 0) throw new DomainRuleException("Hours must not be negative.", "hours");
        if (hours > 24) throw new DomainRuleException("A day has at most 24 hours.", "hours");
        if (date < Start || date > End) throw new DomainRuleException($"{date:yyyy-MM-dd} is outside the engagement ({Start:yyyy-MM-dd} to {End:yyyy-MM-dd}).", "date");
        Timesheets = [.. Timesheets.Where(t => t.Date != date), new Timesheet(date, hours, Guard.OptionalText(note, "note", 500))];
        Touch(now);
    }

    /// <summary>Extends or shortens the engagement; logged hours must stay inside it.</summary>
    public void Reschedule(DateOnly end, double hoursBudget, DateTimeOffset now)
    {
        if (end < Start) throw new DomainRuleException("An engagement cannot end before it starts.", "end");
        if (Timesheets.Any(t => t.Date > end)) throw new DomainRuleException("Hours are logged after the new end date.", "end");
        if (hoursBudget <= 0 || !double.IsFinite(hoursBudget)) throw new DomainRuleException("The hours budget must be positive.", "hoursBudget");
        End = end;
        HoursBudget = hoursBudget;
        Touch(now);
    }
}
