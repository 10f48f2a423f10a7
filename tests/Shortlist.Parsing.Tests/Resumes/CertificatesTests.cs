using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

/// <summary>Certificates, licences and courses named anywhere in a résumé, as written, whether or not the taxonomy knows them.</summary>
public class CertificatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly ResumeParser Parser = new(TestTaxonomy.Matcher);

    private static List<string> Read(params string[] lines) => CertificateReader.Read(lines);

    [Theory]
    [InlineData("Pennsylvania Teaching Certification", "Pennsylvania Teaching Certification")]
    [InlineData("Holds a current CPR Certification and a driving licence", "CPR Certification")]
    [InlineData("Women Studies Certificate, 2009", "Women Studies Certificate")]
    [InlineData("Professional Educator License", "Professional Educator License")]
    [InlineData("Victorian Certificate of Education (VCE)", "Victorian Certificate of Education (VCE)")]
    [InlineData("Certificate in Commercial Law and Practice 1990", "Certificate in Commercial Law and Practice")]
    [InlineData("Microsoft Certified Systems Engineer (MCSE)", "Microsoft Certified Systems Engineer (MCSE)")]
    [InlineData("Red Hat Certified Technician (RHCT)", "Red Hat Certified Technician (RHCT)")]
    [InlineData("Certified Public Accountant with ten years in audit", "Certified Public Accountant")]
    [InlineData("Licensed Clinical Professional Counselor (LCPC)", "Licensed Clinical Professional Counselor (LCPC)")]
    [InlineData("Microsoft Certified Professional for Microsoft SQL Server 2000 (June 2005)", "Microsoft Certified Professional for Microsoft SQL Server 2000")]
    [InlineData("IL Professional Educator License", "Professional Educator License")]
    [InlineData("ITIL v4 Foundation Certificate", "ITIL v4 Foundation Certificate")]
    [InlineData("ITIL® 4 Foundation Certificate", "ITIL® 4 Foundation Certificate")]
    [InlineData("CPR Certification valid through 2025", "CPR Certification")]
    [InlineData("-Oracle Certified Associate (OCA 1z0-007) with 90%.", "Oracle Certified Associate (OCA 1z0-007)")]
    [InlineData("Medical Assistant Certification for the State of Washington", "Medical Assistant Certification")]
    [InlineData("Women Studies Certificate Program", "Women Studies Certificate")]
    [InlineData("Teacher Certification for Elementary Education", "Teacher Certification for Elementary Education")]
    [InlineData("New York State Certified School Counselor (Provisional)", "New York State Certified School Counselor (Provisional)")]
    [InlineData("• Oracle Certified Professional, Java SE 8 Programmer", "Oracle Certified Professional, Java SE 8 Programmer")]
    [InlineData("Oracle Certified Expert, Java EE 6 Web Component Developer (OCEJWCD), 2016", "Oracle Certified Expert, Java EE 6 Web Component Developer (OCEJWCD)")]
    [InlineData("Oracle Certified Associate, Oracle Database 12c", "Oracle Certified Associate")]
    public void A_certificate_is_read_as_written(string line, string expected) => Assert.Equal([expected], Read(line));

    [Theory]
    [InlineData("Worked with Licensed Clinical Social Workers on intake.")]
    [InlineData("Certificate")]
    [InlineData("Certificate of 2010")]
    [InlineData("Received a certificate of merit from the dean")]
    [InlineData("University of Michigan on Coursera Certificate")]
    [InlineData("Eligible for Certification")]
    [InlineData("Microsoft Certified Course")]
    [InlineData("Coordinated UAT and Release Certification for each sprint")]
    [InlineData("Negotiated Microsoft Enterprise License Agreements worth $2M")]
    [InlineData("Managed Oracle License Compliance across 40 sites")]
    [InlineData("Managed SSL Certificate renewals")]
    public void Words_that_name_no_certificate_are_not_read(string line) => Assert.Empty(Read(line));

    [Fact]
    public void A_comma_after_a_level_still_separates_certificates_in_a_list()
        => Assert.Equal(["Certified Scrum Master", "Certified Scrum Product Owner", "Oracle Certified Professional"],
            Read("Certified Scrum Master, Certified Scrum Product Owner", "Oracle Certified Professional, Certified Scrum Master"));

    [Fact]
    public void Names_stop_at_a_column_gap_and_each_is_read_once()
    {
        var found = Read("EDUCATION  Bachelor of Arts  Ambulance First Aid Certificate  St John", "Ambulance First Aid Certificate");
        Assert.Equal(["Ambulance First Aid Certificate"], found);
    }

    [Fact]
    public void The_profile_and_JSON_Resume_hold_those_the_taxonomy_does_not_know_and_awards_are_left_out()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jane Roe\njane@example.com\n\nCertifications\nCPR Certification, 2019\nCertificate of Appreciation\nCertified Scrum Master (CSM)\n"), Today);
        Assert.Contains("CPR Certification", r.MentionedCertificates);
        Assert.Contains("CPR Certification", r.OtherCertificates);
        Assert.Contains("Certified Scrum Master (CSM)", r.MentionedCertificates);
        Assert.DoesNotContain("Certified Scrum Master (CSM)", r.OtherCertificates);
        Assert.Contains(r.Certifications, c => c.TaxonomyCode == "csm");
        // Those the taxonomy does not know are the profile's certifications too, under their own code and with their year.
        Assert.Contains(new Shortlist.Domain.Candidates.ProfileCertification("cpr-certification", "CPR Certification", 2019), r.Certifications);
        Assert.DoesNotContain(r.MentionedCertificates, c => c.Contains("Appreciation", StringComparison.Ordinal));
        var json = System.Text.Json.JsonDocument.Parse(JsonResumeWriter.Write(r));
        var names = json.RootElement.GetProperty("certificates").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("CPR Certification", names);
        Assert.Single(names, n => n == "CPR Certification");
        Assert.DoesNotContain("Certified Scrum Master (CSM)", names);
    }

    [Theory]
    [InlineData(10_000, "Certification ", "A-", "")]
    [InlineData(245_000, "Certified ", "A&", "")]
    [InlineData(160_000, "", "Ab ", "Certificate")]
    public void Hostile_runs_of_words_are_read_in_bounded_time_without_an_error(int times, string lead, string unit, string tail)
    {
        var text = "Jo Example\n\nCertifications\n" + lead + string.Concat(Enumerable.Repeat(unit, times)) + tail + "\n";
        // Before the cells were bounded and the words atomic, these threw a RegexMatchTimeoutException out of the parser.
        // A pattern that runs away still fails here (each match has its own timeout of a second or two); the whole-file
        // budget is widened from 10 to 60 seconds because these texts, near the 500,000-character limit, take 2 to 3
        // seconds on a quiet machine and ran past 10 on a loaded one, which is the budget doing its work, not a fault.
        var r = Parser.Parse(ExtractedText.FromPlainText(text), Today, new ParseLimits(TimeBudget: TimeSpan.FromSeconds(60)));
        Assert.True(r.Certifications.Count <= 30);
    }

    [Fact]
    public void Lines_longer_than_a_resume_writes_are_cut_at_spaces()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"word{i}"));
        var lines = ResumeParser.Reflow("Jo Example\n" + words + "\n" + new string('x', 5000) + "\n");
        Assert.All(lines, l => Assert.True(l.Length <= ResumeParser.MaxLine));
        Assert.Equal(words, string.Join(' ', lines.Where(l => l.StartsWith("word", StringComparison.Ordinal))));
        Assert.Equal(5000, lines.Where(l => l.StartsWith('x')).Sum(l => l.Length));
    }

    [Fact]
    public void At_most_thirty_are_read()
    {
        var line = string.Join("  ", Enumerable.Range(0, 1000).Select(i => $"X{i} Certificate"));
        Assert.Equal(30, Read(line).Count);
        Assert.True(Parser.Parse(ExtractedText.FromPlainText("Jo Example\n\n" + line + "\n"), Today).Certifications.Count <= 30);
    }

    [Fact]
    public void A_json_resume_keeps_the_date_of_a_certificate_the_taxonomy_does_not_know()
    {
        const string json = """
            {
              "basics": { "name": "Sam Roe" },
              "certificates": [
                { "name": "PMP", "date": "2016-05-01" },
                { "name": "CPR Certification", "date": "2019-03-01" }
              ]
            }
            """;
        var r = Parser.Parse(TextExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(json), "sam.json"), Today);
        Assert.Contains(r.Certifications, c => c.TaxonomyCode == "pmp");
        Assert.Contains(new Shortlist.Domain.Candidates.ProfileCertification("cpr-certification", "CPR Certification", 2019), r.Certifications);
    }

    [Fact]
    public void A_certificate_named_by_the_front_of_one_the_profile_holds_is_listed_once()
    {
        var parser = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var r = parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nCERTIFICATIONS\n• AWS Certified Solutions Architect – Associate\n"
            + "• Certified Angular Developer\n"), Today);
        Assert.Single(r.Certifications, c => c.Name.StartsWith("AWS Certified Solutions Architect", StringComparison.Ordinal));
        Assert.Contains(r.Certifications, c => c.Name == "Certified Angular Developer");
    }

    [Fact]
    public void An_oracle_certificate_keeps_its_field_after_the_comma()
    {
        var parser = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var r = parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nCERTIFICATIONS\n• Oracle Certified Professional, Java SE 8 Programmer\n"), Today);
        Assert.Contains(r.Certifications, c => c.Name == "Oracle Certified Professional, Java SE 8 Programmer");
        Assert.DoesNotContain(r.Certifications, c => c.Name == "Oracle Certified Professional");
        var json = System.Text.Json.JsonDocument.Parse(JsonResumeWriter.Write(r));
        var oracle = Assert.Single(json.RootElement.GetProperty("certificates").EnumerateArray(), c => c.GetProperty("name").GetString()!.StartsWith("Oracle", StringComparison.Ordinal));
        Assert.Equal("Oracle Certified Professional, Java SE 8 Programmer", oracle.GetProperty("name").GetString());
        Assert.Equal("Oracle", oracle.GetProperty("issuer").GetString());
    }
}
