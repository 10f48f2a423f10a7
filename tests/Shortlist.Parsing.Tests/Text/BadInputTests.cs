using System.IO.Compression;
using System.Text;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Text;

public class BadInputTests
{
    private static ParseProblem ProblemOf(byte[] bytes, string name, ParseLimits? limits = null)
        => Assert.Throws<ParseException>(() => TextExtractor.Extract(bytes, name, limits)).Problem;

    [Theory]
    [InlineData("empty.pdf")]
    [InlineData("empty.docx")]
    [InlineData("empty.txt")]
    public void Empty_file_is_empty(string name) => Assert.Equal(ParseProblem.Empty, ProblemOf([], name));

    [Fact]
    public void Whitespace_only_text_is_empty() => Assert.Equal(ParseProblem.Empty, ProblemOf("  \n\t \r\n"u8.ToArray(), "cv.txt"));

    [Fact]
    public void Truncated_pdf_is_corrupt_or_empty()
    {
        var pdf = PdfFactory.SingleColumn(SampleResume.Lines);
        var problem = ProblemOf(pdf[..(pdf.Length / 3)], "cut.pdf");
        Assert.Contains(problem, new[] { ParseProblem.Corrupt, ParseProblem.Empty });
    }

    [Fact]
    public void Password_protected_pdf_is_encrypted()
        => Assert.Equal(ParseProblem.Encrypted, ProblemOf(PdfFactory.SingleColumn(["Secret résumé"], userPassword: "s3cret"), "locked.pdf"));

    [Fact]
    public void Password_protected_docx_is_encrypted()
    {
        // Encrypted Office documents are OLE compound files, whatever their extension.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];
        Assert.Equal(ParseProblem.Encrypted, ProblemOf(ole, "locked.docx"));
    }

    [Theory]
    [InlineData("garbage.pdf", ParseProblem.Corrupt)]
    [InlineData("garbage.docx", ParseProblem.Corrupt)]
    [InlineData("garbage.bin", ParseProblem.UnsupportedType)]
    public void Random_bytes_are_refused(string name, ParseProblem expected)
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);
        Assert.Equal(expected, ProblemOf(bytes, name));
    }

    [Fact]
    public void Pdf_header_with_garbage_after_it_is_corrupt()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Repeat((byte)0x41, 5000)).ToArray();
        Assert.Contains(ProblemOf(bytes, "x.pdf"), new[] { ParseProblem.Corrupt, ParseProblem.Empty });
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        using (var entry = new StreamWriter(zip.CreateEntry("hello.txt").Open())) entry.Write("hello");
        Assert.Equal(ParseProblem.Corrupt, ProblemOf(stream.ToArray(), "hello.docx"));
        Assert.Equal(ParseProblem.UnsupportedType, ProblemOf(stream.ToArray(), "hello.zip"));
    }

    [Fact]
    public void Docx_zip_bomb_is_refused_before_it_expands()
    {
        var docx = DocxFactory.Create(["Jane Doe"]);
        var chunk = new byte[1024 * 1024];
        var bomb = DocxFactory.WithEntry(docx, "word/media/image1.bin", s => { for (var i = 0; i < 200; i++) s.Write(chunk); }, CompressionLevel.SmallestSize);
        Assert.True(bomb.Length < 2 * 1024 * 1024, "the bomb should be small on disk");
        Assert.Equal(ParseProblem.TooLarge, ProblemOf(bomb, "bomb.docx"));
    }

    [Fact]
    public void Docx_with_too_many_entries_is_too_complex()
    {
        var docx = DocxFactory.Create(["Jane Doe"]);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, true))
            for (var i = 0; i < 1_100; i++) zip.CreateEntry($"customXml/item{i}.xml");
        Assert.Equal(ParseProblem.TooComplex, ProblemOf(stream.ToArray(), "many.docx"));
    }

    [Fact]
    public void Docx_with_entity_expansion_or_external_entity_is_refused()
    {
        var docx = DocxFactory.Create(["Jane Doe"]);
        const string payload = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE w:document [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
            ]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>&xxe;</w:t></w:r></w:p><w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:body></w:document>
            """;
        var evil = DocxFactory.WithEntry(docx, "word/document.xml", s => s.Write(Encoding.UTF8.GetBytes(payload)));
        // The SDK reads parts with DTD processing prohibited: the part is refused before any entity is resolved.
        var error = Assert.Throws<ParseException>(() => TextExtractor.Extract(evil, "evil.docx"));
        Assert.Equal(ParseProblem.Corrupt, error.Problem);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Macro_enabled_document_is_not_accepted()
    {
        var docx = DocxFactory.Create(["Jane Doe"]);
        var macro = DocxFactory.WithEntry(docx, "[Content_Types].xml", s =>
        {
            using var original = new ZipArchive(new MemoryStream(docx)).GetEntry("[Content_Types].xml")!.Open();
            using var reader = new StreamReader(original);
            var xml = reader.ReadToEnd().Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal);
            s.Write(Encoding.UTF8.GetBytes(xml));
        });
        Assert.Equal(ParseProblem.UnsupportedType, ProblemOf(macro, "macro.docx"));
    }

    [Fact]
    public void Oversized_input_is_too_large_before_it_is_read()
    {
        var big = new byte[11 * 1024 * 1024];
        Assert.Equal(ParseProblem.TooLarge, ProblemOf(big, "big.pdf"));
        var stream = new MemoryStream(big);
        Assert.Equal(ParseProblem.TooLarge, Assert.Throws<ParseException>(() => TextExtractor.Extract(stream, "big.pdf")).Problem);
    }

    [Fact]
    public void Too_many_pages_or_characters_is_refused()
    {
        var pdf = PdfFactory.SingleColumn(Enumerable.Range(0, 400).Select(i => $"Line {i} of a long résumé"));
        Assert.Equal(ParseProblem.TooComplex, ProblemOf(pdf, "long.pdf", new ParseLimits(MaxPages: 2)));
        Assert.Equal(ParseProblem.TooLarge, ProblemOf(Encoding.UTF8.GetBytes(new string('x', 5000)), "long.txt", new ParseLimits(MaxCharacters: 1000)));
    }

    [Fact]
    public void Spent_time_budget_is_a_timeout()
    {
        var pdf = PdfFactory.SingleColumn(SampleResume.Lines);
        Assert.Equal(ParseProblem.Timeout, ProblemOf(pdf, "slow.pdf", new ParseLimits(TimeBudget: TimeSpan.Zero)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Equal(ParseProblem.Timeout, Assert.Throws<ParseException>(() => TextExtractor.Extract(pdf, "x.pdf", null, cancelled.Token)).Problem);
    }

    [Fact]
    public void Binary_with_txt_name_is_unsupported()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 32)).ToArray();
        Assert.Equal(ParseProblem.UnsupportedType, ProblemOf(bytes, "cv.txt"));
    }

    [Fact]
    public void Invalid_json_is_corrupt() => Assert.Equal(ParseProblem.Corrupt, ProblemOf("{\"basics\": {"u8.ToArray(), "cv.json"));
}
