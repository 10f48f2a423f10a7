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
    /// The pairs of documents in <paramref name="directory"/> that hold the same résumé, and the agreement of their labels
    /// per field: the lower-numbered file's labels are the prediction, the other's the truth (F1 is the same either way).
    /// </summary>
    public static (IReadOnlyList<(int First, int Second)> Pairs, EvaluationResult Agreement) Measure(string directory)
    {
        var documents = ParseEvaluation.DotinFiles(directory)
            .Select(d => (d.Number, Shingles: Shingles(File.ReadAllText(d.Text)), Labels: ParseEvaluation.ReadLabels(d.Labels)))
            .Where(d => d.Shingles.Count > 0).OrderBy(d => d.Number).ToList();
        var pairs = new List<(int, int)>();
        var totals = Fields.ToDictionary(f => f, f => new FieldScore(f, 0, 0, 0));
        for (var i = 0; i < documents.Count; i++)
            for (var j = i + 1; j < documents.Count; j++)
            {
                var (a, b) = (documents[i], documents[j]);
                // |A ∩ B| / |A ∪ B| ≥ t needs min/max ≥ t: most pairs are told apart by their sizes alone.
                if (Math.Min(a.Shingles.Count, b.Shingles.Count) < SameResume * Math.Max(a.Shingles.Count, b.Shingles.Count)) continue;
                var common = a.Shingles.Count(b.Shingles.Contains);
                if (common < SameResume * (a.Shingles.Count + b.Shingles.Count - common)) continue;
                pairs.Add((a.Number, b.Number));
                foreach (var field in Fields)
                {
                    var guess = ParseEvaluation.Gold(a.Labels, field).Select(ParseEvaluation.Normalize).ToHashSet(StringComparer.Ordinal);
                    totals[field] = totals[field].Add(ParseEvaluation.Score(field, ParseEvaluation.Gold(b.Labels, field), guess, ""));
                }
            }
        return (pairs, new EvaluationResult($"label agreement, résumés labelled twice ({pairs.Count} {(pairs.Count == 1 ? "pair" : "pairs")})", pairs.Count * 2, totals.Values.ToList()));
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
