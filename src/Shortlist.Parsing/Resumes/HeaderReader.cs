namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Employers and titles from the short header lines of roles, as résumés lay them out when each part stands on a line
/// (or a cell) of its own: "Qualcomm, Inc., Cary, North Carolina", "KEENSCREEN / Seattle, WA / Vice President",
/// "Software Engineer, Apple", "SCHLUMBERGER OILFIELD SERVICES, Field Technician". A line counts only when it stands
/// beside dates or a title, or is itself a title and a name, so that prose and lists are not read as employers.
/// </summary>
internal static class HeaderReader
{
    /// <summary>Titles and employers found in <paramref name="lines"/> (work and other sections; not education or skills).</summary>
    public static (List<string> Titles, List<string> Employers) Read(IReadOnlyList<string> lines)
    {
        var titles = new List<string>();
        var employers = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim().TrimEnd(',', ';');
            if (line.Length is < 2 or > 80 || RoleReader.IsProse(line) || line.EndsWith('.') && line.Split(' ').Length > 4
                || line.Contains('@', StringComparison.Ordinal) || line.Contains("http", StringComparison.OrdinalIgnoreCase)) continue;
            var before = Neighbour(lines, i, -1);
            var after = Neighbour(lines, i, 1);
            var besideRole = IsDated(before) || IsDated(after) || IsTitleLine(before) || IsTitleLine(after);
            var pieces = line.Split(", ");
            // "Company, City, ST" beside dates or a title ("Halifax, Nova Scotia, Canada" is a place, not a company and a place).
            if (pieces.Length >= 3 && besideRole && Contact.Place(string.Join(", ", pieces[^2..])) is not null && (Contact.Place(line) is null || pieces[^1].Trim() is { Length: 2 } code && code.All(char.IsUpper)) && !Lexicon.IsTitle(pieces[0]))
            {
                Add(employers, string.Join(", ", pieces[..^2]));
                continue;
            }
            if (pieces.Length == 2 && line.Split(' ').Length <= 9 && !IsDated(line))
            {
                var (left, right) = (pieces[0].Trim(), pieces[1].Trim());
                // "Software Engineer, Apple"
                if (MentionReader.EndsInTitleWord(left) && !Lexicon.IsCompany(left) && Contact.Place(line) is null && !MentionReader.EndsInTitleWord(right))
                {
                    if (Add(employers, right)) titles.Add(left);
                    continue;
                }
                // "SCHLUMBERGER OILFIELD SERVICES, Field Technician"
                if (MentionReader.EndsInTitleWord(right) && !Lexicon.IsCompany(right) && !MentionReader.EndsInTitleWord(left) && Contact.Place(line) is null)
                {
                    if (Add(employers, left)) titles.Add(right);
                    continue;
                }
                // "Seattle, WA" after a name and before a title or dates: the name is the employer.
            }
            if (pieces.Length != 1 || IsDated(line) || Lexicon.IsTitle(line) || Contact.Place(line) is not null || line.Split(' ').Length > 6) continue;
            var after2 = Neighbour(lines, i, 2);
            // "KEENSCREEN / Seattle, WA / Vice President", "UTUMGRAID GROUP / Lagos, Nigeria / July 2012".
            if (Contact.Place(after) is not null && (IsDated(after2) || IsTitleLine(after2))) Add(employers, line);
            // "Assistant Programme Manager / Sangam World Centre / 2005-2006", "Focus Solutions / Business Analyst / April 2005 to …":
            // a name line between a title and dates, or before both.
            else if (IsTitleLine(before) && IsDated(after) || IsDated(before) && IsTitleLine(after) || IsTitleLine(after) && IsDated(after2) || IsDated(after) && IsTitleLine(after2))
                Add(employers, line);
        }
        return (titles, employers);
    }

    private static bool Add(List<string> employers, string name)
    {
        var clean = RoleReader.CleanEmployer(RoleReader.WithoutNumber(name.Trim(' ', ',', ';', ':', '-', '|')));
        if (clean is null || !RoleReader.PlausibleName(clean) || Lexicon.IsSchool(clean) && !Lexicon.IsCompany(clean) && clean.Split(' ').Length < 2
            || MentionReader.EndsInTitleWord(clean) || Contact.Place(clean) is not null || DateRanges.Find(clean).Count > 0 || Lexicon.Degree(clean) is not null
            || clean.StartsWith('(') || clean.Count(char.IsLetter) < 3 || clean.Contains("XX", StringComparison.Ordinal)
            || clean.Contains(" present", StringComparison.OrdinalIgnoreCase)) return false;
        if (!employers.Contains(clean, StringComparer.OrdinalIgnoreCase)) employers.Add(clean);
        return true;
    }

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
        => line.Length > 0 && (DateRanges.Find(line).Count > 0 || System.Text.RegularExpressions.Regex.IsMatch(line, @"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)[a-z]*\.?,?\s+)?(?:19|20)\d\d\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));

    /// <summary>"Software Engineer", "Vice President of Engineering, Intern", "Analyst (contract)".</summary>
    private static bool IsTitleLine(string line)
    {
        if (line.Length is 0 or > 60 || RoleReader.IsProse(line)) return false;
        var head = line.Split([",", " - ", " (", "  "], 2, StringSplitOptions.None)[0].Trim();
        return MentionReader.EndsInTitleWord(head) || head.Split(" of ", 2) is [var title, _] && MentionReader.EndsInTitleWord(title);
    }
}
