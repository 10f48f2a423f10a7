using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Candidates;

public class CandidateTests
{
    private static readonly DateOnly Today = new(2025, 3, 3);

    private static Candidate NewCandidate() => new("Ada", "Lovelace", "ada@example.com", TestClock.Now);

    private static ProfileRole Role(DateOnly start, DateOnly? end, string title = "Project Manager")
        => new(title, "Acme Health", "Healthcare", start, end);

    private static ProfileSkill Skill(string code) => new(code, code.ToUpperInvariant(), 3, 2024);

    private static void SetRoles(Candidate candidate, params ProfileRole[] roles)
        => candidate.SetProfile(null, null, roles, [], [], [], [], TestClock.Later);

    private static void SetSkills(Candidate candidate, params ProfileSkill[] skills)
        => candidate.SetProfile(null, null, [], skills, [], [], [], TestClock.Later);

    private static double Years(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 365.25;

    // ----- construction / contact -----

    [Fact]
    public void Constructor_ValidInput_TrimsContactDetailsAndStartsEmpty()
    {
        var home = new Place("Boston", "MA", "US");

        var candidate = new Candidate("  Ada ", " Lovelace ", "  ada@example.com ", TestClock.Now, " +1 617 555 0100 ", home);

        Assert.Equal("Ada", candidate.FirstName);
        Assert.Equal("Lovelace", candidate.LastName);
        Assert.Equal("Ada Lovelace", candidate.FullName);
        Assert.Equal("ada@example.com", candidate.Email);
        Assert.Equal("+1 617 555 0100", candidate.Phone);
        Assert.Equal(home, candidate.Location);
        Assert.Equal(Preferences.None, candidate.Preferences);
        Assert.Empty(candidate.Roles);
        Assert.Empty(candidate.Skills);
        Assert.Empty(candidate.Certifications);
        Assert.Empty(candidate.Industries);
        Assert.Empty(candidate.TrackRecord);
        Assert.Empty(candidate.Links);
        Assert.Equal(TestClock.Now, candidate.CreatedAt);
        Assert.Equal(TestClock.Now, candidate.UpdatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ada")]
    [InlineData("ada.example.com")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@@example.com")]
    [InlineData("ada@exa@mple.com")]
    [InlineData("ada lovelace@example.com")]
    public void Constructor_InvalidEmail_Throws(string email)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Candidate("Ada", "Lovelace", email, TestClock.Now));

        Assert.Equal("email", ex.Field);
    }

    [Theory]
    [InlineData("", "Lovelace", "firstName")]
    [InlineData("Ada", " ", "lastName")]
    public void Constructor_BlankName_Throws(string firstName, string lastName, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Candidate(firstName, lastName, "ada@example.com", TestClock.Now));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Constructor_FirstNameOver100Characters_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Candidate(new string('a', 101), "Lovelace", "ada@example.com", TestClock.Now));

        Assert.Equal("firstName", ex.Field);
    }

