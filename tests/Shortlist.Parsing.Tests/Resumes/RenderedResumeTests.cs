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
                if (!r.Roles.Any(x => x.Title == title && x.Employer == employer && x.Start is { } s && s.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == start))
                    missed.Add($"{file}: role {title} | {employer} | {start}");
            }
            foreach (var school in root.GetProperty("education").EnumerateArray().Select(e => e.GetProperty("institution").GetString()))
                if (!r.Education.Any(e => e.Institution == school)) missed.Add($"{file}: school {school}");
        }
        Assert.True(missed.Count == 0, string.Join('\n', missed));
    }
}
