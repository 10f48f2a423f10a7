using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;

namespace Shortlist.Domain.Tests.Organizations;

public class SearchRequestTests
{
    private static readonly Guid OrganizationId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000a1");
    private static readonly Guid ContactId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000a2");
    private static readonly Guid PositionId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000a3");
    private static readonly ProjectContext Project = new("Epic go-live", 2_000_000m, 12, "Agile", ["HIPAA"]);

    private static SearchRequest NewRequest(
        string role = "EHR implementation project manager",
        ProjectContext? project = null,
        IReadOnlyList<string>? mustHaves = null,
        Place? location = null,
        EngagementTypes engagement = EngagementTypes.Contract,
        Compensation? compensation = null,
        DateOnly? startDate = null,
        DateOnly? targetFillDate = null)
        => new(OrganizationId, ContactId, role, "Healthcare", project ?? Project, mustHaves ?? ["Epic", "PMP"], ["SAFe"],
            location, WorkplaceMode.Hybrid, engagement, compensation, startDate, targetFillDate, TestClock.Now);

    private static SearchRequest RequestIn(SearchRequestStatus status)
    {
        var request = NewRequest();
        request.MarkVerified(TestClock.Now);
        switch (status)
        {
            case SearchRequestStatus.Submitted:
                break;
            case SearchRequestStatus.InReview:
                request.StartReview(TestClock.Now.AddMinutes(1));
                break;
            case SearchRequestStatus.Qualified:
                request.Qualify(PositionId, TestClock.Now.AddMinutes(1));
                break;
            case SearchRequestStatus.Declined:
                request.Decline(TestClock.Now.AddMinutes(1));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
        return request;
    }

    // ----- construction -----

    [Fact]
    public void Constructor_ValidInput_StartsSubmittedWithTrimmedText()
    {
        var request = new SearchRequest(OrganizationId, ContactId, "  Program manager ", " Healthcare ", Project, [" Epic "], [" SAFe "],
            new Place("Boston", "MA", "US"), WorkplaceMode.OnSite, EngagementTypes.Permanent, new Compensation(150_000, 180_000, CompensationUnit.Annual),
            new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 1), TestClock.Now);

        Assert.Equal(SearchRequestStatus.Submitted, request.Status);
        Assert.Equal("Program manager", request.Role);
        Assert.Equal("Healthcare", request.Industry);
        Assert.Equal(["Epic"], request.MustHaves);
        Assert.Equal(["SAFe"], request.NiceToHaves);
        Assert.Equal(EngagementTypes.Permanent, request.Engagement);
        Assert.Null(request.PositionId);
        Assert.Equal(OrganizationId, request.OrganizationId);
        Assert.Equal(ContactId, request.ContactId);
        Assert.Equal(TestClock.Now, request.CreatedAt);
    }

