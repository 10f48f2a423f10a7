using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>A span of months found in text.</summary>
/// <param name="Start">First month.</param>
/// <param name="End">Last month, null when the range runs to the present.</param>
/// <param name="Index">Where the range starts in the text.</param>
/// <param name="Length">How long it is.</param>
/// <param name="YearsOnly">True when the range names years and no months ("2012 – 2017", "2015 – Present"): its months are the
/// first and the last of those years, not written.</param>
public readonly record struct DateRange(DateOnly Start, DateOnly? End, int Index, int Length, bool YearsOnly = false);

/// <summary>
/// Reads date ranges as résumés write them: "Jan 2019 – Present", "2017-2020", "03/2015 - 06/2018", "2019 to date",
/// "September 2017 onwards", "since 2018", "4/1/2009 - 7/1/2014", "18/06/2014 – 31/12/2016", "01.10.2012 – 05.05.2013",
/// "8/01 to Present", "Aug ’09 – Present"; none starts before 1950.
/// </summary>
public static partial class DateRanges
{
    // The two ends of a range are written out in full, once each, so that the pattern is a constant the source generator
    // turns into code at build time: built at run time with RegexOptions.Compiled it cost over a second at the first
    // résumé a process read, counted against that résumé's time budget.
    // A date: "Jan 2019", "Sept, 2017", "Mar'2015", "Aug ’09", "Jul 12" (a month and a two-digit year after an apostrophe or
    // a space, not a day: "Jan 12, 2019" and "Mar 3:" are not), "Fall 2004" (a term: its first month, or its last at the
    // end of a range); "4/1/2009"
    // or "18/06/2014" (month and day in either order, one separator), "03/2015", "2015-03", "8/01" (month and two-digit year,
    // after a slash only); a year.
    private const string Date1 = @"(?:(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s*'?|[/-])(?<y1>(?:19|20)\d\d)|(?<q1>spring|summer|fall|autumn|winter),?\s*(?<y1>(?:19|20)\d\d)|(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s*['‘’`](?<yy1>\d\d)(?!\d)|\s(?<yy1>\d\d)(?![\d,:/.]))|(?<a1>0?[1-9]|[12]\d|3[01])(?<s1>[/.-])(?<b1>0?[1-9]|[12]\d|3[01])\k<s1>(?<y1>(?:19|20)\d\d)|(?<n1>0?[1-9]|1[0-2])\s*[/.-]\s*(?<y1>(?:19|20)\d\d)|(?<y1>(?:19|20)\d\d)[/.-](?<n1>0[1-9]|1[0-2])(?![\d/])|(?<n1>0?[1-9]|1[0-2])/(?<yy1>\d\d)(?![\d/])|(?<y1>(?:19|20)\d\d))";
    private const string Date2 = @"(?:(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s*'?|[/-])(?<y2>(?:19|20)\d\d)|(?<q2>spring|summer|fall|autumn|winter),?\s*(?<y2>(?:19|20)\d\d)|(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s*['‘’`](?<yy2>\d\d)(?!\d)|\s(?<yy2>\d\d)(?![\d,:/.]))|(?<a2>0?[1-9]|[12]\d|3[01])(?<s2>[/.-])(?<b2>0?[1-9]|[12]\d|3[01])\k<s2>(?<y2>(?:19|20)\d\d)|(?<n2>0?[1-9]|1[0-2])\s*[/.-]\s*(?<y2>(?:19|20)\d\d)|(?<y2>(?:19|20)\d\d)[/.-](?<n2>0[1-9]|1[0-2])(?![\d/])|(?<n2>0?[1-9]|1[0-2])/(?<yy2>\d\d)(?![\d/])|(?<y2>(?:19|20)\d\d))";
    private const string Present = @"(?<present>present|current(?:ly)?|now|today|(?:to|till|until)\s+(?:date|now)|date|ongoing|continuing)";
    private const string RangePattern =
        $@"(?<![\w/.-])(?:(?:since|from)\s+{Date1}|{Date1}\s*(?:(?:-|–|—|~|to|until|till|through|thru)\s*(?:{Present}|{Date2})|(?<onwards>onwards|onward|[-–—]\s*$)))(?![\w/])";

