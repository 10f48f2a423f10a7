using System.Globalization;
using System.Text.Json;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Taxonomy;
using Shortlist.Parsing.Tests.Support;

namespace Shortlist.Parsing.Tests.Evaluation;

/// <summary>The matching evaluation set under eval/match stays whole: documents, positions, labels and taxonomy codes.</summary>
public class MatchEvalSetTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "eval", "match");
    private static readonly string[] Importances = ["Must", "Strong", "Nice"];

    private static List<string> Keys(string folder, string pattern)
        => [.. Directory.GetFiles(Path.Combine(Folder, folder), pattern).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_resume_has_json_pdf_and_docx()
    {
        var resumes = Keys("resumes", "*.json");
        Assert.True(resumes.Count >= 40, $"{resumes.Count} résumés; the set needs at least 40.");
        var folder = Path.Combine(Folder, "resumes");
        foreach (var key in resumes)
        {
            foreach (var extension in new[] { ".pdf", ".docx" })
            {
                var file = new FileInfo(Path.Combine(folder, key + extension));
                Assert.True(file.Exists && file.Length > 1000, $"{key}{extension} is missing or empty; re-render with tools/Shortlist.EvalRender.");
            }
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, key + ".json")));
            var root = json.RootElement;
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("basics").GetProperty("name").GetString()), key);
            Assert.True(root.GetProperty("work").GetArrayLength() > 0, key);
            var preferences = root.GetProperty("meta").GetProperty("shortlist");
            Assert.Contains(preferences.GetProperty("workplace").GetString(), new[] { "Remote", "Hybrid", "OnSite" });
            Assert.Contains(preferences.GetProperty("authorization").GetString(), new[] { "Citizen", "PermanentResident", "WorkVisa", "RequiresSponsorship" });
        }
        Assert.Equal(resumes, Keys("resumes", "*.pdf"));
        Assert.Equal(resumes, Keys("resumes", "*.docx"));
    }

    [Fact]
    public void Positions_name_only_taxonomy_codes_that_exist()
    {
        var positions = Keys("positions", "*.json");
        Assert.True(positions.Count >= 10, $"{positions.Count} positions; the set needs at least 10.");
        Assert.Equal(positions, Keys("positions", "*.txt"));
        var catalog = TaxonomyCatalog.Embedded;
        foreach (var key in positions)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "positions", key + ".json")));
            var root = json.RootElement;
            var industry = root.GetProperty("industry").GetString()!;
            Assert.True(catalog.Find(industry)?.Category == TaxonomyCategory.Industry, $"{key}: industry '{industry}' is not an industry code of the taxonomy.");
            var requirements = root.GetProperty("requirements").EnumerateArray().ToList();
            Assert.NotEmpty(requirements);
            Assert.Contains(requirements, r => r.GetProperty("importance").GetString() == "Must");
            foreach (var requirement in requirements)
            {
                var code = requirement.GetProperty("taxonomyCode").GetString()!;
                Assert.True(catalog.Find(code) is not null, $"{key}: '{code}' is not a code of the taxonomy.");
                Assert.Contains(requirement.GetProperty("importance").GetString(), Importances);
                Assert.InRange(requirement.GetProperty("weight").GetDouble(), 0.1, 3.0);
            }
        }
    }

    [Fact]
    public void Every_pair_is_labelled_exactly_once_with_a_grade_from_0_to_3()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "labels.tsv"));
        Assert.Equal("position\tresume\tgrade", lines[0]);
        var positions = Keys("positions", "*.json").ToHashSet();
        var resumes = Keys("resumes", "*.json").ToHashSet();
        var seen = new HashSet<(string, string)>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            Assert.True(cells.Length == 3, $"'{line}' does not have three columns.");
            Assert.True(positions.Contains(cells[0]), $"'{cells[0]}' is not a position file.");
            Assert.True(resumes.Contains(cells[1]), $"'{cells[1]}' is not a résumé file.");
            Assert.True(int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var grade) && grade <= 3, $"'{line}' has no grade from 0 to 3.");
            Assert.True(seen.Add((cells[0], cells[1])), $"{cells[0]} × {cells[1]} is labelled twice.");
        }
        Assert.Equal(positions.Count * resumes.Count, seen.Count);
        Assert.True(seen.Count >= 480, $"{seen.Count} labels; the set needs at least 480.");
    }
}
