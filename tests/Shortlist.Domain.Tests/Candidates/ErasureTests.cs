using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Tests.Pipeline;

namespace Shortlist.Domain.Tests.Candidates;

public class ErasureTests
{
    private static Candidate FullCandidate()
    {
        var c = new Candidate("Ada", "Lovelace", "ada@example.com", TestClock.Now, "+1 617 555 0100", new Place("Boston", "MA", "US"));
        c.SetProfile("Healthcare IT program manager", "Led Epic roll-outs.", [new ProfileRole("PM", "Acme Health", "Healthcare", new(2015, 1, 1), null)],
            [new ProfileSkill("epic", "Epic", 5, 2024)], [new ProfileCertification("pmp", "PMP", 2018)], [new ProfileIndustry("Healthcare", 8)],
            [new ProjectRecord("EHR migration", 2_000_000m, 12, true, true, 2022)], TestClock.Now, ["https://linkedin.com/in/ada"]);
        c.SetEducation([new ProfileEducation("MIT", "BSc", "Mathematics", 2010)], TestClock.Now);
        c.SetPreferences(new Preferences(WorkplaceMode.Remote, EngagementTypes.Contract, null, null, WorkAuthorization.Citizen, ["Boston"]), TestClock.Now);
        c.AttachResume(Guid.CreateVersion7(), "Ada Lovelace, ada@example.com", TestClock.Now);
        c.RecordCorrections([ProfileFields.Headline], TestClock.Now);
        c.SetSource("registered", TestClock.Now);
        c.UserId = Guid.CreateVersion7();
        return c;
    }

    [Fact]
    public void Erase_RemovesEveryPersonalField()
    {
        var c = FullCandidate();
        var id = c.Id;

        c.Erase(TestClock.Later);

        Assert.Equal(TestClock.Later, c.ErasedAt);
        Assert.Equal(id, c.Id);
        Assert.DoesNotContain("Ada", c.FullName, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", c.FullName, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@", c.Email, StringComparison.Ordinal);
        Assert.EndsWith(".invalid", c.Email, StringComparison.Ordinal);
        Assert.Null(c.Phone);
        Assert.Null(c.Location);
        Assert.Null(c.Headline);
        Assert.Null(c.Summary);
        Assert.Empty(c.Links);
        Assert.Empty(c.Roles);
        Assert.Empty(c.Skills);
        Assert.Empty(c.Certifications);
        Assert.Empty(c.Industries);
        Assert.Empty(c.Education);
        Assert.Empty(c.TrackRecord);
        Assert.Empty(c.CorrectedFields);
        Assert.Equal(Preferences.None, c.Preferences);
        Assert.Null(c.ResumeFileId);
        Assert.Null(c.ResumeText);
        Assert.Null(c.UserId);
    }

    [Fact]
    public void Erase_Twice_ChangesNothingTheSecondTime()
    {
        var c = FullCandidate();
        c.Erase(TestClock.Later);
        var (name, email, updated) = (c.FullName, c.Email, c.UpdatedAt);

        c.Erase(TestClock.MuchLater);

        Assert.Equal(TestClock.Later, c.ErasedAt);
        Assert.Equal(TestClock.Later, c.UpdatedAt);
        Assert.Equal(updated, c.UpdatedAt);
        Assert.Equal(name, c.FullName);
        Assert.Equal(email, c.Email);
    }

    [Fact]
    public void Anonymise_KeepsStageAndDatesAndDropsWhatTheCandidateWrote()
    {
        var a = new Application(Applications.PositionId, Applications.CandidateId, ApplicationOrigin.Applied, TestClock.Now, "I led three Epic go-lives.");
        a.UseResume(Guid.CreateVersion7(), TestClock.Now);
        a.MoveTo(Stage.Submitted, TestClock.Now.AddMinutes(1), "Strong Epic background, call Ada");
        a.Close(CloseReason.Withdrawn, TestClock.Now.AddMinutes(2), "Ada took another offer");

        a.Anonymise(TestClock.Later);

        Assert.Null(a.CoverNote);
        Assert.Null(a.ResumeFileId);
        Assert.All(a.History, h => Assert.Null(h.Note));
        Assert.Equal(2, a.History.Count);
        Assert.Equal(Stage.Closed, a.Stage);
        Assert.Equal(CloseReason.Withdrawn, a.CloseReason);
        Assert.Equal(TestClock.Now.AddMinutes(1), a.SubmittedAt);
        Assert.Equal(Applications.PositionId, a.PositionId);
        Assert.Equal(Applications.CandidateId, a.CandidateId);
    }

    [Theory]
    [InlineData(Stage.Sourced, null, null)]
    [InlineData(Stage.Screening, null, "Received")]
    [InlineData(Stage.Submitted, null, "With the employer")]
    [InlineData(Stage.ClientReview, null, "With the employer")]
    [InlineData(Stage.Interview, null, "Interviewing")]
    [InlineData(Stage.Offer, null, "Offer")]
    [InlineData(Stage.Placed, null, "Hired")]
    [InlineData(Stage.Closed, CloseReason.Withdrawn, "Withdrawn")]
    [InlineData(Stage.Closed, CloseReason.PositionClosed, "Position closed")]
    public void CandidateViewLabel_NamesStagesPlainly(Stage stage, CloseReason? reason, string? expected)
        => Assert.Equal(expected, CandidateView.Label(stage, reason));

    [Fact]
    public void CandidateViewLabel_OtherCloseReasons_AreNotSelected()
    {
        foreach (var reason in Enum.GetValues<CloseReason>().Where(r => r is not (CloseReason.Withdrawn or CloseReason.PositionClosed)))
            Assert.Equal("Not selected", CandidateView.Label(Stage.Closed, reason));
    }
}
