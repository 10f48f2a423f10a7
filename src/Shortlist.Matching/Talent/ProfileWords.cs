using System.Globalization;
using System.Text;
using Shortlist.Domain.Candidates;

namespace Shortlist.Matching.Talent;

/// <summary>A word of a text with where it stands: <see cref="Start"/> and <see cref="Length"/> in the original text.</summary>
public readonly record struct WordSpan(string Word, int Start, int Length);

/// <summary>
/// The words of a profile as talent search indexes them: lower case, accents removed, runs of letters and digits
/// (with <c>+</c> and <c>#</c> kept, for C++ and C#); every other character separates words. Adjacent words of one
/// field are also indexed as pairs, so a quoted phrase is found without storing positions.
/// </summary>
public static class ProfileWords
{
    /// <summary>The longest word indexed; longer runs are cut.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static IEnumerable<string> Tokenize(string? text) => Spans(text).Select(s => s.Word);

    /// <summary>The words of <paramref name="text"/> with their places.</summary>
    public static IEnumerable<WordSpan> Spans(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length) yield break;
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var word = Fold(text.AsSpan(start, i - start));
            if (word.Length > 0) yield return new WordSpan(word.Length > MaxWordLength ? word[..MaxWordLength] : word, start, i - start);
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '#' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word) if (c > 127) { ascii = false; break; }
        if (ascii) return word.ToString().ToLowerInvariant();
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key of a pair of adjacent words.</summary>
    public static string Pair(string first, string second) => first + " " + second;

    /// <summary>
    /// What a candidate's profile says, as index keys: every word and adjacent pair of the name, headline, summary, location,
    /// roles (title, employer, industry, description), skills, certifications, industries, education and résumé text.
    /// </summary>
    public static IReadOnlyList<string> OfCandidate(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(candidate)) AddField(keys, field);
        return [.. keys];
    }

    /// <summary>The words and pairs of the candidate's titles (roles and headline), for the title field.</summary>
    public static IReadOnlyList<string> TitlesOf(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        AddField(keys, candidate.Headline);
        foreach (var r in candidate.Roles) AddField(keys, r.Title);
        return [.. keys];
    }

    /// <summary>Adds the words and adjacent pairs of one field.</summary>
    public static void AddField(HashSet<string> keys, string? text)
    {
        ArgumentNullException.ThrowIfNull(keys);
        string? previous = null;
        foreach (var w in Tokenize(text))
        {
            keys.Add(w);
            if (previous is not null) keys.Add(Pair(previous, w));
            previous = w;
        }
    }

    /// <summary>The searchable text fields of a profile with a label each, in the order evidence is looked for.</summary>
    public static IEnumerable<string?> Fields(Candidate candidate)
    {
        yield return candidate.FirstName + " " + candidate.LastName;
        yield return candidate.Headline;
        yield return candidate.Summary;
        yield return candidate.Location?.ToString();
        foreach (var r in candidate.Roles)
        {
            yield return r.Title;
            yield return r.Employer;
            yield return r.Industry;
            yield return r.Description;
        }
        foreach (var s in candidate.Skills) yield return s.Name;
        foreach (var c in candidate.Certifications) yield return c.Name;
        foreach (var i in candidate.Industries) yield return i.Industry;
        foreach (var e in candidate.Education) { yield return e.Institution; yield return e.Degree; yield return e.Field; }
        yield return candidate.ResumeText;
    }
}
