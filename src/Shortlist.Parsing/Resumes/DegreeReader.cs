using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Degrees named anywhere in the text, not only as entries of the education section: "Completed B.E. (Information
/// Science) from …", "Junior pursuing a Bachelor of Science in Computer Science, Expected …", "I earned my MBA in
/// Finance at …". Only clear degrees count: long forms ("Bachelor of …", "Master's Degree in …", "Post Graduate
/// Diploma in …") and abbreviations that are nothing else (B.Tech, MBA, Ph.D., B.Sc …); "MS", "BA", "BE" need dots.
/// The degree runs to a comma, "from", "at", "with", a year or the end of the phrase.
/// </summary>
internal static partial class DegreeReader
{
    [GeneratedRegex(@"(?<![\w.])(?:(?:Bachelor|Master|Doctor|Associate)(?:'s|s|’s)?(?:\s+Degree)?\s+(?:of|in)\s+[A-Z&]|(?:BACHELOR|MASTER)S?\s+OF\s|Post\s*-?\s*Graduate\s+Diploma\s+in\s|B\.\s?Tech\b|M\.\s?Tech\b|BTech\b|MTech\b|B\.E\.|M\.E\.|MBA\b|M\.B\.A\.|MCA\b|BCA\b|BBA\b|Ph\.\s?D\b|PhD\b|B\.\s?Sc\b|M\.\s?Sc\b|BSc\b|MSc\b|B\.\s?Com\b|M\.\s?Com\b|PGDM\b|PGDBA\b|LLB\b|LL\.B\b|LLM\b|LL\.M\b|MBBS\b|B\.A\.|M\.A\.|B\.S\.|M\.S\.|B\.Ed\b|M\.Ed\b|Ed\.D\b|M\.Phil\b|M\.D\.)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DegreeStart();

    [GeneratedRegex(@"\s+(?:from|at|with|by|through|during|since|awarded|completed|graduated|expected|and\s+(?:a|an|the|my)|where|which|while|for)\s.*$|\s*[,;:|•]\s.*$|\s*[,;:|•]$|\s*[-–—]\s.*$|\s*\(?(?:19|20)\d\d.*$|\s{2,}.*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DegreeEnd();

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "in", "and", "&", "the" };

    /// <summary>Words after a degree that are about it, not part of its name ("PhD student", "MBA Candidate", "B.A. May").</summary>
    private static readonly HashSet<string> After = new(StringComparer.OrdinalIgnoreCase)
    {
        "student", "students", "program", "programme", "course", "courses", "candidate", "resume", "project", "projects", "researcher",
        "research", "seminar", "workshop", "areas", "advisory", "board", "committee", "fellow", "specialization", "holder", "level",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "university", "college", "institute", "school",
    };

    /// <summary>The degree's words: up to a lower-case word other than "of", "in", "and", "the", or a word about the degree.</summary>
    private static string Words(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = 1;
        while (end < words.Length && !After.Contains(words[end].Trim('.', ',', '(', ')')) && (Joiners.Contains(words[end]) || !char.IsLower(words[end][0]))) end++;
        while (end > 1 && Joiners.Contains(words[end - 1])) end--;
        return string.Join(' ', words[..end]);
    }

    /// <summary>The degrees named in <paramref name="lines"/>, as written, each once.</summary>
    public static List<string> Read(IEnumerable<string> lines)
    {
        var found = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length < 2) continue;
            foreach (Match start in DegreeStart().Matches(line))
            {
                var rest = line[start.Index..];
                var phrase = Words(DegreeEnd().Replace(rest, "").Trim()).TrimEnd('.', ',', ';', ':');
                // Keep a closing bracket the phrase opened: "B.E. (Information Science)".
                if (phrase.Count(c => c == '(') > phrase.Count(c => c == ')')) phrase = phrase[..phrase.LastIndexOf('(')].Trim();
                if (phrase.Length is < 2 or > 90 || Lexicon.Degree(phrase) is not { } degree || EducationReader.NotDegree(degree)) continue;
                phrase = EducationReader.Written(phrase, degree);
                if (phrase.Split(' ').Length > 10) continue;
                if (!found.Contains(phrase, StringComparer.OrdinalIgnoreCase)) found.Add(phrase);
            }
        }
        return found;
    }
}