    [GeneratedRegex(RangePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 2000)]
    private static partial Regex Range();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The month (1–12) a month's name opens with ("Sept.", "june", "JAN"); 0 for none.</summary>
    private static int MonthOf(string name)
    {
        var lower = name.ToLowerInvariant();
        return Array.FindIndex(Months, x => lower.StartsWith(x, StringComparison.Ordinal)) + 1;
    }

    /// <summary>A four-digit year of this or the last century anywhere in a text ("Chief Administrative Officer 2000").</summary>
    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex YearIn();

    /// <summary>The date ranges in <paramref name="text"/>, left to right.</summary>
    public static List<DateRange> Find(string text) => Find(text, false);

    /// <summary>
    /// The date ranges in <paramref name="text"/>, left to right; numeric dates that could be read either way ("02/07/2009")
    /// are read day first when <paramref name="dayFirst"/> (the résumé writes its other dates so, see <see cref="WritesDayFirst(IEnumerable{string})"/>).
    /// </summary>
    public static List<DateRange> Find(string text, bool dayFirst)
    {
        var found = new List<DateRange>();
        // "2009‐2011", "2013‐current": the other dashes a document may write are read as hyphens (one character for one, so
        // the ranges' places in the text stay right).
        if (text.AsSpan().IndexOfAny(OtherDashes) >= 0)
            text = string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++) span[i] = OtherDashes.Contains(source[i]) ? '-' : source[i];
            });
        try { Collect(text, found, dayFirst); }
        catch (RegexMatchTimeoutException)
        {
            // A starved machine can stretch an ordinary match past the pattern's timeout and silently lose a role: try once
            // more. A pathological line that times out again yields the ranges found so far, never an error.
            found.Clear();
            try { Collect(text, found, dayFirst); }
            catch (RegexMatchTimeoutException) { }
        }
        return found;
    }

    private static void Collect(string text, List<DateRange> found, bool dayFirst)
    {
        foreach (Match m in Range().Matches(text))
        {
            var start = ToDate(m, "1", false, dayFirst);
            // "Since 1923, Novo Nordisk has …": a firm's history, not a working life.
            if (start is null || start.Value.Year < FirstYear) continue;
            DateOnly? end = null;
            var open = m.Groups["present"].Success || m.Groups["onwards"].Success || !m.Groups["y2"].Success && !m.Groups["yy2"].Success;
            if (!open)
            {
                end = ToDate(m, "2", true, dayFirst);
                if (end is null || end < start) continue;
            }
            // A two-digit year is a date only in a range that ends with another year or the present: "8/01 to Present",
            // "6/98 - 12/03"; "from 7/10", "since 9/11" and "7/10 to 9/10" (a score) are not.
            if (m.Groups["yy1"].Success || m.Groups["yy2"].Success)
            {
                var bothEnds = m.Groups["y2"].Success || m.Groups["yy2"].Success;
                if (!m.Groups["present"].Success && !bothEnds) continue;
                if (bothEnds && end is { } last && last.Year <= start.Value.Year) continue;
            }
            found.Add(new DateRange(start.Value, end, m.Index, m.Length, YearOnly(m, "1") && (open || YearOnly(m, "2"))));
        }
        // "September to November 2007", "June – August 2012": two months of one year, the year written once. "November to
        // February 2008" began the year before.
        var read = found.Count;
        // Match and NextMatch rather than Matches: no collection is allocated for the many lines that hold no such range.
        for (var m = SharedYear().Match(text); m.Success; m = m.NextMatch())
        {
            if (Overlaps(found, read, m.Index, m.Length)) continue;
            var shared = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var first = MonthOf(m.Groups["m1"].Value);
            var last = MonthOf(m.Groups["m2"].Value);
            if (shared - (last < first ? 1 : 0) < FirstYear || first == last) continue;
            found.Add(new DateRange(new DateOnly(last < first ? shared - 1 : shared, first, 1), new DateOnly(shared, last, 1), m.Index, m.Length));
        }
        // "1956 - 60", "2012-13": a year, then the last two digits of a later one (not pages: "Pp. 1956-60").
        for (var m = ShortEnd().Match(text); m.Success; m = m.NextMatch())
        {
            if (Overlaps(found, read, m.Index, m.Length)) continue;
            var from = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var to = from / 100 * 100 + int.Parse(m.Groups["yy"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (from < FirstYear || to <= from || to - from > 15) continue;
            found.Add(new DateRange(new DateOnly(from, 1, 1), new DateOnly(to, 12, 1), m.Index, m.Length, YearsOnly: true));
        }
        if (found.Count > read) found.Sort((a, b) => a.Index.CompareTo(b.Index));
        // "Spring 2014" alone on its line: one term, as academic CVs date a post held for a term.
        if (found.Count == 0 && LoneTerm().Match(text) is { Success: true } lone
            && int.Parse(lone.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) is var year and >= FirstYear)
        {
            var term = lone.Groups["q"].Value;
            found.Add(new DateRange(new DateOnly(year, Term(term, false), 1), new DateOnly(year, Term(term, true), 1), lone.Groups["q"].Index,
                lone.Groups["y"].Index + 4 - lone.Groups["q"].Index));
        }
    }

    // Months written as names, in full or cut short ("Sept.", "Jun"), not any word that starts like one ("Marketing").
    private const string MonthName = MonthPatterns.Name + @"\.?";

    [GeneratedRegex($@"(?<![\w/.-])(?<m1>{MonthName})\s*(?:-|–|—|to|through|thru|until|till)\s*(?<m2>{MonthName}),?\s*(?<y>(?:19|20)\d\d)(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex SharedYear();

    [GeneratedRegex(@"(?<![\w/.,:-])(?<!\b(?:pp?|pages?|vol|no)\.?\s*)(?<y>(?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?<yy>\d\d)(?![\w/%]|[.,:]\d|\s*(?:%|percent|years?|yrs|months?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ShortEnd();

    private static readonly System.Buffers.SearchValues<char> OtherDashes = System.Buffers.SearchValues.Create("‐‑‒−﹣－");

    /// <summary>True when one of the first <paramref name="count"/> ranges found overlaps the span at <paramref name="index"/>.</summary>
    private static bool Overlaps(List<DateRange> found, int count, int index, int length)
    {
        for (var i = 0; i < count; i++)
            if (index < found[i].Index + found[i].Length && found[i].Index < index + length) return true;
        return false;
    }

    [GeneratedRegex(@"^\s*(?<q>spring|summer|fall|autumn|winter),?\s*(?<y>(?:19|20)\d\d)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex LoneTerm();

    /// <summary>
    /// True when the numeric dates of the text's date ranges put the day first more often than the month, counting those only
    /// one reading allows ("18/06/2014 – Present" day first, "4/13/2009 – 7/1/2014" month first); a licence's expiry or a
    /// date of birth, outside a range, does not count. The first 500 ranges are read.
    /// </summary>
    public static bool WritesDayFirst(string text) => WritesDayFirst([text]);

    /// <summary>As <see cref="WritesDayFirst(string)"/>, over <paramref name="lines"/>; only lines with a numeric date with a day are read.</summary>
    public static bool WritesDayFirst(IEnumerable<string> lines)
    {
        int dayFirst = 0, monthFirst = 0, seen = 0;
        try
        {
            foreach (var line in lines)
            {
                if (!DayDate().IsMatch(line)) continue;
                foreach (Match m in Range().Matches(line))
                {
                    if (++seen > 500) break;
                    foreach (var which in (string[])["1", "2"])
                    {
                        var first = Order(m, which);
                        if (first == true) dayFirst++;
                        else if (first == false) monthFirst++;
                    }
                }
                if (seen > 500) break;
            }
        }
        catch (RegexMatchTimeoutException) { }
        return dayFirst > monthFirst;
    }

    [GeneratedRegex(@"\d[/.-]\d\d?[/.-](?:19|20)\d\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayDate();

    /// <summary>No range starting before this year is a working life's.</summary>
    private const int FirstYear = 1950;

    /// <summary>
    /// Whether the day comes first in a numeric date with a day ("18/06/2014" yes, "4/13/2009" no): told by a number over
    /// twelve at either end of the range, else by the résumé's other dates, else by dots ("01.10.2012", as Europe writes
    /// them), else month first.
    /// </summary>
    private static bool DayFirst(Match m, bool dayFirst)
    {
        foreach (var which in (string[])["1", "2"])
            if (Order(m, which) is { } first) return first;
        return dayFirst || m.Groups["s1"].Value == "." || m.Groups["s2"].Value == ".";
    }

    /// <summary>
    /// Whether the numeric date <paramref name="which"/> of the range puts its day first (true: "18/06/2014"), its month first
    /// (false: "4/13/2009"), or allows both readings or has no day (null).
    /// </summary>
    private static bool? Order(Match m, string which)
    {
        if (!m.Groups["a" + which].Success) return null;
        var a = int.Parse(m.Groups["a" + which].Value, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b" + which].Value, System.Globalization.CultureInfo.InvariantCulture);
        return a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : null;
    }

    /// <summary>The month a term of the year starts in, or ends in when <paramref name="end"/>: "Fall" is September to December.</summary>
    private static int Term(string term, bool end) => term.ToLowerInvariant() switch
    {
        "spring" => end ? 5 : 3,
        "summer" => end ? 8 : 6,
        "fall" or "autumn" => end ? 12 : 9,
        _ => end ? 2 : 1,
    };

    /// <summary>
    /// What <paramref name="line"/> holds beside <paramref name="range"/>, without the dashes, bars, commas, brackets and colons
    /// around the dates: empty for dates alone ("Sept 2012 – Present", "(2005 - 2008):").
    /// </summary>
    internal static string Beside(string line, DateRange range)
        => (line[..range.Index] + line[(range.Index + range.Length)..]).Trim(' ', '-', '–', '—', '|', ',', '(', ')', ':', '\t');

    /// <summary>Whether one end of a range (<paramref name="which"/>: "1" or "2") names a year and no month, term or day.</summary>
    private static bool YearOnly(Match m, string which)
        => !m.Groups["q" + which].Success && !m.Groups["m" + which].Success && !m.Groups["n" + which].Success && !m.Groups["a" + which].Success;

    private static DateOnly? ToDate(Match m, string which, bool end, bool dayFirst)
    {
        int year;
        // A two-digit year: "8/01" is August 2001, "6/98" June 1998.
        if (m.Groups["yy" + which].Success) year = int.Parse(m.Groups["yy" + which].Value, System.Globalization.CultureInfo.InvariantCulture) is var yy && yy <= 40 ? 2000 + yy : 1900 + yy;
        else if (!int.TryParse(m.Groups["y" + which].Value, out year)) return null;
        var month = end ? 12 : 1;
        if (m.Groups["q" + which].Success) month = Term(m.Groups["q" + which].Value, end);
        else if (m.Groups["m" + which].Success) month = MonthOf(m.Groups["m" + which].Value);
        else if (m.Groups["n" + which].Success) month = int.Parse(m.Groups["n" + which].Value, System.Globalization.CultureInfo.InvariantCulture);
        else if (m.Groups["a" + which].Success)
            month = int.Parse(m.Groups[(DayFirst(m, dayFirst) ? "b" : "a") + which].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is < 1 or > 12 ? null : new DateOnly(year, month, 1);
    }
}
