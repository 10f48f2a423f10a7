using System.Text;
using UglyToad.PdfPig.Content;

namespace Shortlist.Parsing.Text;

/// <summary>
/// Reading order of one page: words grouped into lines by baseline, and a two-column page split at the widest
/// vertical gap that almost no word crosses, so the left column is read before the right one.
/// </summary>
internal static partial class PdfLayout
{
    public static void AppendPage(IReadOnlyList<Word> all, StringBuilder output)
    {
        var words = all.Select(Clean).Where(w => w.Text.Length > 0).ToList();
        if (words.Count == 0) return;
        var gutter = FindGutter(words);
        if (gutter is not { } x)
        {
            AppendLines(Lines(words), output);
            return;
        }
        var left = words.Where(w => w.Right <= x).ToList();
        var right = words.Where(w => w.Left >= x).ToList();
        var spanning = Lines(words.Where(w => w.Left < x && w.Right > x).ToList());
        var columnTop = Math.Max(left.Max(w => w.Top), right.Max(w => w.Top));
        AppendLines(spanning.Where(l => l[0].Baseline > columnTop), output);
        AppendLines(Lines(left), output);
        AppendLines(Lines(right), output);
        AppendLines(spanning.Where(l => l[0].Baseline <= columnTop), output);
    }

    private static PageWord Clean(Word word)
    {
        // Icon fonts map glyphs to the private use area; they carry no text.
        var text = new string(word.Text.Where(c => c is < '\uE000' or > '\uF8FF' && c != '\uFFFD').ToArray()).Trim();
        var box = word.BoundingBox;
        var baseline = word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : box.Bottom;
        return new PageWord(text, box.Left, box.Right, box.Top, baseline, Math.Max(1, box.Height));
    }

    /// <summary>The x of a gutter between two columns, or null for a single-column page.</summary>
    private static double? FindGutter(List<PageWord> words)
    {
        var minX = words.Min(w => w.Left);
        var maxX = words.Max(w => w.Right);
        var width = (int)Math.Ceiling(maxX - minX) + 1;
        if (width < 100 || words.Count < 20) return null;
        var coverage = new int[width];
        foreach (var w in words)
            for (var i = (int)(w.Left - minX); i < (int)(w.Right - minX) && i < width; i++) coverage[Math.Max(0, i)]++;
        var lineCount = Lines(words).Count;
        var tolerance = Math.Max(1, lineCount / 12);
        int bestStart = -1, bestLength = 0;
        for (int i = width / 5, run = 0; i < width * 4 / 5; i++)
        {
            run = coverage[i] <= tolerance ? run + 1 : 0;
            if (run > bestLength) (bestLength, bestStart) = (run, i - run + 1);
        }
        if (bestLength < 8) return null;
        var gutter = minX + bestStart + bestLength / 2.0;
        var leftCount = words.Count(w => w.Right <= gutter);
        var rightCount = words.Count(w => w.Left >= gutter);
        var leftLines = Lines(words.Where(w => w.Right <= gutter).ToList()).Count;
        var rightLines = Lines(words.Where(w => w.Left >= gutter).ToList()).Count;
        // Right-aligned dates beside a single column are not a second column: both sides must carry real text.
        return leftCount >= words.Count / 6 && rightCount >= words.Count / 6 && leftLines >= 4 && rightLines >= 4 ? gutter : null;
    }

    private static List<List<PageWord>> Lines(List<PageWord> words)
    {
        var lines = new List<List<PageWord>>();
        foreach (var w in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - w.Baseline) <= 0.4 * Math.Min(line[0].Height, w.Height)) line.Add(w);
            else lines.Add([w]);
        }
        foreach (var line in lines) line.Sort((a, b) => a.Left.CompareTo(b.Left));
        return lines;
    }

    private static void AppendLines(IEnumerable<List<PageWord>> lines, StringBuilder output)
    {
        double? previousBaseline = null, previousHeight = null;
        foreach (var line in lines)
        {
            // A gap of more than about a line and a half between baselines starts a new block.
            var paragraph = previousBaseline is { } pb && previousHeight is { } ph && pb - line[0].Baseline > 2.2 * ph;
            if (paragraph) output.Append('\n');
            // A word broken at the end of a line is joined again: "Devel-⏎oping" → "Developing" (a short word end such as "-ing",
            // "-ment", "-tion" was a break), "go-⏎live" → "go-live" and "Cross-⏎functional" → "Cross-functional" (a hyphen of the
            // word itself stays); a dash after a space ("2019 -") is not a break.
            else if (output.Length >= 3 && output[^1] == '\n' && output[^2] == '-' && char.IsLetter(output[^3]) && line[0].Text.Length > 0 && char.IsLower(line[0].Text[0]))
                output.Length -= BrokenSyllable(line[0].Text) ? 2 : 1;
            for (var i = 0; i < line.Count; i++)
            {
                if (i > 0)
                {
                    var gap = line[i].Left - line[i - 1].Right;
                    output.Append(gap > 2.5 * line[i].Height ? "    " : " ");
                }
                output.Append(line[i].Text);
            }
            output.Append('\n');
            // The line's height is that of its middle word: a bullet glyph opening the line ("•" is a few points high) would
            // make the next line of the same bullet look a paragraph away.
            (previousBaseline, previousHeight) = (line[0].Baseline, line.Select(w => w.Height).Order().ElementAt(line.Count / 2));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z]{1,2}(?:ing|ment|ments|tion|tions|sion|ity|ness|able|ible|ance|ence|ally|ized|ised|ical|ated|ation)\b|^(?:ing|ment|ments|tion|tions|sion|ity|ness|able|ible|ance|ence|ally|ure|ive|ous)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex SyllableEnd();

    /// <summary>True when the start of the next line ends a word broken in a syllable ("oping", "ment"), not a word of its own ("live", "functional").</summary>
    private static bool BrokenSyllable(string next) => SyllableEnd().IsMatch(next);

    private readonly record struct PageWord(string Text, double Left, double Right, double Top, double Baseline, double Height);
}
