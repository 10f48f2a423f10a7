using System.Text;
using System.Text.Json;
using Shortlist.Parsing.Skills;

namespace Shortlist.Parsing.Evaluation;

/// <summary>
/// Scores the skill matcher on SkillSpan (one JSON object per sentence: tokens with BIO tags for skill and knowledge
/// spans). A predicted span counts when it covers exactly the tokens of a labelled skill or knowledge span.
/// </summary>
public static class SkillSpanEvaluation
{
    /// <summary>
    /// Scores <paramref name="matcher"/> on a SkillSpan file, or on every "*.json" file of a folder (train and dev, a
    /// field each). A line that is not a SkillSpan sentence is an <see cref="InvalidDataException"/> naming the file and line.
    /// </summary>
    public static EvaluationResult Evaluate(string path, SkillMatcher matcher)
    {
        var files = File.Exists(path) ? [path]
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToList()
            : throw new FileNotFoundException($"The SkillSpan file or folder '{path}' does not exist.", path);
        var fields = new List<FieldScore>();
        var sentences = 0;
        foreach (var file in files)
        {
            var score = new FieldScore(Path.GetFileNameWithoutExtension(file), 0, 0, 0);
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var (tokens, gold) = Sentence(line, file, number);
                var predicted = Predict(tokens, matcher);
                var tp = predicted.Count(gold.Contains);
                score = score.Add(new FieldScore(score.Field, tp, predicted.Count - tp, gold.Count - tp));
                sentences++;
            }
            fields.Add(score);
        }
        return new EvaluationResult("skillspan spans", sentences, fields);
    }

    /// <summary>The tokens and labelled spans of one line: {"tokens": [...], "tags_skill": [...], "tags_knowledge": [...]}.</summary>
    private static (List<string> Tokens, HashSet<(int Start, int End)> Gold) Sentence(string line, string file, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var tokens = root.GetProperty("tokens").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
            var gold = Spans(root, "tags_skill").Concat(Spans(root, "tags_knowledge")).ToHashSet();
            if (gold.Any(span => span.End > tokens.Count)) throw new InvalidOperationException("more tags than tokens");
            return (tokens, gold);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            var reason = e.Message.Split('\n')[0].Trim();
            throw new InvalidDataException($"{Path.GetFileName(file)} line {number}: not a SkillSpan sentence ({reason})", e);
        }
    }

    /// <summary>Token spans [start, end) the matcher finds in a sentence given as tokens.</summary>
    public static HashSet<(int Start, int End)> Predict(IReadOnlyList<string> tokens, SkillMatcher matcher)
    {
        var text = new StringBuilder();
        var offsets = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            offsets.Add(text.Length);
            text.Append(token).Append(' ');
        }
        var spans = new HashSet<(int, int)>();
        foreach (var mention in matcher.Match(text.ToString()))
        {
            var start = offsets.FindLastIndex(o => o <= mention.Start);
            var end = offsets.FindLastIndex(o => o < mention.Start + mention.Length) + 1;
            if (start >= 0 && end > start) spans.Add((start, end));
        }
        return spans;
    }

    private static IEnumerable<(int Start, int End)> Spans(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out var tags)) yield break;
        var list = tags.EnumerateArray().Select(t => t.GetString() ?? "O").ToList();
        var start = -1;
        for (var i = 0; i <= list.Count; i++)
        {
            var tag = i < list.Count ? list[i] : "O";
            if (start >= 0 && tag != "I")
            {
                yield return (start, i);
                start = -1;
            }
            if (tag == "B") start = i;
        }
    }
}
