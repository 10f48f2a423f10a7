using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

// The skills a résumé lists: items of its skills sections and of "Technologies: …" lines elsewhere.
public sealed partial class ResumeParser
{
    private static readonly string[] SkillLabels =
    [
        "technologies", "technology", "tools", "tools used", "environment", "skills", "technical skills", "software", "languages",
        "programming languages", "databases", "database", "tech stack", "platforms", "operating systems", "frameworks", "ides", "key skills",
    ];

    /// <summary>A line such as "Technologies: Jira, SQL" outside the skills section.</summary>
    private static bool IsSkillLabelLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon is <= 0 or > 25) return false;
        var label = line[..colon].Trim().TrimStart('•', '*', '-', ' ').Trim().ToLowerInvariant();
        return SkillLabels.Contains(label);
    }

    /// <summary>
    /// Items of a list line, split at commas, semicolons and bullets outside brackets, and at the end of a sentence
    /// ("Red hat Linux 7.2. C, C++"): a full stop after a word of two or more letters or a digit, before a space and a capital.
    /// </summary>
    private static IEnumerable<string> SplitOutsideParentheses(string line)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            var c = i < line.Length ? line[i] : ',';
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is ',' or ';' or '•' or '|' or '·' or '➢' or '●' or '▪' or '~' or '♦' or '◆' or '■' or '►' or '✓' or '❖' || c == '.' && SentenceEnd(line, i)))
            {
                if (i > start) yield return line[start..i].Trim();
                start = i + 1;
            }
        }
    }

    private static bool SentenceEnd(string line, int dot)
        => dot >= 2 && dot + 2 < line.Length && line[dot + 1] == ' ' && char.IsUpper(line[dot + 2])
            && (char.IsAsciiDigit(line[dot - 1]) || char.IsLetter(line[dot - 1]) && char.IsLetter(line[dot - 2]) && char.IsLower(line[dot - 1]));

    /// <summary>"SEO (On-page and Off-page) and SEM": parts joined by <paramref name="separator"/> outside brackets.</summary>
    private static IEnumerable<string> SplitOutsideParentheses(string text, string separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                if (i > start) yield return text[start..i];
                start = i + separator.Length;
                i = start - 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }

    /// <summary>A bullet from a symbol font that extraction turned into a letter of another script ("Ⴙ Budget Control", "¾ Logistics").</summary>
    [GeneratedRegex(@"^\s*(?:[^\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}]|[¾¼½§¤])\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OddBullet();

    /// <summary>
    /// Words that introduce the skills of a sentence under a skills heading ("Proficient in Wordpress", "Experienced with MS
    /// Word", "Knowledge of Microsoft Office", "including Cucumber"): what follows is the list.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:very|highly|well|good|strong|solid|sound|basic|advanced|extensive|excellent|working|thorough|in-depth|hands[- ]on)\s+)*(?:(?:proficient|proficiency|skilled|experienced|experience|expert|expertise|knowledge|knowledgeable|familiar|familiarity|competent|versed|conversant|trained|exposure)\s+(?:in|with|of|on|at)(?:\s+(?:using|the use of|working with))?\s*:?|(?:including|such as|like|using)\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadIn();

    /// <summary>Last words of a category label written before a list ("Operating Systems", "Build Tools", "Web Server").</summary>
    private static readonly HashSet<string> CategoryHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "languages", "language", "systems", "system", "tools", "tool", "frameworks", "framework", "platforms", "platform", "servers", "server",
        "technologies", "technology", "databases", "database", "ides", "ide", "packages", "utilities", "protocols", "methodologies",
        "concepts", "libraries", "environments", "environment", "applications", "virtualization", "rdbms", "os", "scripting",
    };

    /// <summary>What a category label's words are followed by when they name a skill rather than label a list ("Database Administration").</summary>
    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "administration", "management", "design", "development", "testing", "security", "services", "service", "programming", "architecture",
        "modelling", "modeling", "tuning", "support", "engineering", "analysis", "maintenance", "migration", "installation", "configuration",
        "integration", "monitoring", "optimization", "implementation", "knowledge", "skills", "experience", "and", "&", "software",
    };

    /// <summary>
    /// "Operating Systems Windows" is "Windows", "Tools / IDE Eclipse" is "Eclipse": one to three capitalised words ending in
    /// a category word, then a capitalised name; "Database Administration" stays whole.
    /// </summary>
    private static string WithoutCategoryLabel(string cell)
    {
        var words = cell.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Min(4, words.Length - 1); k >= 1; k--)
        {
            if (!CategoryHeads.Contains(words[k - 1])) continue;
            var label = words[..k];
            if (!label.All(w => w is "/" or "&" or "and" || char.IsUpper(w[0]) || CategoryHeads.Contains(w))) continue;
            if (label.Count(w => w is not ("/" or "&" or "and")) > 3) continue;
            var next = words[k];
            if (GenericNouns.Contains(next) || !(char.IsUpper(next[0]) || char.IsAsciiDigit(next[0]) || next.Any(char.IsUpper))) continue;
            return string.Join(' ', words[k..]);
        }
        return cell;
    }

    [GeneratedRegex(@"^(?:and|or|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingConjunction();

    /// <summary>"Excellent communication skills" names the skill "communication": praise before it and "skills" after it are not its name.</summary>
    [GeneratedRegex(@"^(?:(?:excellent|good|strong|effective|exceptional|outstanding|superb)\s+)+(?=\S)|(?<=\S)\s+(?:skills?|abilities)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SkillWording();

    /// <summary>Words of a sentence, not of a skill's name: a list item holding one is prose that a layout put under a skills heading.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "to", "is", "are", "was", "were", "be", "been", "will", "with", "for", "of", "in", "on", "at", "by", "from", "as",
        "who", "which", "that", "this", "these", "my", "our", "your", "their", "his", "her", "i", "we", "you", "she", "he", "it", "can", "able",
        "have", "has", "had", "all", "into", "through", "within", "per", "such", "etc",
    };

    /// <summary>
    /// A list item that names a skill: letters, at most three words and 40 characters, no word of a sentence ("the",
    /// "to", "with", "she" …). Longer items under a skills heading are nearly always prose or a contact line.
    /// </summary>
    private static bool LooksLikeSkillItem(string item)
    {
        if (item.Length is 0 or > 40 || !item.Any(char.IsLetter) || NoSkill().IsMatch(item)) return false;
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "consistently exceeding customer", "11 g", "//www…": a phrase that starts in lower case, or neither starts with a
        // letter nor names anything with a capital, is a piece of a sentence or a number.
        if (words.Length >= 2 && char.IsLower(item[0]) && (words.Length == 3 || item.Any(char.IsUpper))) return false;
        if (!char.IsLetter(item[0]) && item[0] != '.' && !item.Any(char.IsUpper)) return false;
        return words.Length <= 3 && !words.Any(FunctionWords.Contains) && !CategoryLabel(words);
    }

    /// <summary>
    /// A date ("11th October 2011", "January 2012", "2nd July"), a term ("6th Semester"), a postcode after its state ("CA 91733"), a
    /// telephone number ("123.345.7890 Cell: …"), an e-mail address or the end of a name cut at "&amp;" or "+" ("&amp;T"): what a
    /// flattened line leaves among skills, never one.
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MonthPatterns.Name + @"\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d$|^(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:january|february|march|april|june|july|august|september|october|november|december)$|\bsemester\b|^[A-Z]{2}\s+\d{5}(?:-\d{4})?$|(?:\d[\s.()-]*){7}|@|^[&+]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NoSkill();

    /// <summary>
    /// "Installing  Observing  Operating  Programming  Repairing": a word for an activity in a line of such words (three or more),
    /// as lists of what a job involved write them, is no skill unless the taxonomy names it; "Spring" in "Java, Spring, Hibernate" is.
    /// </summary>
    private bool ActivityWord(string item, bool lineOfActivities)
        => lineOfActivities && item.Length > 5 && item.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && item.All(char.IsLetter) && !WholeTerm(item);

    [GeneratedRegex(@"\b[A-Za-z]{3,}ing\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Activities();

    /// <summary>
    /// "France", "Achievements", "Street Address": a region (a state's two letters after a town: "Ithaca, NY"), a heading or a
    /// label of the contact block that a flattened layout left among the skills; a town too when it stands alone on its line or
    /// before its state ("Coventry", "Palo Alto, CA"), not in a list of tools ("MySQL 5.0, Derby, Struts": Apache Derby).
    /// </summary>
    private static bool LeftByLayout(string item, string line)
        => Regions.IsRegion(item) && (item.Length > 2 || AfterTown(item, line)) || Sections.HeadingKind(item) is not null || ContactLabel().IsMatch(item)
           || Regions.IsCity(item) && (line.Trim() == item || line.IndexOf(item + ", ", StringComparison.Ordinal) is >= 0 and var at
               && Regions.IsRegion(line[(at + item.Length + 2)..].Split([',', ' ', '&', '|'], 2)[0]));

    /// <summary>
    /// Whether a state's two letters follow a town on the line ("Mountain View, CA"): a code alone may be a skill's ("QC" for
    /// quality control is Quebec's, "OR" for operations research Oregon's).
    /// </summary>
    private static bool AfterTown(string code, string line)
        => line.IndexOf(", " + code, StringComparison.Ordinal) is > 0 and var at && line[..at].Split([',', '|', '&'])[^1].Trim() is var town && Regions.IsCity(town);

    [GeneratedRegex(@"^(?:(?:street|e-?mail|home|postal)\s+address|city|state|zip(?:\s+code)?|postcode|phone.*|mobile|cell|page\s+\d+|(?:first|last)\s+(?:last\s+)?name)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ContactLabel();

    /// <summary>
    /// "Technical", "Programming Languages", "Scripting Languages", "Others": the label of a group of skills that a flattened
    /// layout left among the items, not a skill.
    /// </summary>
    private static bool CategoryLabel(string[] words)
        => words is ["Technical" or "TECHNICAL" or "Others" or "OTHERS" or "Other" or "Misc" or "Miscellaneous"]
           || words.Length >= 2 && CategoryHeads.Contains(words[^1].TrimEnd(':')) && words.SkipLast(1).All(w => LabelWords.Contains(w) || CategoryHeads.Contains(w))
           || words is [var only] && only.TrimEnd(':').ToLowerInvariant() is "languages" or "tools" or "technologies" or "utilities" or "platforms" or "frameworks";

    /// <summary>Words that open a category label ("Programming Languages", "Scripting Languages", "Web Technologies").</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "programming", "scripting", "web", "software", "development", "other", "technical", "computer", "markup", "query", "build",
        "testing", "design", "reporting", "version", "control", "cloud", "big", "data", "and", "&", "/",
    };

    /// <summary>
    /// "C/C++", "HTML/XHTML/DHTML", "Windows 7 / Vista": one item per name when every part starts with a letter; a
    /// name written with a slash ("TCP/IP", "PL/SQL", "CI/CD") stays whole when it is one taxonomy term.
    /// </summary>
    private IEnumerable<string> SplitSlashes(string piece)
    {
        if (!piece.Contains('/', StringComparison.Ordinal)) return [piece];
        if (piece.Contains(" / ", StringComparison.Ordinal)) return piece.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var trimmed = piece.Trim();
        var parts = trimmed.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Any(p => p.Length == 0 || !char.IsLetter(p[0]))) return [piece];
        return WholeTerm(trimmed) ? [piece] : parts;
    }

    /// <summary>
    /// "Computer skills (spread sheet, Word, PrintShop)", "xml (JDOM, SAX)": a list in brackets names skills of its own;
    /// the item before it and each item inside are read. A bracket without a comma ("SQL (Oracle)") stays as written.
    /// </summary>
    private static IEnumerable<string> OpenParenthesisedList(string part)
    {
        var open = part.IndexOf('(', StringComparison.Ordinal);
        var close = part.LastIndexOf(')');
        if (open < 0 || close < open || !part.AsSpan(open, close - open).ContainsAny(',', ';')) return [part];
        var inner = part[(open + 1)..close];
        return new[] { part[..open].Trim(), part[(close + 1)..].Trim() }.Where(p => p.Length > 0).Concat(SplitOutsideParentheses(inner + ","));
    }

    private List<string> ListedSkills(IEnumerable<string> lines)
    {
        var items = new List<string>();
        var joined = new List<string>();
        foreach (var raw in lines)
        {
            // A list wrapped onto the next line ("Project\nmanagement", "Podcasting/\nAudacity", "Help a\nReporter Out\n(HARO)") is one item.
            if (joined.Count > 0 && raw.Length > 0 && joined[^1].Length > 0 && !",;:".Contains(joined[^1][^1], StringComparison.Ordinal)
                && (char.IsLower(raw[0]) || raw[0] == '(' || joined[^1][^1] is '/' or '&' || WrapJoint().IsMatch(joined[^1])))
                joined[^1] += (joined[^1][^1] == '/' ? "" : " ") + raw;
            else joined.Add(raw);
        }
        foreach (var raw in joined)
        {
            // Whether the line is one of activities ("Collating, Collecting, Designing, …"), once for all its items.
            var lineOfActivities = Activities().Count(raw) >= 3;
            var line = raw.Contains(':', StringComparison.Ordinal) && raw.IndexOf(':', StringComparison.Ordinal) < 40 ? raw[(raw.IndexOf(':', StringComparison.Ordinal) + 1)..] : raw;
            line = System.Text.RegularExpressions.Regex.Replace(line, @"\((?:less than )?\d*\+?\s*(?:year|yr)s?\)|\(less than 1 year\)", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            line = OddBullet().Replace(line, "");
            var first = true;
            foreach (var part in SplitOutsideParentheses(line).SelectMany(OpenParenthesisedList))
            {
                // "Operating Systems Windows, UNIX": a category label written without its colon before the first item.
                var cell = first && !raw.Contains(':', StringComparison.Ordinal) ? WithoutCategoryLabel(part) : part;
                first = false;
                foreach (var piece in SplitOutsideParentheses(LeadIn().Replace(cell.Trim(), ""), " and ").SelectMany(SplitSlashes))
                {
                    var item = SkillWording().Replace(LeadingConjunction().Replace(LeadIn().Replace(WithoutStrayBrackets(piece), ""), ""), "").Trim();
                    item = LanguageReader.WithoutLevel(item);
                    // "Tizen Languages: C++", "Social Media: LinkedIn": a category label left before an item after the line's first label.
                    if (item.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && item[..colon].Split(' ')[^1] is var head
                        && (CategoryHeads.Contains(head) || head.Equals("media", StringComparison.OrdinalIgnoreCase))) item = item[(colon + 2)..].Trim();
                    if (LooksLikeSkillItem(item) && !LeftByLayout(item, raw) && !ActivityWord(item, lineOfActivities) && !items.Contains(item, StringComparer.OrdinalIgnoreCase)) items.Add(item);
                }
            }
        }
        return items;
    }

    /// <summary>
    /// An item without the brackets, dashes, stars and dots around it that belong to the list, not to the name: "(Oracle)" is
    /// "Oracle" and a bracket the split left unmatched goes, but "SQL (Oracle)" and "Spanish (fluent)" keep theirs.
    /// </summary>
    private static string WithoutStrayBrackets(string piece)
    {
        var item = piece.Trim(' ', '-', '*', '.');
        if (item.Length > 1 && item[0] == '(' && item[^1] == ')' && item.Count(c => c == '(') == 1) return item[1..^1].Trim(' ', '-', '*', '.');
        while (item.Length > 0 && item[0] == '(' && item.Count(c => c == '(') > item.Count(c => c == ')')) item = item[1..].Trim(' ', '-', '*', '.');
        while (item.Length > 0 && item[^1] == ')' && item.Count(c => c == ')') > item.Count(c => c == '(')) item = item[..^1].Trim(' ', '-', '*', '.');
        while (item.Length > 0 && item[0] == ')') item = item[1..].Trim(' ', '-', '*', '.');
        while (item.Length > 0 && item[^1] == '(') item = item[..^1].Trim(' ', '-', '*', '.');
        return item;
    }

    /// <summary>"excellent communication, analytical and problem-solving skills": the names before "skills" in a sentence.</summary>
    [GeneratedRegex(@"(?<![\w-])(?<items>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*|,\s+and\s+)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?){0,5})\s+skills\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SkillsPhrase();

    [GeneratedRegex(@"\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhraseJoint();

    /// <summary>A line of a list that ends in a word an item's name goes on after ("Google and", "Help a").</summary>
    [GeneratedRegex(@"\s(?:and|or|of|a|an|the|for|with|to|in)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WrapJoint();

    private static readonly HashSet<string> Praise = new(StringComparer.OrdinalIgnoreCase)
    {
        "excellent", "good", "strong", "effective", "exceptional", "outstanding", "superb", "great", "proven", "solid", "sound", "superior",
        "keen", "demonstrated", "very", "highly", "advanced", "basic", "fine", "polished", "impeccable", "extensive", "well-developed",
    };

    private bool WholeTerm(string text) => Skills.Match(text) is [var only] && only.Start == 0 && only.Length == text.Length;

    /// <summary>
    /// Skills a sentence claims by name before the word "skills" ("Excellent communication and interpersonal skills",
    /// "strong analytical, problem-solving skills"): each name of one or two words that is one taxonomy term as a whole.
    /// Lists are read by <see cref="ListedSkills"/>; this reads the prose around them.
    /// </summary>
    private List<string> SkillsNamedInSentences(IEnumerable<string> lines)
    {
        var found = new List<string>();
        foreach (var line in lines)
        {
            if (line.IndexOf("skills", StringComparison.OrdinalIgnoreCase) < 0) continue;
            foreach (Match m in SkillsPhrase().Matches(line))
            {
                var parts = PhraseJoint().Split(m.Groups["items"].Value);
                foreach (var part in parts)
                {
                    var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Praise.Contains).ToArray();
                    if (words.Length is 0 or > 2 || words.Any(FunctionWords.Contains)) continue;
                    var item = string.Join(' ', words);
                    // "communication" is a term; "analytical" is one with the word after it ("Analytical skills").
                    if (!WholeTerm(item) && !WholeTerm(item + " skills")) continue;
                    if (!found.Contains(item, StringComparer.OrdinalIgnoreCase)) found.Add(item);
                }
            }
        }
        return found;
    }
}
