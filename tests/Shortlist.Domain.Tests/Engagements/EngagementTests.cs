using Shortlist.Domain.Common;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Tests.Pipeline;

namespace Shortlist.Domain.Tests.Engagements;

public class EngagementTests
{
    // The placement starts 2025-04-01; the engagement runs to 2025-06-30 with a 400-hour budget.
    private static readonly DateOnly Start = Applications.PlacementStart;
    private static readonly DateOnly End = new(2025, 6, 30);
    private static readonly DateTimeOffset LogTime = new(2025, 4, 2, 17, 0, 0, TimeSpan.Zero);

    private static Engagement NewEngagement(double hoursBudget = 400)
        => Applications.Placement(EngagementTypes.Contract).StartEngagement(End, 120m, hoursBudget, TestClock.MuchLater);

    // ----- LogHours -----

    [Theory]
    [InlineData(-0.25)]
    [InlineData(-8)]
    [InlineData(24.01)]
    [InlineData(25)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void LogHours_InvalidHours_ThrowsAndLogsNothing(double hours)
    {
        var engagement = NewEngagement();

        var ex = Assert.Throws<DomainRuleException>(() => engagement.LogHours(Start, hours, LogTime));

        Assert.Equal("hours", ex.Field);
        Assert.Empty(engagement.Timesheets);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7.5)]
    [InlineData(24)]
    public void LogHours_HoursWithinADay_AreAccepted(double hours)
    {
        var engagement = NewEngagement();

        engagement.LogHours(Start, hours, LogTime);

        Assert.Equal(new Timesheet(Start, hours), Assert.Single(engagement.Timesheets));
    }

    [Fact]
    public void LogHours_DayBeforeStart_Throws()
    {
        var engagement = NewEngagement();

        var ex = Assert.Throws<DomainRuleException>(() => engagement.LogHours(Start.AddDays(-1), 8, LogTime));

        Assert.Equal("date", ex.Field);
        Assert.Empty(engagement.Timesheets);
    }

    [Fact]
    public void LogHours_DayAfterEnd_Throws()
    {
        var engagement = NewEngagement();

        var ex = Assert.Throws<DomainRuleException>(() => engagement.LogHours(End.AddDays(1), 8, LogTime));

        Assert.Equal("date", ex.Field);
        Assert.Empty(engagement.Timesheets);
    }

    [Fact]
    public void LogHours_FirstAndLastDay_AreAccepted()
    {
        var engagement = NewEngagement();

        engagement.LogHours(Start, 8, LogTime);
        engagement.LogHours(End, 6, LogTime);

        Assert.Equal([Start, End], engagement.Timesheets.Select(t => t.Date));
    }

    [Fact]
    public void LogHours_SameDayTwice_ReplacesTheFirstEntry()
    {
        var engagement = NewEngagement();
        var day = Start.AddDays(3);

        engagement.LogHours(day, 8, LogTime, "first");
        engagement.LogHours(day, 5.5, LogTime.AddHours(1), "corrected");

        Assert.Equal(new Timesheet(day, 5.5, "corrected"), Assert.Single(engagement.Timesheets));
        Assert.Equal(5.5, engagement.HoursUsed);
    }

    [Fact]
    public void LogHours_DifferentDays_KeepsEveryDay()
    {
        var engagement = NewEngagement();

        engagement.LogHours(Start, 8, LogTime);
        engagement.LogHours(Start.AddDays(1), 7, LogTime);
        engagement.LogHours(Start.AddDays(2), 6, LogTime);

        Assert.Equal(3, engagement.Timesheets.Count);
    }

    [Fact]
    public void LogHours_NoteWithSpaces_IsTrimmedAndBlankBecomesNull()
    {
        var engagement = NewEngagement();

        engagement.LogHours(Start, 8, LogTime, "  workshop  ");
        engagement.LogHours(Start.AddDays(1), 8, LogTime, "   ");

        Assert.Equal("workshop", engagement.Timesheets[0].Note);
        Assert.Null(engagement.Timesheets[1].Note);
    }

    [Fact]
    public void LogHours_NoteOver500Characters_Throws()
    {
        var engagement = NewEngagement();

        var ex = Assert.Throws<DomainRuleException>(() => engagement.LogHours(Start, 8, LogTime, new string('n', 501)));

        Assert.Equal("note", ex.Field);
        Assert.Empty(engagement.Timesheets);
    }

    [Fact]
    public void LogHours_Valid_TouchesUpdatedAt()
    {
        var engagement = NewEngagement();

        engagement.LogHours(Start, 8, LogTime);

        Assert.Equal(LogTime, engagement.UpdatedAt);
        Assert.Equal(TestClock.MuchLater, engagement.CreatedAt);
    }

    // ----- HoursUsed / HoursRemaining -----

