using Shortlist.Domain.Common;
using Shortlist.Parsing.Postings;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Postings;

public class PostingParserTests
{
    private static readonly PostingParser Parser = new(TestTaxonomy.Matcher);

    private const string Posting = """
        Senior IT Project Manager at Mercy Health
        Location: Boston, MA (hybrid, 3 days on site)
        Contract-to-hire, $85 - $95/hr

        About the role
        You will lead the Epic EHR upgrade across our hospitals.

        Requirements
        - 7+ years of IT project management experience
        - PMP certification
        - 3+ years with Epic
        - Strong stakeholder management
        - Jira is a plus

        Nice to have
        - CSM or SAFe
        - HL7/FHIR interfaces
        - Experience with HIPAA audits is required
        """;

    [Fact]
    public void Reads_title_employer_location_workplace_engagement_and_rate()
    {
        var p = Parser.Parse(Posting);
        Assert.Equal("Senior IT Project Manager", p.Title);
        Assert.Equal("Mercy Health", p.Employer);
        Assert.Equal("Boston, MA (hybrid, 3 days on site)", p.Location);
        Assert.Equal(WorkplaceMode.Hybrid, p.Workplace);
        Assert.Equal(EngagementTypes.ContractToHire, p.Engagement);
        Assert.Equal(new Compensation(85, 95, CompensationUnit.Hourly, "USD"), p.Compensation);
        Assert.Equal("Healthcare", p.Industry);
        Assert.Equal(7, p.MinimumYears);
    }

    [Fact]
    public void Splits_requirements_by_section_and_wording()
    {
        var r = Parser.Parse(Posting).Requirements.ToDictionary(x => x.TaxonomyCode);
        Assert.Equal(Importance.Must, r["pmp"].Importance);
        Assert.Equal(Importance.Must, r["epic"].Importance);
        Assert.Equal(3, r["epic"].MinimumYears);
        Assert.Equal(Importance.Must, r["stakeholder-management"].Importance);
        Assert.Equal(Importance.Nice, r["jira"].Importance);
        Assert.Equal(Importance.Nice, r["csm"].Importance);
        Assert.Equal(Importance.Nice, r["safe"].Importance);
        Assert.Equal(Importance.Nice, r["hl7"].Importance);
        Assert.Equal(Importance.Must, r["hipaa"].Importance);
        Assert.Contains("pmp", Parser.Parse(Posting).Certifications);
    }

    [Fact]
    public void Reads_every_engagement_type_a_field_lists_and_stops_the_location_at_the_next_field()
    {
        var p = Parser.Parse("""
            Epic Ambulatory Project Manager

            Location: Boston, MA (Hybrid). Engagement: contract, contract-to-hire. Pay: $90–$120 an hour.

            The program runs for 18 months; the engagement is a 12-month contract with the option to convert.
            """);
        Assert.Equal("Boston, MA (Hybrid)", p.Location);
        Assert.Equal(EngagementTypes.Contract | EngagementTypes.ContractToHire, p.Engagement);
        Assert.Equal(WorkplaceMode.Hybrid, p.Workplace);
        Assert.Equal(EngagementTypes.ContractToHire, Parser.Parse("Business Analyst\nA contract-to-hire role, full-time hours.").Engagement);
        Assert.Equal(EngagementTypes.Contract | EngagementTypes.Permanent, Parser.Parse("Business Analyst\nEmployment type: contract or permanent").Engagement);
    }

    [Fact]
    public void Wording_counts_within_its_sentence_and_strongly_preferred_is_strong()
    {
        var r = Parser.Parse("""
            Senior Scrum Master

            The role is hybrid: two or three days a week on site, and you will keep the team's plan in Jira during the releases. Candidates must be authorized to work in the US without sponsorship.

            Requirements
            - Strongly preferred: PMP certification
            - Must have: Scrum (3+ years)
            """).Requirements.ToDictionary(x => x.TaxonomyCode);
        Assert.Equal(Importance.Strong, r["jira"].Importance);
        Assert.Equal(Importance.Strong, r["pmp"].Importance);
        Assert.Equal(Importance.Must, r["scrum"].Importance);
    }

    [Theory]
    [InlineData("Salary: $120,000 - $140,000 per year. Permanent, fully remote.", 120000, 140000, CompensationUnit.Annual, EngagementTypes.Permanent, WorkplaceMode.Remote)]
    [InlineData("6-month contract, on-site in London, £550 per day", 68.75, 68.75, CompensationUnit.Hourly, EngagementTypes.Contract, WorkplaceMode.OnSite)]
    [InlineData("Full-time role paying €90k - €110k", 90000, 110000, CompensationUnit.Annual, EngagementTypes.Permanent, null)]
    public void Reads_pay_engagement_and_workplace(string text, double min, double max, CompensationUnit unit, EngagementTypes engagement, WorkplaceMode? workplace)
    {
        var p = Parser.Parse("Business Systems Analyst\n" + text);
        Assert.Equal((decimal)min, p.Compensation?.Minimum);
        Assert.Equal((decimal)max, p.Compensation?.Maximum);
        Assert.Equal(unit, p.Compensation?.Unit);
        Assert.Equal(engagement, p.Engagement);
        Assert.Equal(workplace, p.Workplace);
    }

