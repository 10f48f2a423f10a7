using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Candidates;

public sealed class CorrectionsTests
{
    private static ResumeProfile Parsed(string lastName, string skill) => new(
        "Ada", lastName, "ada@example.com", "+1 555 0100", new Place("Boston", "MA", "US"), "Program manager", "Runs EHR programs.",
        ["https://example.com/ada"],
        [new ProfileRole("Program Manager", "Mercy Health", "healthcare", new DateOnly(2018, 1, 1), null)],
        [new ProfileEducation("State University", "BSc", "Computer Science", 2010)],
        [new ProfileSkill(skill, skill.ToUpperInvariant(), 6, 2025)],
        [new ProfileCertification("pmp", "PMP", 2016)],
        [new ProfileIndustry("healthcare", 6)],
        [new ProjectRecord("Epic go-live", 4_500_000m, 40, true, true, 2022)]);

    [Fact]
    public void ApplyParsed_WithoutCorrections_TakesEveryParsedField()
    {
        var candidate = new Candidate("A", "B", "old@example.com", TestClock.Now);

        candidate.ApplyParsed(Parsed("Archer", "epic"), TestClock.Later);

        Assert.Equal("Archer", candidate.LastName);
        Assert.Equal("ada@example.com", candidate.Email);
        Assert.Equal(["epic"], candidate.Skills.Select(s => s.TaxonomyCode));
        Assert.Single(candidate.Education);
        Assert.Equal(4_500_000m, candidate.TrackRecord.Single().Budget);
    }

    [Fact]
    public void ApplyParsed_AfterCorrections_KeepsTheCorrectedFieldsOnly()
    {
        var candidate = new Candidate("A", "B", "old@example.com", TestClock.Now);
        candidate.ApplyParsed(Parsed("Archer", "epic"), TestClock.Now);
        candidate.SetContact("Ada", "Archer-Lovelace", candidate.Email, candidate.Phone, candidate.Location, TestClock.Now);
        candidate.RecordCorrections([ProfileFields.LastName, ProfileFields.Skills, "not-a-field"], TestClock.Now);

        candidate.ApplyParsed(Parsed("Archer", "cerner"), TestClock.Later);

        Assert.Equal("Archer-Lovelace", candidate.LastName);
        Assert.Equal(["epic"], candidate.Skills.Select(s => s.TaxonomyCode));
        Assert.Equal([ProfileFields.LastName, ProfileFields.Skills], candidate.CorrectedFields);
        Assert.Equal("Program manager", candidate.Headline);
    }

    [Fact]
    public void ApplyParsed_MissingValues_KeepWhatIsThere()
    {
        var candidate = new Candidate("Ada", "Archer", "ada@example.com", TestClock.Now, "+1 555 0199");
        var empty = new ResumeProfile(null, null, null, null, null, null, null, [], [], [], [], [], [], []);

        candidate.ApplyParsed(empty, TestClock.Later);

        Assert.Equal(("Ada", "Archer", "ada@example.com", "+1 555 0199"), (candidate.FirstName, candidate.LastName, candidate.Email, candidate.Phone));
    }

    [Fact]
    public void SetEducation_ImplausibleYear_Throws()
    {
        var candidate = new Candidate("Ada", "Archer", "ada@example.com", TestClock.Now);
        Assert.Throws<DomainRuleException>(() => candidate.SetEducation([new ProfileEducation("U", "BSc", null, 1700)], TestClock.Now));
        Assert.Empty(candidate.Education);
    }
}
