using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Candidates;

public class CareerConversationTests
{
    private static readonly Guid CandidateId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000c1");
    private static readonly Guid RecruiterId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000f1");

    private static CareerConversation Ask(params string[] topics)
        => new(CandidateId, topics.Length == 0 ? ["Next role"] : topics, "Weekday mornings", "About Epic roles", TestClock.Now);

    [Fact]
    public void Constructor_KnownTopics_StartsRequestedWithTrimmedDistinctTopics()
    {
        var c = new CareerConversation(CandidateId, [" Next role ", "Next role", "Certifications", ""], " Weekday mornings ", "  ", TestClock.Now);

        Assert.Equal(ConversationStatus.Requested, c.Status);
        Assert.Equal(["Next role", "Certifications"], c.Topics);
        Assert.Equal("Weekday mornings", c.PreferredTimes);
        Assert.Null(c.Note);
        Assert.Equal(TestClock.Now, c.CreatedAt);
        Assert.Null(c.ProposedStart);
    }

    [Fact]
    public void Constructor_UnknownTopic_IsRefused()
    {
        var e = Assert.Throws<DomainRuleException>(() => Ask("Astrology"));
        Assert.Equal("topics", e.Field);
    }

    [Fact]
    public void Constructor_NoTopic_IsRefused()
        => Assert.Throws<DomainRuleException>(() => new CareerConversation(CandidateId, [], "Mornings", null, TestClock.Now));

    [Fact]
    public void Constructor_NoPreferredTimes_IsRefused()
        => Assert.Throws<DomainRuleException>(() => new CareerConversation(CandidateId, ["Next role"], " ", null, TestClock.Now));

    [Fact]
    public void Propose_FutureSlot_RecordsTheProposal()
    {
        var c = Ask();
        var start = TestClock.MuchLater;

        c.Propose(RecruiterId, start, 45, " https://meet.example/abc ", "Looking forward", TestClock.Later);

        Assert.Equal(ConversationStatus.Proposed, c.Status);
        Assert.Equal(start, c.ProposedStart);
        Assert.Equal(45, c.DurationMinutes);
        Assert.Equal("https://meet.example/abc", c.Location);
        Assert.Equal("Looking forward", c.RecruiterMessage);
        Assert.Equal(RecruiterId, c.RecruiterId);
        Assert.Equal(TestClock.Later, c.AnsweredAt);
    }

    [Fact]
    public void Propose_Again_ReplacesTheEarlierProposal()
    {
        var c = Ask();
        c.Propose(RecruiterId, TestClock.MuchLater, 30, "Phone", null, TestClock.Later);

        c.Propose(RecruiterId, TestClock.MuchLater.AddDays(1), 60, null, "New time", TestClock.Later.AddMinutes(5));

        Assert.Equal(TestClock.MuchLater.AddDays(1), c.ProposedStart);
        Assert.Equal(60, c.DurationMinutes);
        Assert.Null(c.Location);
        Assert.Equal("New time", c.RecruiterMessage);
    }

    [Fact]
    public void Propose_PastOrNow_IsRefused()
    {
        var c = Ask();
        Assert.Throws<DomainRuleException>(() => c.Propose(RecruiterId, TestClock.Later, 30, null, null, TestClock.Later));
        Assert.Throws<DomainRuleException>(() => c.Propose(RecruiterId, TestClock.Now, 30, null, null, TestClock.Later));
        Assert.Equal(ConversationStatus.Requested, c.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(241)]
    public void Propose_DurationOutOfRange_IsRefused(int minutes)
    {
        var c = Ask();
        var e = Assert.Throws<DomainRuleException>(() => c.Propose(RecruiterId, TestClock.MuchLater, minutes, null, null, TestClock.Later));
        Assert.Equal("durationMinutes", e.Field);
    }

    [Fact]
    public void Cancel_IsFinalAndIdempotent()
    {
        var c = Ask();
        c.Cancel(TestClock.Later);
        c.Cancel(TestClock.MuchLater);

        Assert.Equal(ConversationStatus.Cancelled, c.Status);
        Assert.Equal(TestClock.Later, c.UpdatedAt);
        Assert.Throws<DomainRuleException>(() => c.Propose(RecruiterId, TestClock.MuchLater, 30, null, null, TestClock.Later));
    }
}
