using Shortlist.Parsing.Resumes;

namespace Shortlist.Parsing.Tests.Resumes;

public class CertificateIssuerTests
{
    [Theory]
    [InlineData("PMP, PMI, 2016", "PMP", "Project Management Institute")]
    [InlineData("Project Management Professional (PMP), PMI, 2016", "Project Management Professional", "Project Management Institute")]
    [InlineData("Certified ScrumMaster (CSM) – Scrum Alliance – 2018", "Certified ScrumMaster", "Scrum Alliance")]
    [InlineData("CBAP (IIBA)", "CBAP", "International Institute of Business Analysis")]
    [InlineData("CBAP issued by IIBA in 2019", "CBAP", "International Institute of Business Analysis")]
    [InlineData("Microsoft Certified: Azure Fundamentals", "Microsoft Certified: Azure Fundamentals", "Microsoft")]
    [InlineData("Certified SAFe Agilist, 2021 - Scaled Agile, Inc.", "Certified SAFe Agilist", "Scaled Agile")]
    [InlineData("Earned the PMP while rolling out Oracle for the IBM account", "PMP", null)]
    [InlineData("PMP; tools: Oracle, SAP", "PMP", null)]
    [InlineData("PMP, pmi", "PMP", null)]
    [InlineData("PMP, Microsoft Project", "PMP", null)]
    [InlineData("Skills: PMP, Microsoft Project, Jira, Confluence", "PMP", null)]
    [InlineData("PMP | Google Analytics", "PMP", null)]
    [InlineData("PMP, SAP, Oracle", "PMP", null)]
    [InlineData("CSM, Oracle", "CSM", null)]
    [InlineData("ITIL 4, ServiceNow, Jira", "ITIL 4", null)]
    [InlineData("PMP, PMI-ACP, CSM", "PMP", null)]
    [InlineData("Azure Administrator Associate (Microsoft), 2022", "Azure Administrator Associate", "Microsoft")]
    [InlineData("Certified ScrumMaster, Scrum Alliance (2018)", "Certified ScrumMaster", "Scrum Alliance")]
    [InlineData("PMP | PMI | 2016", "PMP", "Project Management Institute")]
    [InlineData("PMP – Project Management Institute (PMI), 2016", "PMP", "Project Management Institute")]
    [InlineData("PMP, PMI, 03/2016", "PMP", "Project Management Institute")]
    [InlineData("PMP, PMI, 2016 – Present", "PMP", "Project Management Institute")]
    [InlineData("Certified Scrum Product Owner (CSPO), Scrum Alliance, Inc.", "Certified Scrum Product Owner", "Scrum Alliance")]
    [InlineData("Certified ScrumMaster (CSM), Scrum Alliance, #000123456", "Certified ScrumMaster", "Scrum Alliance")]
    [InlineData("ITIL 4 Foundation, AXELOS/PeopleCert, 2021", "ITIL 4 Foundation", "AXELOS")]
    [InlineData("PMP, Project Management Institute 2016", "PMP", "Project Management Institute")]
    public void The_issuer_is_read_inside_the_name_or_right_after_it(string line, string certificate, string? issuer)
    {
        var at = line.IndexOf(certificate, StringComparison.Ordinal);
        Assert.Equal(issuer, CertificateIssuer.Near(line, at, at + certificate.Length, [], null));
    }

    [Theory]
    [InlineData("CBAP\nInternational Institute of Business Analysis · Issued 2019", "International Institute of Business Analysis")]
    [InlineData("Project Management Professional\n• PMI, May 2016", "Project Management Institute")]
    [InlineData("CSPO\nOracle, SAP, Workday", null)]
    [InlineData("CSPO\nOracle implementation lead", null)]
    [InlineData("PMP\nIBM, 2012 – 2018", null)]
    [InlineData("Certified ScrumMaster\nMicrosoft | 2016 – 2020", null)]
    [InlineData("Certified ScrumMaster\nScrum Alliance, May 2018", "Scrum Alliance")]
    [InlineData("Azure Fundamentals\nMicrosoft · Issued Jan 2022", "Microsoft")]
    public void The_issuer_may_open_the_line_under_the_certificate(string text, string? issuer)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        Assert.Equal(issuer, CertificateIssuer.Near(text, 0, end, [], null));
    }

    [Fact]
    public void A_parsed_resume_keeps_each_certificates_issuer()
    {
        var parser = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var r = parser.Parse(Shortlist.Parsing.Text.ExtractedText.FromPlainText("""
            Jane Doe
            jane@example.com

            SUMMARY
            Project manager; BLS and CPR Certification holder.

            CERTIFICATIONS
            Project Management Professional (PMP), PMI, 2016
            Certified ScrumMaster (CSM) – Scrum Alliance – 2018
            CBAP
            International Institute of Business Analysis · Issued 2019
            SAFe Agilist, CSPO
            Oracle, SAP, Workday
            CPR Certification, American Red Cross
            PMP, Microsoft Project, Jira

            EXPERIENCE
            Project Manager, Acme — Jan 2018 – Present
            • Earned ITIL 4 Foundation while rolling out ServiceNow for the IBM account.
            """, "jane.txt"), new DateOnly(2026, 11, 27));
        var issuers = r.Certifications.ToDictionary(c => c.TaxonomyCode, c => c.Issuer);
        Assert.Equal("Project Management Institute", issuers["pmp"]);
        Assert.Equal("Scrum Alliance", issuers["csm"]);
        Assert.Equal("International Institute of Business Analysis", issuers["cbap"]);
        Assert.Equal("American Red Cross", issuers["cpr-certification"]);
        Assert.Null(issuers["safe-agilist"]);
        Assert.Null(issuers["cspo"]);
        Assert.Null(issuers["itil-4"]);
        Assert.All(r.Certifications, c => c.Validated());
    }

    [Fact]
    public void The_issuer_is_not_read_past_the_next_certificate_on_the_line()
    {
        const string line = "PMP, CSM (Scrum Alliance)";
        Assert.Null(CertificateIssuer.Near(line, 0, 3, [(0, "pmp"), (5, "csm")], "pmp"));
        Assert.Equal("Scrum Alliance", CertificateIssuer.Near(line, 5, 8, [(0, "pmp"), (5, "csm")], "csm"));
        // The certificate's own abbreviation after its name is no other certificate.
        const string named = "Project Management Professional (PMP), PMI";
        Assert.Equal("Project Management Institute", CertificateIssuer.Near(named, 0, 31, [(0, "pmp"), (33, "pmp")], "pmp"));
    }
}
