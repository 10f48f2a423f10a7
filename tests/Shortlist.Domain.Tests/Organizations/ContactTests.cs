using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;

namespace Shortlist.Domain.Tests.Organizations;

public class ContactTests
{
    private static readonly Guid OrganizationId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000a1");

    [Fact]
    public void Constructor_ValidInput_TrimsAndStoresDetails()
    {
        var contact = new Contact(OrganizationId, " Grace Hopper ", " grace@mercy.example ", TestClock.Now, " CIO ", " 555-0100 ", isExecutive: true);

        Assert.Equal(OrganizationId, contact.OrganizationId);
        Assert.Equal("Grace Hopper", contact.Name);
        Assert.Equal("grace@mercy.example", contact.Email);
        Assert.Equal("CIO", contact.Title);
        Assert.Equal("555-0100", contact.Phone);
        Assert.True(contact.IsExecutive);
        Assert.Equal(TestClock.Now, contact.CreatedAt);
    }

    [Theory]
    [InlineData("grace")]
    [InlineData("grace@")]
    [InlineData("@mercy.example")]
    [InlineData("grace hopper@mercy.example")]
    public void Constructor_InvalidEmail_Throws(string email)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Contact(OrganizationId, "Grace", email, TestClock.Now));

        Assert.Equal("email", ex.Field);
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Contact(OrganizationId, " ", "grace@mercy.example", TestClock.Now));

        Assert.Equal("name", ex.Field);
    }

    [Fact]
    public void Constructor_PhoneOver40Characters_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Contact(OrganizationId, "Grace", "grace@mercy.example", TestClock.Now, phone: new string('5', 41)));

        Assert.Equal("phone", ex.Field);
    }

    [Fact]
    public void Update_Later_ChangesDetailsAndKeepsOrganization()
    {
        var contact = new Contact(OrganizationId, "Grace", "grace@mercy.example", TestClock.Now);

        contact.Update("Grace Hopper", "ghopper@mercy.example", null, null, false, TestClock.Later);

        Assert.Equal("ghopper@mercy.example", contact.Email);
        Assert.Equal(OrganizationId, contact.OrganizationId);
        Assert.Equal(TestClock.Later, contact.UpdatedAt);
        Assert.Equal(TestClock.Now, contact.CreatedAt);
    }

    [Fact]
    public void Update_InvalidEmail_LeavesContactUnchanged()
    {
        // Exposes a bug: Update assigns the name before validating the e-mail address.
        var contact = new Contact(OrganizationId, "Grace", "grace@mercy.example", TestClock.Now);

        Assert.Throws<DomainRuleException>(() => contact.Update("Someone Else", "broken", null, null, false, TestClock.Later));

        Assert.Equal("Grace", contact.Name);
        Assert.Equal("grace@mercy.example", contact.Email);
    }
}
