using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Candidates;

public class ProfilePartsTests
{
    private static readonly DateOnly Today = new(2025, 3, 3);

    // ----- ProfileRole -----

    [Theory]
    [InlineData("", "Acme", "roles.title")]
    [InlineData("PM", " ", "roles.employer")]
    public void ProfileRoleValidated_BlankTitleOrEmployer_Throws(string title, string employer, string field)
    {
        var role = new ProfileRole(title, employer, null, new DateOnly(2020, 1, 1), null);

        var ex = Assert.Throws<DomainRuleException>(() => role.Validated());

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void ProfileRoleValidated_EndBeforeStart_Throws()
    {
        var role = new ProfileRole("PM", "Acme", null, new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 1));

        var ex = Assert.Throws<DomainRuleException>(() => role.Validated());

        Assert.Equal("roles.end", ex.Field);
    }

    [Fact]
    public void ProfileRoleYearsUntil_OpenEnded_CountsUpToToday()
    {
        var role = new ProfileRole("PM", "Acme", null, new DateOnly(2021, 3, 3), null);

        Assert.Equal((Today.DayNumber - new DateOnly(2021, 3, 3).DayNumber) / 365.25, role.YearsUntil(Today), 10);
    }

    [Fact]
    public void ProfileRoleYearsUntil_ClosedRole_IgnoresToday()
    {
        var role = new ProfileRole("PM", "Acme", null, new DateOnly(2015, 1, 1), new DateOnly(2019, 1, 1));

        Assert.Equal(4.0, role.YearsUntil(Today), 10);
    }

    [Fact]
    public void ProfileRoleYearsUntil_StartsAfterToday_IsZero()
    {
        var role = new ProfileRole("PM", "Acme", null, Today.AddDays(10), null);

        Assert.Equal(0, role.YearsUntil(Today));
    }

    // ----- ProfileSkill -----

    [Theory]
    [InlineData(-0.5)]
    [InlineData(60.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ProfileSkillValidated_ImplausibleYears_Throws(double years)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProfileSkill("epic", "Epic", years, null).Validated());

        Assert.Equal("skills.years", ex.Field);
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(2201)]
    public void ProfileSkillValidated_ImplausibleLastUsedYear_Throws(int year)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProfileSkill("epic", "Epic", 2, year).Validated());

        Assert.Equal("skills.lastUsedYear", ex.Field);
    }

    [Theory]
    [InlineData(0, 1950)]
    [InlineData(60, 2200)]
    public void ProfileSkillValidated_BoundaryValues_AreAccepted(double years, int lastUsedYear)
    {
        var skill = new ProfileSkill("epic", "Epic", years, lastUsedYear);

        Assert.Same(skill, skill.Validated());
    }

    [Theory]
    [InlineData("", "Epic", "skills.taxonomyCode")]
    [InlineData("epic", "", "skills.name")]
    public void ProfileSkillValidated_BlankCodeOrName_Throws(string code, string name, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProfileSkill(code, name, 1, null).Validated());

        Assert.Equal(field, ex.Field);
    }

    // ----- ProfileCertification / ProfileIndustry / ProjectRecord -----

    [Theory]
    [InlineData("", "PMP", "certifications.taxonomyCode")]
    [InlineData("pmp", " ", "certifications.name")]
    public void ProfileCertificationValidated_BlankCodeOrName_Throws(string code, string name, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProfileCertification(code, name, 2020).Validated());

        Assert.Equal(field, ex.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    [InlineData(double.NaN)]
    public void ProfileIndustryValidated_ImplausibleYears_Throws(double years)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProfileIndustry("Healthcare", years).Validated());

        Assert.Equal("industries.years", ex.Field);
    }

    [Fact]
    public void ProfileIndustryValidated_BlankIndustry_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProfileIndustry(" ", 3).Validated());

        Assert.Equal("industries.industry", ex.Field);
    }

    [Fact]
    public void ProjectRecordValidated_NegativeBudget_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProjectRecord("Rollout", -1m, 5, true, true).Validated());

        Assert.Equal("trackRecord.budget", ex.Field);
    }

    [Fact]
    public void ProjectRecordValidated_NegativeTeamSize_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProjectRecord("Rollout", 10m, -1, true, true).Validated());

        Assert.Equal("trackRecord.teamSize", ex.Field);
    }

    [Fact]
    public void ProjectRecordValidated_BlankName_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new ProjectRecord("", null, null, null, null).Validated());

        Assert.Equal("trackRecord.name", ex.Field);
    }

    // ----- Preferences -----

    [Fact]
    public void PreferencesNone_Defaults_HybridContractOrPermanentUnknownAuthorization()
    {
        var none = Preferences.None;

        Assert.Equal(WorkplaceMode.Hybrid, none.Workplace);
        Assert.Equal(EngagementTypes.Contract | EngagementTypes.Permanent, none.Engagement);
        Assert.Null(none.Compensation);
        Assert.Null(none.AvailableFrom);
        Assert.Equal(WorkAuthorization.Unknown, none.Authorization);
        Assert.Same(none, none.Validated());
    }
}
