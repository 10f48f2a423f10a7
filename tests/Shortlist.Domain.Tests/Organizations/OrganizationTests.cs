using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;

namespace Shortlist.Domain.Tests.Organizations;

public class OrganizationTests
{
    [Fact]
    public void Constructor_ValidInput_TrimsAndStoresDetails()
    {
        var organization = new Organization("  Mercy Health ", " Healthcare ", TestClock.Now, " https://mercy.example ", blindReview: true);

        Assert.Equal("Mercy Health", organization.Name);
        Assert.Equal("Healthcare", organization.Industry);
        Assert.Equal("https://mercy.example", organization.Website);
        Assert.True(organization.BlindReview);
        Assert.Equal(TestClock.Now, organization.CreatedAt);
        Assert.Equal(TestClock.Now, organization.UpdatedAt);
    }

    [Theory]
    [InlineData("", "Healthcare", "name")]
    [InlineData("Mercy", "  ", "industry")]
    public void Constructor_BlankNameOrIndustry_Throws(string name, string industry, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Organization(name, industry, TestClock.Now));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Constructor_IndustryOver100Characters_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Organization("Mercy", new string('i', 101), TestClock.Now));

        Assert.Equal("industry", ex.Field);
    }

    [Fact]
    public void Constructor_BlankWebsite_StoresNull()
    {
        var organization = new Organization("Mercy", "Healthcare", TestClock.Now, "  ");

        Assert.Null(organization.Website);
    }

    [Fact]
    public void Update_Later_ChangesDetailsAndTouches()
    {
        var organization = new Organization("Mercy", "Healthcare", TestClock.Now);

        organization.Update("Mercy Group", "Health care", null, true, TestClock.Later);

        Assert.Equal("Mercy Group", organization.Name);
        Assert.True(organization.BlindReview);
        Assert.Equal(TestClock.Later, organization.UpdatedAt);
        Assert.Equal(TestClock.Now, organization.CreatedAt);
    }

    [Fact]
    public void Update_WebsiteTooLong_LeavesOrganizationUnchanged()
    {
        // Exposes a bug: Update assigns the name and industry before validating the website.
        var organization = new Organization("Mercy", "Healthcare", TestClock.Now);

        Assert.Throws<DomainRuleException>(() => organization.Update("Renamed", "Retail", new string('w', 301), false, TestClock.Later));

        Assert.Equal("Mercy", organization.Name);
        Assert.Equal("Healthcare", organization.Industry);
    }

    [Fact]
    public void Constructor_TwoOrganizations_GetDistinctTimeOrderedIds()
    {
        var first = new Organization("A", "Retail", TestClock.Now);
        var second = new Organization("B", "Retail", TestClock.Now);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(7, first.Id.Version);
    }
}