    [Fact]
    public void SetContact_LocationOffTheGlobe_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() =>
            candidate.SetContact("Ada", "Lovelace", "ada@example.com", null, new Place(null, null, null, 0, 181), TestClock.Later));

        Assert.Equal("location", ex.Field);
    }

    [Fact]
    public void SetContact_PhoneOver40Characters_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() =>
            candidate.SetContact("Ada", "Lovelace", "ada@example.com", new string('1', 41), null, TestClock.Later));

        Assert.Equal("phone", ex.Field);
    }

    [Fact]
    public void SetContact_InvalidEmail_LeavesContactUnchanged()
    {
        // Exposes a bug: SetContact assigns the names before validating the e-mail address.
        var candidate = NewCandidate();

        Assert.Throws<DomainRuleException>(() => candidate.SetContact("Grace", "Hopper", "not-an-email", null, null, TestClock.Later));

        Assert.Equal("Ada Lovelace", candidate.FullName);
        Assert.Equal("ada@example.com", candidate.Email);
    }

    // ----- Version / UpdatedAt -----

    [Fact]
    public void SetContact_Later_TouchesUpdatedAtAndKeepsCreatedAt()
    {
        var candidate = NewCandidate();

        candidate.SetContact("Ada", "King", "ada@example.com", null, null, TestClock.Later);

        Assert.Equal(TestClock.Later, candidate.UpdatedAt);
        Assert.Equal(TestClock.Now, candidate.CreatedAt);
    }

    [Fact]
    public void SetProfile_Later_TouchesUpdatedAt()
    {
        var candidate = NewCandidate();

        candidate.SetProfile("Headline", null, [], [], [], [], [], TestClock.Later);

        Assert.Equal(TestClock.Later, candidate.UpdatedAt);
        Assert.Equal(TestClock.Now, candidate.CreatedAt);
    }

    [Fact]
    public void SetPreferences_Later_TouchesUpdatedAt()
    {
        var candidate = NewCandidate();

        candidate.SetPreferences(Preferences.None with { Workplace = WorkplaceMode.Remote }, TestClock.Later);

        Assert.Equal(TestClock.Later, candidate.UpdatedAt);
        Assert.Equal(TestClock.Now, candidate.CreatedAt);
    }

    [Fact]
    public void AttachResume_Later_TouchesUpdatedAt()
    {
        var candidate = NewCandidate();

        candidate.AttachResume(Guid.Parse("0196a1e0-0000-7000-8000-0000000000c1"), "CV", TestClock.Later);

        Assert.Equal(TestClock.Later, candidate.UpdatedAt);
    }

    [Fact]
    public void SetSource_Later_TouchesUpdatedAt()
    {
        var candidate = NewCandidate();

        candidate.SetSource("referral", TestClock.Later);

        Assert.Equal(TestClock.Later, candidate.UpdatedAt);
    }

    [Fact]
    public void SetPreferences_Rejected_LeavesUpdatedAtUnchanged()
    {
        var candidate = NewCandidate();

        Assert.Throws<DomainRuleException>(() => candidate.SetPreferences(Preferences.None with { Workplace = (WorkplaceMode)9 }, TestClock.Later));

        Assert.Equal(TestClock.Now, candidate.UpdatedAt);
    }

    [Fact]
    public void DomainMethods_AnyChange_LeaveVersionUnchanged()
    {
        // Entity.Version is documented as incremented by the persistence layer on save, not by domain methods.
        var candidate = NewCandidate();

        candidate.SetContact("Ada", "King", "ada@example.com", null, null, TestClock.Later);
        candidate.SetPreferences(Preferences.None, TestClock.Later);
        candidate.SetSource("import", TestClock.Later);

        Assert.Equal(0, candidate.Version);
    }

    // ----- SetProfile -----

    [Fact]
    public void SetProfile_ValidProfile_StoresEveryPart()
    {
        var candidate = NewCandidate();
        var role = Role(new DateOnly(2018, 1, 1), new DateOnly(2022, 6, 30));
        var skill = Skill("epic");
        var certification = new ProfileCertification("pmp", "PMP", 2019, new DateOnly(2028, 1, 1));
        var industry = new ProfileIndustry("Healthcare", 6);
        var project = new ProjectRecord("EHR rollout", 4_000_000m, 25, true, false, 2021);

        candidate.SetProfile("  Healthcare IT PM ", " Summary ", [role], [skill], [certification], [industry], [project], TestClock.Later,
            ["https://example.com/ada"]);

        Assert.Equal("Healthcare IT PM", candidate.Headline);
        Assert.Equal("Summary", candidate.Summary);
        Assert.Equal(role, Assert.Single(candidate.Roles));
        Assert.Equal(skill, Assert.Single(candidate.Skills));
        Assert.Equal(certification, Assert.Single(candidate.Certifications));
        Assert.Equal(industry, Assert.Single(candidate.Industries));
        Assert.Equal(project, Assert.Single(candidate.TrackRecord));
        Assert.Equal("https://example.com/ada", Assert.Single(candidate.Links));
    }

    [Fact]
    public void SetProfile_NullLinks_KeepsExistingLinks()
    {
        var candidate = NewCandidate();
        candidate.SetProfile(null, null, [], [], [], [], [], TestClock.Now, ["https://example.com/ada"]);

        candidate.SetProfile("New headline", null, [], [], [], [], [], TestClock.Later);

        Assert.Equal("https://example.com/ada", Assert.Single(candidate.Links));
    }

    [Fact]
    public void SetProfile_EmptyLinks_ClearsLinks()
    {
        var candidate = NewCandidate();
        candidate.SetProfile(null, null, [], [], [], [], [], TestClock.Now, ["https://example.com/ada"]);

        candidate.SetProfile(null, null, [], [], [], [], [], TestClock.Later, []);

        Assert.Empty(candidate.Links);
    }

    [Fact]
    public void SetProfile_BlankLink_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetProfile(null, null, [], [], [], [], [], TestClock.Later, [" "]));

        Assert.Equal("links", ex.Field);
    }

    [Fact]
    public void SetProfile_DuplicateSkills_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => SetSkills(candidate, Skill("epic"), Skill("jira"), Skill("epic")));

        Assert.Equal("skills", ex.Field);
        Assert.Contains("epic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetProfile_DuplicateSkillsDifferingOnlyInCase_Throws()
    {
        // Exposes a bug: skill codes are compared case-sensitively and never normalized,
        // while requirement codes are lower-cased and industries compared case-insensitively.
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => SetSkills(candidate, Skill("epic"), Skill("EPIC")));

        Assert.Equal("skills", ex.Field);
    }

    [Fact]
    public void SetProfile_DuplicateCertifications_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetProfile(null, null, [], [],
            [new ProfileCertification("pmp", "PMP", 2019), new ProfileCertification("pmp", "PMP (renewed)", 2022)], [], [], TestClock.Later));

        Assert.Equal("certifications", ex.Field);
    }

    [Fact]
    public void SetProfile_DuplicateIndustriesDifferingInCase_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetProfile(null, null, [], [], [],
            [new ProfileIndustry("Healthcare", 5), new ProfileIndustry("healthcare", 2)], [], TestClock.Later));

        Assert.Equal("industries", ex.Field);
    }

    [Fact]
    public void SetProfile_DuplicateSkills_LeavesProfileUnchanged()
    {
        // Exposes a bug: SetProfile assigns headline, summary and roles before the duplicate check on skills fails.
        var candidate = NewCandidate();
        candidate.SetProfile("Original", null, [], [], [], [], [], TestClock.Now);

        Assert.Throws<DomainRuleException>(() => candidate.SetProfile("Replaced", null,
            [Role(new DateOnly(2020, 1, 1), null)], [Skill("epic"), Skill("epic")], [], [], [], TestClock.Later));

        Assert.Equal("Original", candidate.Headline);
        Assert.Empty(candidate.Roles);
    }

    [Fact]
    public void SetProfile_RoleEndingBeforeItStarts_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => SetRoles(candidate, Role(new DateOnly(2020, 6, 1), new DateOnly(2020, 5, 31))));

        Assert.Equal("roles.end", ex.Field);
        Assert.Empty(candidate.Roles);
    }

    [Fact]
    public void SetProfile_RoleEndingOnItsStartDay_IsAccepted()
    {
        var candidate = NewCandidate();

        SetRoles(candidate, Role(new DateOnly(2020, 6, 1), new DateOnly(2020, 6, 1)));

        Assert.Single(candidate.Roles);
    }

    [Fact]
    public void SetProfile_100Roles_IsAccepted()
    {
        var candidate = NewCandidate();
        var roles = Enumerable.Range(0, 100).Select(i => Role(new DateOnly(1990, 1, 1).AddDays(i), null)).ToArray();

        SetRoles(candidate, roles);

        Assert.Equal(100, candidate.Roles.Count);
    }

    [Fact]
    public void SetProfile_MoreThan100Roles_Throws()
    {
        var candidate = NewCandidate();
        var roles = Enumerable.Range(0, 101).Select(i => Role(new DateOnly(1990, 1, 1).AddDays(i), null)).ToArray();

        var ex = Assert.Throws<DomainRuleException>(() => SetRoles(candidate, roles));

        Assert.Equal("profile", ex.Field);
    }

    [Fact]
    public void SetProfile_MoreThan500Skills_Throws()
    {
        var candidate = NewCandidate();
        var skills = Enumerable.Range(0, 501).Select(i => Skill($"skill-{i}")).ToArray();

        var ex = Assert.Throws<DomainRuleException>(() => SetSkills(candidate, skills));

        Assert.Equal("profile", ex.Field);
    }

    [Fact]
    public void SetProfile_MoreThan100Projects_Throws()
    {
        var candidate = NewCandidate();
        var projects = Enumerable.Range(0, 101).Select(i => new ProjectRecord($"Project {i}", null, null, null, null)).ToArray();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetProfile(null, null, [], [], [], [], projects, TestClock.Later));

        Assert.Equal("profile", ex.Field);
    }

    [Fact]
    public void SetProfile_SummaryOver5000Characters_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetProfile(null, new string('s', 5_001), [], [], [], [], [], TestClock.Later));

        Assert.Equal("summary", ex.Field);
    }

    // ----- TotalYears -----

    [Fact]
    public void TotalYears_NoRoles_IsZero()
    {
        Assert.Equal(0, NewCandidate().TotalYears(Today));
    }

    [Fact]
    public void TotalYears_OneClosedRole_CountsItsLength()
    {
        var candidate = NewCandidate();
        SetRoles(candidate, Role(new DateOnly(2015, 1, 1), new DateOnly(2019, 1, 1)));

        Assert.Equal(4.0, candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_OverlappingRoles_CountsTheOverlapOnce()
    {
        var candidate = NewCandidate();
        SetRoles(candidate,
            Role(new DateOnly(2010, 1, 1), new DateOnly(2014, 1, 1)),
            Role(new DateOnly(2012, 1, 1), new DateOnly(2016, 1, 1)));

        Assert.Equal(Years(new DateOnly(2010, 1, 1), new DateOnly(2016, 1, 1)), candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_RoleInsideAnother_CountsOnlyTheOuterRole()
    {
        var candidate = NewCandidate();
        SetRoles(candidate,
            Role(new DateOnly(2010, 1, 1), new DateOnly(2020, 1, 1)),
            Role(new DateOnly(2012, 1, 1), new DateOnly(2013, 1, 1)));

        Assert.Equal(Years(new DateOnly(2010, 1, 1), new DateOnly(2020, 1, 1)), candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_RolesOutOfOrder_GivesSameResultAsInOrder()
    {
        var inOrder = NewCandidate();
        var reversed = NewCandidate();
        var a = Role(new DateOnly(2008, 3, 1), new DateOnly(2011, 9, 30));
        var b = Role(new DateOnly(2011, 1, 1), new DateOnly(2015, 2, 28));
        var c = Role(new DateOnly(2016, 5, 1), null);
        SetRoles(inOrder, a, b, c);
        SetRoles(reversed, c, b, a);

        Assert.Equal(inOrder.TotalYears(Today), reversed.TotalYears(Today));
    }

    [Fact]
    public void TotalYears_GapBetweenRoles_LeavesTheGapOut()
    {
        var candidate = NewCandidate();
        SetRoles(candidate,
            Role(new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1)),
            Role(new DateOnly(2014, 1, 1), new DateOnly(2016, 1, 1)));

        var expected = Years(new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1)) + Years(new DateOnly(2014, 1, 1), new DateOnly(2016, 1, 1));
        Assert.Equal(expected, candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_OpenEndedRole_CountsUpToToday()
    {
        var candidate = NewCandidate();
        SetRoles(candidate, Role(new DateOnly(2020, 3, 3), null));

        Assert.Equal(Years(new DateOnly(2020, 3, 3), Today), candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_OpenEndedRole_GrowsWithToday()
    {
        var candidate = NewCandidate();
        SetRoles(candidate, Role(new DateOnly(2020, 1, 1), null));

        var now = candidate.TotalYears(Today);
        var yearLater = candidate.TotalYears(Today.AddDays(365));

        Assert.Equal(365 / 365.25, yearLater - now, 10);
    }

    [Fact]
    public void TotalYears_OpenEndedRoleOverlappingClosedRole_CountsOverlapOnce()
    {
        var candidate = NewCandidate();
        SetRoles(candidate,
            Role(new DateOnly(2015, 1, 1), new DateOnly(2019, 1, 1)),
            Role(new DateOnly(2018, 1, 1), null));

        Assert.Equal(Years(new DateOnly(2015, 1, 1), Today), candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_ClosedRoleInsideOpenEndedRole_CountsOpenRoleOnly()
    {
        var candidate = NewCandidate();
        SetRoles(candidate,
            Role(new DateOnly(2015, 1, 1), null),
            Role(new DateOnly(2018, 1, 1), new DateOnly(2019, 1, 1)));

        Assert.Equal(Years(new DateOnly(2015, 1, 1), Today), candidate.TotalYears(Today), 10);
    }

    [Fact]
    public void TotalYears_OpenEndedRoleStartingAfterToday_CountsNothing()
    {
        var candidate = NewCandidate();
        SetRoles(candidate, Role(Today.AddDays(30), null));

        Assert.Equal(0, candidate.TotalYears(Today));
    }

    // ----- SetPreferences -----

    [Fact]
    public void SetPreferences_Valid_ReplacesPreferences()
    {
        var candidate = NewCandidate();
        var preferences = new Preferences(WorkplaceMode.Remote, EngagementTypes.Contract, new Compensation(100, 140, CompensationUnit.Hourly),
            new DateOnly(2025, 4, 1), WorkAuthorization.Citizen);

        candidate.SetPreferences(preferences, TestClock.Later);

        Assert.Equal(preferences, candidate.Preferences);
    }

    [Fact]
    public void SetPreferences_UnknownWorkplace_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetPreferences(Preferences.None with { Workplace = (WorkplaceMode)3 }, TestClock.Later));

        Assert.Equal("preferences.workplace", ex.Field);
        Assert.Equal(Preferences.None, candidate.Preferences);
    }

    [Fact]
    public void SetPreferences_UnknownWorkAuthorization_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetPreferences(Preferences.None with { Authorization = (WorkAuthorization)5 }, TestClock.Later));

        Assert.Equal("preferences.authorization", ex.Field);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(-1)]
    public void SetPreferences_UnknownEngagementBits_Throws(int engagement)
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetPreferences(Preferences.None with { Engagement = (EngagementTypes)engagement }, TestClock.Later));

        Assert.Equal("preferences.engagement", ex.Field);
    }

    [Fact]
    public void SetPreferences_InvalidCompensation_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetPreferences(
            Preferences.None with { Compensation = new Compensation(100, 50, CompensationUnit.Annual) }, TestClock.Later));

        Assert.Equal("preferences.compensation", ex.Field);
    }

    // ----- résumé and source -----

    [Fact]
    public void AttachResume_ShortText_KeepsTextAndFile()
    {
        var candidate = NewCandidate();
        var fileId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000c1");

        candidate.AttachResume(fileId, "Ada Lovelace — Analyst", TestClock.Later);

        Assert.Equal(fileId, candidate.ResumeFileId);
        Assert.Equal("Ada Lovelace — Analyst", candidate.ResumeText);
    }

    [Fact]
    public void AttachResume_TextOver200000Characters_IsTruncated()
    {
        var candidate = NewCandidate();

        candidate.AttachResume(Guid.Parse("0196a1e0-0000-7000-8000-0000000000c1"), new string('r', 200_001), TestClock.Later);

        Assert.Equal(200_000, candidate.ResumeText!.Length);
    }

    [Fact]
    public void SetSource_Text_IsTrimmedAndBlankBecomesNull()
    {
        var candidate = NewCandidate();

        candidate.SetSource("  referral ", TestClock.Later);
        Assert.Equal("referral", candidate.Source);

        candidate.SetSource("  ", TestClock.Later);
        Assert.Null(candidate.Source);
    }

    [Fact]
    public void SetSource_Over100Characters_Throws()
    {
        var candidate = NewCandidate();

        var ex = Assert.Throws<DomainRuleException>(() => candidate.SetSource(new string('s', 101), TestClock.Later));

        Assert.Equal("source", ex.Field);
    }
}
