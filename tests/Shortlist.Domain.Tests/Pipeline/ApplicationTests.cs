using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Domain.Tests.Pipeline;

public class ApplicationTests
{
    public static TheoryData<Stage, Stage, bool> AllPairs => StageTable.AllPairs();

    private static readonly DateTimeOffset InterviewStart = TestClock.Later.AddDays(2);

    // ----- construction -----

    [Fact]
    public void Constructor_AppliedOrigin_StartsInScreening()
    {
        var application = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now);

        Assert.Equal(Stage.Screening, application.Stage);
        Assert.Equal(ApplicationOrigin.Applied, application.Origin);
    }

    [Fact]
    public void Constructor_SourcedOrigin_StartsInSourced()
    {
        var application = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Sourced, TestClock.Now);

        Assert.Equal(Stage.Sourced, application.Stage);
        Assert.Equal(ApplicationOrigin.Sourced, application.Origin);
    }

    [Fact]
    public void Constructor_UnknownOrigin_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Application(Applications.PositionId, Applications.CandidateId, (ApplicationOrigin)7, TestClock.Now));

        Assert.Equal("origin", ex.Field);
    }

    [Fact]
    public void Constructor_NewApplication_HasNoHistorySubmissionOrCloseReason()
    {
        var application = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now);

        Assert.Empty(application.History);
        Assert.Null(application.SubmittedAt);
        Assert.Null(application.CloseReason);
        Assert.Equal(Applications.PositionId, application.PositionId);
        Assert.Equal(Applications.CandidateId, application.CandidateId);
    }

    [Fact]
    public void Constructor_NewApplication_StampsStageChangeCreationAndUpdate()
    {
        var application = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now);

        Assert.Equal(TestClock.Now, application.StageChangedAt);
        Assert.Equal(TestClock.Now, application.CreatedAt);
        Assert.Equal(TestClock.Now, application.UpdatedAt);
    }

    [Fact]
    public void Constructor_CoverNoteWithSpaces_IsTrimmed()
    {
        var application = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now, "  Keen to help.  ");

        Assert.Equal("Keen to help.", application.CoverNote);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankCoverNote_StoresNull(string? coverNote)
    {
        var application = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now, coverNote);

        Assert.Null(application.CoverNote);
    }

    [Fact]
    public void Constructor_CoverNoteOver5000Characters_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now, new string('x', 5_001)));

        Assert.Equal("coverNote", ex.Field);
    }

    // ----- MoveTo: the full table -----

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void MoveTo_EveryPairOfStages_AllowedMovesWorkAndOthersThrow(Stage from, Stage to, bool allowedByTable)
    {
        var application = Applications.At(from);
        var historyBefore = application.History.Count;
        // Placed is reached with Place and Closed with Close, never with MoveTo.
        var allowedByMoveTo = allowedByTable && to is not (Stage.Placed or Stage.Closed);

        if (allowedByMoveTo)
        {
            application.MoveTo(to, TestClock.Later);

            Assert.Equal(to, application.Stage);
            Assert.Equal(historyBefore + 1, application.History.Count);
            Assert.Equal(new StageChange(from, to, TestClock.Later), application.History[^1]);
        }
        else
        {
            var ex = Assert.Throws<DomainRuleException>(() => application.MoveTo(to, TestClock.Later));

            Assert.Equal("stage", ex.Field);
            Assert.Equal(from, application.Stage);
            Assert.Equal(historyBefore, application.History.Count);
        }
    }

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Submitted)]
    [InlineData(Stage.Offer)]
    public void MoveTo_Closed_ThrowsBecauseCloseNeedsAReason(Stage from)
    {
        var application = Applications.At(from);

        var ex = Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage.Closed, TestClock.Later));

        Assert.Contains("reason", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(from, application.Stage);
        Assert.Null(application.CloseReason);
    }

    [Fact]
    public void MoveTo_PlacedFromOffer_ThrowsBecausePlacementGoesThroughPlace()
    {
        var application = Applications.At(Stage.Offer);

        var ex = Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage.Placed, TestClock.Later));

        Assert.Equal("stage", ex.Field);
        Assert.Equal(Stage.Offer, application.Stage);
    }

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Screening)]
    public void MoveTo_Submitted_SetsSubmittedAt(Stage from)
    {
        var application = Applications.At(from);

        application.MoveTo(Stage.Submitted, TestClock.Later);

        Assert.Equal(TestClock.Later, application.SubmittedAt);
    }

    [Fact]
    public void MoveTo_Screening_LeavesSubmittedAtUnset()
    {
        var application = Applications.At(Stage.Sourced);

        application.MoveTo(Stage.Screening, TestClock.Later);

        Assert.Null(application.SubmittedAt);
    }

    [Fact]
    public void MoveTo_StagesAfterSubmission_KeepOriginalSubmittedAt()
    {
        var application = Applications.At(Stage.Screening);
        application.MoveTo(Stage.Submitted, TestClock.Later);

        application.MoveTo(Stage.ClientReview, TestClock.Later.AddHours(1));
        application.MoveTo(Stage.Offer, TestClock.Later.AddHours(2));

        Assert.Equal(TestClock.Later, application.SubmittedAt);
    }

    [Fact]
    public void MoveTo_SeveralMoves_RecordsEveryMoveInOrder()
    {
        var application = Applications.At(Stage.Sourced);
        var t1 = TestClock.Later;
        var t2 = t1.AddHours(1);
        var t3 = t1.AddHours(2);

        application.MoveTo(Stage.Screening, t1, "phone screen booked");
        application.MoveTo(Stage.Submitted, t2);
        application.MoveTo(Stage.ClientReview, t3);

        Assert.Equal(
            [
                new StageChange(Stage.Sourced, Stage.Screening, t1, null, "phone screen booked"),
                new StageChange(Stage.Screening, Stage.Submitted, t2),
                new StageChange(Stage.Submitted, Stage.ClientReview, t3),
            ],
            application.History);
    }

    [Fact]
    public void MoveTo_AllowedMove_UpdatesStageChangedAtAndUpdatedAt()
    {
        var application = Applications.At(Stage.Sourced);

        application.MoveTo(Stage.Screening, TestClock.Later);

        Assert.Equal(TestClock.Later, application.StageChangedAt);
        Assert.Equal(TestClock.Later, application.UpdatedAt);
        Assert.Equal(TestClock.Now, application.CreatedAt);
    }

    [Fact]
    public void MoveTo_DisallowedMove_LeavesTimestampsUnchanged()
    {
        var application = Applications.At(Stage.Sourced);
        var stageChangedAt = application.StageChangedAt;
        var updatedAt = application.UpdatedAt;

        Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage.Offer, TestClock.Later));

        Assert.Equal(stageChangedAt, application.StageChangedAt);
        Assert.Equal(updatedAt, application.UpdatedAt);
    }

    [Fact]
    public void MoveTo_NoteWithSpaces_RecordsTrimmedNote()
    {
        var application = Applications.At(Stage.Sourced);

        application.MoveTo(Stage.Screening, TestClock.Later, "  strong profile  ");

        Assert.Equal("strong profile", application.History[^1].Note);
    }

    [Fact]
    public void MoveTo_NoteOver2000Characters_ThrowsAndDoesNotMove()
    {
        var application = Applications.At(Stage.Sourced);

        var ex = Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage.Screening, TestClock.Later, new string('n', 2_001)));

        Assert.Equal("note", ex.Field);
        Assert.Equal(Stage.Sourced, application.Stage);
        Assert.Empty(application.History);
    }

    // ----- Close -----

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Screening)]
    [InlineData(Stage.Submitted)]
    [InlineData(Stage.ClientReview)]
    [InlineData(Stage.Interview)]
    [InlineData(Stage.Offer)]
    public void Close_OpenStageWithReason_ClosesAndRecordsReason(Stage from)
    {
        var application = Applications.At(from);

        application.Close(CloseReason.Withdrawn, TestClock.Later, "took another offer");

        Assert.Equal(Stage.Closed, application.Stage);
        Assert.Equal(CloseReason.Withdrawn, application.CloseReason);
        Assert.Equal(new StageChange(from, Stage.Closed, TestClock.Later, CloseReason.Withdrawn, "took another offer"), application.History[^1]);
        Assert.Equal(TestClock.Later, application.StageChangedAt);
    }

    [Fact]
    public void Close_NullReason_Throws()
    {
        var application = Applications.At(Stage.Screening);

        var ex = Assert.Throws<DomainRuleException>(() => application.Close(null, TestClock.Later));

        Assert.Equal("reason", ex.Field);
        Assert.Equal(Stage.Screening, application.Stage);
        Assert.Null(application.CloseReason);
    }

    [Fact]
    public void Close_UnknownReason_Throws()
    {
        var application = Applications.At(Stage.Screening);

        var ex = Assert.Throws<DomainRuleException>(() => application.Close((CloseReason)42, TestClock.Later));

        Assert.Equal("reason", ex.Field);
        Assert.Equal(Stage.Screening, application.Stage);
    }

    [Theory]
    [InlineData(Stage.Placed)]
    [InlineData(Stage.Closed)]
    public void Close_FinalStage_Throws(Stage from)
    {
        var application = Applications.At(from);
        var history = application.History.Count;

        var ex = Assert.Throws<DomainRuleException>(() => application.Close(CloseReason.PositionClosed, TestClock.Later));

        Assert.Equal("stage", ex.Field);
        Assert.Equal(from, application.Stage);
        Assert.Equal(history, application.History.Count);
    }

    [Fact]
    public void Close_AlreadyClosed_KeepsOriginalReason()
    {
        var application = Applications.At(Stage.Closed);

        Assert.Throws<DomainRuleException>(() => application.Close(CloseReason.Withdrawn, TestClock.Later));

        Assert.Equal(CloseReason.Rejected, application.CloseReason);
    }

    [Fact]
    public void Close_NoteOver2000Characters_LeavesApplicationOpenWithoutReason()
    {
        // Exposes a bug: Close assigns CloseReason before Record validates the note.
        var application = Applications.At(Stage.Screening);

        Assert.Throws<DomainRuleException>(() => application.Close(CloseReason.Rejected, TestClock.Later, new string('n', 2_001)));

        Assert.Equal(Stage.Screening, application.Stage);
        Assert.Null(application.CloseReason);
    }

    // ----- Place -----

    [Fact]
    public void Place_FromOffer_MovesToPlacedAndRecordsHistory()
    {
        var application = Applications.At(Stage.Offer);

        application.Place(new DateOnly(2025, 4, 1), EngagementTypes.Contract, 120m, TestClock.Later);

        Assert.Equal(Stage.Placed, application.Stage);
        Assert.Equal(new StageChange(Stage.Offer, Stage.Placed, TestClock.Later), application.History[^1]);
        Assert.Equal(TestClock.Later, application.StageChangedAt);
    }

    [Fact]
    public void Place_FromOffer_ReturnsPlacementForThisApplication()
    {
        var application = Applications.At(Stage.Offer);

        var placement = application.Place(new DateOnly(2025, 4, 1), EngagementTypes.Permanent, 25_000m, TestClock.Later);

        Assert.Equal(application.Id, placement.ApplicationId);
        Assert.Equal(Applications.PositionId, placement.PositionId);
        Assert.Equal(Applications.CandidateId, placement.CandidateId);
        Assert.Equal(new DateOnly(2025, 4, 1), placement.StartDate);
        Assert.Equal(EngagementTypes.Permanent, placement.Engagement);
        Assert.Equal(25_000m, placement.FeeOrRate);
        Assert.Equal(TestClock.Later, placement.CreatedAt);
    }

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Screening)]
    [InlineData(Stage.Submitted)]
    [InlineData(Stage.ClientReview)]
    [InlineData(Stage.Interview)]
    [InlineData(Stage.Placed)]
    [InlineData(Stage.Closed)]
    public void Place_FromAnyStageButOffer_Throws(Stage from)
    {
        var application = Applications.At(from);
        var history = application.History.Count;

        var ex = Assert.Throws<DomainRuleException>(() =>
            application.Place(new DateOnly(2025, 4, 1), EngagementTypes.Contract, 100m, TestClock.Later));

        Assert.Equal("stage", ex.Field);
        Assert.Equal(from, application.Stage);
        Assert.Equal(history, application.History.Count);
    }

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Screening)]
    [InlineData(Stage.Submitted)]
    [InlineData(Stage.ClientReview)]
    [InlineData(Stage.Interview)]
    [InlineData(Stage.Offer)]
    [InlineData(Stage.Placed)]
    [InlineData(Stage.Closed)]
    public void MoveTo_FromPlaced_ThrowsForEveryTarget(Stage to)
    {
        var application = Applications.At(Stage.Placed);

        Assert.Throws<DomainRuleException>(() => application.MoveTo(to, TestClock.Later));

        Assert.Equal(Stage.Placed, application.Stage);
    }

    [Theory]
    [InlineData(EngagementTypes.None)]
    [InlineData(EngagementTypes.Contract | EngagementTypes.Permanent)]
    [InlineData((EngagementTypes)8)]
    public void Place_NotExactlyOneEngagementType_Throws(EngagementTypes engagement)
    {
        var application = Applications.At(Stage.Offer);

        var ex = Assert.Throws<DomainRuleException>(() => application.Place(new DateOnly(2025, 4, 1), engagement, 100m, TestClock.Later));

        Assert.Equal("engagement", ex.Field);
    }

    [Fact]
    public void Place_NegativeFee_Throws()
    {
        var application = Applications.At(Stage.Offer);

        var ex = Assert.Throws<DomainRuleException>(() => application.Place(new DateOnly(2025, 4, 1), EngagementTypes.Contract, -1m, TestClock.Later));

        Assert.Equal("feeOrRate", ex.Field);
    }

    [Fact]
    public void Place_InvalidEngagement_LeavesApplicationAtOffer()
    {
        // Exposes a bug: Place records the move to Placed before the Placement constructor validates its input.
        var application = Applications.At(Stage.Offer);
        var history = application.History.Count;

        Assert.Throws<DomainRuleException>(() => application.Place(new DateOnly(2025, 4, 1), EngagementTypes.None, 100m, TestClock.Later));

        Assert.Equal(Stage.Offer, application.Stage);
        Assert.Equal(history, application.History.Count);
    }

    [Fact]
    public void Place_NegativeFee_LeavesApplicationAtOffer()
    {
        // Exposes a bug: Place records the move to Placed before the Placement constructor validates its input.
        var application = Applications.At(Stage.Offer);

        Assert.Throws<DomainRuleException>(() => application.Place(new DateOnly(2025, 4, 1), EngagementTypes.Contract, -1m, TestClock.Later));

        Assert.Equal(Stage.Offer, application.Stage);
    }

    // ----- ScheduleInterview -----

    [Fact]
    public void ScheduleInterview_FromClientReview_MovesToInterviewAndRecordsHistory()
    {
        var application = Applications.At(Stage.ClientReview);

        application.ScheduleInterview(InterviewStart, 60, "Room 4", TestClock.Later);

        Assert.Equal(Stage.Interview, application.Stage);
        Assert.Equal(new StageChange(Stage.ClientReview, Stage.Interview, TestClock.Later), application.History[^1]);
        Assert.Equal(TestClock.Later, application.StageChangedAt);
    }

    [Fact]
    public void ScheduleInterview_FromClientReview_ReturnsScheduledInterviewForApplication()
    {
        var application = Applications.At(Stage.ClientReview);

        var interview = application.ScheduleInterview(InterviewStart, 45, "  Room 4  ", TestClock.Later);

        Assert.Equal(application.Id, interview.ApplicationId);
        Assert.Equal(InterviewStart, interview.Start);
        Assert.Equal(45, interview.DurationMinutes);
        Assert.Equal("Room 4", interview.Location);
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Null(interview.Feedback);
    }

    [Fact]
    public void ScheduleInterview_FromInterview_StaysInInterviewWithoutNewHistory()
    {
        var application = Applications.At(Stage.Interview);
        var history = application.History.Count;
        var stageChangedAt = application.StageChangedAt;

        var second = application.ScheduleInterview(InterviewStart, 30, null, TestClock.Later);

        Assert.Equal(Stage.Interview, application.Stage);
        Assert.Equal(history, application.History.Count);
        Assert.Equal(stageChangedAt, application.StageChangedAt);
        Assert.Equal(InterviewStatus.Scheduled, second.Status);
    }

    [Theory]
    [InlineData(Stage.Sourced)]
    [InlineData(Stage.Screening)]
    [InlineData(Stage.Submitted)]
    [InlineData(Stage.Offer)]
    [InlineData(Stage.Placed)]
    [InlineData(Stage.Closed)]
    public void ScheduleInterview_FromOtherStages_Throws(Stage from)
    {
        var application = Applications.At(from);
        var history = application.History.Count;

        var ex = Assert.Throws<DomainRuleException>(() => application.ScheduleInterview(InterviewStart, 60, null, TestClock.Later));

        Assert.Equal("stage", ex.Field);
        Assert.Equal(from, application.Stage);
        Assert.Equal(history, application.History.Count);
    }

    [Fact]
    public void ScheduleInterview_StartInThePast_Throws()
    {
        var application = Applications.At(Stage.Interview);

        var ex = Assert.Throws<DomainRuleException>(() => application.ScheduleInterview(TestClock.Later.AddMinutes(-1), 60, null, TestClock.Later));

        Assert.Equal("start", ex.Field);
    }

    [Fact]
    public void ScheduleInterview_StartAtNow_IsAccepted()
    {
        var application = Applications.At(Stage.Interview);

        var interview = application.ScheduleInterview(TestClock.Later, 60, null, TestClock.Later);

        Assert.Equal(TestClock.Later, interview.Start);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(601)]
    [InlineData(24 * 60)]
    [InlineData(int.MaxValue)]
    public void ScheduleInterview_AbsurdDuration_Throws(int durationMinutes)
    {
        var application = Applications.At(Stage.Interview);

        var ex = Assert.Throws<DomainRuleException>(() => application.ScheduleInterview(InterviewStart, durationMinutes, null, TestClock.Later));

        Assert.Equal("durationMinutes", ex.Field);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(600)]
    public void ScheduleInterview_DurationAtBounds_IsAccepted(int durationMinutes)
    {
        var application = Applications.At(Stage.Interview);

        var interview = application.ScheduleInterview(InterviewStart, durationMinutes, null, TestClock.Later);

        Assert.Equal(durationMinutes, interview.DurationMinutes);
    }

    [Fact]
    public void ScheduleInterview_LocationOver500Characters_Throws()
    {
        var application = Applications.At(Stage.Interview);

        var ex = Assert.Throws<DomainRuleException>(() => application.ScheduleInterview(InterviewStart, 60, new string('l', 501), TestClock.Later));

        Assert.Equal("location", ex.Field);
    }

    [Fact]
    public void ScheduleInterview_StartInThePastFromClientReview_LeavesApplicationInClientReview()
    {
        // Exposes a bug: ScheduleInterview records the move to Interview before the Interview constructor validates the slot.
        var application = Applications.At(Stage.ClientReview);
        var history = application.History.Count;

        Assert.Throws<DomainRuleException>(() => application.ScheduleInterview(TestClock.Now, 60, null, TestClock.Later));

        Assert.Equal(Stage.ClientReview, application.Stage);
        Assert.Equal(history, application.History.Count);
    }

    [Fact]
    public void ScheduleInterview_AbsurdDurationFromClientReview_LeavesApplicationInClientReview()
    {
        // Exposes a bug: ScheduleInterview records the move to Interview before the Interview constructor validates the slot.
        var application = Applications.At(Stage.ClientReview);

        Assert.Throws<DomainRuleException>(() => application.ScheduleInterview(InterviewStart, 0, null, TestClock.Later));

        Assert.Equal(Stage.ClientReview, application.Stage);
    }
}
