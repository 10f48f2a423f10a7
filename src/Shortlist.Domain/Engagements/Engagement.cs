using Shortlist.Domain.Common;

namespace Shortlist.Domain.Engagements;

/// <summary>A contract placement's engagement: dates, bill rate and hours budget; hours are logged in weekly <see cref="TimesheetWeek"/>s.</summary>
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
    /// <summary>The money the client agreed to: the hours budget at the bill rate.</summary>
    public decimal MoneyBudget => Math.Round(BillRate * (decimal)HoursBudget, 2);

    /// <summary>Whether <paramref name="date"/> is a day of the engagement.</summary>
    public bool Covers(DateOnly date) => date >= Start && date <= End;

    /// <summary>Opens a timesheet for the week (Monday to Sunday) that contains <paramref name="anyDay"/>; the week must overlap the engagement.</summary>
    public TimesheetWeek OpenWeek(DateOnly anyDay, DateTimeOffset now)
    {
        var monday = TimesheetWeek.MondayOf(anyDay);
        if (monday.AddDays(6) < Start || monday > End)
            throw new DomainRuleException($"The week of {monday:yyyy-MM-dd} is outside the engagement ({Start:yyyy-MM-dd} to {End:yyyy-MM-dd}).", "weekStart");
        return new TimesheetWeek(this, monday, now);
    }

    /// <summary>Extends or shortens the engagement and changes its budget; hours already logged must stay inside it.</summary>
    public void Reschedule(DateOnly end, double hoursBudget, DateTimeOffset now, DateOnly? lastLoggedDay = null)
    {
        if (end < Start) throw new DomainRuleException("An engagement cannot end before it starts.", "end");
        if (lastLoggedDay is { } last && last > end) throw new DomainRuleException("Hours are logged after the new end date.", "end");
        if (hoursBudget <= 0 || !double.IsFinite(hoursBudget)) throw new DomainRuleException("The hours budget must be positive.", "hoursBudget");
        End = end;
        HoursBudget = hoursBudget;
        Touch(now);
    }

    /// <summary>Changes the bill rate (it applies to every hour, past and future, in the burn figures).</summary>
    public void SetBillRate(decimal billRate, DateTimeOffset now)
    {
        BillRate = Guard.NotNegative(billRate, "billRate");
        Touch(now);
    }
}
