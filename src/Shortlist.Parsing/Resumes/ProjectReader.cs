using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>A project as a résumé's projects section names it; the dates may be missing.</summary>
/// <param name="Name">What the project is called ("Home Automation System").</param>
/// <param name="Start">First month, when dated.</param>
/// <param name="End">Last month; null with <paramref name="Current"/> for "present".</param>
/// <param name="Current">True when the project runs to the present.</param>
/// <param name="Description">The text under the project.</param>
public sealed record ParsedProject(string Name, DateOnly? Start, DateOnly? End, bool Current, string Description)
{
    /// <summary>True when the résumé dates the project by years alone ("2020 – Present"), as <see cref="ParsedRole.YearsOnly"/>.</summary>
    public bool YearsOnly { get; init; }
}

/// <summary>
/// The projects of a résumé's projects sections: an entry opens at a line that holds dates ("2020 – Personal Project: Home
/// Automation System", "Personal Expense Tracker  2022"; dates alone take the name from the line below) or at a labelled
/// name ("Project: Billing Revamp", "Project Title: Payroll", "Project #2: Portal"); the dates of a labelled project may
/// follow on a line of their own ("Duration: Jan 2015 – Mar 2016"). The text up to the next entry is its description.
/// </summary>
internal static partial class ProjectReader
{
    /// <summary>Most projects read from one résumé.</summary>
    private const int Most = 30;

    /// <summary>"Personal Project: Home Automation System", "Project Title: Payroll", "Project #2 - Portal", "Project Name: CRM".</summary>
    [GeneratedRegex(@"^(?:(?:personal|academic|key|major|side|client|team|college|final\s+year|capstone)\s+)?project(?:\s+(?:title|name))?\s*(?:#?\s*\d{1,2})?\s*[:\-–—]\s*(?<name>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Labelled();

    /// <summary>A year that opens or closes a short line beside a capitalised name: "2022 Personal Expense Tracker", "Payroll Portal (2019)".</summary>
    [GeneratedRegex(@"^(?<y>(?:19|20)\d\d)\s*[:\-–—|,]?\s+[A-Z]|[A-Za-z)]\s*[\-–—|,(]?\s*\(?(?<y>(?:19|20)\d\d)\)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OneYear();

    /// <summary>A label of the dates of the project above: "Duration:", "Period", "Dates:", "Timeline".</summary>
    [GeneratedRegex(@"^(?:duration|period|dates?|timeline|tenure|time\s*frame)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatesLabel();

    /// <summary>The projects named in <paramref name="lines"/> (the lines of the projects sections), in order, at most 30.</summary>
    public static List<ParsedProject> Read(IReadOnlyList<string> lines)
    {
        var entries = new List<(int First, int Last, string Name, DateRange? Range)>();
        for (var i = 0; i < lines.Count && entries.Count <= Most; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.Length > 200 || RoleReader.PageFurniture().IsMatch(line)) continue;
            var ranges = DateRanges.Find(line);
            // "2022 Personal Expense Tracker": a project of one year, its year before or after its name.
            if (ranges.Count == 0 && OneYear().Match(line) is { Success: true } year && int.Parse(year.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) is var y and >= 1950 and <= 2100)
                ranges = [new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 1), year.Groups["y"].Index, 4, YearsOnly: true)];
            if (ranges is [var range, ..])
            {
                var rest = RoleReader.HeaderBeside(line, range);
                // "Duration: Jan 2015 – Mar 2016" under "Project: Billing Revamp": the dates of the project above.
                if ((rest.Length == 0 || DatesLabel().IsMatch(rest)) && entries.Count > 0 && entries[^1].Range is null && i - entries[^1].Last <= 4)
                {
                    entries[^1] = entries[^1] with { Last = i, Range = range };
                    continue;
                }
                // Dates that open or close the line; a sentence that mentions a year is the description.
                if (range.Index > 2 && range.Index + range.Length < line.Length - 2 || RoleReader.IsProse(line)) continue;
                var name = Name(rest);
                var last = i;
                if (name.Length == 0 && i + 1 < lines.Count && lines[i + 1].Trim() is { Length: > 1 and <= 120 } below && !RoleReader.IsProse(below)
                    && !below.EndsWith('.') && DateRanges.Find(below).Count == 0)
                {
                    name = Name(below);
                    last = i + 1;
                }
                // "Developed novel SVM approach to …", "Environment: Windows Mobile 5.0", "http://…", "April": no name, but a sentence, a label, an
                // address or a date the ranges did not read.
                if (name.Length == 0 || !Labelled().IsMatch(last == i ? rest : lines[last].Trim()) && !RoleReader.PlausibleName(name, mayEndInSectionWord: true)
                    || name.Contains("http", StringComparison.OrdinalIgnoreCase) || name.Contains("www.", StringComparison.OrdinalIgnoreCase)) continue;
                entries.Add((i, last, name, range));
                i = last;
            }
            else if (Labelled().Match(line) is { Success: true } labelled && labelled.Groups["name"].Value.Trim() is { Length: > 1 and <= 120 } named && !named.EndsWith('.')
                     && (char.IsUpper(named[0]) || char.IsDigit(named[0])))
                entries.Add((i, i, named.TrimEnd(':', ' '), null));
        }
        var projects = new List<ParsedProject>(Math.Min(entries.Count, Most));
        for (var k = 0; k < entries.Count && k < Most; k++)
        {
            var end = k + 1 < entries.Count ? entries[k + 1].First : lines.Count;
            var description = string.Join('\n', lines.Skip(entries[k].Last + 1).Take(Math.Max(0, end - entries[k].Last - 1))
                .Where(l => !RoleReader.PageFurniture().IsMatch(l))).Trim();
            var r = entries[k].Range;
            projects.Add(new ParsedProject(entries[k].Name, r?.Start, r?.End, r is { End: null }, description.Length > 4000 ? description[..4000] : description)
                { YearsOnly = r is { YearsOnly: true } });
        }
        return projects;
    }

    /// <summary>The project's name from the rest of its line: without a "Personal Project:" label, trailing punctuation and spaces.</summary>
    private static string Name(string rest)
    {
        var text = rest.Trim();
        if (Labelled().Match(text) is { Success: true } labelled) text = labelled.Groups["name"].Value;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ':', ',', ';', '-', '–', '—', '|');
        return text.Any(char.IsLetter) ? text : "";
    }
}
