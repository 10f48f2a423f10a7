using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Taxonomy;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

/// <summary>Industries with years, read with the shipped taxonomy: from the roles' lines, their employers' names and the summary.</summary>
public class IndustriesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly ResumeParser Parser = new(new SkillMatcher(TaxonomyCatalog.Embedded.Terms));

    private static Dictionary<string, double> Industries(string text)
        => Parser.Parse(ExtractedText.FromPlainText(text, "resume.txt"), Today).Industries.ToDictionary(i => i.Industry, i => i.Years);

    [Fact]
    public void An_employers_name_tells_the_industry_of_its_roles()
    {
        var industries = Industries("Sandra Kowalski\nsandra@example.com\n\nEXPERIENCE\n"
            + "IT Project Manager, Cowtown Health Alliance — Sep 2018 – Present\n• Led ServiceNow ITSM rollouts.\n\n"
            + "Service Desk Analyst, Tarrant County Services — Jun 2016 – Feb 2018\n• Ran the service desk.\n\n"
            + "Business Analyst, Palmetto Trust Bank — Jan 2014 – May 2016\n• Wrote requirements.\n\n"
            + "Analyst, Peachtree Home Stores — Jan 2012 – Dec 2013\n• Reports.\n");
        Assert.Equal(8.2, industries["healthcare"]);
        Assert.Equal(1.7, industries["state-local-government"]);
        Assert.Equal(1.7, industries["public-sector"]);
        Assert.Equal(2.3, industries["banking"]);
        Assert.Equal(2.3, industries["financial-services"]);
        Assert.Equal(1.9, industries["retail"]); // Jan 2012 to the start of Dec 2013
    }

    [Theory]
    [InlineData("Cowtown Health Alliance", "healthcare")]
    [InlineData("Blue Ridge Health Insurance Co.", "healthcare-payer")]
    [InlineData("Navy Federal Credit Union", "credit-unions")]
    [InlineData("City of Austin", "state-local-government")]
    [InlineData("Prairie Industrial Holdings", "manufacturing")]
    [InlineData("Southern Logistics Partners", "transportation")]
    [InlineData("Department of Computer Science, Stanford University", "higher-education")]
    [InlineData("Acme Capital Partners", null)]
    [InlineData("Great Lakes Foods", null)]
    [InlineData("National Trust Company", null)]
    [InlineData("Kings County Savings Bank", "banking")]
    [InlineData("Government Employees Insurance Company", "insurance")]
    [InlineData("Chemical Bank", "banking")]
    [InlineData("Charles River University Hospitals", "healthcare-provider")]
    [InlineData("University Medical Center", "healthcare-provider")]
    [InlineData("North Texas Food Bank", "nonprofit")]
    [InlineData("Department of Computer Science", "higher-education")]
    [InlineData("Stores Software GmbH", "technology")]
    [InlineData("Data Stores Inc", "technology")]
    [InlineData("Foundation Medicine", null)]
    [InlineData("Lakeside Builders", "construction")]
    [InlineData("Texas Department of Information Resources", "public-sector")]
    [InlineData("Florida Department of Management Services", "public-sector")]
    [InlineData("Department of Civil Rights", "public-sector")]
    [InlineData("Texas Department of Insurance", "public-sector")]
    [InlineData("New York State Department of Financial Services", "public-sector")]
    [InlineData("City of Hope", "healthcare-provider")]
    [InlineData("City of Hope National Medical Center", "healthcare-provider")]
    [InlineData("Kaiser Permanente", "healthcare-provider")]
    [InlineData("WELLS FARGO BANK, N.A.", "banking")]
    [InlineData("Bank of America Merrill Lynch", "banking")]
    [InlineData("Infosys Limited", "it-services")]
    [InlineData("Tata Consultancy Services", "it-services")]
    [InlineData("Target Corporation", "retail")]
    [InlineData("Lowe’s", "retail")]
    [InlineData("Target Marketing Partners", null)]
    [InlineData("Ford Foundation", null)]
    [InlineData("Chase Bank", "banking")]
    [InlineData("Chase & Associates Realty", "real-estate")]
    [InlineData("Tesco Bank", "banking")]
    [InlineData("Sainsbury's Bank", "banking")]
    [InlineData("Toyota Financial Services", "financial-services")]
    [InlineData("Four Seasons Healthcare", "healthcare")]
    [InlineData("Four Seasons Hospice", "healthcare-provider")]
    [InlineData("The Hartford Courant", null)]
    [InlineData("The Hartford", "insurance")]
    [InlineData("Ford Consulting Group", "professional-services")]
    [InlineData("Chase Corporation", null)]
    [InlineData("Shell Oil Company", "oil-and-gas")]
    [InlineData("JP Morgan", "banking")]
    [InlineData("Deloitte & Touche LLP", "professional-services")]
    public void Only_words_that_name_a_kind_of_organisation_are_cues(string employer, string? industry)
    {
        Assert.Equal(industry is null ? [] : [industry], EmployerIndustry.Of(employer));
    }

    [Fact]
    public void Every_industry_an_employers_name_gives_is_an_industry_of_the_shipped_taxonomy()
    {
        var industries = TaxonomyCatalog.Embedded.Terms.Where(t => t.Category == Shortlist.Domain.Taxonomy.TaxonomyCategory.Industry).Select(t => t.Code).ToHashSet();
        Assert.All(EmployerIndustry.Codes, code => Assert.Contains(code, industries));
    }

    [Fact]
    public void An_employer_known_by_name_gives_its_industry()
    {
        var industries = Industries("Sandra Kowalski\nsandra@example.com\n\nEXPERIENCE\n"
            + "IT Project Manager, City of Hope — Sep 2018 – Present\n• Led ServiceNow ITSM rollouts.\n\n"
            + "Business Analyst, Wells Fargo — Jan 2014 – Aug 2018\n• Wrote requirements.\n");
        Assert.Equal(8.2, industries["healthcare-provider"]);
        Assert.Equal(8.2, industries["healthcare"]);
        Assert.False(industries.ContainsKey("state-local-government"));
        Assert.Equal(4.6, industries["banking"]);
        Assert.Equal(4.6, industries["financial-services"]);
    }

    [Fact]
    public void An_industry_only_the_summary_names_counts_the_roles_that_name_no_industry()
    {
        var industries = Industries("Raj Patel\nraj@example.com\n\nSUMMARY\nProgram manager with 20 years of SAP delivery in manufacturing and consumer goods.\n\n"
            + "EXPERIENCE\nSAP Program Director, Prairie Industrial Holdings — Feb 2019 – Present\n• Led the S/4HANA programme.\n\n"
            + "SAP Project Manager, Great Lakes Foods — May 2010 – Jan 2019\n• Ran SAP SD rollouts.\n\n"
            + "SAP SD Consultant, Midwest SAP Partners — Jun 2006 – Apr 2010\n• Configured SAP SD.\n");
        // Manufacturing is named by the first role's employer, so it keeps that role's years; consumer goods, named only by
        // the summary, counts the two roles that name no industry (May 2010 to Jan 2019, Jun 2006 to Apr 2010).
        Assert.Equal(7.8, industries["manufacturing"]);
        Assert.Equal(12.5, industries["consumer-goods"]);
    }

    [Fact]
    public void A_government_health_department_is_health_and_human_services()
    {
        Assert.Equal(["public-sector", "health-human-services"], EmployerIndustry.Of("U.S. Department of Health and Human Services"));
        Assert.Equal(["state-local-government", "health-human-services"], EmployerIndustry.Of("County of Marin Health Department"));
    }

    [Theory]
    [InlineData("Analyst seeking a role in the banking industry.")]
    [InlineData("Looking to move into healthcare.")]
    [InlineData("Business analyst with expertise in Epic, AML/KYC and PCI DSS.")]
    public void A_wish_or_a_term_under_an_industry_in_the_summary_is_no_industry_of_the_career(string summary)
    {
        var industries = Industries($"Jo Smith\njo@example.com\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n"
            + "Business Analyst, Acme Corp — Jan 2016 – Dec 2020\n• Wrote requirements.\n");
        Assert.DoesNotContain(industries, i => i.Value > 0);
    }

    [Theory]
    [InlineData("IT program manager with 12 years in healthcare, leading the transition to cloud-hosted EHR.", "healthcare")]
    [InlineData("Analyst in the insurance industry, interested in data quality.", "insurance")]
    [InlineData("PM who wants to deliver, with 10 years in financial services.", "financial-services")]
    [InlineData("Business analyst with 12 years in banking.", "financial-services")]
    public void An_experience_sentence_in_the_summary_counts_even_with_words_of_intent(string summary, string industry)
    {
        var industries = Industries($"Jo Smith\njo@example.com\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n"
            + "Business Analyst, Acme Corp — Jan 2016 – Dec 2020\n• Wrote requirements.\n");
        Assert.Equal(4.9, industries[industry]);
    }

    [Fact]
    public void Case_management_is_no_industry_and_curam_is_social_services()
    {
        var industries = Industries("Hana Sato\nhana@example.com\n\nEXPERIENCE\n"
            + "Business Analyst, Evergreen Specialty Retail — Nov 2021 – Present\n• Case management for customer complaints in Salesforce.\n\n"
            + "Business Analyst, Maple State Agency — Jan 2018 – Oct 2021\n• Configured Cúram for benefits eligibility.\n");
        Assert.Equal(["health-human-services", "public-sector", "retail"], industries.Keys.Order());
        Assert.Equal(3.7, industries["public-sector"]);
    }
}