    [Theory]
    [InlineData("Rate: 65 USD per hour\nManage a project portfolio of $500K to $2M.", 65, 65, CompensationUnit.Hourly)]
    [InlineData("Manage a project portfolio of $500K to $2M.\nRate: 65 USD per hour", 65, 65, CompensationUnit.Hourly)]
    [InlineData("Oversee budgets up to $15 million across three programs.\nSalary: 140,000 - 160,000 USD annually", 140000, 160000, CompensationUnit.Annual)]
    [InlineData("Salary: 140,000 - 160,000 USD annually\nOversee budgets up to $15 million.", 140000, 160000, CompensationUnit.Annual)]
    [InlineData("Led a $3M program for a $2B credit union.\nThe role pays $58/hr on a W2 contract.", 58, 58, CompensationUnit.Hourly)]
    [InlineData("Senior Project Manager | $130,000 - $150,000 | Remote", 130000, 150000, CompensationUnit.Annual)]
    [InlineData("Own a $500,000 budget for vendor tools.\nProgram Manager, $95 - $110 per hour", 95, 110, CompensationUnit.Hourly)]
    public void Pay_is_not_the_size_of_the_work_and_its_currency_may_follow_the_amount(string text, double min, double max, CompensationUnit unit)
    {
        var p = Parser.Parse("Business Systems Analyst\n" + text);
        Assert.Equal(((decimal)min, (decimal)max, unit, "USD"), (p.Compensation?.Minimum, p.Compensation?.Maximum, p.Compensation?.Unit, p.Compensation?.Currency));
    }

    [Theory]
    [InlineData("Business Analyst - Remote Patient Monitoring\nThis position is on-site five days a week in Columbus.", WorkplaceMode.OnSite)]
    [InlineData("Business Analyst\nThis role is not remote. You will work in our Dallas office.", null)]
    [InlineData("Business Analyst (Remote)\nRequirements for the claims platform.", WorkplaceMode.Remote)]
    [InlineData("Business Analyst\nLocation: Remote (US)", WorkplaceMode.Remote)]
    [InlineData("Business Analyst\nYou can work from home three days a week.", WorkplaceMode.Remote)]
    [InlineData("Cloud Project Manager\nLead our hybrid cloud migration. On-site in Austin.", WorkplaceMode.OnSite)]
    [InlineData("Business Analyst\nLocation: Remote - US", WorkplaceMode.Remote)]
    [InlineData("Business Analyst\nRemote – Anywhere in Canada", WorkplaceMode.Remote)]
    [InlineData("Business Analyst\nRemote: Yes", WorkplaceMode.Remote)]
    public void Workplace_is_read_from_words_about_where_the_work_is_done(string text, WorkplaceMode? workplace)
        => Assert.Equal(workplace, Parser.Parse(text).Workplace);

    [Fact]
    public void A_requirement_said_not_to_be_required_is_a_plus_and_an_unknown_stand_out_heading_is_not_a_must()
    {
        var r = Parser.Parse("""
            Business Systems Analyst

            Qualifications
            - Requirements gathering with business stakeholders
            - PMP certification is not required.

            What would make you stand out
            - Salesforce
            - ITIL
            """).Requirements.ToDictionary(x => x.TaxonomyCode);
        Assert.Equal(Importance.Must, r["requirements"].Importance);
        Assert.Equal(Importance.Nice, r["pmp"].Importance);
        Assert.Equal(Importance.Nice, r["salesforce"].Importance);
        Assert.Equal(Importance.Nice, r["itil"].Importance);
    }

    [Fact]
    public void A_count_of_cad_technicians_is_not_pay_and_optional_travel_is_not_a_heading()
    {
        Assert.Null(Parser.Parse("CAD Manager\nSupervise 12 CAD technicians and the drawing office.").Compensation);
        var r = Parser.Parse("Business Analyst\n\nRequirements\n- SQL\nOptional travel to client sites\n- Jira\n").Requirements.ToDictionary(x => x.TaxonomyCode);
        Assert.Equal(Importance.Must, r["jira"].Importance);
    }

    [Theory]
    [InlineData("Must have:\n- 5 years as a business analyst in banking", 5)]
    [InlineData("Requirements\n- 4 years of business analysis on Agile teams", 4)]
    [InlineData("Requirements\n- Founded 20 years ago, we value Agile teams", null)]
    [InlineData("Requirements\n- Must obtain CISSP within 2 years of hire", null)]
    public void Minimum_years_are_read_without_the_word_experience(string text, int? years)
        => Assert.Equal((double?)years, Parser.Parse("Business Analyst\n" + text).MinimumYears);

