using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Shortlist.Benchmarks.Parsing;

/// <summary>Realistic two-page résumés of IT project managers and analysts, as text lines, PDF and DOCX.</summary>
internal static class GeneratedResumes
{
    private static readonly string[] First = ["Jane", "Omar", "Priya", "Luis", "Mei", "Tom", "Aisha", "Lars", "Sofia", "Ken"];
    private static readonly string[] Last = ["Doe", "Haddad", "Raman", "Ortega", "Chen", "Brady", "Khan", "Berg", "Rossi", "Sato"];
    private static readonly string[] Titles = ["Senior IT Project Manager", "Program Manager", "Business Systems Analyst", "Scrum Master", "PMO Lead", "Project Manager"];
    private static readonly string[] Employers = ["Mercy Health Systems", "First Harbor Bank", "Acme Retail Corp", "Northwind Insurance", "Contoso Hospital", "Fabrikam Payments"];
    private static readonly string[] Bullets =
    [
        "Led the Epic EHR rollout across 12 hospitals with a budget of $4.5M and a team of 12; delivered on time and under budget.",
        "Ran Scrum ceremonies and backlog refinement in Jira and Confluence for three agile teams.",
        "Managed a $750K payments modernization with SQL reporting; led 8 engineers and 3 analysts.",
        "Requirements gathering, BPMN process models and UAT for the e-commerce checkout redesign.",
        "HIPAA and SOX compliance reviews with internal audit; risk management and stakeholder management.",
        "Migrated finance to SAP S/4HANA; coordinated cutover, data migration and hypercare with the vendor.",
        "Built Power BI dashboards for the PMO; weekly status to the steering committee and executives.",
    ];

    public static List<string[]> Lines(int count)
    {
        var random = new Random(42);
        var resumes = new List<string[]>();
        for (var i = 0; i < count; i++)
        {
            var lines = new List<string>
            {
                $"{First[i % First.Length]} {Last[(i / First.Length + i) % Last.Length]}",
                Titles[random.Next(Titles.Length)],
                $"Boston, MA | candidate{i}@example.com | (617) 555-{1000 + i} | linkedin.com/in/candidate{i}",
                "", "SUMMARY", "PMP-certified IT project manager leading EHR, ERP and payments programs in healthcare and banking.", "", "EXPERIENCE",
            };
            var year = 2026;
            for (var r = 0; r < 6; r++)
            {
                var start = year - 1 - random.Next(4);
                lines.Add($"{Titles[random.Next(Titles.Length)]}, {Employers[random.Next(Employers.Length)]} — Boston, MA    Jan {start} – {(r == 0 ? "Present" : $"Dec {year}")}");
                for (var b = 0; b < 4; b++) lines.Add("• " + Bullets[random.Next(Bullets.Length)]);
                year = start - 1;
            }
            lines.AddRange(["", "EDUCATION", "Master of Science in Information Systems", "Northeastern University, 2008", "", "CERTIFICATIONS",
                "Project Management Professional (PMP), 2016", "Certified ScrumMaster (CSM), 2018", "", "SKILLS",
                "Jira, Confluence, MS Project, SQL, Agile, Scrum, Stakeholder management, Power BI, Visio, Excel"]);
            resumes.Add([.. lines]);
        }
        return resumes;
    }

    public static byte[] Pdf(string[] lines)
    {
        if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = new DejaVu();
        var document = new PdfDocument();
        var font = new XFont("DejaVu Sans", 9.5);
        XGraphics? gfx = null;
        var y = 0.0;
        foreach (var line in lines)
        {
            if (gfx is null || y > 760) { gfx?.Dispose(); gfx = XGraphics.FromPdfPage(document.AddPage()); y = 60; }
            gfx.DrawString(line, font, XBrushes.Black, new XPoint(40, y));
            y += 13;
        }
        gfx?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static byte[] Docx(string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body(lines.Select(l => new Paragraph(new Run(new Text(l)))));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private sealed class DejaVu : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");
        public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine("/usr/share/fonts/truetype/dejavu", faceName + ".ttf"));
    }
}
