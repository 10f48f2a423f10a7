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
        "università", "universiteit", "universidade", "uniwersytet", "mahavidyalaya", "vidyalaya", "vidyapeeth", "iit", "nit", "iiit",
    };

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "&", "for", "the", "at", "de", "di", "del", "degli", "do", "da" };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "degree", "diploma", "doctor", "graduated", "graduate",
        "certificate", "certification", "course", "courses", "major", "minor", "in", "from", "at", "attended", "completed", "studied",
        "pursuing", "instructor", "professor", "lecturer", "teacher", "student", "member", "ph.d", "phd", "mba", "b.a", "b.s", "m.a", "m.s",
        "the", "a", "an", "education", "expected", "present", "high", "secondary", "elementary", "middle", "primary", "experience",
    };

    /// <summary>Subjects a school's name may write in lower case after "of" or "and" ("T.J Institute of technology").</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "technology", "engineering", "science", "sciences", "arts", "commerce", "management", "education", "law", "medicine", "pharmacy",
        "business", "agriculture", "architecture", "nursing", "music",
    };

    [GeneratedRegex(@"[,;:|()\[\]""“”•]|\s{2,}|\s[-–—]\s|\s@\s|(?<=\b[A-Za-z][a-z]{3,}|\b[A-Z]{4,})\.\s+(?=[A-Z])", RegexOptions.CultureInvariant, 1000)]
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
                    // "Bachelor of Science Rutgers University", "B.A. in Arts Marietta College": the subject after a degree's "of" or "in" is the degree's.
                    if (i > 0 && words[i - 1] is "of" or "in" && i + 2 < words.Length && Subjects.Contains(words[i].ToLowerInvariant()) && !IsHead(words[i + 1])
                        && i > 1 && Stops.Contains(words[i - 2].TrimEnd('.', '\'', 's'))) { i++; continue; }
                    var j = i;
                    while (j + 1 < words.Length)
                    {
                        if (Capitalised(words[j + 1]) && (!Stops.Contains(words[j + 1].TrimEnd('.')) || SubjectAfterJoiner(words, i, j)) || Joiners.Contains(words[j + 1]) && j + 2 < words.Length && Capitalised(words[j + 2])) j++;
                        // "Institute of technology", "College of arts and science": a subject in lower case after a school word.
                        else if (words[j + 1] is "of" or "and" && j + 2 < words.Length && Subjects.Contains(words[j + 2].TrimEnd('.')) && words[i..(j + 1)].Any(IsHead)) j += 2;
                        else break;
                    }
                    var run = WithoutLead(words[i..(j + 1)]);
                    // "The Johns Hopkins University", "The Catholic University of America": "The" starts the name it stands before.
                    if (i > 0 && words[i - 1] == "The" && run.Length == j + 1 - i) run = [.. words[(i - 1)..(j + 1)]];
                    while (run.Length > 1 && (Joiners.Contains(run[^1].ToLowerInvariant()) || run[^1] == "&")) run = run[..^1];
                    while (run.Length > 1 && run[0].Contains('.', StringComparison.Ordinal) && Lexicon.Degree(run[0]) is { Field: null }) run = run[1..];
                    if (run.Length <= 9 && SchoolName(run) && !Secondary(run) && !Generic(run))
                    {
                        var name = WithAcronym(string.Join(' ', run).TrimEnd('.'), line);
                        if (name.Split(' ').Length >= 2 && !found.Any(f => WithoutThe(f).Equals(WithoutThe(name), StringComparison.OrdinalIgnoreCase))) found.Add(name);
                    }
                    i = j + 1;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// "Longsight College of Further Education", "Institute of Adult Education": a subject after "of", "for" or "and" in a run
    /// that already holds a school word goes on with the name, though "Education" alone stops a run ("Education Harvard University").
    /// </summary>
    private static bool SubjectAfterJoiner(string[] words, int first, int last)
        => Subjects.Contains(words[last + 1].TrimEnd('.').ToLowerInvariant()) && Array.FindIndex(words, first, last - first + 1, IsHead) is var head and >= 0
           && Array.FindIndex(words, head, last - head + 1, w => w is "of" or "for") >= 0;

    /// <summary>The name without a leading "The" ("The Johns Hopkins University" is also written "Johns Hopkins University").</summary>
    internal static string WithoutThe(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    [GeneratedRegex(@"\G\s*\((?<acronym>[A-Z][A-Za-z&.]{1,9})\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Acronym();

    /// <summary>
    /// The school with the short name written in brackets right after it ("Manipal Institute of Technology (MIT)",
    /// "California Institute of Technology (Caltech)"): the bracket is part of how the school is named, unless it is a
    /// country or a state ("Lodz University of Technology (Poland)").
    /// </summary>
    internal static string WithAcronym(string name, string line)
    {
        var at = line.IndexOf(name, StringComparison.Ordinal);
        if (at < 0 || Acronym().Match(line, at + name.Length) is not { Success: true } m || Regions.IsRegion(m.Groups["acronym"].Value)) return name;
        return name + " (" + m.Groups["acronym"].Value + ")";
    }

    /// <summary>Words that make a run with a school word something else: a press, a journal, a hospital, a committee, an award.</summary>
    private static readonly HashSet<string> NotSchool = new(StringComparer.OrdinalIgnoreCase)
    {
        "press", "review", "journal", "hospital", "hospitals", "clinics", "clinic", "library", "committee", "program", "programme",
        "alumni", "fellowship", "fellow", "communications", "policy", "office", "award", "scholarship", "board", "district", "council",
        "association", "society", "research", "foundation", "museum", "services", "center", "centre", "department", "professor",
    };

    /// <summary>
    /// "School of Education", "College of Engineering", "Technology Institute", "Law School": a unit of some school named by its
    /// subject alone, which says where someone studied or worked no more than "a law school" would.
    /// </summary>
    private static bool Generic(string[] run)
        => run.All(w => IsHead(w) || Joiners.Contains(w.ToLowerInvariant()) || Subjects.Contains(w.TrimEnd('.').ToLowerInvariant()));

    /// <summary>True for a school's unit named by its subject alone ("Law School", "School of Education"); see <see cref="Generic"/>.</summary>
    internal static bool IsGenericUnit(string text)
        => text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } run && run.Any(IsHead) && Generic(run);

    /// <summary>
    /// "Edinburgh University", "Teachers College", "University of Washington", "Institute of Political Studies": the run
    /// ends in a school word or is a school word followed by "of"/"for" and up to four capitalised words.
    /// </summary>
    private static bool SchoolName(string[] run)
    {
        if (run.Length < 2 || run.Any(w => NotSchool.Contains(w.TrimEnd('.', ',')))) return false;
        if (IsHead(run[^1])) return true;
        // "Universität Wien", "Universidad de Chile", "Università di Bologna": a school word of another language before the name.
        if (NamedAfter(run[0]) && run.Length <= 5 && run[1..].All(w => !IsHead(w))) return true;
        var head = Array.FindIndex(run, IsHead);
        return head >= 0 && head + 1 < run.Length && run[head + 1].ToLowerInvariant() is "of" or "for" && run.Length - head - 2 is >= 1 and <= 4 && run[(head + 2)..].All(w => !IsHead(w));
    }

    /// <summary>Words for a university in languages that write the school word before its name ("Universität Wien").</summary>
    private static bool NamedAfter(string word)
        => word.TrimEnd('.').ToLowerInvariant() is "universität" or "universitat" or "università" or "universidad" or "université" or "universiteit"
            or "universidade" or "universitas" or "universiti" or "uniwersytet" or "universitatea" or "univerzita";

    /// <summary>
    /// "Director at Gaza University", "Chairman of LEAD College of Management", "Webmaster for Cameron School of Business":
    /// words before the first "at", "of" or "for" that hold no school word are a role or a subject, not part of the name.
    /// </summary>
    private static string[] WithoutLead(string[] run)
    {
        var joiner = Array.FindIndex(run, w => w.ToLowerInvariant() is "at" or "of" or "for");
        return joiner > 0 && joiner + 2 < run.Length && !run[..joiner].Any(IsHead) ? run[(joiner + 1)..] : run;
    }

    /// <summary>Secondary schools ("Sparta High School", "Army Public School", "… Matriculation Higher Secondary School"): not colleges.</summary>
    private static bool Secondary(string[] run) => IsSecondary(string.Join(' ', run));

    /// <summary>True for the name of a secondary school ("Sparta High School", "Kendriya Vidyalaya"), which is not a college.</summary>
    public static bool IsSecondary(string name) => SecondarySchool().IsMatch(name);

    [GeneratedRegex(@"\b(?:high|higher\s+secondary|senior\s+secondary|secondary|public|grammar|primary|elementary|middle|matric(?:ulation)?|convent|comprehensive|montessori|h\.?\s?s\.?|hr\.?\s?sec\.?)\s+school\b|\bvidyalaya(?:m)?\b|\bhigh\s+school\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SecondarySchool();

    /// <summary>
    /// Schools below college level named where work is written ("Teacher, Lane High School", "Patton Elementary School",
    /// "Baltimore County Public Schools", "Kenny Elementary"): outside the education section a school a résumé names is
    /// where its writer taught or worked. The name is the capitalised words before the school word (up to five), without a
    /// title before them ("Teacher"), and not a school "of" something, which is a college ("Cameron School of Business").
    /// </summary>
    public static List<string> Employers(IEnumerable<string> lines)
    {
        var found = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length < 8 || !(line.Contains("School", StringComparison.OrdinalIgnoreCase) || line.Contains("Elementary", StringComparison.OrdinalIgnoreCase))) continue;
            foreach (Match m in SchoolEmployer().Matches(line))
            {
                var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // "San Francisco Unified School District": the district employs the school's teachers, and is named with it.
                var district = words[^1] is "District" or "DISTRICT" ? 1 : 0;
                var shouting = IsShouting(words[^1]);
                var first = words.Length - 1 - district;
                // "Teacher Lane High School", "Student Teaching PATTON ELEMENTARY": a title, a stop word or a change of case ends the name.
                while (first > 0 && words[first - 1] is var w && !Lexicon.IsTitle(w) && IsShouting(w) == shouting
                       && (!Stops.Contains(w.TrimEnd('.')) || w is "High" or "HIGH" or "Middle" or "MIDDLE" or "Elementary" or "ELEMENTARY" or "Primary" or "PRIMARY" or "Secondary" or "SECONDARY")) first--;
                var run = words[first..];
                var school = run[..^district];
                if (school.Length < 2 || school[..^1].All(w => Grades.Contains(w)) || Lexicon.IsSchool(string.Join(' ', school[..^1])) && !IsSecondary(string.Join(' ', school))) continue;
                var name = string.Join(' ', run);
                if (name.Length <= 70 && !found.Contains(name, StringComparer.OrdinalIgnoreCase)) found.Add(name);
            }
        }
        return found;
    }

    [GeneratedRegex(@"\b(?<name>(?:(?:(?:St|Mt)\.|[A-Z][\w'’]{0,30}(?:-[A-Z][\w'’]{0,30})?)\s+){1,5}(?:Schools?|SCHOOLS?|Elementary|ELEMENTARY)(?:\s+(?:District|DISTRICT))?)\b(?!\s+(?:of|for|OF|FOR)\b)(?!\s+School)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SchoolEmployer();

    /// <summary>"B.E Anna University" is "Anna University", "M.Tech. Visveswariah University" is "Visveswariah University": a degree written before the school.</summary>
    public static string WithoutDegree(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 2 && words[0].Contains('.', StringComparison.Ordinal) && Lexicon.Degree(words[0]) is { Field: null } ? string.Join(' ', words[1..]) : name;
    }

    /// <summary>Words that say which kind of school, not which one ("High School", "After School", "Public Secondary Schools").</summary>
    private static readonly HashSet<string> Grades = new(StringComparer.OrdinalIgnoreCase)
    {
        "high", "middle", "elementary", "primary", "secondary", "higher", "senior", "junior", "public", "private", "after", "girls",
        "boys", "general", "matriculation", "grammar", "state", "city", "county", "area", "local", "effective", "adapted", "summer", "sunday",
    };

    private static bool IsShouting(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// Whether <paramref name="word"/> is a word that makes a name a school's ("University", "College", "Institute", "Polytechnic",
    /// "Universität", "IIT" …), in any case; the one test of a school word for every reader.
    /// </summary>
    internal static bool IsHead(string word) => SchoolHeads.Contains(word.TrimEnd('.', '\'')) || word.StartsWith("Universit", StringComparison.OrdinalIgnoreCase);

    private static bool Capitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || word[0] == '&' && word.Length == 1);
}
