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
    public void A_contextual_alias_reads_a_name_as_its_term_only_beside_the_terms_it_lists()
    {
        var matcher = new SkillMatcher([
            new TaxonomyTerm("relational-databases", "Relational databases", TaxonomyCategory.Domain, [], null),
            new TaxonomyTerm("mysql", "MySQL", TaxonomyCategory.Platform, [], "relational-databases"),
            new TaxonomyTerm("sap", "SAP", TaxonomyCategory.Platform, [], null),
            new TaxonomyTerm("oracle", "Oracle", TaxonomyCategory.Platform, [], null),
            new TaxonomyTerm("oracle-database", "Oracle Database", TaxonomyCategory.Platform, ["~Oracle|relational-databases"], "relational-databases"),
        ]);
        Assert.Equal(["mysql", "oracle-database"], matcher.Codes("Databases: MySQL, ORACLE"));
        Assert.Equal(["sap", "oracle", "mysql"], matcher.Codes("ERP: SAP, Oracle\nDatabases: MySQL"));
        Assert.Equal(["oracle"], matcher.Codes("Oracle"));
        // A list written one item a line is read with the lines around the name.
        Assert.Equal(["mysql", "oracle-database"], matcher.Codes("Tools\nMySQL\nOracle\n"));
        // Never a name of its own: "Oracle Database" is still the term's name.
        Assert.Equal(["oracle-database"], matcher.Codes("Oracle Database 19c"));
        // Only a name alone on its line is read with its neighbours, and only the lines right above and below.
        Assert.Equal(["oracle", "mysql"], matcher.Codes("• Rolled out Oracle to 12 plants.\n• Wrote MySQL reports."));
        Assert.Equal(["mysql", "oracle"], matcher.Codes("MySQL\n\nOracle"));
        Assert.Equal(["oracle", "mysql"], matcher.Codes("Oracle\r\n\r\nMySQL"));
        Assert.Equal(["oracle-database", "mysql"], matcher.Codes("• Oracle\r\n• MySQL"));
        Assert.Equal(["mysql", "oracle-database"], matcher.Codes("MySQL - Expert\nOracle - Advanced"));
        Assert.Equal(["mysql", "oracle-database"], matcher.Codes("MySQL\nOracle (10 years)"));
        Assert.Equal(["mysql", "oracle", "sap"], matcher.Codes("MySQL\nOracle, SAP"));
        // A name read in context is no context for the next one: the reading does not run down a list of repeats.
        Assert.Equal(["mysql", "oracle-database", "oracle"], matcher.Codes("MySQL\nOracle\nOracle\nOracle"));
    }

    [Fact]
    public void The_shipped_taxonomy_reads_oracle_beside_databases_as_the_database()
    {
        var matcher = new SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms);
        Assert.Contains("oracle-database", matcher.Codes("Worked with MySQL, Oracle, and MongoDB."));
        Assert.DoesNotContain("oracle", matcher.Codes("Worked with MySQL, Oracle, and MongoDB."));
        Assert.Contains("oracle", matcher.Codes("Rolled out Oracle to 12 plants."));
        Assert.Equal(["oracle", "sql"], matcher.Codes("Led the Oracle ERP upgrade; built SQL reports."));
    }

    [Fact]
    public void The_shipped_taxonomy_reads_phi_and_sem_only_in_capitals()
    {
        var matcher = new SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms);
        Assert.Empty(matcher.Codes("Member, Phi Kappa Phi Honor Society; CGPA 8.2 (till 8th Sem)"));
        Assert.Equal(["hipaa"], matcher.Codes("Secured PHI in the claims warehouse."));
        Assert.Equal(["digital-marketing"], matcher.Codes("Ran SEM campaigns."));
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
