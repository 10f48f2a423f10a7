using Shortlist.Domain.Common;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Tests.Pipeline;

namespace Shortlist.Domain.Tests.Engagements;

public class EngagementTests
{
    // The placement starts Tuesday 2025-04-01; the engagement runs to Monday 2025-06-30 with a 400-hour budget at 120 an hour.
    private static readonly DateOnly Start = Applications.PlacementStart;
    private static readonly DateOnly End = new(2025, 6, 30);
    private static readonly DateOnly FirstMonday = new(2025, 3, 31);
    private static readonly DateTimeOffset LogTime = new(2025, 4, 2, 17, 0, 0, TimeSpan.Zero);

    private static Engagement NewEngagement(double hoursBudget = 400)
        => Applications.Placement(EngagementTypes.Contract).StartEngagement(End, 120m, hoursBudget, TestClock.MuchLater);

    private static TimesheetDay Day(DateOnly date, double hours, string? note = null) => new(date, hours, note);

    // ----- Weeks -----

    [Fact]
    public void OpenWeek_AnyDay_StartsOnItsMonday()
    {
        var week = NewEngagement().OpenWeek(new DateOnly(2025, 4, 3), LogTime);

        Assert.Equal(new DateOnly(2025, 3, 31), week.WeekStart);
        Assert.Equal(TimesheetStatus.Draft, week.Status);
        Assert.Empty(week.Days);
    }

    [Fact]
    public void OpenWeek_WeekOutsideTheEngagement_Throws()
    {
        var engagement = NewEngagement();

        Assert.Equal("weekStart", Assert.Throws<DomainRuleException>(() => engagement.OpenWeek(Start.AddDays(-8), LogTime)).Field);
        Assert.Equal("weekStart", Assert.Throws<DomainRuleException>(() => engagement.OpenWeek(End.AddDays(7), LogTime)).Field);
    }

