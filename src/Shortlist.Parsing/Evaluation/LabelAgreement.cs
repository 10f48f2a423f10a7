using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Evaluation;

/// <summary>
/// How far the Dotin labels agree with themselves: the folder holds some résumés twice (the same text, with the name,
/// e-mail and phone anonymised differently), each labelled on its own. One labelling scored against the other, field by
/// field with the comparison <see cref="ParseEvaluation.Score"/> uses, is what a reader of the figures needs beside
/// them: a parser that reads every résumé exactly as one labelling does scores about this against the other. Name and
/// e-mail are left out, as the publishers replaced them with different fake values in each copy.
/// </summary>
public static partial class LabelAgreement
{
    /// <summary>Two texts are one résumé when this share of their word triples is common to both (Jaccard).</summary>
    public const double SameResume = 0.9;

    /// <summary>The fields compared: those of <see cref="ParseEvaluation.DotinFields"/> but name and e-mail.</summary>
    public static readonly IReadOnlyList<string> Fields = ["designation", "company", "degree", "college", "skills"];

    /// <summary>
    /// The groups of documents in <paramref name="directory"/> that hold the same résumé (two files are the same résumé when
    /// their word triples are at least <see cref="SameResume"/> alike; a file like either joins the group), and the
    /// agreement of their labels per field: in each group, the lowest-numbered file's labels are scored against each other
    /// member's (F1 is the same either way round), so a résumé there three times counts twice, not three times.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<int>> Groups, EvaluationResult Agreement) Measure(string directory)
    {
        var documents = ParseEvaluation.DotinFiles(directory)
            .Select(d => (d.Number, Shingles: Shingles(ParseEvaluation.ReadLimited(d.Text, Text.ParseLimits.Default)), Labels: ParseEvaluation.ReadLabels(d.Labels)))
            .Where(d => d.Shingles.Count > 0).OrderBy(d => d.Number).ToList();
        var parent = Enumerable.Range(0, documents.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        for (var i = 0; i < documents.Count; i++)
            for (var j = i + 1; j < documents.Count; j++)
            {
                var (a, b) = (documents[i].Shingles, documents[j].Shingles);
                // |A ∩ B| / |A ∪ B| ≥ t needs min/max ≥ t: most pairs are told apart by their sizes alone.
                if (Math.Min(a.Count, b.Count) < SameResume * Math.Max(a.Count, b.Count)) continue;
                var common = a.Count(b.Contains);
                if (common >= SameResume * (a.Count + b.Count - common)) parent[Root(j)] = Root(i);
            }
        var groups = Enumerable.Range(0, documents.Count).GroupBy(Root).Where(g => g.Count() > 1)
            .Select(g => g.Order().ToList()).OrderBy(g => g[0]).ToList();
        var totals = Fields.ToDictionary(f => f, f => new FieldScore(f, 0, 0, 0));
        foreach (var group in groups)
        {
            var first = documents[group[0]].Labels;
            foreach (var other in group.Skip(1))
                foreach (var field in Fields)
                {
                    var guess = ParseEvaluation.Gold(first, field).Select(ParseEvaluation.Normalize).ToHashSet(StringComparer.Ordinal);
                    totals[field] = totals[field].Add(ParseEvaluation.Score(field, ParseEvaluation.Gold(documents[other].Labels, field), guess, ""));
                }
        }
        var numbers = groups.Select(g => (IReadOnlyList<int>)g.Select(i => documents[i].Number).ToList()).ToList();
        var files = numbers.Sum(g => g.Count);
        return (numbers, new EvaluationResult($"label agreement, {numbers.Count} {(numbers.Count == 1 ? "résumé" : "résumés")} labelled more than once ({files} files)", files, totals.Values.ToList()));
    }

    /// <summary>The text's runs of three words of three letters or more, lower-cased: names, e-mails and phone numbers anonymised apart hardly touch them.</summary>
    internal static HashSet<(string, string, string)> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var shingles = new HashSet<(string, string, string)>();
        for (var i = 0; i + 2 < words.Length; i++) shingles.Add((words[i], words[i + 1], words[i + 2]));
        return shingles;
    }

    [GeneratedRegex("[a-z]{3,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();
}
