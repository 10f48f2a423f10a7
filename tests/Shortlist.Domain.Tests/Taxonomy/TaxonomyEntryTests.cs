using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Domain.Tests.Taxonomy;

public class TaxonomyEntryTests
{
    private static TaxonomyEntry NewEntry(string code = "pmp", string? parentCode = null)
        => new(code, "PMP", TaxonomyCategory.Certification, ["Project Management Professional"], parentCode, TestClock.Now);

    [Theory]
    [InlineData("pmp", "pmp")]
    [InlineData("  PMP  ", "pmp")]
    [InlineData("Epic-EHR", "epic-ehr")]
    [InlineData("C#", "c#")]
    [InlineData("C++", "c++")]
    [InlineData("ASP.NET", "asp.net")]
    [InlineData("iso-27001", "iso-27001")]
    public void NormalizeCode_AllowedCharacters_ReturnsLowerCaseTrimmed(string code, string expected)
    {
        Assert.Equal(expected, TaxonomyEntry.NormalizeCode(code));
    }

    [Theory]
    [InlineData("epic ehr")]
    [InlineData("pmi/acp")]
    [InlineData("safe_agilist")]
    [InlineData("café")]
    [InlineData("a,b")]
    public void NormalizeCode_DisallowedCharacters_Throws(string code)
    {
        var ex = Assert.Throws<DomainRuleException>(() => TaxonomyEntry.NormalizeCode(code));

        Assert.Equal("code", ex.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void NormalizeCode_Blank_Throws(string code)
    {
        var ex = Assert.Throws<DomainRuleException>(() => TaxonomyEntry.NormalizeCode(code));

        Assert.Equal("code", ex.Field);
    }

    [Fact]
    public void NormalizeCode_Over100Characters_Throws()
    {
        Assert.Throws<DomainRuleException>(() => TaxonomyEntry.NormalizeCode(new string('a', 101)));
    }

    [Fact]
    public void Constructor_ValidInput_NormalizesCodeAndParent()
    {
        var entry = new TaxonomyEntry(" Epic ", " Epic ", TaxonomyCategory.Platform, [" Epic Systems "], " EHR ", TestClock.Now);

        Assert.Equal("epic", entry.Code);
        Assert.Equal("Epic", entry.Name);
        Assert.Equal(TaxonomyCategory.Platform, entry.Category);
        Assert.Equal(["Epic Systems"], entry.Aliases);
        Assert.Equal("ehr", entry.ParentCode);
        Assert.Equal(TestClock.Now, entry.CreatedAt);
    }

    [Fact]
    public void Constructor_NoParent_HasNullParent()
    {
        Assert.Null(NewEntry().ParentCode);
    }

    [Theory]
    [InlineData("pmp", "pmp")]
    [InlineData("pmp", "PMP")]
    [InlineData("PMP", " pmp ")]
    public void Constructor_ParentIsItself_Throws(string code, string parentCode)
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewEntry(code, parentCode));

        Assert.Equal("parentCode", ex.Field);
    }

    [Fact]
    public void Constructor_InvalidParentCode_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewEntry("pmp", "project management"));

        Assert.Equal("code", ex.Field);
    }

    [Fact]
    public void Constructor_UnknownCategory_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new TaxonomyEntry("pmp", "PMP", (TaxonomyCategory)99, [], null, TestClock.Now));

        Assert.Equal("category", ex.Field);
    }

    [Fact]
    public void Constructor_AliasesDifferingOnlyInCase_AreDeduplicated()
    {
        var entry = new TaxonomyEntry("pmp", "PMP", TaxonomyCategory.Certification,
            ["Project Management Professional", "project management professional ", "PMI-PMP"], null, TestClock.Now);

        Assert.Equal(["Project Management Professional", "PMI-PMP"], entry.Aliases);
    }

    [Fact]
    public void Constructor_BlankAlias_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new TaxonomyEntry("pmp", "PMP", TaxonomyCategory.Certification, ["  "], null, TestClock.Now));

        Assert.Equal("aliases", ex.Field);
    }

    [Fact]
    public void Update_NewDetails_ReplacesEverythingButTheCode()
    {
        var entry = NewEntry();

        entry.Update("Project Management Professional", TaxonomyCategory.Skill, [], "pmi", TestClock.Later);

        Assert.Equal("pmp", entry.Code);
        Assert.Equal("Project Management Professional", entry.Name);
        Assert.Equal(TaxonomyCategory.Skill, entry.Category);
        Assert.Empty(entry.Aliases);
        Assert.Equal("pmi", entry.ParentCode);
        Assert.Equal(TestClock.Later, entry.UpdatedAt);
        Assert.Equal(TestClock.Now, entry.CreatedAt);
    }

    [Fact]
    public void Update_ParentIsItself_Throws()
    {
        var entry = NewEntry("pmp", "pmi");

        var ex = Assert.Throws<DomainRuleException>(() => entry.Update("PMP", TaxonomyCategory.Certification, [], "PMP", TestClock.Later));

        Assert.Equal("parentCode", ex.Field);
    }

    [Fact]
    public void Update_ParentIsItself_LeavesEntryUnchanged()
    {
        // Exposes a bug: Update assigns ParentCode (and name, category, aliases) before the self-parent check,
        // so after the rejected call the entry is its own parent.
        var entry = NewEntry("pmp", "pmi");

        Assert.Throws<DomainRuleException>(() => entry.Update("Renamed", TaxonomyCategory.Skill, [], "pmp", TestClock.Later));

        Assert.Equal("pmi", entry.ParentCode);
        Assert.Equal("PMP", entry.Name);
    }
}
