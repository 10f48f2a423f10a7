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
    [GeneratedRegex(@"(?<![\w.])(?:(?:Bachelor|Master|Doctor|Associate)(?:'s|s|’s)?(?:\s+Degree)?\s+(?:of|in)\s+[A-Z&]|(?:BACHELOR|MASTER)S?\s+OF\s|Post\s*-?\s*Graduate\s+Diploma\s+in\s|B\.\s?Tech\b|M\.\s?Tech\b|BTech\b|MTech\b|B\.E\.|M\.E\.|MBA\b|M\.B\.A\.|MCA\b|BCA\b|BBA\b|Ph\.\s?D\b|PhD\b|B\.\s?Sc\b|M\.\s?Sc\b|BSc\b|MSc\b|B\.\s?Com\b|M\.\s?Com\b|PGDM\b|PGDBA\b|LLB\b|LL\.B\b|LLM\b|LL\.M\b|MBBS\b|B\.A\.|M\.A\.|B\.S\.|M\.S\.|B\.Ed\b|M\.Ed\b|Ed\.D\b|M\.Phil\b|M\.D\.|E[Dd]\.D\b|J\.D\.|M\.L\.S\.|[BM]\.S\.W\.|B\.S\.Ed\b|Juris\s+Doctor\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DegreeStart();

    [GeneratedRegex(@"\s+(?:from|at|with|by|through|during|since|awarded|completed|graduated|expected|and\s+(?:a|an|the|my)|where|which|while|for)\s.*$|\s*[,;:|•]\s.*$|\s*[,;:|•]$|\s*[-–—]\s.*$|\s*\(?(?:19|20)\d\d.*$|\s{2,}.*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DegreeEnd();

    /// <summary>
    /// The subject in the cell after a degree: "Bachelor of Science, Psychology", "M.Ed., Educational Management and
    /// Supervision", "Bachelor of Arts : Business Administration" — capitalised words (with "and", "of", "in", "&amp;", "/")
    /// up to the next comma, bracket, dash, year or column gap.
    /// </summary>
    [GeneratedRegex(@"^\.?\s*[,:]\s+(?<subject>[A-Z][\w'’/&-]*(?:\s(?:and|of|in|&|[A-Z][\w'’/&-]*))*)(?=\s*$|\s*[,;(—–|•]|\s+-\s|\s{2}|\s+(?:19|20)\d\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SubjectCell();

    /// <summary>First words of a cell after a degree that are not its subject.</summary>
    private static readonly HashSet<string> NotSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "concentration", "major", "minor", "specialization", "specialisation", "emphasis", "honors", "honours", "gpa", "cgpa", "class",
        "expected", "graduated", "graduation", "cum", "summa", "magna", "dean's", "deans", "dean", "with", "completed", "awarded", "degree",
        "thesis", "dissertation", "coursework", "courses", "percentage", "grade", "first", "second", "distinction", "merit", "present", "current",
    };

    /// <summary>The subject written in the cell after the degree, when it is one (not a school, a place, a date or a note about the degree).</summary>
    internal static string? Subject(string after)
    {
        if (SubjectCell().Match(after) is not { Success: true } m) return null;
        var subject = m.Groups["subject"].Value.Trim();
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || subject.Length > 60 || NotSubject.Contains(words[0]) || After.Contains(words[0]) || Joiners.Contains(words[^1])
            || Lexicon.IsSchool(subject) || Lexicon.Degree(subject) is not null || Regions.IsRegion(subject) || Lexicon.IsTitle(subject)
            || words.All(w => w.Length <= 3 && w.All(char.IsUpper))) return null;
        // "Bachelor of Arts, Marietta, OH": a city before its state is where, not what.
        var next = after[(m.Index + m.Length)..].TrimStart(' ', ',');
        var region = next.Split([',', ' '], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (after[(m.Index + m.Length)..].TrimStart().StartsWith(',') && (Regions.IsRegion(region) || Regions.IsRegion(next.Split(',')[0]))) return null;
        return subject;
    }

    /// <summary>
    /// The end of a list of subjects after a field and a comma ("in Physics, Chemistry and Mathematics", "in Clothing, Textiles
    /// and Related Arts", "in IT, Systems and Networks"): capitalised words with "and" or "&amp;" before the last, when they name
    /// no school, place, title, employer or degree; null otherwise.
    /// </summary>
    internal static string? ListTail(string cell)
    {
        var tail = cell.Trim().TrimEnd('.', ' ');
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 6 || !words.Any(w => w is "and" or "&") || words[^1] is "and" or "&"
            || !words.All(w => w is "and" or "&" or "of" or "in" || char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')))
            return null;
        if (Lexicon.IsSchool(tail) || Lexicon.IsCompany(tail) || Lexicon.IsTitle(tail) || Lexicon.Degree(tail) is not null || Regions.IsRegion(tail)
            || words.Any(w => Regions.IsRegion(w) && w.Length > 2)) return null;
        return tail;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "in", "and", "&", "the" };

    /// <summary>
    /// Words after a degree that are about it, not part of its name ("PhD student", "MBA Candidate", "B.A. May"); a school word
    /// (<see cref="SchoolReader.IsHead"/>) ends the name too.
    /// </summary>
    private static readonly HashSet<string> After = new(StringComparer.OrdinalIgnoreCase)
    {
        "student", "students", "program", "programme", "course", "courses", "candidate", "resume", "project", "projects", "researcher",
        "research", "seminar", "workshop", "areas", "advisory", "board", "committee", "fellow", "specialization", "holder", "level",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The degree's words: up to a lower-case word other than "of", "in", "and", "the", or a word about the degree.</summary>
    private static string Words(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = 1;
        while (end < words.Length && !After.Contains(words[end].Trim('.', ',', '(', ')')) && !SchoolReader.IsHead(words[end].Trim(',', '(', ')')) && (Joiners.Contains(words[end]) || !char.IsLower(words[end][0]))) end++;
        while (end > 1 && Joiners.Contains(words[end - 1])) end--;
        return string.Join(' ', words[..end]);
    }

    /// <summary>
    /// Where, inside <paramref name="phrase"/> (the start of <paramref name="rest"/>), the name of a school begins that a school word
    /// right after the phrase ends ("M.Tech. Visveswariah Technogical University"); -1 when no school follows the phrase.
    /// </summary>
    private static int SchoolAfter(string rest, string phrase)
    {
        var next = rest.AsSpan(phrase.Length).TrimStart(" .,".AsSpan());
        var word = next[..(next.IndexOfAny(' ', ',') is var end and >= 0 ? end : next.Length)];
        if (!SchoolReader.IsHead(word.ToString())) return -1;
        if (SchoolReader.Read([rest]) is not [var school, ..] || rest.IndexOf(school, StringComparison.Ordinal) is not (> 0 and var at) || at >= phrase.Length) return -1;
        // "Bachelor of Science Rutgers University": a word right after "of" or "in" is the degree's, not the school's.
        if (phrase[..at].TrimEnd().Split(' ')[^1] is var last && Joiners.Contains(last) && phrase.IndexOf(' ', at) is var space and > 0) return space;
        return at;
    }

    /// <summary>True when <paramref name="text"/> is a degree and nothing else ("Associate of Arts", "Master of Science in Special Education").</summary>
    public static bool IsDegree(string text) => Read([text]) is [var degree] && degree.Equals(text.Trim().TrimEnd('.', ',', ';', ':'), StringComparison.OrdinalIgnoreCase);

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
                // "M.Tech. Visveswariah Technogical University": the words of a school written after the degree are the school's.
                if (SchoolAfter(rest, phrase) is > 0 and var school) phrase = phrase[..school].TrimEnd(' ', ',', '-', '–');
                // Keep a closing bracket the phrase opened: "B.E. (Information Science)".
                if (phrase.Count(c => c == '(') > phrase.Count(c => c == ')')) phrase = phrase[..phrase.LastIndexOf('(')].Trim();
                if (phrase.Length is < 2 or > 90 || Lexicon.Degree(phrase) is not { } degree || EducationReader.NotDegree(degree)) continue;
                phrase = EducationReader.Written(phrase, degree);
                // "Bachelor of Science, Psychology": a degree without a field takes the subject of the next cell.
                if (degree.Field is null && rest.StartsWith(phrase, StringComparison.Ordinal) && Subject(rest[phrase.Length..]) is { } subject)
                    phrase = phrase + rest[phrase.Length..(rest.IndexOf(subject, phrase.Length, StringComparison.Ordinal))].TrimEnd() + " " + subject;
                // "B.Sc. in Physics, Chemistry and Mathematics": the field goes on past its comma to the end of the list.
                else if (degree.Field is not null && rest.StartsWith(phrase + ", ", StringComparison.Ordinal)
                    && ListTail(rest[(phrase.Length + 2)..].Split([',', ';', '(', '|', '•'], 2)[0]) is { } more)
                    phrase = phrase + ", " + more;
                if (phrase.Split(' ').Length > 10) continue;
                if (!found.Contains(phrase, StringComparer.OrdinalIgnoreCase)) found.Add(phrase);
            }
        }
        return found;
    }
}