    [Theory]
    [InlineData("Mercy Regional Health System\nColumbus, OH (Hybrid, 3 days on site)", "Mercy Regional Health System", "Columbus, OH")]
    [InlineData("Acme Retail Group - Chicago, IL", "Acme Retail Group", "Chicago, IL")]
    [InlineData("Contoso Manufacturing\nDallas, TX", "Contoso Manufacturing", "Dallas, TX")]
    [InlineData("Dallas, TX\nAbout the role", null, "Dallas, TX")]
    [InlineData("Full-time\nDallas, TX", null, "Dallas, TX")]
    [InlineData("Contract - Dallas, TX", null, "Dallas, TX")]
    public void Employer_and_place_are_read_from_the_lines_under_the_title(string lines, string? employer, string? place)
    {
        var p = Parser.Parse($"Senior Business Analyst\n{lines}\n\nRequirements\n- SQL and Jira\n");
        Assert.Equal((employer, place), (p.Employer, p.Location));
    }

    [Fact]
    public void A_json_job_posting_is_read_as_a_posting()
    {
        var json = """
            {"title": "IT Project Manager", "company": "Mercy Regional Health System", "location": {"city": "Columbus", "region": "OH"},
             "remote": "None", "type": "Full-time", "salary": "$120,000 - $140,000 per year",
             "description": "Lead the Epic ambulatory rollout.", "responsibilities": ["Run the steering committee"],
             "qualifications": ["PMP", "5+ years of experience managing EHR projects"], "skills": [{"name": "Scrum", "keywords": ["Jira"]}]}
            """;
        var p = Parser.Parse(TextExtractor.ExtractPosting(System.Text.Encoding.UTF8.GetBytes(json), "job.json"));
        Assert.Equal(("IT Project Manager", "Mercy Regional Health System", "Columbus, OH"), (p.Title, p.Employer, p.Location));
        Assert.Equal((WorkplaceMode.OnSite, EngagementTypes.Permanent, 120_000m, 5.0), (p.Workplace, p.Engagement, p.Compensation?.Minimum, p.MinimumYears));
        var r = p.Requirements.ToDictionary(x => x.TaxonomyCode);
        Assert.Equal(Importance.Must, r["pmp"].Importance);
        Assert.Equal(Importance.Must, r["scrum"].Importance);
        Assert.Equal(Importance.Must, r["jira"].Importance);

        var other = Assert.Throws<ParseException>(() => TextExtractor.ExtractPosting("""{"basics": {"name": "Grace"}}"""u8.ToArray(), "resume.json"));
        Assert.Equal(ParseProblem.UnsupportedType, other.Problem);
        Assert.Equal(ParseProblem.Corrupt, Assert.Throws<ParseException>(() => TextExtractor.ExtractPosting(System.Text.Encoding.UTF8.GetBytes("{\"title\": \"x\","), "job.json")).Problem);
    }

    [Fact]
    public void Parses_the_sample_posting_pdfs()
    {
        var folder = Repo.Data("postings", "pdf-samples");
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, files.Count);
        foreach (var file in files)
        {
            var p = Parser.Parse(TextExtractor.Extract(File.ReadAllBytes(file), Path.GetFileName(file), Patience.Limits));
            Assert.False(string.IsNullOrWhiteSpace(p.Title), file);
            Assert.NotEmpty(p.Requirements);
            // Each names "Tech Solutions, San Francisco, CA, USA" under its title, also the one whose title wraps onto a second line.
            Assert.Equal(("Tech Solutions", "San Francisco, CA, USA"), (p.Employer, p.Location));
        }
        var pm = Parser.Parse(TextExtractor.Extract(File.ReadAllBytes(Path.Combine(folder, "job_desc_product_manager.pdf")), "pm.pdf", Patience.Limits));
        Assert.Equal("Product Manager", pm.Title);
        Assert.Equal("Tech Solutions", pm.Employer);
        Assert.Equal(10, pm.MinimumYears);
    }

    [Theory]
    [InlineData(245_000, "A&")]
    [InlineData(245_000, "A-")]
    [InlineData(160_000, "Ab ")]
    [InlineData(490_000, "7")]
    public void A_hostile_posting_is_read_or_refused_as_too_complex_never_an_error(int times, string unit)
    {
        var text = "Senior IT Project Manager\nRequirements\n" + string.Concat(Enumerable.Repeat(unit, times)) + "\n";
        try
        {
            Assert.Equal("Senior IT Project Manager", Parser.Parse(text).Title);
        }
        catch (ParseException e)
        {
            Assert.Equal(ParseProblem.TooComplex, e.Problem);
        }
    }
}
