using System.Text.Json;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

/// <summary>
/// The matching evaluation set's résumés are PDF and DOCX files rendered from JSON Resume sources (eval/match/resumes): reading
/// the files back must give the source's name, e-mail, every role (title, employer, start month) and every school.
/// </summary>
public class RenderedResumeTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly ResumeParser Parser = new(TestTaxonomy.Matcher);

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    public void Every_rendered_resume_reads_back_as_its_source(string extension)
    {
        var folder = Path.Combine(Repo.Root, "eval", "match", "resumes");
        var sources = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(sources.Count >= 60, $"{sources.Count} sources in {folder}");
        var missed = new List<string>();
        foreach (var source in sources)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(source));
            var root = json.RootElement;
            var file = Path.ChangeExtension(source, extension);
            var r = Parser.Parse(TextExtractor.Extract(File.ReadAllBytes(file), Path.GetFileName(file), Patience.Limits), Today);
            var basics = root.GetProperty("basics");
            if (r.Name != basics.GetProperty("name").GetString()) missed.Add($"{file}: name {r.Name}");
            if (r.Email != basics.GetProperty("email").GetString()) missed.Add($"{file}: e-mail {r.Email}");
            foreach (var work in root.GetProperty("work").EnumerateArray())
            {
                var (title, employer, start) = (work.GetProperty("position").GetString(), work.GetProperty("name").GetString(), work.GetProperty("startDate").GetString()![..7]);
                var role = r.Roles.FirstOrDefault(x => x.Title == title && x.Employer == employer && x.Start is { } s && s.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == start);
                if (role is null) { missed.Add($"{file}: role {title} | {employer} | {start}"); continue; }
                // The role's summary and each highlight come back apart, a highlight's wrapped lines joined.
                var (summary, highlights) = JsonResumeWriter.SummaryAndHighlights(role.Description);
                var expected = work.TryGetProperty("highlights", out var h) ? h.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                if (!highlights.SequenceEqual(expected)) missed.Add($"{file}: {title} highlights [{string.Join(" | ", highlights)}]");
                if (work.TryGetProperty("summary", out var written) && Flat(summary) != Flat(written.GetString())) missed.Add($"{file}: {title} summary '{summary}'");
            }
            foreach (var school in root.GetProperty("education").EnumerateArray().Select(e => e.GetProperty("institution").GetString()))
                if (!r.Education.Any(e => e.Institution == school)) missed.Add($"{file}: school {school}");
        }
        Assert.True(missed.Count == 0, string.Join('\n', missed));
    }

    private static string Flat(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