    [Fact]
    public void HoursUsed_NoTimesheets_IsZeroAndRemainingIsBudget()
    {
        var engagement = NewEngagement(400);

        Assert.Equal(0, engagement.HoursUsed);
        Assert.Equal(400, engagement.HoursRemaining);
    }

    [Fact]
    public void HoursUsed_SeveralDays_SumsHoursAndReducesRemaining()
    {
        var engagement = NewEngagement(400);

        engagement.LogHours(Start, 8, LogTime);
        engagement.LogHours(Start.AddDays(1), 7.5, LogTime);
        engagement.LogHours(Start.AddDays(2), 4.25, LogTime);

        Assert.Equal(19.75, engagement.HoursUsed);
        Assert.Equal(380.25, engagement.HoursRemaining);
    }

    [Fact]
    public void HoursRemaining_OverBudget_IsNegative()
    {
        var engagement = NewEngagement(10);

        engagement.LogHours(Start, 8, LogTime);
        engagement.LogHours(Start.AddDays(1), 8, LogTime);

        Assert.Equal(-6, engagement.HoursRemaining);
    }

    // ----- Reschedule -----

    [Fact]
    public void Reschedule_LaterEndAndNewBudget_UpdatesBoth()
    {
        var engagement = NewEngagement();
        var newEnd = new DateOnly(2025, 12, 31);

        engagement.Reschedule(newEnd, 900, LogTime);

        Assert.Equal(newEnd, engagement.End);
        Assert.Equal(900, engagement.HoursBudget);
        Assert.Equal(Start, engagement.Start);
        Assert.Equal(LogTime, engagement.UpdatedAt);
    }

    [Fact]
    public void Reschedule_Extended_AllowsLoggingInTheNewDays()
    {
        var engagement = NewEngagement();
        engagement.Reschedule(End.AddDays(30), 500, LogTime);

        engagement.LogHours(End.AddDays(30), 8, LogTime);

        Assert.Single(engagement.Timesheets);
    }

    [Fact]
    public void Reschedule_Shortened_RejectsLoggingAfterTheNewEnd()
    {
        var engagement = NewEngagement();
        var newEnd = Start.AddDays(10);
        engagement.Reschedule(newEnd, 80, LogTime);

        Assert.Throws<DomainRuleException>(() => engagement.LogHours(newEnd.AddDays(1), 8, LogTime));
    }

    [Fact]
    public void Reschedule_EndBeforeStart_ThrowsAndKeepsSchedule()
    {
        var engagement = NewEngagement();

        var ex = Assert.Throws<DomainRuleException>(() => engagement.Reschedule(Start.AddDays(-1), 400, LogTime));

        Assert.Equal("end", ex.Field);
        Assert.Equal(End, engagement.End);
    }

    [Fact]
    public void Reschedule_EndOnStartDay_IsAccepted()
    {
        var engagement = NewEngagement();

        engagement.Reschedule(Start, 8, LogTime);

        Assert.Equal(Start, engagement.End);
    }

    [Fact]
    public void Reschedule_HoursLoggedAfterNewEnd_ThrowsAndKeepsSchedule()
    {
        var engagement = NewEngagement();
        engagement.LogHours(Start.AddDays(20), 8, LogTime);

        var ex = Assert.Throws<DomainRuleException>(() => engagement.Reschedule(Start.AddDays(19), 200, LogTime.AddDays(1)));

        Assert.Equal("end", ex.Field);
        Assert.Equal(End, engagement.End);
        Assert.Equal(400, engagement.HoursBudget);
    }

    [Fact]
    public void Reschedule_HoursLoggedOnNewEnd_IsAccepted()
    {
        var engagement = NewEngagement();
        engagement.LogHours(Start.AddDays(20), 8, LogTime);

        engagement.Reschedule(Start.AddDays(20), 200, LogTime.AddDays(1));

        Assert.Equal(Start.AddDays(20), engagement.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Reschedule_NonPositiveOrNonFiniteBudget_ThrowsAndKeepsSchedule(double hoursBudget)
    {
        var engagement = NewEngagement();

        var ex = Assert.Throws<DomainRuleException>(() => engagement.Reschedule(End.AddDays(10), hoursBudget, LogTime));

        Assert.Equal("hoursBudget", ex.Field);
        Assert.Equal(End, engagement.End);
        Assert.Equal(400, engagement.HoursBudget);
    }

    [Fact]
    public void Reschedule_BudgetBelowHoursUsed_IsAcceptedWithNegativeRemaining()
    {
        var engagement = NewEngagement();
        engagement.LogHours(Start, 8, LogTime);
        engagement.LogHours(Start.AddDays(1), 8, LogTime);

        engagement.Reschedule(End, 10, LogTime.AddDays(1));

        Assert.Equal(-6, engagement.HoursRemaining);
    }
}
