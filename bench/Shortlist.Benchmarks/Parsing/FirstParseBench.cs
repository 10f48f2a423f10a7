using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Taxonomy;
using Shortlist.Parsing.Text;

namespace Shortlist.Benchmarks.Parsing;

/// <summary>
/// The first résumé a process reads: <c>first-parse --runs N</c> starts N fresh processes of this harness; each builds the
/// parser as the product does (the shipped taxonomy), then times one PDF résumé (extraction and parsing, what an upload's
/// 10-second budget counts) and a second one. The first carries what a process pays once (loading code, building
/// patterns and tables); the second is the warm cost. Prints each run and, as its last line, one JSON object with the
/// medians and maxima.
/// </summary>
public static class FirstParseBench
{
    /// <summary>Runs the macro run (or, with <c>--child</c>, one measured process).</summary>
    public static int Run(string[] args)
    {
        if (args.Contains("--child")) return Child();
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(5);
        var self = Environment.ProcessPath!;
        var dll = typeof(FirstParseBench).Assembly.Location;
        var first = new List<double>();
        var second = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            // Under "dotnet bench.dll" the process path is the dotnet host; under the apphost it is the harness itself.
            if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(dll);
            foreach (var a in (string[])["first-parse", "--child"]) info.ArgumentList.Add(a);
            using var child = Process.Start(info)!;
            var line = child.StandardOutput.ReadToEnd().Trim().Split('\n').Last();
            child.WaitForExit();
            var parts = line.Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            first.Add(parts[0]);
            second.Add(parts[1]);
            Console.WriteLine($"run {i + 1}: first résumé {parts[0]:0} ms, second {parts[1]:0.0} ms");
        }
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            runs,
            firstMedianMs = Math.Round(Median(first)),
            firstMaxMs = Math.Round(first.Max()),
            secondMedianMs = Math.Round(Median(second), 1),
        }));
        return 0;
    }

    private static int Child()
    {
        var today = new DateOnly(2026, 11, 25);
        var lines = GeneratedResumes.Lines(2);
        var pdfs = lines.Select(GeneratedResumes.Pdf).ToList();
        var parser = new ResumeParser(new SkillMatcher(TaxonomyCatalog.Embedded.Terms));
        var timings = new List<double>();
        foreach (var pdf in pdfs)
        {
            var start = Stopwatch.GetTimestamp();
            var parsed = parser.Parse(TextExtractor.Extract(pdf, "resume.pdf"), today);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (parsed.Roles.Count == 0) throw new InvalidOperationException("The generated résumé gave no roles.");
        }
        Console.WriteLine(string.Join(' ', timings.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture))));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
