using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Certificates, licences and courses named anywhere in the text as written, whether or not the taxonomy knows them:
/// "Pennsylvania Teaching Certification", "CPR Certification", "Women Studies Certificate", "Microsoft Certified Systems
/// Engineer (MCSE)", "Certified Scrum Master (CSM)", "Red Hat Certified Technician (RHCT)", "Professional Educator
/// License". A name is a run of capitalised words (with "of", "in", "and", "for", "&amp;" between them, and versions such as
/// "v4") before "Certification", "Certificate", "License" or "Licence" that ends there, or around "Certified"; an
/// abbreviation in brackets right after it is part of it. Words that only introduce a certificate ("Holds", "Valid",
/// "Current", "Managed") are left out, and a keyword that goes on into a thing of its own ("License Agreements", "SSL
/// Certificate renewals", "Release Certification for each sprint") names no certificate. A cell longer than 300
/// characters is a paragraph, not a name, and is not read.
/// </summary>
internal static partial class CertificateReader
{
    private const string Word = @"(?>[A-Z][\w+#&/.'’®™-]*|\d[\w.-]*|v\d[\w.]*)";
    private const string Joiner = @"(?:of|in|and|for|&)";

    /// <summary>
    /// "Pennsylvania Teaching Certification", "Ambulance First Aid Certificate", "Professional Educator License",
    /// "Victorian Certificate of Education (VCE)", "Certificate in Commercial Law and Practice".
    /// </summary>
    [GeneratedRegex(@"(?<![\w.+#&/'’®™])(?<![\w.+#&/'’®™]-)(?<name>(?:" + Word + @"(?: (?:" + Word + "|" + Joiner + @")){0,7} )?)(?<kind>Certification|Certificate|License|Licence)(?![\w-])(?<of> (?:of|in|for) " + Word + @"(?: (?:" + Word + "|" + Joiner + @")){0,6})?(?<abbr> \([A-Z][\w .&/-]{0,24}\))?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Before();

    /// <summary>
    /// "Microsoft Certified Systems Engineer (MCSE)", "Certified Public Accountant", "Cisco Certified Network Associate";
    /// "Oracle Certified Professional, Java SE 8 Programmer": a level's field after a comma.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.+#&/'’®™])(?<![\w.+#&/'’®™]-)(?<brand>(?:(?>[A-Z][\w&-]*) ){0,3})(?<verb>Certified|Licensed) (?<name>" + Word + @"(?: (?:" + Word + "|" + Joiner + @")){0,8})(?:(?<=Certified (?:Associate|Professional|Expert|Master)), (?<field>(?!Certified\b)" + Word + @"(?: " + Word + @"){1,6}))?(?<abbr> \([A-Z][\w .&/-]{0,24}\))?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Around();

    /// <summary>First words that introduce a certificate rather than name it.</summary>
    private static readonly HashSet<string> Lead = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "holds", "holding", "hold", "have", "has", "obtained", "earned", "received", "completed", "current",
        "currently", "valid", "active", "awarded", "achieved", "passed", "including", "includes", "and", "with", "certifications",
        "certificates", "licenses", "licences", "training", "education", "qualifications", "certification", "certificate", "eligible",
        "pursuing", "got", "developed", "obtaining", "earning", "led", "managed", "coordinated", "negotiated", "maintained", "renewed",
        "handled", "owned", "drove", "supported", "administered", "tracked", "oversaw", "ran",
    };

    /// <summary>Words that may follow a certificate's name: what it is from, since when, until when ("CPR Certification valid through 2025").</summary>
    private static readonly HashSet<string> MayFollow = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "from", "with", "by", "through", "issued", "valid", "expires", "expired", "expiring", "since", "at", "obtained",
        "awarded", "received", "earned", "completed", "number", "no", "id", "in", "is", "was", "as", "to", "until", "on", "program",
        "programme",
    };