    [Fact]
    public void Constructor_EngagementNone_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(engagement: EngagementTypes.None));

        Assert.Equal("engagement", ex.Field);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(-1)]
    public void Constructor_UnknownEngagementBits_Throws(int engagement)
    {
        // Exposes a bug: only EngagementTypes.None is rejected; Position.SetTerms and Preferences reject unknown bits too.
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(engagement: (EngagementTypes)engagement));

        Assert.Equal("engagement", ex.Field);
    }

    [Fact]
    public void Constructor_UnknownWorkplace_Throws()
    {
        // Exposes a bug: the workplace mode is stored unchecked, while Position.SetTerms and Preferences reject unknown modes.
        var ex = Assert.Throws<DomainRuleException>(() => new SearchRequest(OrganizationId, ContactId, "PM", "Healthcare", Project, [], [],
            null, (WorkplaceMode)9, EngagementTypes.Contract, null, null, null, TestClock.Now));

        Assert.Equal("workplace", ex.Field);
    }

    [Fact]
    public void Constructor_FillDateBeforeStart_IsAccepted()
    {
        // A role is usually filled (offer accepted) weeks before the person starts.
        var request = NewRequest(startDate: new DateOnly(2025, 7, 1), targetFillDate: new DateOnly(2025, 6, 1));

        Assert.Equal(new DateOnly(2025, 6, 1), request.TargetFillDate);
        Assert.Equal(new DateOnly(2025, 7, 1), request.StartDate);
    }

    [Fact]
    public void Constructor_StartOnTargetFillDate_IsAccepted()
    {
        var request = NewRequest(startDate: new DateOnly(2025, 6, 1), targetFillDate: new DateOnly(2025, 6, 1));

        Assert.Equal(request.StartDate, request.TargetFillDate);
    }

    [Fact]
    public void Constructor_BlankRole_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(role: " "));

        Assert.Equal("role", ex.Field);
    }

    [Fact]
    public void Constructor_BlankMustHave_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(mustHaves: ["Epic", ""]));

        Assert.Equal("mustHaves", ex.Field);
    }

    [Fact]
    public void Constructor_NegativeProjectBudget_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(project: Project with { Budget = -1m }));

        Assert.Equal("project.budget", ex.Field);
    }

    [Fact]
    public void Constructor_NegativeTeamSize_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(project: Project with { TeamSize = -1 }));

        Assert.Equal("project.teamSize", ex.Field);
    }

    [Fact]
    public void Constructor_InvalidCompensation_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(compensation: new Compensation(10, 20, CompensationUnit.Hourly, "usd")));

        Assert.Equal("compensation", ex.Field);
    }

    [Fact]
    public void Constructor_LocationOffTheGlobe_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(location: new Place(null, null, null, -91, 0)));

        Assert.Equal("location", ex.Field);
    }

    // ----- status rules -----

    [Fact]
    public void StartReview_Submitted_MovesToInReview()
    {
        var request = NewRequest();
        request.MarkVerified(TestClock.Now);

        request.StartReview(TestClock.Later);

        Assert.Equal(SearchRequestStatus.InReview, request.Status);
        Assert.Equal(TestClock.Later, request.UpdatedAt);
    }

    [Theory]
    [InlineData(SearchRequestStatus.InReview)]
    [InlineData(SearchRequestStatus.Qualified)]
    [InlineData(SearchRequestStatus.Declined)]
    public void StartReview_NotSubmitted_Throws(SearchRequestStatus status)
    {
        var request = RequestIn(status);

        Assert.Throws<DomainRuleException>(() => request.StartReview(TestClock.Later));

        Assert.Equal(status, request.Status);
    }

    [Theory]
    [InlineData(SearchRequestStatus.Submitted)]
    [InlineData(SearchRequestStatus.InReview)]
    public void Qualify_SubmittedOrInReview_RecordsPosition(SearchRequestStatus status)
    {
        var request = RequestIn(status);

        request.Qualify(PositionId, TestClock.Later);

        Assert.Equal(SearchRequestStatus.Qualified, request.Status);
        Assert.Equal(PositionId, request.PositionId);
        Assert.Equal(TestClock.Later, request.UpdatedAt);
    }

    [Theory]
    [InlineData(SearchRequestStatus.Qualified)]
    [InlineData(SearchRequestStatus.Declined)]
    public void Qualify_QualifiedOrDeclined_Throws(SearchRequestStatus status)
    {
        var request = RequestIn(status);
        var positionId = request.PositionId;

        Assert.Throws<DomainRuleException>(() => request.Qualify(Guid.Parse("0196a1e0-0000-7000-8000-0000000000ff"), TestClock.Later));

        Assert.Equal(status, request.Status);
        Assert.Equal(positionId, request.PositionId);
    }

    [Theory]
    [InlineData(SearchRequestStatus.Submitted)]
    [InlineData(SearchRequestStatus.InReview)]
    public void Decline_SubmittedOrInReview_Declines(SearchRequestStatus status)
    {
        var request = RequestIn(status);

        request.Decline(TestClock.Later);

        Assert.Equal(SearchRequestStatus.Declined, request.Status);
        Assert.Null(request.PositionId);
    }

    [Fact]
    public void Decline_Qualified_ThrowsAndKeepsPosition()
    {
        var request = RequestIn(SearchRequestStatus.Qualified);

        Assert.Throws<DomainRuleException>(() => request.Decline(TestClock.Later));

        Assert.Equal(SearchRequestStatus.Qualified, request.Status);
        Assert.Equal(PositionId, request.PositionId);
    }

    [Fact]
    public void ProjectContextValidated_NonNegativeFigures_ReturnsSameInstance()
    {
        Assert.Same(Project, Project.Validated());
    }
}
