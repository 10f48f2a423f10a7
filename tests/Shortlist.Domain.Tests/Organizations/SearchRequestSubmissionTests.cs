using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;

namespace Shortlist.Domain.Tests.Organizations;

public class SearchRequestSubmissionTests
{
    private static readonly Guid OrganizationId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000b1");
    private static readonly Guid PositionId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000b2");
    private static readonly string Hash = new('A', 64);
    private static readonly Requester Rita = new(" Rita ", "rita@harbor.test", "Harbor Clinics");

    private static SearchRequest NewRequest(Guid? organizationId = null, ProjectContext? project = null, DateOnly? start = null, DateOnly? fill = null)
        => new(organizationId, null, "Clinical PM", "healthcare", project ?? new("Go-live", 100, 5, "Agile", []), [], [], null,
            WorkplaceMode.Remote, EngagementTypes.Contract, null, start, fill, TestClock.Now);

    private static SearchRequest Public()
    {
        var r = NewRequest();
        r.AwaitVerification(Rita, Hash, TestClock.Now.AddHours(24), TestClock.Now);
        return r;
    }

    [Fact]
    public void Specify_SetsCodesNormalizedAndDropsNiceDuplicatesOfMusts()
    {
        var r = NewRequest(OrganizationId);
        r.Specify("IT-Project-Manager", ["PMP", "epic"], ["epic", "hipaa"], 5, TestClock.Today.AddDays(7), true, TestClock.Now);
        Assert.Equal("it-project-manager", r.RoleFamily);
        Assert.Equal(["pmp", "epic"], r.MustHaveCodes);
        Assert.Equal(["hipaa"], r.NiceToHaveCodes);
        Assert.True(r.Confidential);
        Assert.Equal(5, r.MinimumYears);
    }

    [Fact]
    public void Specify_HireBeforeShortlist_Throws()
    {
        var r = NewRequest(fill: TestClock.Today.AddDays(3));
        var ex = Assert.Throws<DomainRuleException>(() => r.Specify(null, [], [], null, TestClock.Today.AddDays(10), false, TestClock.Now));
        Assert.Equal("targetFillDate", ex.Field);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("shortlist")]
    [InlineData("fill")]
    public void Specify_DateInThePast_Throws(string which)
    {
        var past = TestClock.Today.AddDays(-1);
        var r = NewRequest(start: which == "start" ? past : null, fill: which == "fill" ? past : null);
        var ex = Assert.Throws<DomainRuleException>(() => r.Specify(null, [], [], null, which == "shortlist" ? past : null, false, TestClock.Now));
        Assert.Equal(which switch { "start" => "startDate", "shortlist" => "targetShortlistDate", _ => "targetFillDate" }, ex.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    [InlineData(double.NaN)]
    public void Specify_MinimumYearsOutOfRange_Throws(double years)
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest().Specify(null, [], [], years, null, false, TestClock.Now));
        Assert.Equal("minimumYears", ex.Field);
    }

    [Fact]
    public void Specify_BadCode_ThrowsOnTheList()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest().Specify(null, ["not a code!"], [], null, null, false, TestClock.Now));
        Assert.Equal("mustHaveCodes", ex.Field);
    }

    [Fact]
    public void Constructor_NegativeBudget_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest(project: new(null, -1, null, null, [])));
        Assert.Equal("project.budget", ex.Field);
    }

    [Fact]
    public void AttachJobDescription_UnknownImportance_Throws()
    {
        var r = NewRequest();
        var bad = new Requirement("pmp", "PMP", Importance.Must) with { Importance = (Importance)7 };
        Assert.Throws<DomainRuleException>(() => r.AttachJobDescription(Guid.NewGuid(), [bad], TestClock.Now));
        Assert.Null(r.JobDescriptionFileId);
    }

    [Fact]
    public void Verify_WithTheRightHashBeforeExpiry_VerifiesOnce()
    {
        var r = Public();
        Assert.False(r.IsVerified);
        Assert.Equal("Rita", r.Requester!.Name);
        r.Verify(Hash.ToLowerInvariant(), TestClock.Later);
        Assert.Equal(TestClock.Later, r.VerifiedAt);
        Assert.Null(r.VerificationTokenHash);
        Assert.Throws<DomainRuleException>(() => r.Verify(Hash, TestClock.Later));
    }

    [Fact]
    public void Verify_Expired_OrWrongHash_Throws()
    {
        var r = Public();
        Assert.Throws<DomainRuleException>(() => r.Verify(new string('B', 64), TestClock.Later));
        Assert.Throws<DomainRuleException>(() => r.Verify(Hash, TestClock.Now.AddHours(25)));
        Assert.False(r.IsVerified);
    }

    [Fact]
    public void AwaitVerification_BadEmail_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewRequest().AwaitVerification(Rita with { Email = "nope" }, Hash, TestClock.Later, TestClock.Now));
        Assert.Equal("requester.email", ex.Field);
    }

    [Fact]
    public void MarkVerified_APublicRequest_Throws()
    {
        Assert.Throws<DomainRuleException>(() => Public().MarkVerified(TestClock.Later));
    }

    [Fact]
    public void Unverified_CannotBeReviewedQualifiedOrDeclined()
    {
        var r = Public();
        Assert.Throws<DomainRuleException>(() => r.StartReview(TestClock.Later));
        Assert.Throws<DomainRuleException>(() => r.Qualify(PositionId, OrganizationId, TestClock.Later));
        Assert.Throws<DomainRuleException>(() => r.Decline("no", TestClock.Later));
        Assert.Equal(SearchRequestStatus.Submitted, r.Status);
    }

    [Fact]
    public void Qualify_APublicRequest_GivesItTheOrganization()
    {
        var r = Public();
        r.Verify(Hash, TestClock.Later);
        Assert.Throws<DomainRuleException>(() => r.Qualify(PositionId, TestClock.Later)); // no organization yet
        r.Qualify(PositionId, OrganizationId, TestClock.Later);
        Assert.Equal(OrganizationId, r.OrganizationId);
        Assert.Equal(SearchRequestStatus.Qualified, r.Status);
    }

    [Fact]
    public void Qualify_IntoAnotherOrganization_Throws()
    {
        var r = NewRequest(OrganizationId);
        r.MarkVerified(TestClock.Now);
        var ex = Assert.Throws<DomainRuleException>(() => r.Qualify(PositionId, Guid.NewGuid(), TestClock.Later));
        Assert.Equal("organizationId", ex.Field);
    }

    [Fact]
    public void Decline_KeepsTheReasonTrimmed()
    {
        var r = NewRequest(OrganizationId);
        r.MarkVerified(TestClock.Now);
        r.Decline("  Not our field.  ", TestClock.Later);
        Assert.Equal("Not our field.", r.DeclineReason);
        Assert.Equal(SearchRequestStatus.Declined, r.Status);
    }
}
