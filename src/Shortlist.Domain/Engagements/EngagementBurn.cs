namespace Shortlist.Domain.Engagements;

/// <summary>What a burn warning is about.</summary>
public enum BurnWarningKind
{
    /// <summary>At least 80 % of the hours budget is used.</summary>
    BudgetNearlyUsed,
    /// <summary>The hours budget is used up or exceeded.</summary>
    BudgetExceeded,
    /// <summary>At the current burn rate the budget runs out before the end date.</summary>
    ExhaustsBeforeEnd,
    /// <summary>The end date is 14 days away or less.</summary>
    EndApproaching,
    /// <summary>The end date has passed.</summary>
    Ended,
}

/// <summary>A warning about an engagement's budget or end date, with a sentence for people.</summary>
public sealed record BurnWarning(BurnWarningKind Kind, string Message);

/// <summary>
/// An engagement's burn against its budget on a given day: hours approved and waiting for approval, money at the bill rate,
/// the burn rate (hours per calendar day since the start), the day the budget runs out at that rate, and the warnings.
/// Hours count once submitted (approved or awaiting approval); drafts and rejected weeks do not count.
/// </summary>
public sealed record EngagementBurn(
    double HoursBudget,
    double HoursApproved,
    double HoursPending,
    decimal MoneyBudget,
    decimal MoneyUsed,
    double HoursPerDay,
    DateOnly? ProjectedExhaustion,
    DateOnly? ProjectedEnd,
    int DaysToEnd,
    IReadOnlyList<BurnWarning> Warnings)
{
    /// <summary>Share of the budget at which the first warning is given.</summary>
    public const double WarningShare = 0.8;
    /// <summary>Days before the end date at which the end is announced.</summary>
    public const int EndWarningDays = 14;

    /// <summary>Hours that count against the budget: approved plus awaiting approval.</summary>
    public double HoursUsed => HoursApproved + HoursPending;
    /// <summary>Hours left (negative when over budget).</summary>
    public double HoursRemaining => HoursBudget - HoursUsed;
    /// <summary>Share of the budget used, 0.0 to 1.0 and beyond.</summary>
    public double ShareUsed => HoursBudget > 0 ? HoursUsed / HoursBudget : 0;

    /// <summary>Computes the burn of <paramref name="engagement"/> from its weeks on <paramref name="today"/>.</summary>
    public static EngagementBurn Compute(Engagement engagement, IEnumerable<TimesheetWeek> weeks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(weeks);
        var list = weeks.Where(w => w.EngagementId == engagement.Id).ToList();
        var approved = list.Where(w => w.Status == TimesheetStatus.Approved).Sum(w => w.TotalHours);
        var pending = list.Where(w => w.Status == TimesheetStatus.Submitted).Sum(w => w.TotalHours);
        var used = approved + pending;
        var moneyUsed = Math.Round(engagement.BillRate * (decimal)used, 2);

        // The rate: hours counted over the calendar days elapsed since the start (the whole engagement once it ended).
        var lastDay = today < engagement.End ? today : engagement.End;
        var elapsedDays = lastDay.DayNumber - engagement.Start.DayNumber + 1;
        var rate = elapsedDays > 0 && used > 0 ? used / elapsedDays : 0;
        var remaining = engagement.HoursBudget - used;

        DateOnly? exhaustion = null;
        if (remaining <= 0) exhaustion = lastDay < engagement.Start ? engagement.Start : lastDay;
        else if (rate > 0) exhaustion = lastDay.AddDays((int)Math.Ceiling(remaining / rate));
        // The engagement ends on its end date or when the budget runs out, whichever comes first.
        DateOnly? projectedEnd = exhaustion is { } x && x < engagement.End ? x : engagement.End;
        var daysToEnd = engagement.End.DayNumber - today.DayNumber;

        var warnings = new List<BurnWarning>();
        var share = engagement.HoursBudget > 0 ? used / engagement.HoursBudget : 0;
        if (share >= 1)
            warnings.Add(new(BurnWarningKind.BudgetExceeded, $"The hours budget is used up: {used:0.##} of {engagement.HoursBudget:0.##} hours."));
        else if (share >= WarningShare)
            warnings.Add(new(BurnWarningKind.BudgetNearlyUsed, $"{share:P0} of the hours budget is used ({used:0.##} of {engagement.HoursBudget:0.##} hours)."));
        if (share < 1 && exhaustion is { } runsOut && runsOut < engagement.End && today <= engagement.End)
            warnings.Add(new(BurnWarningKind.ExhaustsBeforeEnd, $"At {rate * 7:0.#} hours a week the budget runs out on {runsOut:yyyy-MM-dd}, before the end date {engagement.End:yyyy-MM-dd}."));
        if (daysToEnd < 0)
            warnings.Add(new(BurnWarningKind.Ended, $"The engagement ended on {engagement.End:yyyy-MM-dd}."));
        else if (daysToEnd <= EndWarningDays)
            warnings.Add(new(BurnWarningKind.EndApproaching, daysToEnd == 0 ? "The engagement ends today." : $"The engagement ends in {daysToEnd} {(daysToEnd == 1 ? "day" : "days")}, on {engagement.End:yyyy-MM-dd}."));

        return new EngagementBurn(engagement.HoursBudget, approved, pending, engagement.MoneyBudget, moneyUsed, rate, exhaustion, projectedEnd, daysToEnd, warnings);
    }
}
