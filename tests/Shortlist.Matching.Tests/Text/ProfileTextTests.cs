using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Matching.Text;

namespace Shortlist.Matching.Tests.Text;

public sealed class ProfileTextTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    internal static Candidate Candidate(string? headline, string? summary, string? roleDescription = null)
    {
        var c = new Candidate("Ada", "Lovelace", "ada@example.com", Now, "+1 617 555 0100", new Place("Boston", "MA", "US"));
        c.SetProfile(headline, summary,
            [
                new ProfileRole("Project Manager", "Old Corp", "Retail", new DateOnly(2012, 1, 1), new DateOnly(2016, 1, 1), Description: "Ran store roll-outs."),
                new ProfileRole("Epic Implementation Manager", "Acme Health", "Healthcare", new DateOnly(2016, 2, 1), null, Description: roleDescription),
            ],
            [new ProfileSkill("pm", "Project management", 12, 2025), new ProfileSkill("epic", "Epic", 8, 2025), new ProfileSkill("sql", "SQL", 1, 2019)],
            [new ProfileCertification("pmp", "PMP", 2015)],
            [new ProfileIndustry("Healthcare", 9)], [], Now);
        return c;
    }

    [Fact]
    public void ForCandidate_PutsHeadlineSummaryRecentRolesSkillsAndCertificationsInOrder()
    {
        var text = ProfileText.ForCandidate(Candidate("Healthcare IT program manager, Epic", "Led Epic go-lives.", "Led the ambulatory go-live."));

        Assert.Equal(
            "Healthcare IT program manager, Epic. Led Epic go-lives. " +
            "Epic Implementation Manager (Healthcare), Project Manager (Retail). " +
            "Skills: Project management, Epic, SQL. Certifications: PMP. Led the ambulatory go-live. Ran store roll-outs.",
            text);
    }

    [Fact]
    public void ForCandidate_LeavesOutPersonalData()
    {
        var text = ProfileText.ForCandidate(Candidate("Program manager", "Summary."));

        Assert.DoesNotContain("Ada", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("617", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Boston", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForCandidate_WithAVeryLongSummary_KeepsRolesAndSkillsAndStaysWithinTheCap()
    {
        var summary = string.Join(' ', Enumerable.Repeat("Delivered complex programmes across many hospitals.", 90));
        var text = ProfileText.ForCandidate(Candidate("Headline", summary, string.Join(' ', Enumerable.Repeat("word", 2_000))));

        Assert.True(text.Length <= ProfileText.MaxLength, $"{text.Length} characters");
        Assert.Contains("Epic Implementation Manager (Healthcare)", text, StringComparison.Ordinal);
        Assert.Contains("Skills: Project management, Epic, SQL.", text, StringComparison.Ordinal);
        Assert.Contains("Certifications: PMP.", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith(' '));
    }

    [Fact]
    public void ForCandidate_OfAnEmptyProfile_IsEmpty()
        => Assert.Equal("", ProfileText.ForCandidate(new Candidate("Ada", "Lovelace", "ada@example.com", Now)));

    [Fact]
    public void ForCandidate_CollapsesWhiteSpace()
        => Assert.StartsWith("A multi line headline. Epic", ProfileText.ForCandidate(Candidate("A\tmulti\r\n  line headline", null)), StringComparison.Ordinal);

    [Fact]
    public void ForPosition_PutsTitleIndustryRequirementsByImportanceThenDescription()
    {
        var p = new Position(Guid.NewGuid(), "Epic Program Manager", "Lead the Epic roll-out\nacross 12 clinics.", "Healthcare", Now);
        p.SetRequirements(
            [
                new Requirement("sql", "SQL", Importance.Nice, 1),
                new Requirement("pmp", "PMP", Importance.Strong, 3),
                new Requirement("epic", "Epic", Importance.Must, 5),
                new Requirement("hipaa", "HIPAA", Importance.Strong, 5),
            ], Now);

        Assert.Equal("Epic Program Manager (Healthcare). Requirements: Epic, HIPAA, PMP, SQL. Lead the Epic roll-out across 12 clinics.",
            ProfileText.ForPosition(p));
    }

    [Fact]
    public void ForPosition_CapsALongDescription()
    {
        var p = new Position(Guid.NewGuid(), "Title", string.Join(' ', Enumerable.Repeat("lorem", 3_000)), "Retail", Now);

        var text = ProfileText.ForPosition(p);

        Assert.True(text.Length <= ProfileText.MaxLength);
        Assert.StartsWith("Title (Retail). lorem lorem", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentHash_IsSha256HexOfModelAndText_AndChangesWithEither()
    {
        var hash = ProfileText.ContentHash("text", "model");

        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, ProfileText.ContentHash("text", "model"));
        Assert.NotEqual(hash, ProfileText.ContentHash("text.", "model"));
        Assert.NotEqual(hash, ProfileText.ContentHash("text", "model-2"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("model\ntext"u8)), hash);
    }
}