    [Theory]
    [InlineData(-0.25)]
    [InlineData(24.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Enter_InvalidHours_ThrowsAndKeepsTheWeek(double hours)
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);
        week.Enter(engagement, [Day(Start, 8)], LogTime);

        var ex = Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(Start.AddDays(1), hours)], LogTime));

        Assert.Equal("hours", ex.Field);
        Assert.Equal(8, week.TotalHours);
    }

    [Fact]
    public void Enter_DayBeforeTheEngagementStarts_Throws()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);

        var ex = Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(FirstMonday, 8)], LogTime));

        Assert.Equal("date", ex.Field);
        Assert.Empty(week.Days);
    }

    [Fact]
    public void Enter_DayOfAnotherWeek_Throws()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);

        Assert.Equal("date", Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(FirstMonday.AddDays(7), 8)], LogTime)).Field);
    }

    [Fact]
    public void Enter_SameDayTwice_Throws()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);

        Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(Start, 8), Day(Start, 4)], LogTime));
    }

    [Fact]
    public void Enter_NotesAreTrimmed_EmptyDaysDropped_DaysSorted()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);

        week.Enter(engagement, [Day(Start.AddDays(2), 6, "  workshop  "), Day(Start, 8), Day(Start.AddDays(1), 0, "   ")], LogTime);

        Assert.Equal([Day(Start, 8), Day(Start.AddDays(2), 6, "workshop")], week.Days);
        Assert.Equal(14, week.TotalHours);
    }

    [Fact]
    public void Enter_NoteOver500Characters_Throws()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);

        Assert.Equal("note", Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(Start, 8, new string('n', 501))], LogTime)).Field);
    }

    [Fact]
    public void Enter_WeekOfAnotherEngagement_Throws()
    {
        var week = NewEngagement().OpenWeek(Start, LogTime);

        Assert.Throws<DomainRuleException>(() => week.Enter(NewEngagement(), [Day(Start, 8)], LogTime));
    }

    // ----- Submit, approve, reject -----

    [Fact]
    public void Submit_EmptyWeek_Throws()
    {
        var week = NewEngagement().OpenWeek(Start, LogTime);

        Assert.Throws<DomainRuleException>(() => week.Submit(LogTime));
        Assert.Equal(TimesheetStatus.Draft, week.Status);
    }

    [Fact]
    public void SubmitThenApprove_IsFinal_AndCannotBeChanged()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);
        week.Enter(engagement, [Day(Start, 8)], LogTime);

        week.Submit(LogTime);
        Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(Start, 9)], LogTime));
        week.Approve("Hiring Manager", LogTime.AddDays(1));

        Assert.Equal(TimesheetStatus.Approved, week.Status);
        Assert.Equal("Hiring Manager", week.DecidedBy);
        Assert.Throws<DomainRuleException>(() => week.Enter(engagement, [Day(Start, 9)], LogTime));
        Assert.Throws<DomainRuleException>(() => week.Submit(LogTime));
        Assert.Throws<DomainRuleException>(() => week.Reject("late", "Hiring Manager", LogTime));
    }

    [Fact]
    public void Approve_Draft_Throws()
    {
        var week = NewEngagement().OpenWeek(Start, LogTime);

        Assert.Throws<DomainRuleException>(() => week.Approve("Hiring Manager", LogTime));
    }

    [Fact]
    public void Reject_NeedsAReason_ThenTheWeekCanBeCorrectedAndSubmittedAgain()
    {
        var engagement = NewEngagement();
        var week = engagement.OpenWeek(Start, LogTime);
        week.Enter(engagement, [Day(Start, 10)], LogTime);
        week.Submit(LogTime);

        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => week.Reject("  ", "Hiring Manager", LogTime)).Field);
        week.Reject("Tuesday was a holiday.", "Hiring Manager", LogTime);
        Assert.Equal(TimesheetStatus.Rejected, week.Status);
        week.Enter(engagement, [Day(Start, 0, "holiday"), Day(Start.AddDays(1), 8)], LogTime);
        Assert.Equal(TimesheetStatus.Draft, week.Status);
        week.Submit(LogTime);

        Assert.Equal(TimesheetStatus.Submitted, week.Status);
        Assert.Null(week.RejectionReason);
    }

    // ----- Reschedule -----

    [Fact]
    public void Reschedule_BeforeLoggedHours_Throws()
    {
        var engagement = NewEngagement();

        Assert.Throws<DomainRuleException>(() => engagement.Reschedule(Start.AddDays(10), 400, LogTime, lastLoggedDay: Start.AddDays(20)));
        engagement.Reschedule(Start.AddDays(30), 300, LogTime, lastLoggedDay: Start.AddDays(20));

        Assert.Equal(Start.AddDays(30), engagement.End);
        Assert.Equal(300, engagement.HoursBudget);
    }

    // ----- Burn, projection and warnings -----

    private static (Engagement Engagement, List<TimesheetWeek> Weeks) WithHours(double hoursBudget, params (DateOnly Day, double Hours, TimesheetStatus Status)[] entries)
    {
        var engagement = NewEngagement(hoursBudget);
        var weeks = new List<TimesheetWeek>();
        foreach (var group in entries.GroupBy(e => TimesheetWeek.MondayOf(e.Day)))
        {
            var week = engagement.OpenWeek(group.Key < Start ? Start : group.Key, LogTime);
            week.Enter(engagement, group.Select(g => Day(g.Day, g.Hours)), LogTime);
            var status = group.First().Status;
            if (status != TimesheetStatus.Draft) week.Submit(LogTime);
            if (status == TimesheetStatus.Approved) week.Approve("HM", LogTime);
            if (status == TimesheetStatus.Rejected) week.Reject("no", "HM", LogTime);
            weeks.Add(week);
        }
        return (engagement, weeks);
    }

    [Fact]
    public void Burn_CountsApprovedAndSubmitted_NotDraftsOrRejected()
    {
        var (engagement, weeks) = WithHours(400,
            (Start, 8, TimesheetStatus.Approved),
            (Start.AddDays(7), 7, TimesheetStatus.Submitted),
            (Start.AddDays(14), 6, TimesheetStatus.Draft),
            (Start.AddDays(21), 5, TimesheetStatus.Rejected));

        var burn = EngagementBurn.Compute(engagement, weeks, Start.AddDays(27));

        Assert.Equal(8, burn.HoursApproved);
        Assert.Equal(7, burn.HoursPending);
        Assert.Equal(15, burn.HoursUsed);
        Assert.Equal(385, burn.HoursRemaining);
        Assert.Equal(120m * 15, burn.MoneyUsed);
        Assert.Equal(120m * 400, burn.MoneyBudget);
    }

    [Fact]
    public void Burn_ProjectsExhaustionAtTheCurrentRate()
    {
        // 40 hours a week for 4 weeks = 160 hours over 28 days (rate 40/7 a day); 240 left = 42 more days.
        var entries = Enumerable.Range(0, 28).Select(i => Start.AddDays(i)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Take(20).Select(d => (d, 8.0, TimesheetStatus.Approved)).ToArray();
        var (engagement, weeks) = WithHours(400, entries);
        var today = Start.AddDays(27);

        var burn = EngagementBurn.Compute(engagement, weeks, today);

        Assert.Equal(160, burn.HoursUsed);
        Assert.Equal(160.0 / 28, burn.HoursPerDay, 6);
        Assert.Equal(today.AddDays(42), burn.ProjectedExhaustion);
        Assert.Equal(today.AddDays(42), burn.ProjectedEnd);
        // It runs out (2025-06-09) before the end date (2025-06-30): warned.
        Assert.Contains(burn.Warnings, w => w.Kind == BurnWarningKind.ExhaustsBeforeEnd);
        Assert.DoesNotContain(burn.Warnings, w => w.Kind == BurnWarningKind.BudgetNearlyUsed);
    }

    [Fact]
    public void Burn_SlowRate_ProjectsTheEndDate_AndNoWarning()
    {
        var (engagement, weeks) = WithHours(400, (Start, 8, TimesheetStatus.Approved));

        var burn = EngagementBurn.Compute(engagement, weeks, Start.AddDays(13));

        Assert.True(burn.ProjectedExhaustion > End);
        Assert.Equal(End, burn.ProjectedEnd);
        Assert.Empty(burn.Warnings);
    }

    [Theory]
    [InlineData(79.9, false)]
    [InlineData(80, true)]
    [InlineData(99.9, true)]
    public void Burn_At80PercentOfTheBudget_Warns(double hours, bool warned)
    {
        var entries = Enumerable.Range(0, (int)Math.Ceiling(hours / 8)).Select(i => (Start.AddDays(i), Math.Min(8, hours - i * 8), TimesheetStatus.Approved)).ToArray();
        var (engagement, weeks) = WithHours(100, entries);

        var burn = EngagementBurn.Compute(engagement, weeks, Start.AddDays(60));

        Assert.Equal(hours, burn.HoursUsed, 6);
        Assert.Equal(warned, burn.Warnings.Any(w => w.Kind == BurnWarningKind.BudgetNearlyUsed));
        Assert.DoesNotContain(burn.Warnings, w => w.Kind == BurnWarningKind.BudgetExceeded);
    }

    [Fact]
    public void Burn_OverBudget_WarnsExceeded()
    {
        var (engagement, weeks) = WithHours(20, (Start, 12, TimesheetStatus.Approved), (Start.AddDays(1), 10, TimesheetStatus.Submitted));

        var burn = EngagementBurn.Compute(engagement, weeks, Start.AddDays(2));

        Assert.Equal(-2, burn.HoursRemaining);
        Assert.Contains(burn.Warnings, w => w.Kind == BurnWarningKind.BudgetExceeded);
        Assert.DoesNotContain(burn.Warnings, w => w.Kind == BurnWarningKind.BudgetNearlyUsed);
        Assert.Equal(Start.AddDays(2), burn.ProjectedEnd);
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(14, true)]
    [InlineData(0, true)]
    public void Burn_Within14DaysOfTheEnd_Warns(int daysBefore, bool warned)
    {
        var engagement = NewEngagement();

        var burn = EngagementBurn.Compute(engagement, [], End.AddDays(-daysBefore));

        Assert.Equal(warned, burn.Warnings.Any(w => w.Kind == BurnWarningKind.EndApproaching));
        Assert.Equal(daysBefore, burn.DaysToEnd);
    }

    [Fact]
    public void Burn_AfterTheEnd_SaysEnded()
    {
        var burn = EngagementBurn.Compute(NewEngagement(), [], End.AddDays(3));

        Assert.Equal([BurnWarningKind.Ended], burn.Warnings.Select(w => w.Kind));
    }

    [Fact]
    public void Burn_BeforeTheStart_HasNoRateAndNoProjection()
    {
        var burn = EngagementBurn.Compute(NewEngagement(), [], Start.AddDays(-5));

        Assert.Equal(0, burn.HoursPerDay);
        Assert.Null(burn.ProjectedExhaustion);
        Assert.Equal(End, burn.ProjectedEnd);
    }
}
