using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Tests.Support;

namespace Shortlist.Parsing.Tests.Skills;

public class SkillMatcherTests
{
    private static readonly SkillMatcher Matcher = TestTaxonomy.Matcher;

    [Fact]
    public void Finds_names_and_aliases_case_insensitively_with_spans()
    {
        const string text = "Certified ScrumMaster and project management professional; JIRA daily.";
        var found = Matcher.Match(text);
        Assert.Equal(["csm", "pmp", "jira"], found.Select(m => m.Code));
        var jira = found[2];
        Assert.Equal("JIRA", text.Substring(jira.Start, jira.Length));
    }

    [Fact]
    public void Longest_match_wins()
    {
        Assert.Equal(["pmp"], Matcher.Codes("Project Management Professional"));
        Assert.Equal(["sap"], Matcher.Codes("Migrated to SAP S/4HANA"));
        Assert.Equal(["lean"], Matcher.Codes("Lean Six Sigma green belt"));
    }

    [Fact]
    public void Matches_only_on_word_boundaries()
    {
        Assert.Empty(Matcher.Codes("Sapient epicentre agility jirafe"));
        Assert.Equal(["epic"], Matcher.Codes("(Epic)"));
    }

    [Fact]
    public void Symbols_and_dots_belong_to_the_word()
    {
        Assert.Equal(["cpp", "csharp", "csharp", "javascript"], Matcher.Match("C++, C#, ASP.NET and Node.js").Select(m => m.Code));
        Assert.Equal(["pmi-acp", "pmi-acp"], Matcher.Match("PMI-ACP or PMI ACP").Select(m => m.Code));
        Assert.Equal(["jira"], Matcher.Codes("We use Jira."));
    }

    [Fact]
    public void First_term_claiming_a_name_keeps_it()
    {
        var matcher = new SkillMatcher([new TaxonomyTerm("a", "Alpha", TaxonomyCategory.Skill, ["shared"], null), new TaxonomyTerm("b", "Beta", TaxonomyCategory.Skill, ["shared"], null)]);
        Assert.Equal(["a"], matcher.Codes("shared"));
        Assert.Equal("Beta", matcher.Find("B")!.Name);
    }
}
