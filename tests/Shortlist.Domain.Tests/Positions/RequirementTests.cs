using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Domain.Tests.Positions;

public class RequirementTests
{
    [Fact]
    public void Constructor_ValidInput_NormalizesCodeAndTrimsLabel()
    {
        var requirement = new Requirement("  PMP ", "  Project Management Professional ", Importance.Strong, 7.5, 3, 5);

        Assert.Equal("pmp", requirement.TaxonomyCode);
        Assert.Equal("Project Management Professional", requirement.Label);
        Assert.Equal(Importance.Strong, requirement.Importance);
        Assert.Equal(7.5, requirement.Weight);
        Assert.Equal(3, requirement.MinimumYears);
        Assert.Equal(5, requirement.RecencyYears);
    }

    [Fact]
    public void Constructor_Defaults_WeightOneAndNoYears()
    {
        var requirement = new Requirement("epic", "Epic", Importance.Must);

        Assert.Equal(1, requirement.Weight);
        Assert.Null(requirement.MinimumYears);
        Assert.Null(requirement.RecencyYears);
    }

    [Theory]
    [InlineData("", "Label", "taxonomyCode")]
    [InlineData("  ", "Label", "taxonomyCode")]
    [InlineData("pmp", "", "label")]
    public void Constructor_BlankCodeOrLabel_Throws(string code, string label, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Requirement(code, label, Importance.Must));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Constructor_CodeOver100Characters_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Requirement(new string('c', 101), "Label", Importance.Must));

        Assert.Equal("taxonomyCode", ex.Field);
    }

    [Fact]
    public void Constructor_UnknownImportance_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Requirement("pmp", "PMP", (Importance)3));

        Assert.Equal("importance", ex.Field);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-1)]
    [InlineData(10.01)]
    [InlineData(11)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_WeightOutside0To10OrNaN_Throws(double weight)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Requirement("pmp", "PMP", Importance.Nice, weight));

        Assert.Equal("weight", ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(10)]
    public void Constructor_WeightWithin0To10_IsAccepted(double weight)
    {
        var requirement = new Requirement("pmp", "PMP", Importance.Nice, weight);

        Assert.Equal(weight, requirement.Weight);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(-1)]
    [InlineData(60.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_MinimumYearsNegativeOrImplausible_Throws(double minimumYears)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Requirement("pmp", "PMP", Importance.Must, 1, minimumYears));

        Assert.Equal("minimumYears", ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2.5)]
    [InlineData(60)]
    public void Constructor_MinimumYearsWithin0To60_IsAccepted(double minimumYears)
    {
        var requirement = new Requirement("pmp", "PMP", Importance.Must, 1, minimumYears);

        Assert.Equal(minimumYears, requirement.MinimumYears);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void Constructor_RecencyYearsOutside0To60_Throws(int recencyYears)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Requirement("pmp", "PMP", Importance.Must, 1, null, recencyYears));

        Assert.Equal("recencyYears", ex.Field);
    }
}
