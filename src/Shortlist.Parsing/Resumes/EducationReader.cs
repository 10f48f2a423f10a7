using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>Degrees, fields, schools and years from the education section.</summary>
internal static partial class EducationReader
{
    [GeneratedRegex(@"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\s*\([^()]*\)?\s*$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"\s{2,}|\s\|\s", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ChunkBreak();

    private static readonly HashSet<string> LooseDegrees = new(StringComparer.OrdinalIgnoreCase)
    {
        "x", "ca", "me", "be", "ma", "ms", "bs", "ba", "graduate", "secondary", "intermediate", "associate", "associates", "master", "masters",
        "diploma", "12th", "10th", "xii", "cpa", "ssc", "hsc", "bachelor", "bachelors", "master's", "bachelor's",
    };

    /// <summary>
    /// Education written outside an education section (flattened CVs, degrees under "Qualifications" or a profile): the
    /// lines are cut at runs of spaces and " | ", and a piece counts only when it is a clear degree ("B.Tech in ...",
    /// "Bachelor of ...", "MBA"; bare words such as "MS" or "BA" need a field after "in"/"of"), or a school or a year
    /// within three pieces of one.
    /// </summary>
    public static List<EducationEntry> ReadLoose(IEnumerable<string> lines)
    {
        var chunks = lines.SelectMany(l => ChunkBreak().Split(l)).Select(c => c.Trim().TrimStart('•', '*', '-', '➢', ' ')).Where(c => c.Length > 0).ToList();
        var degreeAt = new List<int>();
        for (var i = 0; i < chunks.Count; i++)
            if (ClearDegree(chunks[i])) degreeAt.Add(i);
        if (degreeAt.Count == 0) return [];
        var kept = new List<string>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var near = degreeAt.Any(d => Math.Abs(d - i) <= 3);
            if (degreeAt.Contains(i) || i > 0 && degreeAt.Contains(i - 1) && HonoursOnly(chunks[i - 1]) || near && chunks[i].Length <= 120 && (Lexicon.IsSchool(chunks[i]) && Lexicon.Degree(chunks[i]) is null || YearPattern().IsMatch(chunks[i]) && chunks[i].Length <= 30))
                kept.Add(chunks[i]);
        }
        return Read(kept);
    }

    private static bool ClearDegree(string chunk)
    {
        if (chunk.Length > 100 || Lexicon.Degree(YearPattern().Replace(chunk, "").Trim(' ', '(', ')', '-', ',', '–', ':')) is not { } d || NotDegree(d)) return false;
        var bare = d.Degree.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (!LooseDegrees.Contains(bare) && !LooseDegrees.Contains(d.Degree)) return true;
        return d.Field is not null && System.Text.RegularExpressions.Regex.IsMatch(chunk, @"\b(?:in|of)\s+[A-Z]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static List<EducationEntry> Read(IReadOnlyList<string> lines)
    {
        var entries = new List<EducationEntry>();
        string? degree = null, field = null, institution = null, written = null;
        int? year = null;
        void Flush()
        {
            // The reading above goes by the field as written; the entry shows the subject alone (Lexicon.Tidy).
            if (degree is not null) (degree, field) = Lexicon.Tidy(degree, field);
            if (degree is not null || institution is not null) entries.Add(new EducationEntry(institution, degree, field, year, written));
            (degree, field, institution, year, written) = (null, null, null, null, null);
        }
        foreach (var raw in lines)
        {
            var line = raw.Trim().TrimStart('•', '*', '-', '➢', ' ');
            if (line.Length == 0 || line.Length > 160) continue;
            // "BSc (Hons)" with its subject on the next line: "BSc (Hons) Marketing".
            if (written is not null && field is null && institution is null && HonoursOnly(written) && FieldLine(line))
            {
                (field, written) = (line, written + " " + line);
                continue;
            }
            // "Post Graduate Diploma in Business Administration in Marketing and" over "Human Resource": the subject runs on.
            if (written is not null && field is not null && institution is null && EndsWithJoiner(written) && FieldLine(line))
            {
                (field, written) = (field + " " + line, written + " " + line);
                continue;
            }
            var years = YearPattern().Matches(line).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var words = line.Split([' ', ',', '|', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
            var onlyDates = words.All(w => YearPattern().IsMatch(w) || DateWord(w));
            if (onlyDates && years.Count > 0) { year = years.Max(); continue; }
            var segments = line.Split([" - ", " | ", " – ", ", ", "    "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var found = false;
            var degreeAt = -1;
            for (var cell = 0; cell < segments.Length; cell++)
            {
                var segment = segments[cell];
                // "(June 2001)", "(Cum Laude honors conferred)", "summa cum laude": when and how well, not the degree's field.
                var text = YearPattern().Replace(DegreeNote().Replace(segment, ""), "").Trim(' ', '(', ')', '-', ',', '–', '—', ':');
                // "BSc (Hons)": a bracket the text opened keeps its close.
                if (text.Count(c => c == '(') > text.Count(c => c == ')') && segment.TrimEnd().EndsWith(')')) text += ")";
                // "EDUCATION: Western Kentucky University": a label before the value.
                if (text.IndexOf(':', StringComparison.Ordinal) is > 0 and <= 30 and var colon && Sections.HeadingKind(text[..colon]) is not null)
                    text = text[(colon + 1)..].Trim();
                if (!text.Any(char.IsLetter)) continue;
                if (Lexicon.Degree(text) is { } notDegree && NotDegree(notDegree)) continue;
                // "B.E Anna University": a degree followed by its school, not by its field; after a whole entry, the start of the next.
                if (Lexicon.Degree(text) is { Field: { } school } split && Lexicon.IsSchool(school) && school.Split(' ').Length <= 8
                    && text.StartsWith(split.Degree, StringComparison.Ordinal) && (institution is null || degree is not null) && NamesSchool(school))
                {
                    if (degree is not null) Flush();
                    (degree, field, written, institution) = (split.Degree, null, split.Degree, DegreeTail().Replace(SchoolLead().Replace(TrailingParenthesis().Replace(school, "").Trim(), ""), ""));
                    found = true;
                    continue;
                }
                if (text.Length <= 3 && segments.Length >= 2 && segment != segments[0]) continue;
                // "Bachelor of Science, Marketing", "BA - English": the subject in the next cell of the degree's line.
                if (found && written is not null && field is null && written.TrimEnd('.') == degree?.TrimEnd('.')
                    && (institution is null && FieldLine(text) || degreeAt == cell - 1 && DegreeReader.Subject(", " + text) == text))
                {
                    (field, written) = (text, written + (line.Contains(written + " - " + text, StringComparison.Ordinal) ? " - " : ", ") + text);
                    continue;
                }
                // "B.Sc. in Physics, Chemistry and Mathematics": the end of a list of subjects in the next cell belongs to the field.
                if (found && degreeAt == cell - 1 && field is not null && written is not null && institution is null
                    && DegreeReader.ListTail(YearPattern().Replace(segment, "").Trim(' ', ',')) is { } more)
                {
                    (field, written) = (field + ", " + more, written + ", " + more);
                    degreeAt = cell;
                    continue;
                }
                // A degree on a line with its own years starts an entry even when the last one has no school yet ("2009 – 2012 PhD in
                // Computer Science, CalTech, …" then "2007 – 2009 Master of Science in Computer Science, MIT, …").
                if (Lexicon.Degree(text) is { } d && (degree is null || institution is not null || found || years.Count > 0))
                {
                    if (degree is not null) Flush();
                    (degree, field, written) = (d.Degree, d.Field, Written(text, d));
                    if (institution is null && SchoolTail(text, field) is { } tail) (field, institution) = tail;
                    found = true;
                    degreeAt = cell;
                }
                else if (Lexicon.Degree(text) is { } d2 && degree is null)
                {
                    (degree, field, written) = (d2.Degree, d2.Field, Written(text, d2));
                    if (institution is null && SchoolTail(text, field) is { } tail) (field, institution) = tail;
                    found = true;
                    degreeAt = cell;
                }
                // A second university after the first school's years starts the next entry ("Universidad del Norte ⏎ Barranquilla,
                // 1989-1994 ⏎ Universidad Externado de Colombia"), whether or not a degree was read between them. Schools and boards
                // below college level, and a title that names a school ("School Counselor"), do not.
                // "High school Diploma, Sparta High School": a credential named for a kind of school is not the school.
                else if ((institution is null || year is not null && !found && University(text)) && Lexicon.IsSchool(text) && text.Split(' ').Length <= 10 && !Placeholder(text)
                    && !Credential().IsMatch(text))
                {
                    text = SchoolReader.WithAcronym(SchoolReader.WithoutDegree(TrailingParenthesis().Replace(text, "").Trim()), segment);
                    // "Work Experience Carnegie Mellon University", "Marietta College Bachelor of Arts": the school's own words only.
                    if (SchoolReader.Read([text]) is [var only] && only.Length < text.Length && text.IndexOf(only, StringComparison.Ordinal) is var at and >= 0)
                        text = at >= 4 && text.Substring(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) ? text.Substring(at - 4, only.Length + 4) : only;
                    // "California State University, Sacramento", "University of California, Berkeley": a state's university names its campus
                    // in the next cell, unless a region follows that cell (then it is the city: "University of Washington, Seattle, WA").
                    if (StateSystem().Match(text) is { Success: true } system && Regions.IsRegion(system.Groups["region"].Value) && cell + 1 < segments.Length
                        && segments[cell + 1].Trim().TrimEnd(',') is { Length: > 2 } campus && char.IsUpper(campus[0]) && campus.Split(' ').Length <= 3
                        && campus.All(c => char.IsLetter(c) || c is ' ' or '-') && !Regions.IsRegion(campus) && Lexicon.Degree(campus) is null && !Lexicon.IsSchool(campus)
                        && (cell + 2 >= segments.Length || !RegionCell(segments[cell + 2])))
                        text += ", " + campus;
                    // "Law School, University of Verona": a school's unit named by its subject alone, then the school it belongs to.
                    else if (SchoolReader.IsGenericUnit(text) && cell + 1 < segments.Length && segments[cell + 1].Trim().TrimEnd(',') is { Length: > 2 } parent
                        && Lexicon.IsSchool(parent) && !SchoolReader.IsGenericUnit(parent) && Lexicon.Degree(parent) is null && !YearPattern().IsMatch(parent))
                        text += ", " + parent;
                    if (degree is null && entries.Count > 0 && entries[^1].Institution is null) { entries[^1] = entries[^1] with { Institution = text }; continue; }
                    if (institution is not null) Flush();
                    institution = text;
                    found = true;
                    break;
                }
            }
            // "PhD in Computer Science, CalTech, Pasadena, USA": a school without a school word stands right after a degree that names
            // its field, with a city and then a country or region after it.
            // "…, Specialization in AI, MIT, Cambridge," (the country on the next line): a specialisation between them is skipped, and
            // a line that ends in a comma goes on with the place.
            var schoolAt = degreeAt + 1 < segments.Length && Specialisation().IsMatch(segments[degreeAt + 1]) ? degreeAt + 2 : degreeAt + 1;
            if (degreeAt >= 0 && institution is null && field is not null && schoolAt + 1 < segments.Length
                && YearPattern().Replace(segments[schoolAt], "").Trim(' ', '(', ')', '-', ',', '–') is var named && !named.Contains('-', StringComparison.Ordinal) && SchoolByPlace(named)
                && !RegionCell(segments[schoolAt + 1]) // "…, Waukegan, IL": a city before its state
                && (segments[(schoolAt + 2)..].Any(RegionCell) || line.EndsWith(',')))
                institution = named;
            // "Master of Business Administration in Finance, UNC Charlotte, 2012": or the cell between the degree and the year that ends
            // the line, when it is no honour ("Cum Laude", "Dean's List").
            else if (degreeAt >= 0 && institution is null && field is not null && schoolAt == degreeAt + 1 && schoolAt + 2 == segments.Length
                && segments[^1].Trim().Trim('(', ')', '.') is var last && YearPattern().IsMatch(last) && last.All(c => char.IsDigit(c) || c is ' ' or '-' or '–')
                && segments[schoolAt].Trim() is var bare && SchoolByPlace(bare) && !Honour().IsMatch(bare) && Contact.Place(bare) is null)
                institution = bare;
            if (years.Count > 0 && (degree is not null || institution is not null)) year = years.Max();
        }
        Flush();
        return entries;
    }

    /// <summary>
    /// Words that read as a degree but are not one: a title or a school after "Associate"/"Graduate"/"Master" ("Associate
    /// Professor", "Graduate School of Education", "Master Thesis in …"), an award, or a product after "MS" ("MS Office").
    /// </summary>
    internal static bool NotDegree((string Degree, string? Field) d)
    {
        if (d.Field?.Split(',')[0].Trim() is not { Length: > 0 } field) return false;
        var first = field.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
        var bare = d.Degree.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (bare == "ms" && first is "office" or "visio" or "word" or "excel" or "project" or "access" or "outlook" or "powerpoint" or "sql" or "dynamics" or "teams" or "windows" or "dos" or "paint" or "exchange") return true;
        // "Bachelor thesis on …": the thesis, not the degree.
        if (bare is "bachelor" or "bachelors") return first is "thesis" or "project" or "dissertation";
        if (bare is not ("associate" or "associates" or "graduate" or "master" or "masters" or "postgraduate")) return false;
        return first is "thesis" or "project" or "student" or "students" or "assistantship" or "assistantships" or "award" or "program" or "programme" or "coordinator" or "admissions"
            || Lexicon.IsTitle(field) || Lexicon.IsSchool(field) && !field.Contains("degree", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The degree as written, without a one-word field that only repeats the degree ("Bachelor of Technology in
    /// Technology" and "B.Tech in Technology" are "Bachelor of Technology" and "B.Tech").
    /// </summary>
    internal static string Written(string text, (string Degree, string? Field) d)
    {
        // "B.E from University of Madras in 2007", "Post Graduate Program in Business Analytics in": where and when are not the degree.
        text = DegreeTail().Replace(text, "");
        if (d.Field is { Length: >= 4 } f && !f.Contains(' ', StringComparison.Ordinal) && d.Degree.Contains(f[..4], StringComparison.OrdinalIgnoreCase)
            && text.StartsWith(d.Degree, StringComparison.Ordinal)) return d.Degree;
        // "B.Tech in Computer Science in Computer Science", "Bachelor of Engineering (Information Science) in Information
        // Science": a last field that only repeats words written before it is left out.
        var last = text.LastIndexOf(" in ", StringComparison.OrdinalIgnoreCase);
        if (last > 0 && text[..last] is var head && Lexicon.Degree(head) is not null && text[(last + 4)..] is var tail
            && FieldWords(tail) is { Count: > 0 } repeated && repeated.All(w => FieldWords(head).Any(h => h.StartsWith(w.Length >= 4 ? w[..4] : w, StringComparison.Ordinal))))
            return head.TrimEnd();
        return text;
    }

    [GeneratedRegex(@"\s+(?:from|at)\s+[A-Z].*$|(?:\s+(?:in|of))+\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DegreeTail();

    /// <summary>
    /// "Master's Degree in Business Education from Business Teacher's Training Institute": the school written after "from" or "at"
    /// in a degree's cell, and the field without it; null when the words after "from" name no school.
    /// </summary>
    private static (string? Field, string School)? SchoolTail(string text, string? field)
    {
        if (field is null || FromSchool().Match(field) is not { Success: true } m || !Lexicon.IsSchool(m.Groups["school"].Value)) return null;
        var written = TrailingParenthesis().Replace(m.Groups["school"].Value, "").Trim();
        // "VMKV Eng. college": a short name with a school word that the school reader does not take (a school word in lower case).
        var school = SchoolAtStart(written) ?? (written.Split(' ').Length <= 6 && !written.Contains(" from ", StringComparison.Ordinal) ? written : null);
        if (school is null || !text.Contains(school, StringComparison.Ordinal)) return null;
        var rest = field[..m.Index].Trim();
        return (rest.Length == 0 ? null : rest, school);
    }

    [GeneratedRegex(@"(?:^|\s+)(?:from|at)\s+(?:the\s+)?(?<school>[A-Z].*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FromSchool();

    /// <summary>
    /// "Madras University", "from the Institute of Political Studies": the cell names a school from its start, not a subject before
    /// one ("Business Studies from St. Mark's University") nor a school word alone ("School"); "NIT Trichy" names one.
    /// </summary>
    private static bool NamesSchool(string cell) => SchoolAtStart(cell) is not null;

    /// <summary>The name of the school <paramref name="cell"/> starts with, as <see cref="NamesSchool"/> reads it, or null.</summary>
    private static string? SchoolAtStart(string cell)
    {
        var name = SchoolLead().Replace(cell.Trim(), "");
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name[4..];
        // "NIT Trichy", "IIT Bombay": a school's short name, then its town.
        if (name.Split(' ') is [var first, _, ..] words && first.Length > 1 && first.All(char.IsUpper) && SchoolReader.IsHead(first))
            return string.Join(' ', words.TakeWhile(w => w.Length > 0 && char.IsUpper(w[0])));
        if (SchoolReader.Read([name]) is not [var named, ..]) return null;
        if (name.StartsWith(named, StringComparison.Ordinal)) return named;
        var bare = SchoolReader.WithoutThe(named);
        return bare.Length < named.Length && name.StartsWith(bare, StringComparison.Ordinal) ? bare : null;
    }

    [GeneratedRegex(@"\b(?:diploma|certificate|certification)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Credential();

    /// <summary>"from University of Madras", "from the Institute of Political Studies": the words that led to the school.</summary>
    [GeneratedRegex(@"^(?:from|at)\s+(?-i:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SchoolLead();

    private static List<string> FieldWords(string text)
        => text.Split([' ', '(', ')', ',', '&', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())
            .Where(w => w is not ("and" or "of" or "in" or "the")).ToList();

    /// <summary>
    /// A university or an institute by name ("Universidad de Salamanca", "Tata Institute of Fundamental Research"), not a title,
    /// nor a body or a programme named for universities ("National Association of College and University Business Officers",
    /// "EDUCAUSE Institute Leadership Program", "Anna University campus").
    /// </summary>
    private static bool University(string text)
    {
        var words = text.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        return !Lexicon.IsTitle(text) && !words.Any(NotASchool.Contains)
            && words.Any(w => w.StartsWith("univers", StringComparison.OrdinalIgnoreCase) || w.StartsWith("institut", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly HashSet<string> NotASchool = new(StringComparer.OrdinalIgnoreCase)
    {
        "association", "associations", "program", "programme", "programs", "campus", "officers", "council", "society", "leadership",
        "alumni", "foundation", "press", "hospital",
    };

    /// <summary>A form's placeholder rather than a name: "University", "College/University", "Name of University", "University/Board".</summary>
    private static bool Placeholder(string text)
        => !text.EndsWith(" of", StringComparison.OrdinalIgnoreCase) && text.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries).All(w => Lexicon.IsSchool(w) || w.ToLowerInvariant() is "name" or "of" or "the" or "your");

    private static bool HonoursOnly(string written)
        => written.EndsWith("(Hons)", StringComparison.OrdinalIgnoreCase) || written.EndsWith("(Honours)", StringComparison.OrdinalIgnoreCase)
            || written.EndsWith(" Hons", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="written"/> ends in a word that joins it to more ("… Marketing and", "… Science &amp;").</summary>
    private static bool EndsWithJoiner(string written)
        => written.TrimEnd().Split(' ')[^1] is "and" or "&" or "of" or "in" or "for" or "with";

    /// <summary>A short capitalised subject ("Sales Management"): no year, school, degree or punctuation beyond "&amp;".</summary>
    private static bool FieldLine(string line)
        => line.Length <= 50 && char.IsUpper(line[0]) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5
            && line.All(c => char.IsLetter(c) || c is ' ' or '&') && !Lexicon.IsSchool(line) && Lexicon.Degree(line) is null;

    /// <summary>
    /// A school named without a school word, read by where it stands ("CalTech", "UNC Charlotte"): capitalised, at most five
    /// words of letters, and no region, degree, title or subject.
    /// </summary>
    private static bool SchoolByPlace(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && text.Split(' ').Length <= 5 && text.All(c => char.IsLetter(c) || c is ' ' or '&' or '.' or '\'' or '-')
           && !Regions.IsRegion(text) && Lexicon.Degree(text) is null && !Lexicon.IsTitle(text) && !Subject().IsMatch(text);

    /// <summary>A cell that names a region or a country once its years are left out ("USA", "CA 2012").</summary>
    private static bool RegionCell(string cell) => Regions.IsRegion(YearPattern().Replace(cell, "").Trim());

    /// <summary>A subject, not a school ("Sociology", "Mathematics", "Business Administration", "Fine Arts").</summary>
    [GeneratedRegex(@"(?:ology|ics|istry|graphy|ture|ing|ance|ism|ory|sophy|omy|Arts?|Sciences?|Studies|Education|Law|Management|Administration|English|Physics|Music|Design|Media|Communications?|Business|Finance|Nursing|Theat(?:re|er)|Languages?|Literature|Technology|Policy|Health|Work)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?:University\s+of\s+(?<region>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)|(?<region>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\s+State\s+University)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StateSystem();

    /// <summary>A month and year in brackets ("(June 2001)"), or a Latin honour with what follows it in its bracket or cell ("summa cum laude - GPA 3.8").</summary>
    [GeneratedRegex(@"\s*\(" + MonthPatterns.Any + @",?\s+(?:19|20)\d\d\)|\s*\(?\b(?:(?:summa|magna)\s+)?cum\s+laude\b(?:[^)]*\)|.*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DegreeNote();

    [GeneratedRegex(@"\b(?:cum\s+laude|magna|summa|hono(?:u)?rs?|dean'?s|distinction|first\s+class|merit|valedictorian|gpa|cgpa|graduated|expected|thesis|dissertation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Honour();

    [GeneratedRegex(@"^(?:speciali[sz]ation|concentration|major|minor|focus|track|emphasis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Specialisation();

    private static bool DateWord(string w)
        => w.Length >= 3 && "jan feb mar apr may jun jul aug sep oct nov dec to present till date onwards from since expected".Contains(w.ToLowerInvariant()[..3], StringComparison.Ordinal);
}
