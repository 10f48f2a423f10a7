namespace Shortlist.Parsing.Resumes;

/// <summary>The parts a résumé is divided into.</summary>
public enum SectionKind
{
    /// <summary>Before the first heading: name and contact details.</summary>
    Header,
    /// <summary>Summary, profile, objective.</summary>
    Summary,
    /// <summary>Work experience.</summary>
    Experience,
    /// <summary>Education.</summary>
    Education,
    /// <summary>Skills.</summary>
    Skills,
    /// <summary>Certifications and licences.</summary>
    Certifications,
    /// <summary>Projects.</summary>
    Projects,
    /// <summary>Anything else (awards, languages, links, additional information).</summary>
    Other,
}

/// <summary>A section: its kind and its lines (the heading excluded).</summary>
/// <param name="Kind">What the section holds.</param>
/// <param name="Heading">The heading as written.</param>
/// <param name="Lines">The lines under it, blank lines kept as "".</param>
public sealed record Section(SectionKind Kind, string Heading, IReadOnlyList<string> Lines);

/// <summary>Splits résumé text into sections by their headings.</summary>
public static partial class Sections
{
    private static readonly Dictionary<string, SectionKind> Headings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["summary"] = SectionKind.Summary, ["professional summary"] = SectionKind.Summary, ["profile"] = SectionKind.Summary,
        ["professional profile"] = SectionKind.Summary, ["objective"] = SectionKind.Summary, ["career objective"] = SectionKind.Summary,
        ["about me"] = SectionKind.Summary, ["career summary"] = SectionKind.Summary, ["executive summary"] = SectionKind.Summary,
        ["summary of qualifications"] = SectionKind.Summary, ["overview"] = SectionKind.Summary,
        ["experience"] = SectionKind.Experience, ["work experience"] = SectionKind.Experience, ["professional experience"] = SectionKind.Experience,
        ["employment history"] = SectionKind.Experience, ["employment"] = SectionKind.Experience, ["work history"] = SectionKind.Experience,
        ["career history"] = SectionKind.Experience, ["relevant experience"] = SectionKind.Experience, ["experience summary"] = SectionKind.Experience,
        ["professional background"] = SectionKind.Experience, ["employment experience"] = SectionKind.Experience,
        ["education"] = SectionKind.Education, ["education and training"] = SectionKind.Education, ["academic background"] = SectionKind.Education,
        ["academic qualifications"] = SectionKind.Education, ["educational qualifications"] = SectionKind.Education, ["qualifications"] = SectionKind.Education,
        ["academics"] = SectionKind.Education, ["educational background"] = SectionKind.Education, ["academic profile"] = SectionKind.Education,
        ["skills"] = SectionKind.Skills, ["technical skills"] = SectionKind.Skills, ["key skills"] = SectionKind.Skills, ["core competencies"] = SectionKind.Skills,
        ["competencies"] = SectionKind.Skills, ["areas of expertise"] = SectionKind.Skills, ["skills and tools"] = SectionKind.Skills,
        ["technical proficiencies"] = SectionKind.Skills, ["tools"] = SectionKind.Skills, ["expertise"] = SectionKind.Skills, ["skill set"] = SectionKind.Skills,
        ["skills summary"] = SectionKind.Skills,
        ["technical skill set"] = SectionKind.Skills, ["technical qualifications"] = SectionKind.Skills,
        ["key strengths"] = SectionKind.Skills, ["technical toolbox"] = SectionKind.Skills, ["technical tools"] = SectionKind.Skills,
        ["software and tools"] = SectionKind.Skills, ["software tools"] = SectionKind.Skills, ["skills and abilities"] = SectionKind.Skills,
        ["skills and qualifications"] = SectionKind.Skills, ["technologies used"] = SectionKind.Skills, ["skills and languages"] = SectionKind.Skills,
        ["certifications"] = SectionKind.Certifications, ["certification"] = SectionKind.Certifications, ["certificates"] = SectionKind.Certifications,
        ["licenses and certifications"] = SectionKind.Certifications, ["certifications and training"] = SectionKind.Certifications,
        ["projects"] = SectionKind.Projects, ["key projects"] = SectionKind.Projects, ["selected projects"] = SectionKind.Projects,
        ["awards"] = SectionKind.Other, ["languages"] = SectionKind.Other, ["links"] = SectionKind.Other, ["additional information"] = SectionKind.Other,
        ["interests"] = SectionKind.Other, ["hobbies"] = SectionKind.Other, ["references"] = SectionKind.Other, ["publications"] = SectionKind.Other,
        ["volunteer"] = SectionKind.Other, ["achievements"] = SectionKind.Other, ["personal details"] = SectionKind.Other, ["contact"] = SectionKind.Header,
        ["training"] = SectionKind.Other, ["awards and achievements"] = SectionKind.Other, ["personal information"] = SectionKind.Other,
        ["personal summary"] = SectionKind.Summary, ["career highlights"] = SectionKind.Summary, ["accomplishments"] = SectionKind.Other,
        ["major achievements"] = SectionKind.Other, ["key achievements"] = SectionKind.Other, ["extra curricular activities"] = SectionKind.Other,
        ["extracurricular activities"] = SectionKind.Other, ["co curricular activities"] = SectionKind.Other, ["trainings"] = SectionKind.Other,
        ["professional trainings"] = SectionKind.Other, ["workshops attended"] = SectionKind.Other, ["personal dossier"] = SectionKind.Other,
        ["relevant coursework"] = SectionKind.Other, ["patents"] = SectionKind.Other, ["memberships"] = SectionKind.Other,
        ["professional memberships"] = SectionKind.Other, ["projects undertaken"] = SectionKind.Projects, ["academic projects"] = SectionKind.Projects,
        ["hobbies and interests"] = SectionKind.Other, ["languages known"] = SectionKind.Other, ["strengths"] = SectionKind.Other,
        ["current position"] = SectionKind.Experience, ["early career"] = SectionKind.Experience, ["positions held"] = SectionKind.Experience,
        ["professional development"] = SectionKind.Other, ["activities"] = SectionKind.Other, ["affiliations"] = SectionKind.Other,
        ["referees"] = SectionKind.Other, ["presentations"] = SectionKind.Other, ["honors"] = SectionKind.Other, ["honours"] = SectionKind.Other,
        ["declaration"] = SectionKind.Other, ["community service"] = SectionKind.Other, ["community involvement"] = SectionKind.Other,
        ["involvement"] = SectionKind.Other, ["courses taught"] = SectionKind.Other, ["related coursework"] = SectionKind.Other,
        ["grants"] = SectionKind.Other, ["fellowships"] = SectionKind.Other, ["service"] = SectionKind.Other,
        ["internships"] = SectionKind.Experience, ["internship"] = SectionKind.Experience, ["professional traineeship"] = SectionKind.Experience,
        ["traineeships"] = SectionKind.Experience, ["project details"] = SectionKind.Projects,
        // Added with the parse-m round, from the tuning part's lines that stood alone and were read as no heading.
        ["employment record"] = SectionKind.Experience, ["work record"] = SectionKind.Experience, ["career record"] = SectionKind.Experience,
        ["employment details"] = SectionKind.Experience, ["earlier career"] = SectionKind.Experience, ["positions"] = SectionKind.Experience,
        ["volunteer work"] = SectionKind.Experience,
        ["summary of qualification"] = SectionKind.Summary,
        ["highlights of qualifications"] = SectionKind.Summary, ["qualifications summary"] = SectionKind.Summary,
        ["career statement"] = SectionKind.Summary, ["personal profile"] = SectionKind.Summary,
        ["executive profile"] = SectionKind.Summary,
        ["key qualifications"] = SectionKind.Skills, ["core qualifications"] = SectionKind.Skills, ["technical summary"] = SectionKind.Skills,
        ["technology summary"] = SectionKind.Skills, ["technical profile"] = SectionKind.Skills, ["personal qualities"] = SectionKind.Skills,
        ["skills and personal qualities"] = SectionKind.Skills,
        ["professional qualifications"] = SectionKind.Certifications, ["professional qualification"] = SectionKind.Certifications,
        ["educational qualification"] = SectionKind.Education, ["academic details"] = SectionKind.Education, ["academic studies"] = SectionKind.Education,
        ["scholastic profile"] = SectionKind.Education,
        ["projects summary"] = SectionKind.Projects, ["key projects undertaken"] = SectionKind.Projects,
        ["achievements and accomplishments"] = SectionKind.Other,
        ["relevant training"] = SectionKind.Other,
    };

    /// <summary>Experience headings that stand beside a résumé's main one ("Internships", "Early Career", "Current Position").</summary>
    private static readonly HashSet<string> SideExperience = new(StringComparer.OrdinalIgnoreCase)
    {
        "current position", "early career", "internships", "internship", "professional traineeship", "traineeships",
    };

    /// <summary>
    /// True for an experience heading that stands beside a résumé's main one (<see cref="SideExperience"/>): when no other
    /// experience heading is found, the main one was not recognised, and the roles are read from every section that may
    /// hold them (see <see cref="HoldsNoJobs"/>).
    /// </summary>
    public static bool IsSideExperience(string heading) => SideExperience.Contains(Key(heading));

    /// <summary>
    /// True for a section that names no work of the writer's: awards, publications, service and the like (<see
    /// cref="HoldsNoJobs"/>), references, languages, hobbies and interests, where a school, a company or a title is a referee's,
    /// a publisher's or a prize's.
    /// </summary>
    public static bool HoldsNoWork(Section section)
        => section.Kind == SectionKind.Other && (HoldsNoJobs(section.Heading) || NoWork.Contains(Key(section.Heading).Split(' ')[^1]));

    private static readonly HashSet<string> NoWork = new(StringComparer.OrdinalIgnoreCase)
    {
        "references", "referees", "reference", "referee", "languages", "hobbies", "interests", "publications", "presentations", "awards",
        "honors", "honours", "achievements", "accomplishments", "declaration", "patents", "prizes", "societies",
    };

    /// <summary>True for a heading of awards, publications, service and the like ("Fellowships and Awards"), which holds no jobs.</summary>
    public static bool HoldsNoJobs(string heading) => OtherEnds.Contains(Key(heading).Split(' ')[^1]);

    /// <summary>
    /// Headings added with the parse-k round that also stand inside a job as labels ("Key Activities", "Activities:",
    /// "Professional Development"): under an experience heading they open a section only in capitals.
    /// </summary>
    private static readonly HashSet<string> LabelLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "activities", "key activities", "professional development", "involvement", "presentations", "service", "grants", "fellowships",
    };

    /// <summary>Words of a title that a heading never holds.</summary>
    private static readonly HashSet<string> StrongTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "director", "manager", "president", "vice", "engineer", "analyst", "developer", "officer", "specialist", "coordinator", "consultant",
    };

    /// <summary>Section words that end a heading only after <see cref="Qualifiers"/> (a job line can end in "Service" or "Publications").</summary>
    private static readonly HashSet<string> OtherEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "activities", "awards", "honors", "honours", "affiliations", "associations", "memberships", "presentations", "publications",
        "references", "service", "interests", "involvement", "reviews", "papers", "reports",
        "credentials", "grants", "fellowships", "societies",
    };

    /// <summary>Words that qualify a section ("University Service", "Selected Publications", "Academic Appointments").</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "professional", "community", "university", "academic", "public", "volunteer", "leadership", "campus", "student", "extracurricular",
        "extra", "curricular", "co", "other", "selected", "related", "recent", "invited", "conference", "departmental", "department",
        "college", "honors", "honours", "awards", "and", "of", "&", "research", "teaching", "scholarly", "national", "international",
        "institutional", "school", "civic", "personal", "relevant", "additional", "key", "major", "visiting", "previous", "prior",
        "administrative", "editorial", "outreach", "memberships", "affiliations", "activities", "scholarships", "grants", "fellowships",
        "board", "committee", "faculty", "clinical", "consulting", "held", "peer", "reviewed", "refereed", "doctoral", "representative",
        "book", "journal", "technical", "papers", "presentations", "funded", "external", "competitive", "creative", "service",
        "publications", "workshops", "ad", "hoc", "membership", "associations", "prizes", "honorary",
    };

    /// <summary>
    /// Every word of a heading the lists above know (declared after them, as static fields are set in the order written): a
    /// heading wrapped over lines ("WORK ⏎ EXPERIENCE:", "PROFESSIONAL ⏎ SKILLS") is joined only when its first line is made
    /// of these, so a name in capitals above "EXPERIENCE" stays a name.
    /// </summary>
    private static readonly HashSet<string> HeadingWords = new(
        Headings.Keys.SelectMany(k => k.Split(' ')).Concat(Qualifiers).Concat(OtherEnds).Concat(["experience", "history", "employment", "legal"]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The sections of <paramref name="lines"/>; text before the first heading is the header.</summary>
    public static List<Section> Split(IReadOnlyList<string> lines) => Split(lines, null);

    /// <summary>The sections of <paramref name="lines"/>, checking <paramref name="budget"/> every 256 lines.</summary>
    internal static List<Section> Split(IReadOnlyList<string> lines, Shortlist.Parsing.Text.Budget? budget)
    {
        var count = 0;
        var sections = new List<Section>();
        var kind = SectionKind.Header;
        var heading = "";
        var current = new List<string>();
        // "Employment History / A. Higher Education / … / B. Primary/Secondary Education": headings lettered from "A." right under
        // a section's own heading divide that section (here the jobs by sector); they open no section of their own.
        var lettered = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if ((++count & 255) == 0) budget?.Check();
            var next = HeadingKind(line);
            if (next is not null && LetteredHeading().IsMatch(line) && (lettered || current.Count == 0 && heading.Length > 0 && line.TrimStart()[0] == 'A'))
            {
                lettered = true;
                current.Add(line);
                continue;
            }
            // "Experience Disney Interactive Media Group January 2008 – Present": an experience heading run into the role it opens.
            if (next is null && GluedExperience(line) is { } glued)
            {
                sections.Add(new Section(kind, heading, current));
                (kind, heading, current) = (SectionKind.Experience, glued.Heading, [glued.Role]);
                continue;
            }
            // "Educational Consultant / 4/1/2009 - 7/1/2014 / Grander Education": in the jobs, the line under a title's dates is the
            // entry's employer though it ends in a section word.
            if (next is not null && kind == SectionKind.Experience && EmployerUnderDates(lines, i)) next = null;
            var wrapped = Wrapped(lines, i, next);
            if (wrapped.Lines > 1) (next, line) = (wrapped.Kind, wrapped.Text);
            if (next is { } found && !(kind == SectionKind.Experience && found == SectionKind.Other && LabelInsideJob(line)))
            {
                sections.Add(new Section(kind, heading, current));
                (kind, heading, current) = (found, line.Trim(), []);
                lettered = false;
                i += wrapped.Lines - 1;
            }
            else current.Add(line);
        }
        sections.Add(new Section(kind, heading, current));
        return JoinRepeatedLabels(sections);
    }

    /// <summary>
    /// Whether the line at <paramref name="i"/> stands under dates alone that stand under a title ("Educational Consultant /
    /// 4/1/2009 - 7/1/2014 / Higher Education"), and is no heading the lists know nor one in capitals ("EDUCATION", "P ROFE SSI ONAL
    /// D EVELOPMENT" there still open their sections).
    /// </summary>
    private static bool EmployerUnderDates(IReadOnlyList<string> lines, int i)
    {
        if (i < 2 || Headings.ContainsKey(Key(lines[i])) || !lines[i].Any(char.IsLower) || DateRanges.Find(lines[i - 1]) is not [var range]) return false;
        return DateRanges.Beside(lines[i - 1], range).Length == 0 && Lexicon.IsTitle(lines[i - 2].Trim());
    }

    /// <summary>
    /// "Achievements:" or "Projects" written under every job: a heading that comes back two or more times in the run of
    /// sections right after an experience section (nothing but such headings and <see cref="LabelLike"/> ones in between) is a
    /// label inside the jobs, and the run belongs to the experience section, with its heading lines kept as lines.
    /// </summary>
    private static List<Section> JoinRepeatedLabels(List<Section> sections)
    {
        for (var i = 0; i < sections.Count - 2; i++)
        {
            if (sections[i].Kind != SectionKind.Experience || sections[i + 1].Kind is not (SectionKind.Other or SectionKind.Projects)) continue;
            var label = Key(sections[i + 1].Heading);
            var end = i + 1;
            var repeats = 0;
            while (end < sections.Count && sections[end].Kind is SectionKind.Other or SectionKind.Projects
                   && (Key(sections[end].Heading).Equals(label, StringComparison.OrdinalIgnoreCase) || LabelLike.Contains(Key(sections[end].Heading))))
            {
                if (Key(sections[end].Heading).Equals(label, StringComparison.OrdinalIgnoreCase)) repeats++;
                end++;
            }
            if (repeats < 2) continue;
            var lines = new List<string>(sections[i].Lines);
            for (var j = i + 1; j < end; j++)
            {
                lines.Add(sections[j].Heading);
                lines.AddRange(sections[j].Lines);
            }
            sections[i] = sections[i] with { Lines = lines };
            sections.RemoveRange(i + 1, end - i - 1);
        }
        return sections;
    }

    /// <summary>
    /// A heading in capitals wrapped over two or three short lines: "WORK ⏎ EXPERIENCE:", "PROFESSIONAL ⏎ LEGAL ⏎
    /// EXPERIENCE:", "SKILLS AND ⏎ PERSONAL ⏎ QUALITIES:", "MEMBERSHIP OF PROFESSIONAL ⏎ ASSOCIATIONS:", and a heading
    /// whose last word went to the next line ("WORK EXPERIENCE/EMPLOYMENT ⏎ HISTORY:"). The first line must be made of
    /// heading words (<see cref="HeadingWords"/>) and end without a colon; every line is in capitals, of at most three
    /// words. After a line that is a heading alone, only one more word is taken, ending in the colon and no heading itself
    /// ("VOLUNTEER ⏎ WORK:" is volunteer work, "EXPERIENCE ⏎ PROJECTS:" two headings). Returns the kind, how many lines
    /// the heading takes (1 when it is not wrapped) and its text on one line.
    /// </summary>
    private static (SectionKind? Kind, int Lines, string Text) Wrapped(IReadOnlyList<string> lines, int i, SectionKind? alone)
    {
        var first = lines[i].Trim();
        if (!CapitalsLine(first, alone is null ? 3 : 5) || first.EndsWith(':') || !Key(first).Split(' ').All(HeadingWords.Contains)) return (alone, 1, first);
        var text = first;
        for (var n = 2; n <= 3 && i + n - 1 < lines.Count; n++)
        {
            var part = lines[i + n - 1].Trim();
            // After a heading that stands alone, only one stray word with the colon that ends it ("HISTORY:").
            if (!CapitalsLine(part, 3) || alone is not null && (n > 2 || !part.EndsWith(':') || part.Contains(' ', StringComparison.Ordinal) || HeadingKind(part) is not null)) break;
            text += " " + part;
            if (HeadingKind(text) is { } kind) return (kind, n, text);
            if (part.EndsWith(':')) break;
        }
        return (alone, 1, first);
    }

    /// <summary>Experience headings that a line extracted from a table or a flattened layout runs into its first role.</summary>
    private static readonly string[] GluedHeadings = ["Work Experience", "Professional Experience", "Employment History", "Work History", "Experience"];

    /// <summary>
    /// An experience heading followed on its line by its first role ("Experience Disney Interactive Media Group January 2008 –
    /// Present", "Work Experience Carnegie Mellon University"): written as its list holds it or in capitals, then a capitalised word,
    /// and the rest holds a date range or names an employer or a school. "Experience Designer, 2010 – 2012" and "Experience with SQL" stay lines.
    /// </summary>
    private static (string Heading, string Role)? GluedExperience(string line)
    {
        var text = line.AsSpan().Trim();
        foreach (var head in GluedHeadings)
        {
            if (text.Length <= head.Length + 1 || text[head.Length] != ' ') continue;
            var start = text[..head.Length];
            if (!start.Equals(head, StringComparison.OrdinalIgnoreCase) || !start.SequenceEqual(head) && start.ContainsAnyInRange('a', 'z')) continue;
            var rest = text[(head.Length + 1)..].Trim().ToString();
            if (rest.Length == 0 || !char.IsUpper(rest[0]) || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) continue;
            // "Experience Designer, 2010 – 2012", "Experience Manager at Acme Inc": a title that starts with the word.
            var first = rest.Split([' ', ',', '/'], 2)[0];
            if (HeadingKind(rest) is not null || Lexicon.IsTitleWord(first) || MentionReader.EndsInTitleWord(first)) continue;
            if (DateRanges.Find(rest).Count > 0 || Lexicon.IsCompany(rest) || Lexicon.IsSchool(rest)) return (start.ToString(), rest);
        }
        return null;
    }

    /// <summary>A short line with letters, none of them lower case, of at most <paramref name="words"/> words.</summary>
    private static bool CapitalsLine(string line, int words)
        => line.Length is > 0 and <= 40 && line.Any(char.IsLetter) && !line.Any(char.IsLower) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= words;

    /// <summary>
    /// "Key Activities", "Activities:" in mixed case under an experience heading: a label inside a job, not a section (in
    /// capitals, "ACTIVITIES" opens one).
    /// </summary>
    private static bool LabelInsideJob(string line) => line.Any(char.IsLower) && LabelLike.Contains(Key(line));

    /// <summary>
    /// A heading as its lists hold it: without a closing colon, "&amp;" read as "and", words split at spaces, slashes, dashes,
    /// bars and underscores ("EDUCATION &amp; LICENSURE:" is "EDUCATION and LICENSURE").
    /// </summary>
    private static string Key(string line)
        => string.Join(' ', line.Trim().TrimEnd(':').Trim().Replace("&", " and ", StringComparison.Ordinal)
            .Split([' ', '/', '-', '|', '_'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The kind of section <paramref name="line"/> opens, or null when it is not a heading.</summary>
    public static SectionKind? HeadingKind(string line)
    {
        var text = line.Trim().TrimEnd(':').Trim();
        // "5. Academic Studies:", "IV. Experience": a numbered heading, as forms and some European CVs write them.
        if (text.Length > 3 && (char.IsDigit(text[0]) || text[0] is 'I' or 'V' or 'X') && NumberedHeading().Match(text) is { Success: true } numbered)
            text = text[numbered.Length..];
        // "Other University Service (Selected)", "PROFESSIONAL EXPERIENCE (Cont.)", "Tools (full list available at myportfolio.com)":
        // a note on the heading.
        if (text.EndsWith(')') && HeadingNote().Match(text) is { Success: true } note) text = text[..note.Index].TrimEnd(':', ' ');
        // "Academic (Teaching Experience)": the heading's last words in brackets are words of the heading.
        else if (text.EndsWith(')') && text.IndexOf('(', StringComparison.Ordinal) is > 1 and var open && text.IndexOf('(', open + 1) < 0
            && text[..open].Trim().Split(' ').Length <= 2) text = text[..open].TrimEnd() + " " + text[(open + 1)..^1].Trim();
        // "Partial List of Tools": the list's heading is what it lists.
        if (ListOf().Match(text) is { Success: true } list) text = text[list.Length..];
        if (text.Length is 0 or > 40) return null;
        var key = Key(text);
        if (Headings.TryGetValue(key, out var kind)) return kind;
        // "E X P E R I E N C E", "S K I L L S": a heading written with its letters spaced out, as designed résumés set them; "E xp er
        // ie nc e", "Ke y S ki ll s": spaced unevenly, as text taken from a designed PDF comes out (up to 30 characters). More pieces
        // than the heading has words, which join into it.
        if (key.Split(' ') is { Length: >= 3 } pieces && (key.Length <= 30 || LetterSpaced(key)) && string.Concat(pieces) is var joined
            && SpacedHeadings.TryGetValue(joined, out var spaced) && pieces.Length > spaced.Words) return spaced.Kind;
        // "RETAIL EXPERIENCE", "Relevant Education": a short, capitalised line ending in a section word.
        var words = key.Split(' ');
        if (words.Length is < 2 or > 5 || !words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "and" or "of" or "&"))) return null;
        // "EDUCATION & LICENSURE", "Education and Credentials": education first, then what came with it.
        if (words.Length >= 3 && words[0].Equals("education", StringComparison.OrdinalIgnoreCase) && words[1] == "and") return SectionKind.Education;
        // "Director of Strategic Projects", "Senior Manager, Client Experience": a title, not a heading.
        if (words[..^1].Any(w => StrongTitles.Contains(w))) return null;
        // "UNIVERSITY SERVICE", "Professional Affiliations", "HONORS AND AWARDS", but not "Customer Service", "United States Postal
        // Service" or "Office of Student Activities": these section words open a section only after words that qualify one.
        if (OtherEnds.Contains(words[^1])) return words[..^1].All(w => Qualifiers.Contains(w)) ? SectionKind.Other : null;
        // Other headings have at most four words; a five-word line (of at most 40 characters) is a heading only when every word
        // qualifies a section (above).
        if (words.Length > 4) return null;
        return words[^1].ToLowerInvariant() switch
        {
            "experience" or "history" or "employment" => SectionKind.Experience,
            "education" => SectionKind.Education,
            "skills" or "competencies" or "expertise" => SectionKind.Skills,
            "certifications" or "certificates" or "licenses" => SectionKind.Certifications,
            "projects" => SectionKind.Projects,
            "experiences" or "positions" or "appointments" => SectionKind.Experience,
            _ => null,
        };
    }

    /// <summary>Whether every word of <paramref name="key"/> is one letter, and there are at least four ("S K I L L S").</summary>
    private static bool LetterSpaced(string key)
        => key.Length >= 7 && key.Split(' ') is { Length: >= 4 } letters && letters.All(l => l.Length == 1 && char.IsLetter(l[0]));

    /// <summary>
    /// The headings with their spaces taken out ("WORKEXPERIENCE"), for headings written letter by letter: the kind, and the
    /// fewest words the heading is written with.
    /// </summary>
    private static readonly Dictionary<string, (SectionKind Kind, int Words)> SpacedHeadings = Headings
        .GroupBy(h => h.Key.Replace(" ", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)
        .Where(g => g.Select(h => h.Value).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => (g.First().Value, g.Min(h => h.Key.Split(' ').Length)), StringComparer.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[A-Z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex NumberedHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[A-H][.)]\s+[A-Z]", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex LetteredHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((?:selected|continued|cont\.?|cont'd|contd\.?|recent|[^()]*\b(?:list|available)\b[^()]*)\)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex HeadingNote();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:partial|complete|full|short)\s+)?list\s+of\s+(?=\S)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ListOf();
}
