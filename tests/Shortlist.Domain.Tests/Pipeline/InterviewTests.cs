using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Domain.Tests.Pipeline;

public class InterviewTests
{
    private static Interview Scheduled()
        => Applications.At(Stage.ClientReview).ScheduleInterview(TestClock.Later.AddDays(2), 60, "Video call", TestClock.Later);

    [Fact]
    public void Complete_Scheduled_RecordsTrimmedFeedbackAndCompletes()
    {
        var interview = Scheduled();

        interview.Complete("  Strong on stakeholder management.  ", TestClock.MuchLater);

        Assert.Equal(InterviewStatus.Completed, interview.Status);
        Assert.Equal("Strong on stakeholder management.", interview.Feedback);
        Assert.Equal(TestClock.MuchLater, interview.UpdatedAt);
        Assert.Equal(TestClock.Later, interview.CreatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Complete_BlankFeedback_ThrowsAndStaysScheduled(string feedback)
    {
        var interview = Scheduled();

        var ex = Assert.Throws<DomainRuleException>(() => interview.Complete(feedback, TestClock.MuchLater));

        Assert.Equal("feedback", ex.Field);
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Null(interview.Feedback);
    }

    [Fact]
    public void Complete_FeedbackOver5000Characters_Throws()
    {
        var interview = Scheduled();

        var ex = Assert.Throws<DomainRuleException>(() => interview.Complete(new string('f', 5_001), TestClock.MuchLater));

        Assert.Equal("feedback", ex.Field);
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
    }

    [Fact]
    public void Complete_AlreadyCompleted_ThrowsAndKeepsFirstFeedback()
    {
        var interview = Scheduled();
        interview.Complete("first", TestClock.MuchLater);

        Assert.Throws<DomainRuleException>(() => interview.Complete("second", TestClock.MuchLater.AddHours(1)));

        Assert.Equal("first", interview.Feedback);
        Assert.Equal(InterviewStatus.Completed, interview.Status);
    }

    [Fact]
    public void Complete_Cancelled_Throws()
    {
        var interview = Scheduled();
        interview.Cancel(TestClock.MuchLater);

        Assert.Throws<DomainRuleException>(() => interview.Complete("feedback", TestClock.MuchLater.AddHours(1)));

        Assert.Equal(InterviewStatus.Cancelled, interview.Status);
        Assert.Null(interview.Feedback);
    }

    [Fact]
    public void Cancel_Scheduled_Cancels()
    {
        var interview = Scheduled();

        interview.Cancel(TestClock.MuchLater);

        Assert.Equal(InterviewStatus.Cancelled, interview.Status);
        Assert.Equal(TestClock.MuchLater, interview.UpdatedAt);
    }

    [Fact]
    public void Cancel_Completed_Throws()
    {
        var interview = Scheduled();
        interview.Complete("done", TestClock.MuchLater);

        Assert.Throws<DomainRuleException>(() => interview.Cancel(TestClock.MuchLater.AddHours(1)));

        Assert.Equal(InterviewStatus.Completed, interview.Status);
    }

    [Fact]
    public void Cancel_AlreadyCancelled_Throws()
    {
        var interview = Scheduled();
        interview.Cancel(TestClock.MuchLater);

        Assert.Throws<DomainRuleException>(() => interview.Cancel(TestClock.MuchLater.AddHours(1)));

        Assert.Equal(TestClock.MuchLater, interview.UpdatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ScheduleInterview_BlankLocation_StoresNull(string? location)
    {
        var interview = Applications.At(Stage.Interview).ScheduleInterview(TestClock.Later.AddDays(1), 60, location, TestClock.Later);

        Assert.Null(interview.Location);
    }
}
