using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Job titles and employers named anywhere in the text, not only in role headers: "Associate Software Engineer in
/// Oracle India Pvt Ltd", "worked as a help desk technician", "Designation: Team Lead", "Company: Infosys". A title is a
/// run of capitalised words ending in a title word ("Graduate Teaching Assistant"), or the words after "as" that end
/// in one; an employer is a run of capitalised words ending in a company word ("Prolifics Corporation Limited"), the
/// capitalised words after a title and "at", "with" or "for", or the value of a "Company:" label.
/// </summary>
internal static partial class MentionReader
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "manager", "engineer", "analyst", "developer", "consultant", "lead", "architect", "director", "intern", "specialist",
        "administrator", "officer", "executive", "coordinator", "designer", "tester", "programmer", "trainee", "owner", "president",
        "vp", "master", "associate", "supervisor", "assistant", "representative", "technician", "expert", "advisor", "adviser",
        "controller", "accountant", "scientist", "researcher", "professor", "lecturer", "teacher", "instructor", "strategist",
        "planner", "auditor", "founder", "co-founder", "cto", "ceo", "cfo", "cio", "coo", "dba", "leader", "principal", "secretary",
        "clerk", "agent", "operator", "trainer", "mentor", "editor", "writer", "dean", "registrar", "counselor", "counsellor", "aide",
        "lawyer", "attorney", "paralegal", "nurse", "tutor", "marketer", "banker", "anchor", "translator", "artist", "photographer",
        "chairman", "treasurer", "sdet", "buyer", "merchandiser", "recruiter", "bookkeeper", "cashier", "receptionist",
        "scholar", "coach", "counsel", "librarian", "superintendent", "chef", "pharmacist", "physician", "therapist", "psychologist",
        "waitress", "waiter", "worker", "employee", "lifeguard", "babysitter", "sitter", "machinist", "estimator", "copywriter", "headteacher",
        "investigator", "practitioner", "educator", "producer", "reviewer", "laborer", "labourer", "roustabout", "proofreader",
        "attendant", "organiser", "organizer", "ambassador", "advocate", "ontologist", "subtitler", "webmaster", "contractor", "rep", "ranger", "chairperson", "chairwoman", "interpreter",
        "economist", "caseworker", "statistician", "epidemiologist", "actuary", "underwriter", "volunteer",
        "millwright", "welder", "electrician", "plumber", "carpenter", "mechanic", "nanny", "barista", "bartender", "housekeeper", "janitor",
        "custodian", "fabricator", "inspector", "assembler", "dispatcher", "courier", "teller", "dentist", "surgeon", "veterinarian",
        "midwife", "chemist", "biologist", "physicist", "geologist", "technologist", "hostess",
    };

    /// <summary>Words that end a company's name on their own.</summary>
    private static readonly HashSet<string> LegalEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "ltd", "limited", "pvt", "inc", "llc", "llp", "corporation", "corp", "gmbh", "plc", "company", "infotech", "ag", "bv",
    };

    /// <summary>Words that end a company's name only before a legal suffix ("Infosys Technologies Ltd", not "web services").</summary>
    private static readonly HashSet<string> CompanyEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "ltd", "limited", "pvt", "inc", "llc", "llp", "corporation", "corp", "technologies", "solutions", "services", "systems",
        "infotech", "consultancy", "consulting", "labs", "gmbh", "plc", "group", "company", "software", "infosystems",
        "technology", "industries", "enterprises", "associates", "international", "ag", "bv", "private", "p",
    };

    /// <summary>Words an employer's name follows after "at", "for" or "with" (lower-case titles, work verbs); "joined" takes it directly.</summary>
    private static readonly HashSet<string> Triggers = new(Heads.Concat(["worked", "working", "work", "employed", "interned", "internship", "consulting", "contract", "joined", "served", "serving"]), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "&", "for", "-", "/" };

    /// <summary>Words after which a title-like name is a thing made or a person worked with, not the writer's title.</summary>
    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
    {
        "created", "developed", "built", "designed", "implemented", "wrote", "maintained", "configured", "deployed", "installed",
        "integrated", "upgraded", "migrated", "using", "used", "with", "to", "by", "the", "our", "their", "his", "her",
        // "Certified Public Accountant", "Certified Scrum Master": a credential, not a post.
        "certified",
    };

    private static readonly HashSet<string> NotInTitle = new(StringComparer.OrdinalIgnoreCase)
    {
        "resume", "résumé", "cv", "template", "sample", "the", "a", "an", "my", "our", "as", "at", "in", "with", "was", "is", "i",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "present", "current", "role", "position",
        "designation", "title", "profile", "experience", "worked", "working", "responsibilities", "name", "company", "client", "example",
    };

    /// <summary>"Paralegal Volunteer (4 hours a week)", "Tutor (2.5 days per week, term time)": the title without the hours in brackets.</summary>
    internal static string WithoutHours(string text) => text.EndsWith(')') ? HoursNote().Replace(text, "").TrimEnd() : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^()]*\b\d+(?:\.\d+)?\s*(?:hours?|hrs|days?)\s+(?:a|per|each)\s+(?:week|month)\b[^()]*\)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex HoursNote();

    /// <summary>Where the bracket opened at <paramref name="open"/> closes, or -1.</summary>
    private static int ClosingOf(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        return -1;
    }

    /// <summary>
    /// A title without what is written around it: the kind of work or the years in brackets ("Sales Assistant (casual)",
    /// "Member and Chair (2005-2008)", "Paralegal Volunteer (4 hours a week)"), ", part-time", an unbalanced bracket, the organisation after " - " or a colon
    /// ("Programme Manager - The Childrens Society", "DePaul University: Resident Advisor").
    /// </summary>
    internal static string CleanTitle(string title)
    {
        // "Java Technology Consultant:", "(Microsoft Partner Readiness Operations Project Manager (APAC))": a colon after the
        // title, a bracket around the whole of it.
        var whole = title.Trim(' ', ';', ',').TrimEnd(':', ' ');
        if (whole.Length > 2 && whole[0] == '(' && char.IsLetter(whole[1]) && whole[^1] == ')' && ClosingOf(whole, 0) == whole.Length - 1) whole = whole[1..^1].Trim();
        var t = System.Text.RegularExpressions.Regex.Replace(WithoutHours(whole),
            @"\s*(?:\((?:[^()]*\b(?:19|20)\d\d\b[^()]*|[^()]*\b(?:part|full)[- ]?time[^()]*|p/t|f/t|casual|contract|temporary|seasonal|volunteer|voluntary|internship|intern)\)|,\s*(?:part|full)[- ]?time|,\s*(?:casual|contract|temporary|seasonal))$",
            "", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Trim(' ', ';', ',');
        // "Daysi.Kertzmann@gmail.com Director of Field Operations": an address run into the title.
        if (t.Contains('@', StringComparison.Ordinal) && Contact.EmailPattern().Match(t) is { Success: true } address && address.Index + address.Length < t.Length) t = t[(address.Index + address.Length)..].Trim(' ', '|', ';', ',');
        if (t.EndsWith(')') && !t.Contains('(', StringComparison.Ordinal)) t = t[..^1].TrimEnd();
        if (t.StartsWith('(') && !t.Contains(')', StringComparison.Ordinal)) t = t[1..].TrimStart();
        // "Designation: Principal Engineer", "Have worked as a Support Engineer", "SAP as a Consultant", "Escalation Engineer with Microsoft.":
        // the label, the verb or what comes before "as", and the employer after the title.
        var bare = System.Text.RegularExpressions.Regex.Replace(t, @"^(?:(?:current\s+)?(?:designation|position|role|job\s+title|title)\s*:\s*|(?:(?:i\s+)?(?:have|has)\s+)?(?:worked|working|work|served|serving)\s+as\s+(?:an?\s+)?|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+as\s+(?:an?\s+)?)", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        bare = System.Text.RegularExpressions.Regex.Replace(bare, @"\s+\(?(?:with|at|for)\s+[A-Z][^,;]*$", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).TrimEnd('.', ' ');
        if (bare.Length > 1 && bare != t && EndsInTitleWord(bare)) t = bare;
        // "Team Leader ()": a bracket emptied of its dates; "Customer Service Advisor (part time to 2011": a bracket the line does not close.
        t = t.Replace("()", "", StringComparison.Ordinal).Trim();
        if (t.Count(c => c == '(') > t.Count(c => c == ')')) t = t[..t.LastIndexOf('(')].TrimEnd(' ', ',', '-');
        // "CHIP DESIGN TECHNOLOGIES, CHENNAI  Engineer": cells run together; the title is the last that ends in a title word.
        if (t.Contains("  ", StringComparison.Ordinal) && t.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(EndsInTitleWord) is { } cell)
            t = cell;
        // "Education Sales Representative Resume", "Newsreader Resume Template": the document's name after the title.
        t = System.Text.RegularExpressions.Regex.Replace(t, @"(?:\s+(?:resume|résumé|cv|template|sample|example))+$", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Trim();
        // "System Administrator 20 % part time", "Website Administrator P/T", "Office Clerk Temp via ABC Agency": how much and through whom.
        t = System.Text.RegularExpressions.Regex.Replace(t, @"\s+(?:\d+\s*%.*|p/t|temp(?:orary)?\s+via\s+.*)$", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Trim();
        // "PTC Therapeutics, Software Engineering Contractor", "Courtyard Group, Consultant": the employer beside the title.
        if (t.Split(", ") is [var named, var titled] && EndsInTitleWord(titled) && !EndsInTitleWord(named) && !Lexicon.IsTitle(named) && named.Contains(' ', StringComparison.Ordinal)) t = titled.Trim();
        foreach (var separator in new[] { ": ", " - " })
        {
            if (t.Split(separator) is not [var left, var right]) continue;
            if (EndsInTitleWord(right) && !EndsInTitleWord(left) && separator == ": ") t = right.Trim();
            else if (EndsInTitleWord(left) && !Lexicon.IsTitle(right)) t = left.Trim();
        }
        // "Outstanding First Year Teacher", "Optimistic Project Manager", "3 Manager": praise or a count before the title (not
        // "Best Buy Store Manager" or "Experienced Associate", which are names and titles of their own, nor "2 years …").
        var plain = PraiseOrCount().Replace(t, "");
        if (plain.Length > 1 && plain != t && char.IsUpper(plain[0]) && EndsInTitleWord(plain)) t = plain;
        // "Bangalore Project Trainee", "San Diego Physician": the place where the work was, before the title.
        if (CityFirst(t) is { } afterCity) t = afterCity;
        return t.Length > 1 ? t : title;
    }

    /// <summary>Words a title opens with that are not titles alone ("Project Trainee", "Chief Executive").</summary>
    private static readonly HashSet<string> TitleOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "project", "program", "programme", "chief", "general", "technical", "it", "sales", "office", "store", "branch", "account", "business",
    };

    /// <summary>Words that carry a place's name on ("Tampa Bay", "Oklahoma City", "Orange County").</summary>
    private static readonly HashSet<string> PlaceGoesOn = new(StringComparer.OrdinalIgnoreCase)
    {
        "bay", "city", "area", "county", "beach", "valley", "heights", "springs", "park", "metro", "region", "district",
    };

    /// <summary>
    /// What follows a city or region that opens <paramref name="title"/> ("Dallas Executive" → "Executive"), when that is a title
    /// in its own right; null otherwise ("Boston Scientific Engineer" keeps its name, as "Boston Scientific" is no city).
    /// </summary>
    private static string? CityFirst(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            var place = string.Join(' ', words[..n]);
            if (!Regions.IsCity(place) && !(place.Length > 3 && Regions.IsRegion(place))) continue;
            var rest = string.Join(' ', words[n..]);
            // "Tampa Bay Paralegal": the place goes on.
            if (PlaceGoesOn.Contains(words[n])) return null;
            // "Boston Scientific Engineer": only a word titles open with follows the place, or the place is part of a name.
            var opens = Bare(words[n]);
            var titleFirst = Heads.Contains(opens) || Lexicon.IsTitleWord(opens) || TitleOpeners.Contains(opens);
            return titleFirst && char.IsUpper(rest[0]) && EndsInTitleWord(rest) && !Lexicon.IsCompany(title) ? rest : null;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:most|highly|very|top[- ]performing|high[- ]performing|outstanding|optimistic|versatile|efficient|elusive|recently|dynamic|motivated|passionate|successful|seasoned|accomplished|dedicated|enthusiastic|energetic|award[- ]winning|experienced(?!\s+associate\b)|skilled|talented|proven|results?[- ](?:driven|oriented)|\d+\+?)\s+)+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex PraiseOrCount();

    /// <summary>
    /// The titles a title joins: "Project Manager / Technology Lead", "Paralegal/Bookkeeper/Office Manager", "Founder and CEO",
    /// "Co-Founder &amp; CFO" give each; a title with one part or a part that is not a title ("Web/Interactive Intern") is returned whole.
    /// </summary>
    internal static IEnumerable<string> TitleParts(string title)
    {
        foreach (var separator in new[] { " / ", " & ", "/", " and " })
        {
            // "LEGAL OFFICER AND ACTING REGISTRAR": "and" in capitals too.
            if (!title.Contains(separator, separator == " and " ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) continue;
            var parts = separator == " and "
                ? System.Text.RegularExpressions.Regex.Split(title, " and ", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray()
                : title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts.All(p => Lexicon.IsTitle(p) && !OnlySeniority(p) || EndsInTitleWord(p) || p.EndsWith(" at Law", StringComparison.OrdinalIgnoreCase))) return parts.SelectMany(TitleParts);
        }
        return [title];
    }

    /// <summary>
    /// True when the only title words of <paramref name="text"/> say how senior ("Senior Training" in "Senior Training &amp;
    /// Consulting Manager", which shares the head "Manager"): no title on its own.
    /// </summary>
    private static bool OnlySeniority(string text)
        => text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(Lexicon.IsTitleWord).ToList() is { Count: > 0 } words
            && words.All(w => SeniorityWords.Contains(w.TrimEnd('.')));

    private static readonly HashSet<string> SeniorityWords = new(StringComparer.OrdinalIgnoreCase) { "senior", "junior", "sr", "jr" };

    /// <summary>True when the last word of <paramref name="text"/> is one a job title ends in ("Reference Librarian").</summary>
    internal static bool EndsInTitleWord(string text)
    {
        var words = text.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 6 && Heads.Contains(Bare(words[^1]));
    }

    /// <summary>
    /// True when some word of <paramref name="text"/> is one job titles are made of ("Graduate Teaching Assistant", "Senior Member
    /// of Technical Staff", "Director of Finance / Program Management"); "Academic Details", "Innovate My School", "Personal
    /// Injury" hold none.
    /// </summary>
    internal static bool HoldsTitleWord(string text)
        => Lexicon.IsTitle(text) || text.Split([' ', '/', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(w => Heads.Contains(Bare(w)));

    /// <summary>Titles and employers named in <paramref name="lines"/>, each once (case folded), in the order found.</summary>
    public static (List<string> Titles, List<string> Employers) Read(IEnumerable<string> lines, Budget? budget = null)
    {
        var titles = new List<string>();
        var employers = new List<string>();
        var seenTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenEmployers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void AddTitle(string t)
        {
            t = t.Trim(' ', ',', ';', ':', '.', '-', '/', '&', '•', '▪', '*');
            if (t.StartsWith('(')) t = t.TrimStart('(').TrimEnd(')').Trim();
            if (t.Length is > 1 and <= 70 && seenTitles.Add(t)) titles.Add(t);
        }
        void AddEmployer(string e)
        {
            e = RoleReader.CleanEmployer(RoleReader.WithoutNumber(e.Trim(' ', ',', ';', ':', '-', '/', '&', '(', ')'))) ?? "";
            if (e.EndsWith('.') && !CompanyEnds.Contains(e.Split(' ')[^1].TrimEnd('.'))) e = e.TrimEnd('.');
            if (e.Length is > 1 and <= 70 && e.Count(char.IsLetter) >= 2 && Sections.HeadingKind(e) is null && !EndsInTitleWord(e) && !RoleReader.IsTitleOf(e) && seenEmployers.Add(e)) employers.Add(e);
        }
        var count = 0;
        string[] words = [];
        string[] bare = [];
        // The bare words lower-cased, for the small words that join names ("OF", "AT" in a line in capitals are "of", "at").
        string[] low = [];
        // The capitalised name that starts at word <paramref name="at"/> ("at the Institute of Information Technology": the article is
        // not part of it; "of", "for", "&" inside it are), and the index after it; "" when none starts there.
        (string Name, int End) NameAfter(int at)
        {
            var first = at < words.Length - 1 && low[at] is "the" && IsCapitalised(bare[at + 1]) ? at + 1 : at;
            var end = first;
            while (end < words.Length && end - first < 7
                   && (IsCapitalised(bare[end]) && !NotInTitle.Contains(bare[end])
                       || end > first && low[end] is "of" or "for" or "&" or "and" && !EndsClause(words[end - 1]) && end + 1 < words.Length && bare[end + 1].Length > 0 && char.IsUpper(bare[end + 1][0])))
            { if (EndsClause(words[end++])) break; }
            // "FOR HORN OF AFRICA FOR  OXFAM": a joining word in capitals that ends the run is not part of the name.
            while (end > first + 1 && low[end - 1] is "of" or "for" or "and" or "&" or "the" or "at") end--;
            var name = end > first ? string.Join(' ', words[first..end]) : "";
            // "GE (General Electric Company": a bracket the line does not close is left out.
            if (name.Count(c => c == '(') > name.Count(c => c == ')')) name = name[..name.LastIndexOf('(')].TrimEnd();
            return (name, end);
        }
        foreach (var raw in lines)
        {
            if ((++count & 63) == 0) budget?.Check();
            var line = raw.Trim();
            if (line.Length < 3) continue;
            if (Label(line) is var (label, value))
            {
                if (label is "designation" or "role" or "position" or "title" or "job title" or "current designation")
                {
                    var head = value.Split(['(', ',', ';', '|', '\t'], 2)[0].Trim();
                    if (head.Length > 0 && Lexicon.IsTitle(head) && head.Split(' ').Length <= 6) AddTitle(head);
                }
                else if (label is "company" or "organization" or "organisation" or "employer" or "company name" or "current employer" or "current company")
                {
                    var name = value.Split(['(', ',', ';', '|', '\t'], 2)[0].Trim();
                    if (name.Length > 0 && name.Split(' ').Length <= 7 && char.IsUpper(name[0])) AddEmployer(name);
                }
            }
            // "Senior software engineer with more than 9 years of experience", "Consultant with 5.8 years": the title a summary opens with.
            if (line.Contains(" with ", StringComparison.Ordinal) && SummaryTitle().Match(line) is { Success: true } opening
                && opening.Groups["t"].Value is var summaryTitle && EndsInTitleWord(summaryTitle))
                AddTitle(summaryTitle);
            // A title alone on its line ("Teacher", "CASHIER").
            if (line.Length <= 20 && !line.Contains(' ', StringComparison.Ordinal) && Heads.Contains(Bare(line)) && char.IsUpper(line[0])
                && !Bare(line).Equals("master", StringComparison.OrdinalIgnoreCase)) AddTitle(Bare(line));
            words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bare = new string[words.Length];
            for (var i = 0; i < words.Length; i++) bare[i] = Bare(words[i]);
            low = new string[words.Length];
            for (var i = 0; i < words.Length; i++) low[i] = bare[i].ToLowerInvariant();
            for (var i = 0; i < words.Length; i++)
            {
                var word = bare[i];
                // Titles and employers end in a capitalised word; "as" opens a lower-case title.
                // "worked for National Informatics Centre", "consultant at Kyocera", "contract with KPMG", "joined Sapient in July 2011".
                if (word.Length > 0 && Triggers.Contains(word) && !(Heads.Contains(word) && IsCapitalised(word)) && i + 1 < words.Length && !EndsClause(words[i]))
                {
                    // "with" names tools and people as often as employers ("worked with Ansible"), except after "employed" and "contract".
                    var at = low[i + 1] is "at" or "for" || low[i + 1] is "with" && (word.Equals("employed", StringComparison.OrdinalIgnoreCase) || word.Equals("contract", StringComparison.OrdinalIgnoreCase))
                        ? i + 2 : word.Equals("joined", StringComparison.OrdinalIgnoreCase) ? i + 1 : -1;
                    if (at > 0 && at < words.Length && NameAfter(at) is var (name, next) && name.Length > 0)
                    {
                        AddEmployer(name);
                        // "work at TRE Bank, ZiNc and NAB Banks": the names listed with it.
                        for (var more = 0; more < 3 && next < words.Length && (words[next - 1].EndsWith(',') || low[next] == "and"); more++)
                        {
                            if (low[next] == "and") next++;
                            if (next >= words.Length) break;
                            var (another, after) = NameAfter(next);
                            if (another.Length == 0 || Regions.IsRegion(another) || Contact.Place(another) is not null) break;
                            // The last of a list is joined by "and" ("ZiNc and NAB Banks"): two names.
                            foreach (var listed in another.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) AddEmployer(listed);
                            next = after;
                        }
                    }
                }
                if (word.Length == 0 || !char.IsUpper(word[0]) && word != "as") continue;
                // "Instructor, University of Washington (2006, 2008)", "2011 to 2013: Dean, School of Law": one title word opens the
                // line, or follows a colon, and the organisation follows it after a comma or a colon.
                if ((i == 0 || words[i - 1].EndsWith(':')) && words[i].Length > word.Length && words[i][^1] is ',' or ':' && Heads.Contains(word) && IsCapitalised(word)
                    && i + 1 < words.Length && IsCapitalised(bare[i + 1]) && !word.Equals("master", StringComparison.OrdinalIgnoreCase))
                    AddTitle(word);
                if (Heads.Contains(word) && IsCapitalised(word) && (i == 0 || !EndsClause(words[i - 1])))
                {
                    var start = i;
                    // "Laurena Schaden  ATTORNEY AT LAW": a title in capitals does not take the mixed-case name before it (an acronym such as "CFO" may);
                    // "Infosys Ltd Technology Analyst", "California Teacher": nor a legal form or a region.
                    var shouting = word.Length > 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
                    // "3 (Manager, CSE, BAs)", "Bangalore (Project Trainee)": a bracket opens the title; what stands before it is not part of it.
                    while (start > 0 && i - start < 5 && !EndsClause(words[start - 1]) && !words[start].StartsWith('(') && bare[start - 1] is var w && w.Length > 0
                           && (IsCapitalised(w) && !NotInTitle.Contains(w) && (!shouting || !w.Any(char.IsLower)) && !LegalEnds.Contains(w) && !Regions.IsRegion(w) || Connectors.Contains(w))) start--;
                    while (start < i && (Connectors.Contains(bare[start]) || bare[start].EndsWith("ed", StringComparison.Ordinal))) start++;
                    // "Association for Counselor Education", "State Board of Social Worker …": what stands before "of" or "for" is a body, not
                    // part of the title, unless it is a title itself ("Head of Delivery Manager" is rare; "Chair of the Board" reads forward).
                    for (var k = i - 1; k > start; k--)
                        if (low[k] is "of" or "for" && !EndsInTitleWord(string.Join(' ', bare[start..k])))
                        {
                            start = k + 1;
                            break;
                        }
                    // "Created Email Database Manager in C#", "issues with System Centre Operations Manager", "reporting to the Project
                    // Manager": a title-like name after a verb of making or a preposition is a thing made or a person worked with.
                    if (start > 0 && ObjectOpeners.Contains(low[start - 1])) continue;
                    if (bare[start..(i + 1)].Any(w => w.StartsWith("Certifi", StringComparison.OrdinalIgnoreCase))
                        || word.Equals("master", StringComparison.OrdinalIgnoreCase) && !bare[i - 1 < 0 ? 0 : i - 1].Equals("scrum", StringComparison.OrdinalIgnoreCase)) continue;
                    // "Vice President of International Sales", "Professor of Political Science,": a short header line's title runs on
                    // through "of" and capitalised words to the end of the line or a comma.
                    var of = i + 2 < words.Length && words.Length <= 12 && low[i + 1] == "of" && !EndsClause(words[i]) ? i + 2 : -1;
                    if (of > 0)
                    {
                        var end = of;
                        while (end < words.Length && end - of < 5 && (IsCapitalised(bare[end]) && !NotInTitle.Contains(bare[end])
                               || end > of && low[end] is "and" or "&" && end + 1 < words.Length && IsCapitalised(bare[end + 1])))
                        { if (EndsClause(words[end++])) break; }
                        if (end > of && (end == words.Length || EndsClause(words[end - 1])) && !bare[of..end].Any(w => CompanyEnds.Contains(w) || Lexicon.IsSchool(w)))
                        {
                            AddTitle(string.Join(' ', words[start..end]));
                            i = end - 1;
                            continue;
                        }
                    }
                    // "Attorney at Law", "ATTORNEY-AT-LAW": the title names no employer.
                    if (i + 2 < words.Length && bare[i + 1].Equals("at", StringComparison.OrdinalIgnoreCase) && bare[i + 2].Equals("law", StringComparison.OrdinalIgnoreCase))
                    {
                        AddTitle(string.Join(' ', words[start..(i + 3)]));
                        i += 2;
                        continue;
                    }
                    if (start < i || Lexicon.IsTitle(word) && i + 1 < words.Length && low[i + 1] is "at" or "with" or "in")
                    {
                        var title = string.Join(' ', words[start..(i + 1)]);
                        if (start < i) AddTitle(title);
                        // "… Engineer at Infosys Limited": the employer follows.
                        if (i + 2 < words.Length && !EndsClause(words[i]) && low[i + 1] is "at" or "with" or "for" or "in")
                        {
                            // "at the Institute of Information Technology": the article is not part of the name; "of", "for", "&" inside it are.
                            if (NameAfter(i + 2) is var (name, end) && name.Length > 0 && (low[i + 1] != "in" || CompanyEnds.Contains(bare[end - 1])))
                                AddEmployer(name);
                        }
                    }
                }
                else if (word is "as" && i + 1 < words.Length)
                {
                    // "worked as a help desk technician", "as an Oracle Technical Consultant".
                    var k = i + 1;
                    if (bare[k] is "a" or "an") k++;
                    for (var end = k; end < words.Length && end - k < 5; end++)
                    {
                        var w = bare[end];
                        // "as a Teacher", "as Chairman": one capitalised title word is a title too ("as a manager of" is not).
                        if (Heads.Contains(w) && (end > k || IsCapitalised(words[end]) && char.IsLower(w[^1]) && !w.Equals("master", StringComparison.OrdinalIgnoreCase)) && (end + 1 >= words.Length || !Heads.Contains(bare[end + 1])))
                        {
                            AddTitle(string.Join(' ', words[k..(end + 1)]));
                            break;
                        }
                        if (EndsClause(words[end]) || w.Length == 0 || NotInTitle.Contains(w)) break;
                    }
                }
                if (CompanyEnds.Contains(word) && IsCapitalised(word) && i > 0)
                {
                    var end = i;
                    // "Pvt Ltd", "Technologies Pvt. Ltd.": take the whole suffix.
                    while (end + 1 < words.Length && (!EndsClause(words[end]) || words[end].EndsWith('.') && CompanyEnds.Contains(bare[end]))
                           && CompanyEnds.Contains(bare[end + 1])) end++;
                    // "AppForge, Inc.", "Google, Inc.": a legal form after a comma still ends the name before it.
                    var start = i > 0 && LegalEnds.Contains(word) && words[i - 1].EndsWith(',') && words[i - 1].Length > 2 && IsCapitalised(bare[i - 1]) && !NotInTitle.Contains(bare[i - 1]) && !Heads.Contains(bare[i - 1]) ? i - 1 : i;
                    while (start > 0 && i - start < 5 && !EndsClause(words[start - 1]) && bare[start - 1] is var w && w.Length > 0
                           && (IsCapitalised(w) && !NotInTitle.Contains(w) && !Heads.Contains(w) || low[start - 1] is "of" or "&" or "and")) start--;
                    while (start < i && low[start] is "of" or "&" or "and") start++;
                    // "The Product Engine, Inc." at the start of a line keeps its article.
                    if (start == 1 && i > 1 && words[0] == "The") start = 0;
                    if (start < i && LegalEnds.Contains(bare[end]) && !bare[start..end].Any(Lexicon.IsSchool))
                        AddEmployer(string.Join(' ', words[start..(end + 1)]));
                    i = end;
                }
            }
        }
        return (titles, employers);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[•*-]\s*)?(?:an?\s+)?(?<t>[A-Za-z][\w./&-]*(?:\s+[A-Za-z][\w./&-]*){0,4}?)\s+with\s+(?:over\s+|more\s+than\s+|around\s+|about\s+|nearly\s+|almost\s+)?(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s*\+?\s*(?:years?|yrs)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex SummaryTitle();

    /// <summary>"Designation: Team Lead" → ("designation", "Team Lead"); null when the line has no short label.</summary>
    private static (string Label, string Value)? Label(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon is <= 0 or > 22) return null;
        var label = line[..colon].Trim().TrimStart('•', '*', '-', ' ').Trim().ToLowerInvariant();
        var value = line[(colon + 1)..].Trim();
        return value.Length == 0 ? null : (label, value);
    }

    private static string Bare(string word) => word.Trim(',', ';', ':', '.', '(', ')', '"', '\'', '“', '”', '•', '*', '[', ']');

    // "Gameshastra Solutions (P) Ltd": the bracketed "P" (private) is part of the name.
    private static bool EndsClause(string word) => word.Length > 0 && word[^1] is ',' or ';' or ':' or '.' or ')' or '(' && !(word.Length <= 4 && word[^1] == '.' && word.Count(c => c == '.') == 1 && word is "Sr." or "Jr." or "St.") && word is not "(P)";

    private static bool IsCapitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) && word.Length <= 3);
}
