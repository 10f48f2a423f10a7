using System.Diagnostics;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Text;

/// <summary>Seeded random mutations of valid files: only <see cref="ParseException"/> may escape, and every run is bounded.</summary>
public class FuzzTests
{
    private static readonly ParseLimits Limits = new(TimeBudget: TimeSpan.FromSeconds(1.5));

    [Theory]
    [InlineData("pdf", 20260101)]
    [InlineData("docx", 20260102)]
    public void Mutated_files_give_text_or_a_parse_exception(string kind, int seed)
    {
        var valid = kind == "pdf"
            ? PdfFactory.SingleColumn(SampleResume.Lines)
            : DocxFactory.Create(SampleResume.Lines, [["Jira", "Scrum"]], "Text box");
        var random = new Random(seed);
        for (var run = 0; run < 300; run++)
        {
            var mutated = Mutate(valid, random);
            var clock = Stopwatch.StartNew();
            try
            {
                TextExtractor.Extract(mutated, "fuzz." + kind, Limits);
            }
            catch (ParseException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"Run {run} (seed {seed}) threw {e.GetType().Name}: {e.Message}");
            }
            // The budget is checked between pages, and wall-clock time on a loaded 2-core machine includes waiting for a core
            // (a run took 2.6 s with the whole suite running beside it); a hang would run far past budget + 3 s.
            Assert.True(clock.Elapsed < Limits.Budget + TimeSpan.FromSeconds(3), $"Run {run} (seed {seed}) took {clock.Elapsed.TotalSeconds:0.00} s.");
        }
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (var i = 0; i < 1 + random.Next(20); i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 1:
                return bytes[..random.Next(1, bytes.Length)];
            case 2:
                var at = random.Next(bytes.Length);
                var from = random.Next(bytes.Length);
                var length = random.Next(1, Math.Min(2000, bytes.Length - from));
                return [.. bytes[..at], .. bytes.AsSpan(from, length), .. bytes[at..]];
            default:
                var start = random.Next(bytes.Length);
                var count = random.Next(1, Math.Min(500, bytes.Length - start));
                return [.. bytes[..start], .. bytes[(start + count)..]];
        }
    }
}
