using System.Text;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Text;

public class TextExtractorTests
{
    [Fact]
    public void Pdf_single_column_keeps_lines_in_order()
    {
        var pdf = PdfFactory.SingleColumn(SampleResume.Lines);
        var text = TextExtractor.Extract(pdf, "jane.pdf", Patience.Limits);
        Assert.Equal(SourceFormat.Pdf, text.Format);
        Assert.StartsWith("Jane Q. Doe\nSenior IT Project Manager", text.Text, StringComparison.Ordinal);
        Assert.True(text.Text.IndexOf("EXPERIENCE", StringComparison.Ordinal) < text.Text.IndexOf("EDUCATION", StringComparison.Ordinal));
        Assert.Contains("jane.doe@example.com", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_two_columns_read_left_column_before_right_column()
    {
        string[] left = ["EXPERIENCE", "Project Manager, Acme", "Jan 2019 - Present", "Led the EHR rollout.", "Business Analyst, Beta", "2015 - 2018", "Wrote requirements."];
        string[] right = ["SKILLS", "Jira", "Scrum", "SQL", "CERTIFICATIONS", "PMP", "CSM"];
        var pdf = PdfFactory.TwoColumns("Jane Doe", left, right);
        var text = TextExtractor.Extract(pdf, "two.pdf", Patience.Limits).Text;
        var lines = text.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.Equal("Jane Doe", lines[0]);
        Assert.Equal(left.Concat(right), lines.Skip(1));
    }

    [Fact]
    public void Pdf_is_told_by_its_bytes_not_its_name()
    {
        var pdf = PdfFactory.SingleColumn(["Hello PDF"]);
        Assert.Equal(SourceFormat.Pdf, TextExtractor.Extract(pdf, "resume.txt", Patience.Limits).Format);
        Assert.Equal("Hello PDF", TextExtractor.Extract(new MemoryStream(pdf), "noext", Patience.Limits).Text);
    }

    [Fact]
    public void Docx_reads_paragraphs_table_rows_and_text_boxes_in_order()
    {
        var docx = DocxFactory.Create(["Jane Doe", "EXPERIENCE"], [["Project Manager", "Acme", "2019 - Present"], ["Analyst", "Beta", "2015 - 2018"]], "Contact\njane@example.com");
        var text = TextExtractor.Extract(docx, "jane.docx", Patience.Limits);
        Assert.Equal(SourceFormat.Docx, text.Format);
        Assert.Equal("Jane Doe\nEXPERIENCE\nProject Manager | Acme | 2019 - Present\nAnalyst | Beta | 2015 - 2018\n\nContact\njane@example.com", text.Text);
    }

    [Fact]
    public void A_docx_table_cell_of_several_paragraphs_keeps_them_as_lines_and_the_roles_are_read()
    {
        var docx = DocxFactory.Create(["Jane Doe", "jane@example.com", "EXPERIENCE"],
            [["Jan 2020 - Present", "Senior Business Analyst, Acme Bank\n• Led requirements for the core banking upgrade.\n• Ran UAT with 40 users."],
             ["Mar 2015 - Dec 2019", "Business Analyst, Beta Health\n• Wrote user stories for the Epic rollout."]], null);
        var text = TextExtractor.Extract(docx, "jane.docx", Patience.Limits);
        Assert.Contains("Jan 2020 - Present | Senior Business Analyst, Acme Bank\n• Led requirements for the core banking upgrade.\n• Ran UAT with 40 users.\n", text.Text, StringComparison.Ordinal);
        var r = new Shortlist.Parsing.Resumes.ResumeParser(TestTaxonomy.Matcher).Parse(text, new DateOnly(2026, 11, 25));
        Assert.Equal([("Senior Business Analyst", "Acme Bank"), ("Business Analyst", "Beta Health")], r.Roles.Select(x => (x.Title, x.Employer)));
        Assert.Equal(new DateOnly(2015, 3, 1), r.Roles[1].Start);
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf16-le")]
    [InlineData("utf16-be")]
    [InlineData("utf8")]
    [InlineData("latin1")]
    public void Plain_text_is_decoded_by_bom_or_falls_back_to_latin1(string encoding)
    {
        const string content = "José Müller\nProject manager — Zürich";
        var bytes = encoding switch
        {
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)],
            "utf16-le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content)],
            "utf16-be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(content)],
            "utf8" => Encoding.UTF8.GetBytes(content),
            _ => Encoding.Latin1.GetBytes(content.Replace('—', '-')),
        };
        var text = TextExtractor.Extract(bytes, "cv.txt");
        Assert.Equal(SourceFormat.PlainText, text.Format);
        Assert.Equal(encoding == "latin1" ? content.Replace('—', '-') : content, text.Text);
    }

    [Fact]
    public void Json_resume_is_recognised_and_rendered()
    {
        var json = """{"basics":{"name":"Jane Doe","email":"jane@example.com"},"work":[{"name":"Acme","position":"PM","startDate":"2019-01"}]}""";
        var text = TextExtractor.Extract(Encoding.UTF8.GetBytes(json), "jane.json");
        Assert.Equal(SourceFormat.JsonResume, text.Format);
        Assert.Contains("Jane Doe", text.Text, StringComparison.Ordinal);
        Assert.Equal(json, text.Json);
    }

    [Fact]
    public void Every_sample_pdf_yields_text()
    {
        foreach (var folder in new[] { Repo.Data("resumes", "pdf-samples"), Repo.Data("postings", "pdf-samples") })
        {
            var files = Directory.GetFiles(folder, "*.pdf");
            Assert.True(files.Length >= 4, $"Expected the sample PDFs in {folder}.");
            foreach (var file in files)
            {
                var text = TextExtractor.Extract(File.ReadAllBytes(file), Path.GetFileName(file), Patience.Limits);
                Assert.True(text.Text.Length > 300, $"{file} gave only {text.Text.Length} characters.");
                Assert.DoesNotContain('\uFFFD', text.Text);
            }
        }
    }

    [Fact]
    public void A_hyphen_of_the_word_itself_stays_when_a_pdf_line_breaks_after_it()
    {
        var pdf = PdfFactory.SingleColumn(["Led the Epic go-", "live for twelve clinics with a cross-", "functional team and a deploy-", "ment plan."]);
        var text = TextExtractor.Extract(pdf, "hyphens.pdf", Patience.Limits).Text;
        Assert.Contains("Epic go-live for", text, StringComparison.Ordinal);
        Assert.Contains("cross-functional team", text, StringComparison.Ordinal);
        Assert.Contains("deployment plan.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alfred_pennyworth_pm.pdf", "Developing product")]
    [InlineData("bruce_wayne_fullstack.pdf", "for deployment and")]
    public void A_word_broken_at_the_end_of_a_pdf_line_is_joined_again(string file, string joined)
    {
        var text = TextExtractor.Extract(File.ReadAllBytes(Path.Combine(Repo.Data("resumes", "pdf-samples"), file)), file, Patience.Limits).Text;
        Assert.Contains(joined, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[a-z]-\n[a-z]", text);
    }
}
