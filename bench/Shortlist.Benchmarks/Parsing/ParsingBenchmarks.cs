using BenchmarkDotNet.Attributes;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Benchmarks.Parsing;

/// <summary>
/// Résumé parsing throughput on one thread: extract text and parse the profile of generated two-page PDF and DOCX
/// résumés. One operation is one résumé, so résumés a second = 1 s / mean. The bar is 20 a second on one core.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private const int Count = 40;
    private readonly DateOnly _today = new(2026, 11, 25);
    private List<byte[]> _pdfs = [];
    private List<byte[]> _docxs = [];
    private List<string> _texts = [];
    private ResumeParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lines = GeneratedResumes.Lines(Count);
        _pdfs = lines.Select(GeneratedResumes.Pdf).ToList();
        _docxs = lines.Select(GeneratedResumes.Docx).ToList();
        _texts = lines.Select(l => string.Join('\n', l)).ToList();
        _parser = new ResumeParser(TestTaxonomy.Matcher);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Pdf()
    {
        var roles = 0;
        foreach (var pdf in _pdfs) roles += _parser.Parse(TextExtractor.Extract(pdf, "resume.pdf"), _today).Roles.Count;
        return roles;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Docx()
    {
        var roles = 0;
        foreach (var docx in _docxs) roles += _parser.Parse(TextExtractor.Extract(docx, "resume.docx"), _today).Roles.Count;
        return roles;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int PlainTextParseOnly()
    {
        var roles = 0;
        foreach (var text in _texts) roles += _parser.Parse(ExtractedText.FromPlainText(text), _today).Roles.Count;
        return roles;
    }
}
