using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;

namespace Shortlist.Domain.Tests.Pipeline;

public class OfferTests
{
    [Theory]
    [InlineData(Stage.ClientReview)]
    [InlineData(Stage.Interview)]
    public void An_offer_moves_the_application_to_offer_and_keeps_its_terms(Stage from)
    {
        var application = Applications.At(from);
        application.MakeOffer(120_000m, "Start in April", TestClock.Later);
        Assert.Equal(Stage.Offer, application.Stage);
        Assert.Equal(120_000m, application.OfferAmount);
        Assert.Equal("Start in April", application.OfferTerms);
        Assert.Equal("Start in April", application.History[^1].Note);
    }

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Submitted)]
    [InlineData(Stage.Offer)]
    [InlineData(Stage.Placed)]
    [InlineData(Stage.Closed)]
    public void An_offer_is_refused_outside_client_review_and_interview(Stage from)
    {
        var application = Applications.At(from);
        Assert.Throws<DomainRuleException>(() => application.MakeOffer(1m, null, TestClock.Later));
        Assert.Equal(from, application.Stage);
        Assert.Null(application.OfferAmount);
    }

    [Fact]
    public void A_negative_offer_is_refused_and_changes_nothing()
    {
        var application = Applications.At(Stage.Interview);
        Assert.Throws<DomainRuleException>(() => application.MakeOffer(-1m, null, TestClock.Later));
        Assert.Equal(Stage.Interview, application.Stage);
    }

    [Fact]
    public void A_position_closes_with_its_reason_and_unpublishes_back_to_draft()
    {
        var position = new Position(Guid.NewGuid(), "PM", "Lead.", "healthcare", TestClock.Now);
        Assert.Throws<DomainRuleException>(() => position.Unpublish(TestClock.Later));
        position.Publish(TestClock.Later);
        position.Unpublish(TestClock.Later);
        Assert.Equal(PositionStatus.Draft, position.Status);
        position.Close(TestClock.Later, "Client cancelled");
        Assert.Equal(PositionStatus.Closed, position.Status);
        Assert.Equal("Client cancelled", position.ClosedReason);
    }
}
