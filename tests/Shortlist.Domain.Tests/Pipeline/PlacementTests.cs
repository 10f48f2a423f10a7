using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Domain.Tests.Pipeline;

public class PlacementTests
{
    private static readonly DateOnly End = new(2025, 9, 30);

    [Theory]
    [InlineData(EngagementTypes.Contract)]
    [InlineData(EngagementTypes.ContractToHire)]
    public void StartEngagement_ContractPlacement_CreatesEngagementFromPlacementStart(EngagementTypes engagement)
    {
        var placement = Applications.Placement(engagement);

        var tracked = placement.StartEngagement(End, 140m, 800, TestClock.MuchLater);

        Assert.Equal(placement.Id, tracked.PlacementId);
        Assert.Equal(placement.StartDate, tracked.Start);
        Assert.Equal(End, tracked.End);
        Assert.Equal(140m, tracked.BillRate);
        Assert.Equal(800, tracked.HoursBudget);
        Assert.Equal(140m * 800, tracked.MoneyBudget);
        Assert.Equal(TestClock.MuchLater, tracked.CreatedAt);
    }

    [Fact]
    public void StartEngagement_PermanentPlacement_Throws()
    {
        var placement = Applications.Placement(EngagementTypes.Permanent, 30_000m);

        var ex = Assert.Throws<DomainRuleException>(() => placement.StartEngagement(End, 140m, 800, TestClock.MuchLater));

        Assert.Equal("engagement", ex.Field);
    }

    [Fact]
    public void StartEngagement_EndBeforeStart_Throws()
    {
        var placement = Applications.Placement();

        var ex = Assert.Throws<DomainRuleException>(() =>
            placement.StartEngagement(placement.StartDate.AddDays(-1), 140m, 800, TestClock.MuchLater));

        Assert.Equal("end", ex.Field);
    }

    [Fact]
    public void StartEngagement_EndOnStartDay_IsAccepted()
    {
        var placement = Applications.Placement();

        var tracked = placement.StartEngagement(placement.StartDate, 140m, 8, TestClock.MuchLater);

        Assert.Equal(tracked.Start, tracked.End);
    }

    [Fact]
    public void StartEngagement_NegativeBillRate_Throws()
    {
        var placement = Applications.Placement();

        var ex = Assert.Throws<DomainRuleException>(() => placement.StartEngagement(End, -0.01m, 800, TestClock.MuchLater));

        Assert.Equal("billRate", ex.Field);
    }

    [Fact]
    public void StartEngagement_ZeroBillRate_IsAccepted()
    {
        var placement = Applications.Placement();

        var tracked = placement.StartEngagement(End, 0m, 800, TestClock.MuchLater);

        Assert.Equal(0m, tracked.BillRate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void StartEngagement_NonPositiveOrNonFiniteHoursBudget_Throws(double hoursBudget)
    {
        var placement = Applications.Placement();

        var ex = Assert.Throws<DomainRuleException>(() => placement.StartEngagement(End, 140m, hoursBudget, TestClock.MuchLater));

        Assert.Equal("hoursBudget", ex.Field);
    }

    [Fact]
    public void Place_NullFee_IsAccepted()
    {
        var placement = Applications.Placement(EngagementTypes.Contract, null);

        Assert.Null(placement.FeeOrRate);
    }

    [Fact]
    public void Place_ZeroFee_IsAccepted()
    {
        var placement = Applications.Placement(EngagementTypes.Contract, 0m);

        Assert.Equal(0m, placement.FeeOrRate);
    }
}
