namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Employers and titles from the short header lines of roles, as résumés lay them out when each part stands on a line
/// (or a cell) of its own: "Qualcomm, Inc., Cary, North Carolina", "KEENSCREEN / Seattle, WA / Vice President",
/// "Software Engineer, Apple", "SCHLUMBERGER OILFIELD SERVICES, Field Technician". A line counts only when it stands
/// beside dates or a title, or is itself a title and a name, so that prose and lists are not read as employers.
/// </summary>
internal static partial class HeaderReader
{
    /// <summary>
    /// Titles and employers found in <paramref name="lines"/> (work and other sections; not education or skills). In the header
    /// the name and contact lines are skipped; in an experience section the first line stands beside a role.
    /// </summary>
    public static (List<string> Titles, List<string> Employers) Read(IReadOnlyList<string> lines, SectionKind kind = SectionKind.Other)
    {
        var titles = new List<string>();
        var employers = new List<string>();
        var start = kind == SectionKind.Header ? ContactEnd(lines) : 0;
        var opening = kind == SectionKind.Experience ? FirstLine(lines) : -1;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].Trim().TrimEnd(',', ';');
            if (line.Length is < 2 or > 80 || RoleReader.IsProse(line) || line.EndsWith('.') && line.Split(' ').Length > 4 && line.Split(' ').Count(w => char.IsLower(w[0])) > 1
                || line.Contains('@', StringComparison.Ordinal) || line.Contains("http", StringComparison.OrdinalIgnoreCase)) continue;
            var before = Neighbour(lines, i, -1);
            var after = Neighbour(lines, i, 1);
            var besideRole = i == opening || IsDated(before) || IsDated(after) || IsTitleLine(before) || IsTitleLine(after);
            // "Veristage, Senior Consultant, 2000-2001", "Microsoft, Product Manager, Redmond, WA 2006": the dates go, and mark a role header.
            var undated = Dates().Replace(line, "").Trim().TrimEnd(',', ';', ':', '-', '–', '(').Trim();
            var selfDated = undated.Length < line.Length && undated.Length > 1;
            if (selfDated) line = undated;
            var pieces = Lexicon.CommaParts(line);
            // "Company, City, ST" beside dates or a title ("Halifax, Nova Scotia, Canada" is a place, not a company and a place; "Java SE,
            // TestNG, Selenium, Ant, SQL, XML, XPath, Subversion" is a list, whatever its last two items look like).
            if (pieces.Length is >= 3 and <= 4 && (besideRole || selfDated) && Contact.Place(string.Join(", ", pieces[^2..])) is not null && (Contact.Place(line) is null || pieces[^1].Trim() is { Length: 2 } code && code.All(char.IsUpper)) && !Lexicon.IsTitle(pieces[0]))
            {
                Add(employers, string.Join(", ", pieces[..^2]));
                continue;
            }
            if (pieces.Length >= 3 && pieces[2..].All(PlaceLike))
            {
                var (first, second) = (pieces[0].Trim(), pieces[1].Trim());
                // "Marketing Assistant, Salvation Army, Melbourne", "Waitress, Genos Steakhouse, Wayne, NE": title, employer, place.
                if (MentionReader.EndsInTitleWord(first) && !MentionReader.EndsInTitleWord(second))
                {
                    if (Add(employers, second)) titles.Add(first);
                    continue;
                }
                // "Zero-Knowledge Systems, Enterprise Product Manager, 2000-2001": employer, title, place or dates.
                if ((besideRole || selfDated) && MentionReader.EndsInTitleWord(second) && !MentionReader.EndsInTitleWord(first))
                {
                    if (Add(employers, first)) titles.Add(second);
                    continue;
                }
            }
            // "Peak Analysis and Automation, England, Internship": employer, place, title.
            if (pieces.Length == 3 && (besideRole || selfDated) && PlaceLike(pieces[1]) && (MentionReader.EndsInTitleWord(pieces[2].Trim()) || Lexicon.IsTitle(pieces[2].Trim()))
                && !MentionReader.EndsInTitleWord(pieces[0].Trim()) && !Lexicon.IsTitle(pieces[0].Trim()) && !PlaceLike(pieces[0]))
            {
                if (Add(employers, pieces[0].Trim())) titles.Add(pieces[2].Trim());
                continue;
            }
            if (pieces.Length == 2 && line.Split(' ').Length <= 9 && !IsDated(line))
            {
                var (left, right) = (pieces[0].Trim(), pieces[1].Trim());
                // "Software Engineer, Apple"
                if (MentionReader.EndsInTitleWord(left) && (Contact.Place(line) is null || selfDated) && !MentionReader.EndsInTitleWord(right) && !Regions.IsRegion(right))
                {
                    if (Add(employers, right)) titles.Add(left);
                    continue;
                }
                // "SCHLUMBERGER OILFIELD SERVICES, Field Technician"
                if (MentionReader.EndsInTitleWord(right) && !MentionReader.EndsInTitleWord(left) && (Contact.Place(line) is null || selfDated || !Regions.IsRegion(right)))
                {
                    if (Add(employers, left)) titles.Add(right);
                    continue;
                }
                // "David Jones, Melbourne", "ABC STORE, Example City" beside a role: an employer and its city ("Bowling Green, Kentucky"
                // is a place: its second part is a region).
                if ((besideRole || selfDated) && PlaceLike(right) && (!Regions.IsRegion(right) || Lexicon.IsCompany(left)) && !MentionReader.EndsInTitleWord(left) && Split(left) is null
                    && !Lexicon.IsTitle(left) && Add(employers, left))
                    continue;
            }
            if (pieces.Length <= 2 && (besideRole || selfDated) && Split(line) is var (head, tail))
            {
                // "Software developer / FXHome, Royaume-Uni", "Intern engineer / SII, Rennes": a title, then the employer.
                if (MentionReader.EndsInTitleWord(head) && !MentionReader.EndsInTitleWord(tail) && !Lexicon.IsTitle(tail)
                    && RoleReader.CleanEmployer(tail) is { } employer && Contact.Place(employer) is null && !Regions.IsRegion(employer))
                {
                    if (Add(employers, employer)) titles.Add(head);
                    continue;
                }
                // "CLEARWIRE- Kansas City, MO", "Community Law Centre - Chelmsford": the employer, then its place.
                if (!MentionReader.EndsInTitleWord(head) && !Lexicon.IsTitle(head) && Lexicon.CommaParts(head).Length == 1 && (Contact.Place(tail) is not null || PlaceLike(tail)) && Add(employers, head))
                    continue;
            }
            if (pieces.Length != 1 || IsDated(line) || Lexicon.IsTitle(line) || Contact.Place(line) is not null || line.Split(' ').Length > 6) continue;
            var after2 = Neighbour(lines, i, 2);
            var before2 = Neighbour(lines, i, -2);
            // "KEENSCREEN / Seattle, WA / Vice President", "UTUMGRAID GROUP / Lagos, Nigeria / July 2012".
            if (Contact.Place(after) is not null && (IsDated(after2) || IsTitleLine(after2) || Lexicon.IsCompany(line))) Add(employers, line);
            // "Manufacturing Company / Coventry / MARKETING ASSISTANT", "NATIXIS / Charenton-le-pont / IT Networks Engineer": a city alone.
            else if (PlaceLike(after) && IsTitleLine(after2) && !IsTitleLine(before)) Add(employers, line);
            // "Assistant Programme Manager / Sangam World Centre / 2005-2006", "Focus Solutions / Business Analyst / April 2005 to …",
            // "2012 – present / Chief Project Manager / Nofas AS": a name line between a title and dates, or before or after both.
            else if (IsTitleLine(before) && IsDated(after) || IsDated(before) && IsTitleLine(after) || IsTitleLine(after) && IsDated(after2) || IsDated(after) && IsTitleLine(after2)
                     || IsTitleLine(before) && IsDated(before2) && !IsTitleLine(after))
                Add(employers, line);
            else if (selfDated && (IsTitleLine(before) || IsTitleLine(after)))
                Add(employers, line);
        }
        return (titles, employers);
    }

    /// <summary>The index after the header's name and contact lines: after the last e-mail or phone line among the first 15, else 4.</summary>
    private static int ContactEnd(IReadOnlyList<string> lines)
    {
        var end = Math.Min(4, lines.Count);
        for (var k = 0; k < Math.Min(15, lines.Count); k++)
            if (lines[k].Contains('@', StringComparison.Ordinal) || Contact.Phone(lines[k]) is not null) end = k + 1;
        return end;
    }

    private static int FirstLine(IReadOnlyList<string> lines)
    {
        for (var k = 0; k < lines.Count; k++)
            if (lines[k].Trim().Length > 0) return k;
        return -1;
    }

    /// <summary>"Title / Employer", "Employer - Place", "Employer | …": the two sides of the first separator.</summary>
    private static (string Head, string Tail)? Split(string line)
    {
        foreach (var separator in new[] { " -- ", " — ", " – ", " - ", "- ", " | ", " / " })
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 1) continue;
            var head = line[..at].Trim();
            var tail = line[(at + separator.Length)..].Trim().TrimEnd('-', '–', ' ', ',');
            return head.Length > 1 && tail.Length > 1 ? (head, tail) : null;
        }
        return null;
    }

    /// <summary>A city or region as a part of a header: up to three capitalised words, no title or company word ("Melbourne", "Example City", "NY").</summary>
    private static bool PlaceLike(string text)
    {
        var t = text.Trim().TrimEnd('.', ')').Trim();
        if (Regions.IsRegion(t) || Contact.Place(t) is not null) return true;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.' or '\''))
            && !Lexicon.IsCompany(t) && !Lexicon.IsTitle(t) && !MentionReader.EndsInTitleWord(t) && !Lexicon.IsSchool(t) && Sections.HeadingKind(t) is null;
    }

    /// <summary>Dates inside a header line: ranges, "(2009 - 2014)", "2006", "Summer 2011", "8/01 to Present", "April - August 20XX".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\(?\b(?:" + MonthPatterns.Any + @"\s*(?:-|–|—|to)\s*)?(?:(?:" + MonthPatterns.Any + @"|spring|summer|fall|autumn|winter),?\s+)?(?:\d{1,2}/)?(?:19|20)(?:\d\d|XX|xx)\b(?:\s*(?:-|–|—|to)\s*(?:(?:" + MonthPatterns.Any + @"|spring|summer|fall|autumn|winter),?\s+)?(?:(?:\d{1,2}/)?(?:19|20)\d\d\b|present|current|date|now))?\)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex Dates();

    private static bool Add(List<string> employers, string name)
    {
        var clean = RoleReader.CleanEmployer(RoleReader.WithoutNumber(name.Trim(' ', ',', ';', ':', '-', '|')));
        if (clean is null || !RoleReader.PlausibleName(clean) || Lexicon.IsSchool(clean) && !Lexicon.IsCompany(clean) && clean.Split(' ').Length < 2
            || MentionReader.EndsInTitleWord(clean) || Contact.Place(clean) is not null || DateRanges.Find(clean).Count > 0 || Lexicon.Degree(clean) is not null
            || clean.StartsWith('(') || clean.Count(char.IsLetter) < 3 || clean.Contains("XX", StringComparison.Ordinal)
            || clean.Contains(" present", StringComparison.OrdinalIgnoreCase) || NotAName().IsMatch(clean) || clean.Count(c => c == '(') != clean.Count(c => c == ')')) return false;
        if (!employers.Contains(clean, StringComparer.OrdinalIgnoreCase)) employers.Add(clean);
        return true;
    }

    /// <summary>
    /// What is left of a header once its dates are gone ("Apr", "Jan —", "Mai to", "Fall [year]") and the labels and headings
    /// beside roles ("VOLUNTARY POSITIONS", "Employers name", "College Activities/ Honors/ Affiliations", "Paper Award").
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|from|past|fall|spring|summer|winter)\b|(?:\bto|—|–|-)$|\b(?:positions?|affiliations?|interests|associations|references?|designation|name|awards?|certificates?|certification|expected|honou?rs|referees?|page)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex NotAName();

    /// <summary>The nearest non-blank line <paramref name="step"/> lines away ("" when none).</summary>
    private static string Neighbour(IReadOnlyList<string> lines, int i, int step)
    {
        var seen = 0;
        var target = Math.Abs(step);
        for (var k = i + Math.Sign(step); k >= 0 && k < lines.Count; k += Math.Sign(step))
        {
            if (lines[k].Trim().Length == 0) continue;
            if (++seen == target) return lines[k].Trim();
        }
        return "";
    }

    private static bool IsDated(string line)
        => line.Length > 0 && (DateRanges.Find(line).Count > 0 || DatedLine().IsMatch(line));

    /// <summary>A line that opens with a date: "2019", "Summer 2014", "September 20XX - Present", "09/14-Present", "2/1/2012 - Current".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)[a-z]*\.?,?\s+)?(?:19|20)(?:\d\d|XX)\b|\d{1,2}/(?:\d{1,2}/)?\d{2,4}\s*(?:-|–|—|to)\s*(?:\d{1,2}/|present|current))", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex DatedLine();

    /// <summary>"Software Engineer", "Vice President of Engineering, Intern", "Analyst (contract)".</summary>
    private static bool IsTitleLine(string line)
    {
        if (line.Length is 0 or > 60 || RoleReader.IsProse(line)) return false;
        var head = line.Split([",", " - ", " (", "  "], 2, StringSplitOptions.None)[0].Trim();
        return MentionReader.EndsInTitleWord(head) || head.Split(" of ", 2) is [var title, _] && MentionReader.EndsInTitleWord(title);
    }
}
