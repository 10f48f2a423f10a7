using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Common;

public class GuardTests
{
    // ----- Text -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Text_Blank_ThrowsRequiredForField(string? value)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.Text(value, "title"));

        Assert.Equal("title", ex.Field);
        Assert.Equal("title is required.", ex.Message);
    }

    [Fact]
    public void Text_SurroundingSpaces_ReturnsTrimmed()
    {
        Assert.Equal("Project Manager", Guard.Text("  Project Manager \t", "title"));
    }

    [Fact]
    public void Text_ExactlyMaxLength_IsAccepted()
    {
        var value = new string('x', 200);

        Assert.Equal(value, Guard.Text(value, "title"));
    }

    [Fact]
    public void Text_OverDefaultMaxOf200_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.Text(new string('x', 201), "title"));

        Assert.Equal("title", ex.Field);
        Assert.Equal("title must be at most 200 characters.", ex.Message);
    }

    [Fact]
    public void Text_CustomMax_IsApplied()
    {
        Assert.Equal("abc", Guard.Text("abc", "code", 3));
        Assert.Throws<DomainRuleException>(() => Guard.Text("abcd", "code", 3));
    }

    [Fact]
    public void Text_LengthOverMaxOnlyBecauseOfSpaces_IsAcceptedAfterTrimming()
    {
        Assert.Equal("abc", Guard.Text("   abc   ", "code", 3));
    }

    // ----- OptionalText -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void OptionalText_Blank_ReturnsNull(string? value)
    {
        Assert.Null(Guard.OptionalText(value, "note"));
    }

    [Fact]
    public void OptionalText_Text_ReturnsTrimmed()
    {
        Assert.Equal("hello", Guard.OptionalText(" hello ", "note"));
    }

    [Fact]
    public void OptionalText_OverMax_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.OptionalText("abcdef", "note", 5));

        Assert.Equal("note", ex.Field);
    }

    // ----- Email -----

    [Theory]
    [InlineData("a@b")]
    [InlineData("ada@example.com")]
    [InlineData("ada.lovelace+jobs@mail.example.co.uk")]
    public void Email_Plausible_ReturnsIt(string email)
    {
        Assert.Equal(email, Guard.Email(email));
    }

    [Fact]
    public void Email_SurroundingSpaces_ReturnsTrimmed()
    {
        Assert.Equal("ada@example.com", Guard.Email("  ada@example.com  "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@@example.com")]
    [InlineData("a@b@c")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("ada@exam ple.com")]
    public void Email_Implausible_Throws(string? email)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.Email(email));

        Assert.Equal("email", ex.Field);
    }

    [Fact]
    public void Email_CustomField_IsReported()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.Email("nope", "contactEmail"));

        Assert.Equal("contactEmail", ex.Field);
        Assert.Equal("contactEmail is not a valid e-mail address.", ex.Message);
    }

    [Fact]
    public void Email_Over254Characters_Throws()
    {
        var email = new string('a', 250) + "@b.co";

        Assert.Throws<DomainRuleException>(() => Guard.Email(email));
    }

    // ----- NotNegative -----

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    public void NotNegative_ZeroOrPositiveInt_ReturnsValue(int value)
    {
        Assert.Equal(value, Guard.NotNegative(value, "count"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void NotNegative_NegativeInt_Throws(int value)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.NotNegative(value, "count"));

        Assert.Equal("count", ex.Field);
        Assert.Equal("count must not be negative.", ex.Message);
    }

    [Fact]
    public void NotNegative_NegativeDecimal_Throws()
    {
        Assert.Throws<DomainRuleException>(() => Guard.NotNegative(-0.01m, "fee"));
    }

    [Fact]
    public void NotNegative_ZeroDecimal_ReturnsValue()
    {
        Assert.Equal(0m, Guard.NotNegative(0m, "fee"));
    }

    [Fact]
    public void NotNegative_NullOptional_ReturnsNull()
    {
        Assert.Null(Guard.NotNegative((double?)null, "hours"));
    }

    [Fact]
    public void NotNegative_PositiveOptional_ReturnsValue()
    {
        Assert.Equal(2.5, Guard.NotNegative((double?)2.5, "hours"));
    }

    [Fact]
    public void NotNegative_NegativeOptional_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.NotNegative((decimal?)-1m, "budget"));

        Assert.Equal("budget", ex.Field);
    }

    // ----- Range -----

    [Fact]
    public void Range_LowAboveHigh_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Guard.Range<int>(5, 4, "band"));

        Assert.Equal("band", ex.Field);
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(5, 5)]
    [InlineData(null, 5)]
    [InlineData(5, null)]
    [InlineData(null, null)]
    public void Range_OrderedOrOpen_DoesNotThrow(int? low, int? high)
    {
        var ex = Record.Exception(() => Guard.Range(low, high, "band"));

        Assert.Null(ex);
    }

    [Fact]
    public void Range_DatesOutOfOrder_Throws()
    {
        Assert.Throws<DomainRuleException>(() => Guard.Range<DateOnly>(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 31), "dates"));
    }

    // ----- DomainRuleException -----

    [Fact]
    public void DomainRuleException_WithoutField_HasNullField()
    {
        var ex = new DomainRuleException("rule broken");

        Assert.Equal("rule broken", ex.Message);
        Assert.Null(ex.Field);
    }
}
