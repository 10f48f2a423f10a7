using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>Word lists that tell titles, employers, degrees and schools apart.</summary>
internal static partial class Lexicon
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "manager", "engineer", "analyst", "developer", "consultant", "lead", "architect", "director", "intern", "specialist",
        "administrator", "admin", "officer", "executive", "head", "coordinator", "designer", "tester", "programmer", "trainee",
        "owner", "president", "vp", "scrum", "master", "associate", "supervisor", "assistant", "representative", "technician",
        "sme", "expert", "advisor", "controller", "accountant", "scientist", "researcher", "professor", "lecturer", "teacher",
        "instructor", "strategist", "planner", "auditor", "partner", "founder", "co-founder", "cto", "ceo", "cio", "pmo",
        "internship", "fellow", "member", "dba", "qa", "leader", "principal", "secretary", "clerk", "agent", "operator", "staff",
        "managers", "engineers", "analysts", "developers", "consultants", "trainer", "mentor", "support", "sr", "sr.", "jr", "senior", "junior",
        "counselor", "counsellor", "chair",
    };

    private static readonly HashSet<string> CompanyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ltd", "ltd.", "limited", "inc", "inc.", "llc", "llp", "corp", "corp.", "corporation", "pvt", "pvt.", "private", "company", "co.",
        "technologies", "technology", "solutions", "services", "systems", "group", "bank", "gmbh", "plc", "labs", "infotech", "consulting",
        "software", "international", "global", "enterprises", "industries", "hospital", "health", "healthcare", "university",
    };

    private static readonly HashSet<string> SchoolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "university", "college", "institute", "school", "academy", "iit", "nit", "iiit", "vidyalaya", "polytechnic", "universität",
        "universidad", "université", "board", "cbse", "icse", "mahavidyalaya", "vidyapeeth", "campus", "faculty",
    };

    [GeneratedRegex(@"^(?<degree>(?:bachelor|master|doctor|associate)s?'?s?\s+(?:of|in)\s+[a-z &.]+?|(?:bachelor|master|associate)(?:'s|s)?(?:\s+degree)?|post\s*graduate(?:\s+(?:program|degree))?|graduate|b[.-]?\s?tech\.?|m[.-]?\s?tech\.?|b\.?\s?e\.?|m\.?\s?e\.?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?s\.?|m\.?\s?s\.?|b\.?\s?a\.?|m\.?\s?a\.?|mba|m\.?b\.?a\.?|bba|bca|mca|b\.?\s?com\.?|m\.?\s?com\.?|ph\.?\s?d\.?|pgdm|pgdba|pgd[a-z]*|post\s+graduate\s+diploma|diploma|b\.?\s?pharm|m\.?\s?pharm|mbbs|b\.?arch|ssc|hsc|sslc|higher secondary|secondary|intermediate|12th|10th|xii|x|cpa|ca|llb|llm|bsc|msc|bs|ms|ba|ma|be|me|b\.?ed|m\.?phil|m\.\s?ed\.?|b\.\s?s\.\s?ed\.?|ed\.\s?d\.?|psy\.\s?d\.?|j\.\s?d\.?|m\.\s?d\.?|m\.\s?l\.\s?s\.?|[bm]\.\s?s\.\s?w\.?|juris\s+doctor)(?=$|[\s,(:-]|\.\s)(?:\s*\((?:hons|honours)\)|\s+(?:hons|honours)\b)?(?:\s*\([a-z][a-z.]{0,7}\)(?=\s*(?:in\b|of\b|[,–-])))?(?:(?:\s*(?:\(|\bin\b|\bof\b|-|–|,|:)\s*|\s+)(?<field>[^()\n]{2,80}?)\)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DegreePattern();

    [GeneratedRegex(@"^(?<degree>(?:bachelor|master|doctor|associate)s?'?s?\s+of\s+(?:business\s+administration|public\s+(?:administration|health|policy)|fine\s+arts|social\s+work|computer\s+applications|health\s+administration|liberal\s+arts|international\s+affairs|applied\s+(?:science|sciences|arts)|information\s+(?:technology|systems)|computer\s+science|computer\s+engineering))\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TwoWordDegree();

    /// <summary>The legal forms that end a company's name: "Infosys Limited", "Acme, Inc.", "Wipro Pvt. Ltd.", "Siemens AG".</summary>
    private const string LegalForms = @"inc|llc|l\.l\.c|ltd|llp|l\.?p|corp|corporation|co|plc|gmbh|pvt\.?\s+ltd|private\s+limited|limited|s\.?a|ag|bv";

    /// <summary>A legal form and nothing else ("Inc.", "LLC"), as a part of a line between commas.</summary>
    [GeneratedRegex(@"^(?:" + LegalForms + @")\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex LegalForm();

    /// <summary>A legal form at the end of a company's name, with the comma before it ("Infosys Limited", "Acme, Inc.").</summary>
    [GeneratedRegex(@",?\s+(?:" + LegalForms + @")\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex LegalFormAtEnd();

    /// <summary>True when the line reads like a job title.</summary>
    public static bool IsTitle(string line)
    {
        var words = Words(line);
        return words.Length is > 0 and <= 8 && words.Any(TitleWords.Contains) && !OfPartners(words);
    }

    /// <summary>
    /// The parts of a line between its commas, a legal form kept with the name before it: "DEF Company, Inc., Boston, MA" is
    /// "DEF Company, Inc.", "Boston", "MA".
    /// </summary>
    public static string[] CommaParts(string line)
    {
        var pieces = new List<string>(line.Split(", "));
        for (var k = pieces.Count - 1; k > 0; k--)
            if (LegalForm().IsMatch(pieces[k].Trim()))
            {
                pieces[k - 1] += ", " + pieces[k];
                pieces.RemoveAt(k);
            }
        return [.. pieces];
    }

    /// <summary>True when <paramref name="word"/> is one job titles are made of ("manager", "senior", "trainee").</summary>
    public static bool IsTitleWord(string word) => TitleWords.Contains(word);

    /// <summary>True when the line names a company by its suffix or kind ("Infosys Ltd", "Rödl &amp; Partner").</summary>
    public static bool IsCompany(string line) => Words(line) is var words && (words.Any(CompanyWords.Contains) || OfPartners(words));

    /// <summary>"Rödl &amp; Partner", "Smith and Partners", "Baker &amp; Associates": a firm named for its partners, not a title.</summary>
    private static bool OfPartners(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
            if (words[i] is "Partner" or "Partners" or "Associates" or "partners" && words[i - 1] is "&" or "and" && i > 1) return true;
        return false;
    }

    /// <summary>True when the line names a school.</summary>
    public static bool IsSchool(string line) => Words(line).Any(w => SchoolWords.Contains(w) || w.StartsWith("universit", StringComparison.OrdinalIgnoreCase));

    /// <summary>The degree and field of a line like "B.Tech in Computer Science", or null.</summary>
    public static (string Degree, string? Field)? Degree(string line)
    {
        var text = line.Trim().TrimEnd('.', ',', ';');
        if (text.Length > 120) return null;
        var m = DegreePattern().Match(text);
        if (!m.Success) return null;
        var field = m.Groups["field"].Success ? m.Groups["field"].Value.Trim(' ', '-', ',') : null;
        var degree = m.Groups["degree"].Value.Trim();
        // "Master of Business Administration", "Bachelor of Fine Arts": degrees whose name is two words after "of" are not a
        // degree "of Business" in the field "Administration".
        if (field is not null && TwoWordDegree().Match(degree + " " + field) is { Success: true } whole)
        {
            degree = whole.Groups["degree"].Value;
            field = whole.Groups["rest"].Value.Trim(' ', '-', ',', '(', ')');
            if (field.StartsWith("in ", StringComparison.OrdinalIgnoreCase)) field = field[3..].Trim();
        }
        // "Master of Software Engineering", "Bachelor of Electrical Engineering", "Master of Project Management": after "of" a word
        // that names no faculty of its own goes on into the degree's name up to a comma, "in" or a bracket, and the field is
        // those words; "Bachelor of Arts English", "Master of Science Computer Science" keep the faculty as the degree.
        else if (field is not null && OfOneWord().Match(degree) is { Success: true } of && !Faculties.Contains(of.Groups["word"].Value)
                 && text.AsSpan(m.Groups["degree"].Index + m.Groups["degree"].Length).TrimStart(' ') is var after && after.StartsWith(field, StringComparison.Ordinal)
                 && NameGoesOn().Match(field) is { Success: true } on)
        {
            degree = degree + " " + on.Groups["words"].Value;
            var rest = field[on.Length..].TrimStart();
            field = of.Groups["word"].Value + " " + on.Groups["words"].Value
                + (rest.StartsWith("in ", StringComparison.OrdinalIgnoreCase) ? ", " + rest[3..].Trim() : rest.StartsWith(',') ? rest : rest.Length > 0 ? " " + rest : "");
        }
        return (degree, string.IsNullOrEmpty(field) ? null : field);
    }

    /// <summary>
    /// The degree and field an education entry shows, from those read. The field loses the words around its subject ("with
    /// Honors in Information Technology", "with an emphasis in International Business", "MAJOR IN MUSIC", "[B.Tech]
    /// Specialization: Bio-Informatics" give the subject alone); there is no field when the words name the degree's short form
    /// ("Master of Business Administration (MBA)") or a school or board ("from XXXXXXXXX"); the degree's name goes on when the
    /// field opens with "and" ("Master of Science and Engineering").
    /// </summary>
    public static (string Degree, string? Field) Tidy(string degree, string? field)
    {
        if (field is null) return (degree, null);
        field = FieldLead().Replace(field, "").Trim();
        if (field.Length == 0 || FieldFrom().IsMatch(field)) return (degree, null);
        if (field.Length <= 8 && !field.Contains(' ', StringComparison.Ordinal) && DegreePattern().Match(field) is { Success: true } inner && !inner.Groups["field"].Success)
            return (degree, null);
        if (FieldJoins().IsMatch(field) && field.Split(' ').Length <= 3) return (degree + " " + field, null);
        return (degree, field);
    }

    [GeneratedRegex(@"^(?:[\[(][^\])]{1,12}[\])]\s*)?(?:with\s+(?:an?\s+)?(?:high(?:est)?\s+)?(?:honou?rs|emphasis|concentration|speciali[sz]ation|major|focus)\s+(?:in|on)\s+|major(?:ing)?\s+in\s+|(?:speciali[sz]ation|concentration|major|emphasis)\s*:\s*|(?:concentration|emphasis)\s+in\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FieldLead();

    [GeneratedRegex(@"^(?:from|at)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FieldFrom();

    [GeneratedRegex(@"^(?:and|&)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FieldJoins();

    /// <summary>Words after "Bachelor of", "Master of" that are a degree's whole name: the faculties that give degrees ("Bachelor of Arts").</summary>
    private static readonly HashSet<string> Faculties = new(StringComparer.OrdinalIgnoreCase)
    {
        "arts", "art", "science", "sciences", "engineering", "commerce", "law", "laws", "education", "technology", "philosophy", "music",
        "nursing", "medicine", "pharmacy", "architecture", "letters", "divinity", "theology", "surgery", "design", "studies", "business",
    };

    [GeneratedRegex(@"^(?:bachelor|master|doctor|associate)s?'?s?\s+of\s+(?<word>[A-Za-z]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OfOneWord();

    /// <summary>Capitalised words (and "and", "&amp;" before or between them: "Master of Electrical and Information Engineering") that go on with a degree's name, up to a comma, "in", a dash or the end.</summary>
    [GeneratedRegex(@"^(?<words>(?:(?:and|&)\s+)?[A-Z][A-Za-z]+(?:\s+(?:(?:and|&)\s+)?[A-Z][A-Za-z]+){0,3})(?=$|\s*[,(:–-]|\s+in\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NameGoesOn();

    private static string[] Words(string line)
        => line.Split([' ', ',', '/', '(', ')', '|', '-', '–', '—', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
}
