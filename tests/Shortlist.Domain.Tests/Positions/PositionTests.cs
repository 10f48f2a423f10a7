using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Domain.Tests.Positions;

public class PositionTests
{
    private static readonly Guid OrganizationId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000a1");
    private static readonly Place Boston = new("Boston", "MA", "US", 42.36, -71.06);
    private static readonly DateOnly ShortlistDate = new(2025, 4, 1);
    private static readonly DateOnly FillDate = new(2025, 5, 1);

    private static Position NewPosition() => new(OrganizationId, "EHR Project Manager", "Lead the Epic rollout.", "Healthcare", TestClock.Now);

    private static Position PositionIn(PositionStatus status)
    {
        var position = NewPosition();
        var t = TestClock.Now;
        switch (status)
        {
            case PositionStatus.Draft:
                break;
            case PositionStatus.Open:
                position.Publish(t.AddMinutes(1));
                break;
            case PositionStatus.OnHold:
                position.Publish(t.AddMinutes(1));
                position.PutOnHold(t.AddMinutes(2));
                break;
            case PositionStatus.Filled:
                position.Publish(t.AddMinutes(1));
                position.MarkFilled(t.AddMinutes(2));
                break;
            case PositionStatus.Closed:
                position.Close(t.AddMinutes(1));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
        return position;
    }

    private static Requirement Req(string code, Importance importance = Importance.Must) => new(code, code.ToUpperInvariant(), importance);

    private static IEnumerable<Requirement> ManyRequirements(int count) => Enumerable.Range(1, count).Select(i => Req($"skill-{i}", Importance.Nice));

    // ----- construction / Describe -----

    [Fact]
    public void Constructor_ValidInput_CreatesTrimmedDraft()
    {
        var searchRequestId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000b1");

        var position = new Position(OrganizationId, "  EHR Project Manager ", " Lead the rollout. ", " Healthcare ", TestClock.Now, searchRequestId);

        Assert.Equal(PositionStatus.Draft, position.Status);
        Assert.Equal("EHR Project Manager", position.Title);
        Assert.Equal("Lead the rollout.", position.Description);
        Assert.Equal("Healthcare", position.Industry);
        Assert.Equal(OrganizationId, position.OrganizationId);
        Assert.Equal(searchRequestId, position.SearchRequestId);
        Assert.Null(position.PublishedAt);
        Assert.Empty(position.Requirements);
        Assert.Equal(EngagementTypes.Contract, position.Engagement);
        Assert.Equal(TestClock.Now, position.CreatedAt);
        Assert.Equal(TestClock.Now, position.UpdatedAt);
    }

    [Theory]
    [InlineData("", "description", "industry", "title")]
    [InlineData("title", " ", "industry", "description")]
    [InlineData("title", "description", "", "industry")]
    public void Constructor_BlankText_ThrowsForThatField(string title, string description, string industry, string field)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Position(OrganizationId, title, description, industry, TestClock.Now));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Describe_IndustryOver100Characters_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.Describe("title", "description", new string('i', 101), TestClock.Later));

        Assert.Equal("industry", ex.Field);
    }

    [Fact]
    public void Describe_ValidInput_ReplacesTextAndTouches()
    {
        var position = NewPosition();

        position.Describe("Program Manager", "New text", "Banking", TestClock.Later);

        Assert.Equal(("Program Manager", "New text", "Banking"), (position.Title, position.Description, position.Industry));
        Assert.Equal(TestClock.Later, position.UpdatedAt);
        Assert.Equal(TestClock.Now, position.CreatedAt);
    }

    // ----- Publish / PutOnHold / Close / MarkFilled -----

    [Fact]
    public void Publish_FromDraft_OpensAndSetsPublishedAt()
    {
        var position = NewPosition();

        position.Publish(TestClock.Later);

        Assert.Equal(PositionStatus.Open, position.Status);
        Assert.Equal(TestClock.Later, position.PublishedAt);
        Assert.Equal(TestClock.Later, position.UpdatedAt);
    }

    [Fact]
    public void Publish_FromOnHold_ReopensAndKeepsFirstPublishedAt()
    {
        var position = PositionIn(PositionStatus.OnHold);
        var firstPublished = position.PublishedAt;

        position.Publish(TestClock.MuchLater);

        Assert.Equal(PositionStatus.Open, position.Status);
        Assert.Equal(TestClock.Now.AddMinutes(1), firstPublished);
        Assert.Equal(firstPublished, position.PublishedAt);
        Assert.Equal(TestClock.MuchLater, position.UpdatedAt);
    }

    [Theory]
    [InlineData(PositionStatus.Open)]
    [InlineData(PositionStatus.Closed)]
    [InlineData(PositionStatus.Filled)]
    public void Publish_FromOpenClosedOrFilled_Throws(PositionStatus status)
    {
        var position = PositionIn(status);
        var publishedAt = position.PublishedAt;

        Assert.Throws<DomainRuleException>(() => position.Publish(TestClock.MuchLater));

        Assert.Equal(status, position.Status);
        Assert.Equal(publishedAt, position.PublishedAt);
    }

    [Fact]
    public void PutOnHold_Open_PausesThePosition()
    {
        var position = PositionIn(PositionStatus.Open);

        position.PutOnHold(TestClock.Later);

        Assert.Equal(PositionStatus.OnHold, position.Status);
    }

    [Theory]
    [InlineData(PositionStatus.Draft)]
    [InlineData(PositionStatus.OnHold)]
    [InlineData(PositionStatus.Closed)]
    [InlineData(PositionStatus.Filled)]
    public void PutOnHold_NotOpen_Throws(PositionStatus status)
    {
        var position = PositionIn(status);

        Assert.Throws<DomainRuleException>(() => position.PutOnHold(TestClock.Later));

        Assert.Equal(status, position.Status);
    }

    [Theory]
    [InlineData(PositionStatus.Draft)]
    [InlineData(PositionStatus.Open)]
    [InlineData(PositionStatus.OnHold)]
    public void Close_DraftOpenOrOnHold_Closes(PositionStatus status)
    {
        var position = PositionIn(status);

        position.Close(TestClock.Later);

        Assert.Equal(PositionStatus.Closed, position.Status);
        Assert.Equal(TestClock.Later, position.UpdatedAt);
    }

    [Theory]
    [InlineData(PositionStatus.Closed)]
    [InlineData(PositionStatus.Filled)]
    public void Close_ClosedOrFilled_Throws(PositionStatus status)
    {
        var position = PositionIn(status);

        Assert.Throws<DomainRuleException>(() => position.Close(TestClock.Later));

        Assert.Equal(status, position.Status);
    }

    [Theory]
    [InlineData(PositionStatus.Draft)]
    [InlineData(PositionStatus.Open)]
    [InlineData(PositionStatus.OnHold)]
    public void MarkFilled_DraftOpenOrOnHold_Fills(PositionStatus status)
    {
        var position = PositionIn(status);

        position.MarkFilled(TestClock.Later);

        Assert.Equal(PositionStatus.Filled, position.Status);
        Assert.Equal(TestClock.Later, position.UpdatedAt);
    }

    [Theory]
    [InlineData(PositionStatus.Closed)]
    [InlineData(PositionStatus.Filled)]
    public void MarkFilled_ClosedOrFilled_Throws(PositionStatus status)
    {
        var position = PositionIn(status);

        Assert.Throws<DomainRuleException>(() => position.MarkFilled(TestClock.Later));

        Assert.Equal(status, position.Status);
    }

    // ----- SetRequirements -----

    [Fact]
    public void SetRequirements_DistinctCodes_ReplacesAllRequirements()
    {
        var position = NewPosition();
        position.SetRequirements([Req("pmp"), Req("epic")], TestClock.Now);

        position.SetRequirements([Req("safe"), Req("jira", Importance.Nice)], TestClock.Later);

        Assert.Equal(["safe", "jira"], position.Requirements.Select(r => r.TaxonomyCode));
        Assert.Equal(TestClock.Later, position.UpdatedAt);
    }

    [Fact]
    public void SetRequirements_Empty_ClearsRequirements()
    {
        var position = NewPosition();
        position.SetRequirements([Req("pmp")], TestClock.Now);

        position.SetRequirements([], TestClock.Later);

        Assert.Empty(position.Requirements);
    }

    [Fact]
    public void SetRequirements_DuplicateCode_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.SetRequirements([Req("pmp"), Req("epic"), Req("pmp", Importance.Nice)], TestClock.Later));

        Assert.Equal("requirements", ex.Field);
        Assert.Contains("pmp", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetRequirements_DuplicateCodeDifferingInCaseAndSpaces_Throws()
    {
        var position = NewPosition();

        Assert.Throws<DomainRuleException>(() => position.SetRequirements([Req("PMP"), Req(" pmp ")], TestClock.Later));
    }

    [Fact]
    public void SetRequirements_Rejected_KeepsPreviousRequirements()
    {
        var position = NewPosition();
        position.SetRequirements([Req("pmp")], TestClock.Now);

        Assert.Throws<DomainRuleException>(() => position.SetRequirements([Req("epic"), Req("epic")], TestClock.Later));

        Assert.Equal("pmp", Assert.Single(position.Requirements).TaxonomyCode);
        Assert.Equal(TestClock.Now, position.UpdatedAt);
    }

    [Fact]
    public void SetRequirements_ExactlyMaximum_IsAccepted()
    {
        var position = NewPosition();

        position.SetRequirements(ManyRequirements(Position.MaxRequirements), TestClock.Later);

        Assert.Equal(60, position.Requirements.Count);
    }

    [Fact]
    public void SetRequirements_MoreThan60_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.SetRequirements(ManyRequirements(61), TestClock.Later));

        Assert.Equal("requirements", ex.Field);
        Assert.Empty(position.Requirements);
    }

    // ----- SetTerms -----

    [Fact]
    public void SetTerms_ValidOnSite_SetsEveryTerm()
    {
        var position = NewPosition();
        var pay = new Compensation(90, 120, CompensationUnit.Hourly);
        var start = new DateOnly(2025, 5, 1);

        position.SetTerms(Boston, 50, WorkplaceMode.OnSite, EngagementTypes.Contract | EngagementTypes.ContractToHire, pay, true, start, TestClock.Later);

        Assert.Equal(Boston, position.Location);
        Assert.Equal(50, position.RadiusKm);
        Assert.Equal(WorkplaceMode.OnSite, position.Workplace);
        Assert.Equal(EngagementTypes.Contract | EngagementTypes.ContractToHire, position.Engagement);
        Assert.Equal(pay, position.Compensation);
        Assert.True(position.RequiresWorkAuthorization);
        Assert.Equal(start, position.StartDate);
        Assert.Equal(TestClock.Later, position.UpdatedAt);
    }

    [Theory]
    [InlineData(WorkplaceMode.OnSite)]
    [InlineData(WorkplaceMode.Hybrid)]
    public void SetTerms_OnSiteOrHybridWithoutLocation_Throws(WorkplaceMode workplace)
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(null, null, workplace, EngagementTypes.Contract, null, false, null, TestClock.Later));

        Assert.Equal("location", ex.Field);
    }

    [Fact]
    public void SetTerms_RemoteWithoutLocation_IsAccepted()
    {
        var position = NewPosition();

        position.SetTerms(null, null, WorkplaceMode.Remote, EngagementTypes.Permanent, null, false, null, TestClock.Later);

        Assert.Equal(WorkplaceMode.Remote, position.Workplace);
        Assert.Null(position.Location);
    }

    [Fact]
    public void SetTerms_EngagementNone_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(Boston, null, WorkplaceMode.OnSite, EngagementTypes.None, null, false, null, TestClock.Later));

        Assert.Equal("engagement", ex.Field);
        Assert.Equal(EngagementTypes.Contract, position.Engagement);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(15)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void SetTerms_UnknownEngagementBits_Throws(int engagement)
    {
        // -1 and int.MinValue expose a bug: the check only rejects values above 7.
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(Boston, null, WorkplaceMode.OnSite, (EngagementTypes)engagement, null, false, null, TestClock.Later));

        Assert.Equal("engagement", ex.Field);
    }

    [Theory]
    [InlineData(EngagementTypes.Contract)]
    [InlineData(EngagementTypes.ContractToHire)]
    [InlineData(EngagementTypes.Permanent)]
    [InlineData(EngagementTypes.Contract | EngagementTypes.ContractToHire | EngagementTypes.Permanent)]
    public void SetTerms_KnownEngagementCombination_IsAccepted(EngagementTypes engagement)
    {
        var position = NewPosition();

        position.SetTerms(Boston, null, WorkplaceMode.Hybrid, engagement, null, false, null, TestClock.Later);

        Assert.Equal(engagement, position.Engagement);
    }

    [Fact]
    public void SetTerms_UnknownWorkplace_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(Boston, null, (WorkplaceMode)9, EngagementTypes.Contract, null, false, null, TestClock.Later));

        Assert.Equal("workplace", ex.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(20_001)]
    public void SetTerms_RadiusOutOfRange_Throws(int radiusKm)
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(Boston, radiusKm, WorkplaceMode.OnSite, EngagementTypes.Contract, null, false, null, TestClock.Later));

        Assert.Equal("radiusKm", ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20_000)]
    public void SetTerms_RadiusAtBounds_IsAccepted(int radiusKm)
    {
        var position = NewPosition();

        position.SetTerms(Boston, radiusKm, WorkplaceMode.OnSite, EngagementTypes.Contract, null, false, null, TestClock.Later);

        Assert.Equal(radiusKm, position.RadiusKm);
    }

    [Fact]
    public void SetTerms_LocationOffTheGlobe_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(new Place("X", null, null, 91, 0), null, WorkplaceMode.OnSite, EngagementTypes.Contract, null, false, null, TestClock.Later));

        Assert.Equal("location", ex.Field);
    }

    [Fact]
    public void SetTerms_InvalidCompensation_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(Boston, null, WorkplaceMode.OnSite, EngagementTypes.Contract, new Compensation(150, 100, CompensationUnit.Hourly), false, null, TestClock.Later));

        Assert.Equal("compensation", ex.Field);
    }

    [Fact]
    public void SetTerms_InvalidCompensation_LeavesTermsUnchanged()
    {
        // Exposes a bug: SetTerms assigns location, radius, workplace and engagement before validating the compensation.
        var position = NewPosition();
        position.SetTerms(null, null, WorkplaceMode.Remote, EngagementTypes.Permanent, null, false, null, TestClock.Now);

        Assert.Throws<DomainRuleException>(() =>
            position.SetTerms(Boston, 25, WorkplaceMode.OnSite, EngagementTypes.Contract, new Compensation(-1, null, CompensationUnit.Hourly), false, null, TestClock.Later));

        Assert.Equal(WorkplaceMode.Remote, position.Workplace);
        Assert.Equal(EngagementTypes.Permanent, position.Engagement);
        Assert.Null(position.Location);
        Assert.Null(position.RadiusKm);
    }

    // ----- SetPlan -----

    [Fact]
    public void SetPlan_ValidPlan_SetsDatesAndBudgets()
    {
        var position = NewPosition();

        position.SetPlan(ShortlistDate, FillDate, 40_000m, 120, TestClock.Later);

        Assert.Equal(ShortlistDate, position.TargetShortlistDate);
        Assert.Equal(FillDate, position.TargetFillDate);
        Assert.Equal(40_000m, position.FeeBudget);
        Assert.Equal(120, position.EffortHoursBudget);
        Assert.Equal(TestClock.Later, position.UpdatedAt);
    }

    [Fact]
    public void SetPlan_FillDateBeforeShortlistDate_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.SetPlan(FillDate, ShortlistDate, null, null, TestClock.Later));

        Assert.Equal("targetFillDate", ex.Field);
        Assert.Null(position.TargetShortlistDate);
        Assert.Null(position.TargetFillDate);
    }

    [Fact]
    public void SetPlan_FillDateOnShortlistDate_IsAccepted()
    {
        var position = NewPosition();

        position.SetPlan(ShortlistDate, ShortlistDate, null, null, TestClock.Later);

        Assert.Equal(ShortlistDate, position.TargetFillDate);
    }

    [Fact]
    public void SetPlan_OnlyOneDateOrNone_IsAccepted()
    {
        var position = NewPosition();

        position.SetPlan(null, FillDate, null, null, TestClock.Later);
        position.SetPlan(ShortlistDate, null, null, null, TestClock.Later);

        Assert.Equal(ShortlistDate, position.TargetShortlistDate);
        Assert.Null(position.TargetFillDate);
    }

    [Fact]
    public void SetPlan_NegativeFeeBudget_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.SetPlan(null, null, -0.01m, null, TestClock.Later));

        Assert.Equal("feeBudget", ex.Field);
    }

    [Fact]
    public void SetPlan_NegativeEffortBudget_Throws()
    {
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.SetPlan(null, null, null, -1, TestClock.Later));

        Assert.Equal("effortHoursBudget", ex.Field);
    }

    [Fact]
    public void SetPlan_ZeroBudgets_AreAccepted()
    {
        var position = NewPosition();

        position.SetPlan(null, null, 0m, 0, TestClock.Later);

        Assert.Equal(0m, position.FeeBudget);
        Assert.Equal(0, position.EffortHoursBudget);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SetPlan_NonFiniteEffortBudget_Throws(double effortHoursBudget)
    {
        // Exposes a bug: Guard.NotNegative lets NaN and infinity through, and SetPlan relies on it alone.
        var position = NewPosition();

        var ex = Assert.Throws<DomainRuleException>(() => position.SetPlan(null, null, null, effortHoursBudget, TestClock.Later));

        Assert.Equal("effortHoursBudget", ex.Field);
    }

    [Fact]
    public void SetPlan_NegativeBudget_LeavesPlanUnchanged()
    {
        // Exposes a bug: SetPlan assigns the target dates before validating the budgets.
        var position = NewPosition();

        Assert.Throws<DomainRuleException>(() => position.SetPlan(ShortlistDate, FillDate, -5m, null, TestClock.Later));

        Assert.Null(position.TargetShortlistDate);
        Assert.Null(position.TargetFillDate);
    }
}
