using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shortlist.Web.Cli;

namespace Shortlist.Web.Tests.Cli;

/// <summary>rank and eval match on the evaluation set in the repository: real PDF, DOCX and JSON files, no database.</summary>
public sealed partial class MatchVerbsTests
{
    private static readonly string EvalSet = Path.Combine(RepositoryRoot(), "eval", "match");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shortlist.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with Shortlist.slnx) is not above the test binaries.");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var command = CommandLine.Parse(args);
        Assert.Null(command.Error);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = MatchVerbs.Run(command, TimeProvider.System, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A folder with the PDF résumés of some people and the JSON Resume beside each (its preferences).</summary>
    private static string Folder(IEnumerable<string> people, string extension = ".pdf")
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-rank-").FullName;
        foreach (var person in people)
        {
            File.Copy(Path.Combine(EvalSet, "resumes", person + extension), Path.Combine(folder, person + extension));
            File.Copy(Path.Combine(EvalSet, "resumes", person + ".json"), Path.Combine(folder, person + ".json"));
        }
        return folder;
    }

    private static readonly string[] People = [.. Directory.EnumerateFiles(Path.Combine(EvalSet, "resumes"), "*.pdf").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Take(16)!];

    [Fact]
    public void Rank_orders_resume_files_for_a_position_and_explains_each()
    {
        var folder = Folder(People);
        var (code, output, error) = Run("rank", "--position", Path.Combine(EvalSet, "positions", "P01-epic-ambulatory-implementation-pm.json"), "--candidates", folder, "--format", "json", "--top", "5", "--today", "2026-11-25");
        Assert.True(code == 0, error);
        var ranked = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.InRange(ranked.Count, 1, 5);
        var scores = ranked.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(ranked, r => Assert.EndsWith(".pdf", r.GetProperty("file").GetString(), StringComparison.Ordinal));
        // The two people the labels grade 3 for this position come first.
        Assert.Equal(["01-maria-delgado.pdf", "02-kevin-oconnor.pdf"], ranked.Take(2).Select(r => r.GetProperty("file").GetString()));
        var epic = ranked[0].GetProperty("explanation").GetProperty("requirements").EnumerateArray().First(r => r.GetProperty("requirement").GetProperty("code").GetString() == "epic");
        Assert.Equal("met", epic.GetProperty("outcome").GetString());
        Assert.NotEmpty(epic.GetProperty("evidence").EnumerateArray());
        Assert.Contains(ranked[0].GetProperty("band").GetString(), new[] { "excellent", "good" });

        var (tableCode, table, _) = Run("rank", "--position", Path.Combine(EvalSet, "positions", "P01-epic-ambulatory-implementation-pm.txt"), "--candidates", folder);
        Assert.Equal(0, tableCode);
        Assert.Matches(TableRow(), table);
    }

    [Fact]
    public void Rank_with_text_scores_the_similarity_of_description_and_profile()
    {
        var folder = Folder(People.Take(4));
        var (code, output, error) = Run("rank", "--position", Path.Combine(EvalSet, "positions", "P01-epic-ambulatory-implementation-pm.json"), "--candidates", folder, "--format", "json", "--text", "true", "--today", "2026-11-25");
        Assert.True(code == 0, error);
        var first = JsonDocument.Parse(output).RootElement[0].GetProperty("explanation");
        Assert.InRange(first.GetProperty("textSimilarity").GetDouble(), 0.2, 1.0);
        Assert.Contains(first.GetProperty("parts").EnumerateArray(), p => p.GetProperty("name").GetString() == "text" && p.GetProperty("points").GetDouble() > 0);
    }

    [Fact]
    public void Rank_orders_positions_for_one_resume()
    {
        var (code, output, error) = Run("rank", "--candidate", Path.Combine(EvalSet, "resumes", "01-maria-delgado.docx"), "--positions", Path.Combine(EvalSet, "positions"), "--format", "json", "--today", "2026-11-25");
        Assert.True(code == 0, error);
        var ranked = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal("P01-epic-ambulatory-implementation-pm.json", ranked[0].GetProperty("file").GetString());
    }

    [Fact]
    public void A_corrupt_file_fails_the_run_with_a_one_line_message()
    {
        var folder = Folder(People.Take(2));
        File.WriteAllBytes(Path.Combine(folder, "broken.pdf"), "%PDF-1.7\n1 0 obj garbage"u8.ToArray());
        var (code, output, error) = Run("rank", "--position", Path.Combine(EvalSet, "positions", "P05-remote-scrum-master.json"), "--candidates", folder);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("broken.pdf", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));

        var bad = Path.Combine(folder, "position.json");
        File.WriteAllText(bad, """{"title": "x", "requirements": [{"taxonomyCode": 5}]}""");
        var (badCode, _, badError) = Run("rank", "--position", bad, "--candidates", folder);
        Assert.Equal(1, badCode);
        Assert.Contains("position.json", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_needs_a_position_and_candidates_or_a_candidate_and_positions()
    {
        Assert.NotNull(CommandLine.Parse(["rank", "--position", "p.json"]).Error);
        Assert.NotNull(CommandLine.Parse(["rank", "--position", "p.json", "--candidates", "d", "--candidate", "c.pdf", "--positions", "e"]).Error);
        Assert.NotNull(CommandLine.Parse(["rank", "--position", "p.json", "--candidates", "d", "--format", "xml"]).Error);
        Assert.NotNull(CommandLine.Parse(["rank", "--position", "p.json", "--candidates", "d", "--top", "0"]).Error);
        Assert.NotNull(CommandLine.Parse(["eval", "match"]).Error);
        Assert.Null(CommandLine.Parse(["eval", "match", "dir", "--source", "pdf"]).Error);
    }

    [Fact]
    public void Eval_match_reports_ndcg_and_precision_on_the_labelled_set()
    {
        var (code, output, error) = Run("eval", "match", EvalSet, "--source", "json");
        Assert.True(code == 0, error);
        var figures = Figures().Match(output);
        Assert.True(figures.Success, output);
        // Floors at the figures last measured (0.899 and 0.533; 0.869 and 0.517 when the set was written): a change that lowers them fails here.
        Assert.True(double.Parse(figures.Groups[1].Value, CultureInfo.InvariantCulture) >= 0.89, output);
        Assert.True(double.Parse(figures.Groups[2].Value, CultureInfo.InvariantCulture) >= 0.53, output);
    }

    [GeneratedRegex(@"json\s+63 résumés\s+12 positions\s+NDCG@10 ([0-9.]+)\s+P@5 ([0-9.]+)")]
    private static partial Regex Figures();

    [GeneratedRegex(@"\n\s+1\s+\d+\.\d\s+(Excellent|Good|Fair|Weak)\s+\S+\.pdf")]
    private static partial Regex TableRow();
}