    /// <summary>Words after which a run is a sentence, not a name ("I am", "Skills").</summary>
    private static readonly HashSet<string> NotName = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "skills", "experience", "summary", "objective", "education", "resume", "page", "references", "no", "number", "expires",
        "expiration", "date", "issued", "id", "coursera",
    };

    /// <summary>Words that join the words of a name and cannot begin or end one.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "in", "and", "for", "&" };

    /// <summary>Whether <paramref name="word"/> is a year of the last two centuries ("1990", "2005").</summary>
    private static bool IsYear(string word) => word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && word.All(char.IsAsciiDigit);

    /// <summary>Products whose version is a year ("SQL Server 2000", "Office 2010").</summary>
    private static readonly HashSet<string> Versioned = new(StringComparer.OrdinalIgnoreCase)
    {
        "server", "windows", "office", "sharepoint", "studio", "exchange", "project", "dynamics", "edition", "excel", "access",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>
    /// The code of a certificate the taxonomy does not know: its name in lower case, other characters as hyphens
    /// ("CPR Certification" → "cpr-certification"), at most 100 characters.
    /// </summary>
    public static string Code(string name)
        => new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') is { Length: > 0 } s
            ? (s.Length > 100 ? s[..100].TrimEnd('-') : s) : "certificate";

    /// <summary>Certificates that are awards, not qualifications ("Certificate of Appreciation", "Certificate of Merit").</summary>
    private static readonly HashSet<string> Awards = new(StringComparer.OrdinalIgnoreCase)
    {
        "appreciation", "excellence", "merit", "participation", "attendance", "recognition", "honor", "honour",
    };

    /// <summary>The certificates named in <paramref name="lines"/>, as written, each once, at most 30.</summary>
    public static List<string> Read(IEnumerable<string> lines)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.Length < 8 || !line.Contains("ertifi", StringComparison.OrdinalIgnoreCase) && !line.Contains("icen", StringComparison.OrdinalIgnoreCase)) continue;
            // Columns and flattened lines are two spaces apart; a name never runs across them.
            foreach (var cell in line.Split(["  ", "\t", " | ", "•"], StringSplitOptions.RemoveEmptyEntries))
            {
                if (cell.Length > 300) continue;
                try { ReadCell(cell); }
                catch (RegexMatchTimeoutException) { } // a hostile cell gives what was read before it, never an error
                if (found.Count >= 30) return found;
            }
        }
        return found;

        void ReadCell(string cell)
        {
            foreach (Match m in Before().Matches(cell))
            {
                var name = Trim(m.Groups["name"].Value);
                var of = Tail(m.Groups["of"].Value.Trim());
                if (name.Length == 0 && of.Length <= 3 || !EndsName(cell, m)) continue;
                var abbr = of == m.Groups["of"].Value.Trim() ? Abbreviation(m.Groups["abbr"].Value) : "";
                Add($"{(name.Length > 0 ? name + " " : "")}{m.Groups["kind"].Value}{(of.Length > 3 ? " " + of : "")}{abbr}");
            }
            foreach (Match m in Around().Matches(cell))
            {
                var name = Tail(m.Groups["name"].Value);
                // "Licensed Clinical Social Workers" in a sentence is a kind of people, not a licence.
                if (name.Length == 0 || Plural(name) || name is "Course" or "Courses" or "Training") continue;
                var brand = Trim(m.Groups["brand"].Value.TrimEnd());
                // "Certified Professional, Java SE 8 Programmer": the field after a level is the certificate's when it names a post;
                // "Certified Master, Tax Law 2019" is the level alone.
                var whole = name == m.Groups["name"].Value;
                if (m.Groups["field"].Success)
                {
                    var field = Tail(m.Groups["field"].Value);
                    whole &= field == m.Groups["field"].Value && MentionReader.EndsInTitleWord(field);
                    if (whole) name += ", " + field;
                }
                Add($"{(brand.Length > 0 ? brand + " " : "")}{m.Groups["verb"].Value} {name}{(whole ? Abbreviation(m.Groups["abbr"].Value) : "")}");
            }
        }

        void Add(string? value)
        {
            if (value is null || value.Length > 120 || found.Count >= 30) return;
            if (value.Split(' ').Any(w => Awards.Contains(w.Trim('(', ')', ',')))) return;
            if (seen.Add(value)) found.Add(value);
        }
    }

    /// <summary>
    /// Whether the match ends the name: the cell ends or goes on with punctuation, a year, a word that may follow a
    /// certificate ("from", "valid", "issued", "Program") or "for the …", not with a thing of its own ("Agreements",
    /// "renewals", "for each sprint").
    /// </summary>
    private static bool EndsName(string cell, Match m)
    {
        var rest = cell.AsSpan(m.Index + m.Length).TrimStart(' ');
        if (rest.IsEmpty || !char.IsLetter(rest[0])) return true;
        var end = rest.IndexOfAny(' ', ',', '.');
        var next = (end < 0 ? rest : rest[..end]).ToString();
        if (MayFollow.Contains(next)) return true;
        // "… Certification for the State of Washington", not "… Certification for each sprint".
        if (!next.Equals("for", StringComparison.OrdinalIgnoreCase) || end < 0) return false;
        var after = rest[(end + 1)..].TrimStart(' ');
        return after.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || after.Length > 0 && char.IsUpper(after[0]);
    }

    /// <summary>The bracket after a name when it abbreviates it ("(MCSE)", "(OCA 1z0-007)"), not a date ("(June 2005)").</summary>
    private static string Abbreviation(string bracket)
        => bracket.Length == 0 || DateRanges.YearIn().IsMatch(bracket)
            || Months.Contains(bracket.Trim(' ', '(', ')').Split(' ')[0].TrimEnd('.')) ? "" : bracket;

    /// <summary>Whether the name's last word is a plural of people ("Workers", "Accountants"), not a certificate's.</summary>
    private static bool Plural(string name)
    {
        var last = name.Split(' ')[^1];
        return last.Length > 4 && !last.All(char.IsUpper) && (last.EndsWith("ers", StringComparison.Ordinal) || last.EndsWith("ants", StringComparison.Ordinal)
            || last.EndsWith("ists", StringComparison.Ordinal) || last.EndsWith("ors", StringComparison.Ordinal));
    }

    /// <summary>The name without the words that introduce it, or empty when what is left names nothing.</summary>
    private static string Trim(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // The name starts after the last word that cannot be in one ("Summary I hold a Teaching Certification").
        var last = words.FindLastIndex(w => NotName.Contains(w.Trim('.', ',', ':')));
        if (last >= 0) words = words[(last + 1)..];
        while (words.Count > 0 && (Lead.Contains(words[0].Trim('.', ',', ':')) || Joiners.Contains(words[0])))
            words.RemoveAt(0);
        // "IL Professional Educator License": the state's code is where the licence holds, not its name.
        if (words.Count > 1 && words[0].Length == 2 && words[0].All(char.IsUpper) && Regions.IsRegion(words[0])) words.RemoveAt(0);
        if (words.Count == 0 || words.All(w => !char.IsLetter(w[0]))) return "";
        return string.Join(' ', words).TrimEnd('.', ',', ':');
    }

    /// <summary>The words after "Certified" that name what, up to a joiner that ends the run ("Certified Scrum Master and" → "Scrum Master").</summary>
    private static string Tail(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // A month or a year ends the name ("… and Practice 1990"), but a product's version is part of it ("SQL Server 2000").
        var end = words.FindIndex(w => Months.Contains(w.TrimEnd('.', ',')));
        if (end >= 0) words = words[..end];
        var year = words.Count < 2 ? -1 : words.FindIndex(1, IsYear);
        if (year >= 1 && !Versioned.Contains(words[year - 1])) words = words[..year];
        while (words.Count > 0 && Joiners.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).TrimEnd('.', ',', ':');
    }
}
