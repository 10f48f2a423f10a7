using System.Text;
using System.Text.Json;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

public class JsonResumeTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly ResumeParser Parser = new(TestTaxonomy.Matcher);

    [Theory]
    [InlineData("Jo Example\n123 Main St, Anywhere, USA — (123) 456-7890 — jo@example.org\n", "Anywhere", null, "US")]
    [InlineData("Jo Example\nGoogle HQ, Mountain View, CA, USA\njo@example.org\n", "Mountain View", "CA", "US")]
    [InlineData("Jo Example\nPune, Maharashtra, India\njo@example.org\n", "Pune", "Maharashtra", "IN")]
    [InlineData("Jo Example\nBoston, MA\njo@example.org\n", "Boston", "MA", null)]
    public void A_country_is_written_as_its_code_and_not_as_a_region(string text, string city, string? region, string? country)
    {
        using var json = JsonDocument.Parse(JsonResumeWriter.Write(Parser.Parse(ExtractedText.FromPlainText(text), Today)));
        var location = json.RootElement.GetProperty("basics").GetProperty("location");
        Assert.Equal(city, location.GetProperty("city").GetString());
        Assert.Equal(region, location.TryGetProperty("region", out var r) ? r.GetString() : null);
        Assert.Equal(country, location.TryGetProperty("countryCode", out var c) ? c.GetString() : null);
    }

    [Fact]
    public void Writes_the_schema_members_and_the_extras_under_meta()
    {
        var resume = Parser.Parse(ExtractedText.FromPlainText(SampleResume.Text), Today);
        using var json = JsonDocument.Parse(JsonResumeWriter.Write(resume));
        var root = json.RootElement;
        Assert.Equal("Jane Q. Doe", root.GetProperty("basics").GetProperty("name").GetString());
        Assert.Equal("Boston", root.GetProperty("basics").GetProperty("location").GetProperty("city").GetString());
        var work = root.GetProperty("work");
        Assert.Equal(3, work.GetArrayLength());
        Assert.Equal("Mercy Health Systems", work[0].GetProperty("name").GetString());
        Assert.Equal("2019-01", work[0].GetProperty("startDate").GetString());
        Assert.False(work[0].TryGetProperty("endDate", out _));
        Assert.Equal("2019-06", work[1].GetProperty("endDate").GetString());
        Assert.Equal("Northeastern University", root.GetProperty("education")[0].GetProperty("institution").GetString());
        Assert.Contains(root.GetProperty("certificates").EnumerateArray(), c => c.GetProperty("name").GetString() == "PMP" && c.GetProperty("date").GetString() == "2016");
        var meta = root.GetProperty("meta").GetProperty("shortlist");
        Assert.Equal(JsonResumeWriter.ParserVersion, meta.GetProperty("parserVersion").GetString());
        Assert.Contains(meta.GetProperty("skills").EnumerateArray(), s => s.GetProperty("code").GetString() == "jira" && s.GetProperty("lastUsed").GetInt32() == 2026);
        Assert.Contains(meta.GetProperty("trackRecord").EnumerateArray(), p => p.GetProperty("budget").GetDecimal() == 4_500_000m);
        Assert.Contains(meta.GetProperty("industries").EnumerateArray(), i => i.GetProperty("industry").GetString() == "healthcare");
    }

    [Fact]
    public void A_written_document_reads_back_to_the_same_profile()
    {
        var original = Parser.Parse(ExtractedText.FromPlainText(SampleResume.Text), Today);
        var json = JsonResumeWriter.Write(original);
        var extracted = TextExtractor.Extract(Encoding.UTF8.GetBytes(json), "jane.json");
        var again = Parser.Parse(extracted, Today);
        Assert.Equal((original.Name, original.Email, original.Phone), (again.Name, again.Email, again.Phone));
        Assert.Equal(original.Roles.Select(r => (r.Title, r.Employer, r.Start, r.Current)), again.Roles.Select(r => (r.Title, r.Employer, r.Start, r.Current)));
        Assert.Equal(original.Skills.Select(s => (s.TaxonomyCode, s.Years)).Order(), again.Skills.Select(s => (s.TaxonomyCode, s.Years)).Order());
        Assert.Equal(original.TotalYears, again.TotalYears);
    }

    [Fact]
    public void Spoken_languages_are_written_and_read_back()
    {
        var original = Parser.Parse(ExtractedText.FromPlainText(SampleResume.Text + "\n\nLANGUAGES\nEnglish (native), Spanish (fluent)\n"), Today);
        Assert.Equal(["English", "Spanish"], original.Languages);
        var again = Parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(JsonResumeWriter.Write(original)), "jane.json"), Today);
        Assert.Equal(original.Languages, again.Languages);
        Assert.Empty(Parser.Parse(ExtractedText.FromPlainText(SampleResume.Text), Today).Languages);
    }

    [Fact]
    public void Reads_a_json_resume_document_directly()
    {
        const string json = """
            {"basics":{"name":"Sam Lee","email":"sam@example.com","label":"Scrum Master","location":{"city":"Austin","region":"TX","countryCode":"US"},
              "profiles":[{"network":"LinkedIn","url":"https://linkedin.com/in/samlee"}]},
             "work":[{"name":"Lone Star Bank","position":"Scrum Master","startDate":"2020-02","summary":"Scrum for the payments team, Jira."},
                     {"name":"HEB","position":"Business Analyst","startDate":"2016-01","endDate":"2020-01","highlights":["SQL reporting for e-commerce"]}],
             "education":[{"institution":"UT Austin","area":"Finance","studyType":"BBA","endDate":"2015"}],
             "certificates":[{"name":"Certified ScrumMaster","date":"2019-05-01"}]}
            """;
        var r = Parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(json), "sam.json"), Today);
        Assert.Equal(("Sam Lee", "sam@example.com", "Scrum Master"), (r.Name, r.Email, r.Headline));
        Assert.Equal("US", r.Location?.Country);
        Assert.Equal(["Lone Star Bank", "HEB"], r.Roles.Select(x => x.Employer));
        Assert.True(r.Roles[0].Current);
        Assert.Contains(r.Certifications, c => c.TaxonomyCode == "csm" && c.Year == 2019);
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "sql" && s.LastUsedYear == 2020);
        Assert.Contains(r.Industries, i => i.Industry == "financial-services");
        Assert.Equal(2015, r.Education[0].Year);
    }

    [Fact]
    public void A_certificates_issuer_is_read_and_written_back()
    {
        const string json = """
            {"basics":{"name":"Sam Lee","email":"sam@example.com"},
             "certificates":[{"name":"Certified ScrumMaster","date":"2019-05-01","issuer":"Scrum Alliance"},{"name":"CPR Certification","issuer":"American Red Cross"},
                             {"name":"PMP"}]}
            """;
        var r = Parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(json), "sam.json"), Today);
        Assert.Equal("Scrum Alliance", r.Certifications.Single(c => c.TaxonomyCode == "csm").Issuer);
        using var written = JsonDocument.Parse(JsonResumeWriter.Write(r));
        var certificates = written.RootElement.GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal("Scrum Alliance", certificates.Single(c => c.GetProperty("name").GetString() == "CSM").GetProperty("issuer").GetString());
        Assert.False(certificates.Single(c => c.GetProperty("name").GetString() == "PMP").TryGetProperty("issuer", out _));
        var again = Parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(JsonResumeWriter.Write(r)), "again.json"), Today);
        Assert.Equal(r.Certifications.Select(c => (c.TaxonomyCode, c.Issuer)), again.Certifications.Select(c => (c.TaxonomyCode, c.Issuer)));
    }

    [Fact]
    public void A_roles_highlights_stay_highlights_through_a_parse_and_back()
    {
        var json = """
            {"basics": {"name": "Grace Hopkins", "email": "grace@example.com"},
             "work": [{"name": "Mercy Health", "position": "IT Project Manager", "startDate": "2019-01",
                       "summary": "Runs the Epic programme.", "highlights": ["Led the go-live for 12 hospitals.", "Cut the backlog by 40%."]}]}
            """;
        var parsed = Parser.Parse(TextExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(json), "grace.json"), Today);
        using var written = JsonDocument.Parse(JsonResumeWriter.Write(parsed));
        var work = written.RootElement.GetProperty("work")[0];
        Assert.Equal("Runs the Epic programme.", work.GetProperty("summary").GetString());
        Assert.Equal(["Led the go-live for 12 hospitals.", "Cut the backlog by 40%."], work.GetProperty("highlights").EnumerateArray().Select(h => h.GetString()));
    }

    [Theory]
    [InlineData("Leads the claims platform.\n• Led the go-live for\n12 hospitals.\n- Cut the backlog.", "Leads the claims platform.", "Led the go-live for 12 hospitals.|Cut the backlog.")]
    [InlineData("Requirements for the core banking upgrade.\nUser stories with the product owner.", "Requirements for the core banking upgrade.\nUser stories with the product owner.", "")]
    [InlineData("● Ran UAT.\n\nEnvironment: Jira, SQL", "Environment: Jira, SQL", "Ran UAT.")]
    [InlineData("\uF0B7 Ran UAT.\n\uF0A7 Wrote stories.", null, "Ran UAT.|Wrote stories.")]
    [InlineData("Developing strategies to improve user experience and\nmeet business goals. Led the team\nof five.\nSuccessfully delivered.", "Developing strategies to improve user experience and meet business goals. Led the team of five.\nSuccessfully delivered.", "")]
    [InlineData("Tools used:\nJira, SQL", "Tools used:\nJira, SQL", "")]
    public void A_roles_text_splits_into_its_summary_and_bulleted_highlights(string description, string? summary, string highlights)
    {
        var (s, h) = JsonResumeWriter.SummaryAndHighlights(description);
        Assert.Equal(summary, s);
        Assert.Equal(highlights.Length == 0 ? [] : highlights.Split('|'), h);
    }

    [Fact]
    public void A_role_dated_by_years_is_written_with_years_and_read_back_to_the_same_months()
    {
        var parsed = Parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nExperience\n2012 – 2017 Analyst, Northwind Traders\nRan reports.\n"
            + "Jan 2010 – Mar 2011 Clerk, Contoso Ltd\nFiled papers.\n2018 – Present Manager, Fabrikam Inc\nLed the team.\n"), Today);
        using var json = JsonDocument.Parse(JsonResumeWriter.Write(parsed));
        var work = json.RootElement.GetProperty("work").EnumerateArray().ToList();
        Assert.Equal(["2012", "2010-01", "2018"], work.Select(w => w.GetProperty("startDate").GetString()));
        Assert.Equal("2017", work[0].GetProperty("endDate").GetString());
        Assert.Equal("2011-03", work[1].GetProperty("endDate").GetString());
        Assert.False(work[2].TryGetProperty("endDate", out _));
        // Read back: a year alone that ends a range is its last month, so the years of work are the same.
        var back = Parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(json.RootElement.GetRawText()), "jo.json"), Today);
        Assert.Equal(parsed.Roles.Select(r => (r.Start, r.End, r.YearsOnly)), back.Roles.Select(r => (r.Start, r.End, r.YearsOnly)));
        Assert.Equal(new DateOnly(2017, 12, 1), back.Roles[0].End);
        Assert.Equal(parsed.TotalYears, back.TotalYears);
    }

    [Fact]
    public void A_skills_keywords_are_the_words_the_resume_wrote_for_it()
    {
        var parser = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var parsed = parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nSkills\nJavaScript (ES6+), TypeScript, HTML5, CSS3, Angular,\n"
            + "Vue.js, Google Cloud\nPlatform, Python\n"), Today);
        using var json = JsonDocument.Parse(JsonResumeWriter.Write(parsed));
        var skills = json.RootElement.GetProperty("skills").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!,
            s => s.TryGetProperty("keywords", out var k) ? k.EnumerateArray().Select(x => x.GetString()!).ToList() : []);
        Assert.Equal(["HTML5", "CSS3", "Angular", "Vue.js"], skills["Front-end development"]);
        Assert.Equal(["TypeScript"], skills["JavaScript"]);
        // A word written across two lines is one, with one space; the skill's own name is not repeated.
        Assert.Equal(["Google Cloud Platform"], skills["Google Cloud Platform (GCP)"]);
        Assert.Empty(skills["Python"]);
        // Read back, the words are the skills listed, and map to the same skills.
        var back = parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(json.RootElement.GetRawText()), "jo.json"), Today);
        Assert.Equal(parsed.Skills.Select(s => s.TaxonomyCode).Order(), back.Skills.Select(s => s.TaxonomyCode).Order());
        Assert.Contains("Vue.js", back.ListedSkills);
    }
}
