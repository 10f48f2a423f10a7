using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Schools named anywhere in the text, not only in the education section: a run of capitalised words that holds a
/// school word ("Instructor, University of Washington", "Student Exchange Program, Edinburgh University",
/// "North Seattle Community College"). The run stops at punctuation, at a lower-case word other than "of", "and",
/// "for", "the", "at", "&amp;", and at degree words, so "Bachelor of Science, Rutgers University" gives "Rutgers University".
/// </summary>
internal static partial class SchoolReader
{
    private static readonly HashSet<string> SchoolHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "university", "college", "institute", "school", "academy", "polytechnic", "universität", "universidad", "université",
        "università", "universiteit", "mahavidyalaya", "vidyalaya", "vidyapeeth", "iit", "nit", "iiit",
    };

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "&", "for", "the", "at", "de" };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "degree", "diploma", "doctor", "graduated", "graduate",
        "certificate", "certification", "course", "courses", "major", "minor", "in", "from", "at", "attended", "completed", "studied",
        "pursuing", "instructor", "professor", "lecturer", "teacher", "student", "member", "ph.d", "phd", "mba", "b.a", "b.s", "m.a", "m.s",
        "the", "a", "an", "education", "expected", "present", "high", "secondary", "elementary", "middle", "primary",
    };

    [GeneratedRegex(@"[,;:|()\[\]""“”•]|\s{2,}|\s[-–—]\s|\s@\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Breaks();

    /// <summary>The schools named in <paramref name="lines"/>, as written, each once.</summary>
    public static List<string> Read(IEnumerable<string> lines)
    {
        var found = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length < 6 || !SchoolHeads.Any(h => line.Contains(h, StringComparison.OrdinalIgnoreCase))) continue;
            foreach (var piece in Breaks().Split(line))
            {
                var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var i = 0;
                while (i < words.Length)
                {
                    if (!Capitalised(words[i]) || Stops.Contains(words[i].TrimEnd('.'))) { i++; continue; }
                    var j = i;
                    while (j + 1 < words.Length && (Capitalised(words[j + 1]) && !Stops.Contains(words[j + 1].TrimEnd('.')) || Joiners.Contains(words[j + 1]) && j + 2 < words.Length && Capitalised(words[j + 2]))) j++;
                    var run = words[i..(j + 1)];
                    if (run.Length <= 9 && SchoolName(run))
                    {
                        var name = string.Join(' ', run).TrimEnd('.');
                        if (name.Split(' ').Length >= 2 && !found.Contains(name, StringComparer.OrdinalIgnoreCase)) found.Add(name);
                    }
                    i = j + 1;
                }
            }
        }
        return found;
    }

    /// <summary>Words that make a run with a school word something else: a press, a journal, a hospital, a committee, an award.</summary>
    private static readonly HashSet<string> NotSchool = new(StringComparer.OrdinalIgnoreCase)
    {
        "press", "review", "journal", "hospital", "hospitals", "clinics", "clinic", "library", "committee", "program", "programme",
        "alumni", "fellowship", "fellow", "communications", "policy", "office", "award", "scholarship", "board", "district", "council",
        "association", "society", "research", "foundation", "museum", "services", "center", "centre", "department", "professor",
    };

    /// <summary>
    /// "Edinburgh University", "Teachers College", "University of Washington", "Institute of Political Studies": the run
    /// ends in a school word or is a school word followed by "of"/"for" and up to four capitalised words.
    /// </summary>
    private static bool SchoolName(string[] run)
    {
        if (run.Length < 2 || run.Any(w => NotSchool.Contains(w.TrimEnd('.', ',')))) return false;
        if (IsHead(run[^1])) return true;
        var head = Array.FindIndex(run, IsHead);
        return head >= 0 && head + 1 < run.Length && run[head + 1] is "of" or "for" && run.Length - head - 2 is >= 1 and <= 4 && run[(head + 2)..].All(w => !IsHead(w));
    }

    private static bool IsHead(string word) => SchoolHeads.Contains(word.TrimEnd('.', '\'')) || word.StartsWith("Universit", StringComparison.OrdinalIgnoreCase);

    private static bool Capitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || word[0] == '&' && word.Length == 1);
}
