namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Finds roles in the experience section: every line holding a date range anchors a role, and the title, employer
/// and location come from the rest of that line and the one or two lines above it ("Title / Employer - City, ST /
/// Jan 2019 to Present", or "Title, Employer    2017 – 2020" on one line).
/// </summary>
internal static partial class RoleReader
{
    private static readonly string[] Separators = [" | ", " — ", " – ", " - ", " at ", " @ ", "    ", "\t", " -", "- "];

    public static List<ParsedRole> Read(IReadOnlyList<string> lines, Shortlist.Parsing.Text.Budget? budget = null, bool dayFirst = false)
    {
        var anchors = new List<(int HeaderStart, int DateLine, ParsedRole Role)>();
        var lastUsed = -1;
        // Whether an entry stood as dates over its title and employer ("18/06/2014 – Present / Associate Attorney / Rödl &
        // Partner, Padua (Italy)", as Europass CVs write them), so the later ones are read downwards too and not from the
        // description above them.
        var titlesBelow = false;
        // Whether an entry stood as dates alone over its employer and then its title ("2011 to Present / Blentech, Santa Rosa,
        // California / Supervisor/CNC Programmer"), so the later ones are read downwards too and not from the end of the
        // description above them.
        var employersBelow = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 63) == 0) budget?.Check();
            var ranges = DateRanges.Find(lines[i], dayFirst);
            // "January-May, 20xx", "Summers 20xx-20xx", "July 20XX to Present": a template's years left unfilled still mark where an
            // entry's dates stand; the role is read, without dates.
            var unfilled = ranges.Count == 0 && UnfilledYear().IsMatch(lines[i]);
            if (unfilled) ranges = DateRanges.Find(UnfilledYear().Replace(lines[i], "1999"), dayFirst);
            // A sentence that mentions dates is no role header, but a long header that opens with its title is one ("Senior Business
            // Systems Analyst, Harbor Point Credit Company, Stamford, CT — Jun 2023 – Present": fifteen words, eleven without the dates).
            if (ranges.Count == 0 || IsProse(lines[i]) && ranges[0].Index > 0 && lines[i].Length > 90 && !LongHeader(lines[i], ranges[0])) continue;
            var range = ranges[0];
            // "Duration: April 2017 - Till Date" under a role that already holds those months: the period of one of its projects.
            if (ProjectPeriod().IsMatch(lines[i]) && anchors.Count > 0 && anchors[^1].Role is { Start: { } held } above && held <= range.Start
                && (above.Current || above.End is { } until && range.End is { } ends && ends <= until)) continue;
            var rest = HeaderBeside(lines[i], range);
            var parts = new List<string>();
            var headerStart = i;
            var wanted = rest.Length > 0 ? (Lexicon.IsTitle(rest) && !rest.Contains(" - ", StringComparison.Ordinal) && !rest.Contains("    ", StringComparison.Ordinal) && !rest.Contains(", ", StringComparison.Ordinal) ? 1 : 0) : 2;
            if (rest.Length > 0 && rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Length == 1 && !Lexicon.IsTitle(rest)) wanted = 1;
            // "Management Trainer and Consultant / Effective Management Group / Warrendale, PA 1987 - 1999": a place beside the
            // dates says nothing of the title and the employer, which stand on the two lines above.
            if (rest.Length > 0 && Contact.Place(rest) is not null && !Lexicon.IsTitle(rest)) wanted = 2;
            // Below the dates: a title, then its employer on the next line, or both on one line ("2008 – 2009 / Interim Department
            // Chair, Counseling Services").
            if (rest.Length == 0 && titlesBelow && TitleBelow(lines, i)
                && (i + 2 < lines.Count && lines[i + 2].Trim() is { Length: > 1 and <= 100 } third && !IsProse(third) && !EndsSentence(third)
                        && DateRanges.Find(third).Count == 0 && CleanEmployer(third) is { } employerBelow && PlausibleName(employerBelow)
                    || Assign([lines[i + 1].Trim()]) is { Title: not null, Employer: not null })) wanted = 0;
            if (rest.Length == 0 && employersBelow && EmployerThenTitleBelow(lines, i)) wanted = 0;
            // "1984 – 1986:" over "Kenya Law Reform Commission": dates alone that end in a colon introduce the entry below them.
            if (rest.Length == 0 && lines[i].TrimEnd().EndsWith(':')) wanted = 0;
            for (var j = i - 1; j > lastUsed && wanted > 0; j--)
            {
                var line = lines[j].Trim();
                // Dash-only lines and page furniture such as a profile URL between the title and the employer are skipped.
                if (!line.Any(char.IsLetterOrDigit) || line.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !line.Contains(' ', StringComparison.Ordinal)) continue;
                if (IsProse(line) || EndsSentence(line) || DateRanges.Find(line).Count > 0 || Sections.HeadingKind(line) is not null
                    || line.Contains("http", StringComparison.OrdinalIgnoreCase) || line.Contains('@', StringComparison.Ordinal) || line.Length > 100) break;
                parts.Insert(0, line);
                headerStart = j;
                // "CAREERCUP.COM / Seattle, WA / Founder and CEO / 2005-Present": a place line between the title and the employer
                // does not count against the two lines a header over its dates is read from.
                if (parts.Count > 2 || Contact.Place(line) is null) wanted--;
            }
            if (rest.Length > 0) parts.Add(rest);
            var (title, employer, location) = Assign(parts);
            // "THUNDERBIRD SCHOOL OF GLOBAL MANAGEMENT / 2000 to 2012 / Chief Business Officer / 2005 to 2012": a title over dates of
            // its own is that entry's, held at the employer above.
            if (title is null && TitleBelow(lines, i) && !OpensNextEntry(lines, i + 1) && lines[i + 1].Trim() is var next)
            {
                if (parts.Count == 0 && rest.Length == 0) titlesBelow = true;
                // "Dec 2013 – Feb 2014 / Marketing Assistant, Salvation Army, Melbourne": the line below holds the title and may hold the employer.
                var (t2, e2, l2) = Assign([next]);
                title = t2 ?? next;
                if (e2 is not null && (employer is null || !PlausibleName(employer)))
                    employer = e2;
                location ??= l2;
                i++;
            }
            // "LEANDER CORPORATION, Boston, MA / 2000 to Present / World leader in analytical instrumentation serving energy and
            // pharmaceutical industries. / Vice President of International Sales": one sentence about the employer, then the title.
            // "DePaul University, Chicago IL / Sept 2011-Present / DePaul Information Services / Classroom/Lab Technician": the unit, then the title.
            else if (title is null && employer is not null && i + 2 < lines.Count && lines[i + 1].Trim() is { Length: <= 200 } blurb
                     && blurb.Length > 0 && char.IsUpper(blurb[0]) && ShortTitleBelow(lines, i + 1) && !lines[i + 2].Trim().EndsWith('.')
                     // "… / International Americas Division, Dallas, Texas / Chief Administrative Officer / 2000": a title over dates of its own is the next role's.
                     && (i + 3 >= lines.Count || DateRanges.Find(lines[i + 3]).Count == 0 && !(lines[i + 3].Length <= 40 && DateRanges.YearIn().IsMatch(lines[i + 3])))
                     && (blurb.EndsWith('.') || PlausibleName(blurb) && !Lexicon.IsTitle(blurb) && Contact.Place(blurb) is null && !Regions.IsRegion(blurb)
                         && DateRanges.Find(blurb).Count == 0 && !blurb.Contains('@', StringComparison.Ordinal)))
            {
                title = lines[i + 2].Trim();
                i += 2;
            }
            // "Data Analyst, / September 2008 – March 2011 / Chesapeake Neurology Associates, Prince Frederick, MD": the employer below the dates.
            if (employer is null && i + 1 < lines.Count && lines[i + 1].Trim() is { Length: > 1 and <= 70 } below && !IsProse(below) && !EndsSentence(below)
                && DateRanges.Find(below).Count == 0 && !below.Contains('@', StringComparison.Ordinal) && !below.Contains("http", StringComparison.OrdinalIgnoreCase)
                && (rest.Length == 0 || !OpensNextEntry(lines, i + 1)))
            {
                var (t2, e2, l2) = Assign([below]);
                // "Educational Consultant / 4/1/2009 - 7/1/2014 / Grander Education / New Parkland, CA": under a title's dates alone, a
                // name over a place is the employer, though it holds no company word.
                if (e2 is null && t2 is null && title is not null && rest.Length == 0 && PlausibleName(below, mayEndInSectionWord: true) && !Lexicon.IsTitle(below)
                    && Contact.Place(below) is null && i + 2 < lines.Count && KnownPlace(lines[i + 2].Trim()))
                    e2 = below;
                if (e2 is not null && (t2 is null || title is null))
                {
                    var alone = rest.Length == 0 && parts.Count == 0 && title is null;
                    employer = e2;
                    title ??= t2;
                    location ??= l2;
                    i++;
                    // "Northwind Traders / New Parkland, CA": the employer's place on the line under it.
                    if (location is null && i + 1 < lines.Count && lines[i + 1].Trim() is { Length: > 0 and <= 60 } placeLine && KnownPlace(placeLine))
                    {
                        location = placeLine;
                        i++;
                    }
                    // "2011 to Present / Blentech, Santa Rosa, California / Supervisor/CNC Programmer": the title under the employer.
                    // Once the résumé is known to write them so, a short line there is the title though it holds no title word
                    // ("Millwright", "Tool and Die Maker").
                    if (alone && title is null && (ShortTitleBelow(lines, i) || employersBelow && ShortLineBelow(lines, i)))
                    {
                        title = lines[++i].Trim();
                        employersBelow = true;
                    }
                }
            }
            anchors.Add((headerStart, i, new ParsedRole(title, employer, location, unfilled ? null : range.Start, unfilled ? null : range.End, range.End is null, "")
                { YearsOnly = !unfilled && range.YearsOnly }));
            lastUsed = i;
        }
        budget?.Check();
        AddUndated(lines, anchors);
        var roles = new List<ParsedRole>(anchors.Count);
        for (var k = 0; k < anchors.Count; k++)
        {
            var end = k + 1 < anchors.Count ? anchors[k + 1].HeaderStart : lines.Count;
            // A page's number or "Page 2 of 4" between the lines is the page's furniture, not the role's.
            var description = string.Join('\n', lines.Skip(anchors[k].DateLine + 1).Take(Math.Max(0, end - anchors[k].DateLine - 1))
                .Where(l => !PageFurniture().IsMatch(l))).Trim();
            roles.Add(anchors[k].Role with { Description = description });
        }
        return WithEmployerAbove(roles);
    }

    /// <summary>
    /// The header a line writes beside its dates, as one text with a column gap where the dates stood and without the
    /// dashes, bars, commas, brackets and colons around them: "Analyst, Acme    " for "Analyst, Acme (2019 – 2021)".
    /// </summary>
    internal static string HeaderBeside(string line, DateRange range)
        => (line[..range.Index] + "    " + line[(range.Index + range.Length)..]).Trim(' ', '-', '–', '—', '|', ',', '(', ')', '[', ']', ':', '\t');

    /// <summary>A line that is a place whose region or country the list knows ("New Parkland, CA", "Madrid, Spain"), not "Personal Injury, Immigration".</summary>
    private static bool KnownPlace(string line)
        => Contact.Place(line) is { } place && (Regions.IsRegion(place.Region ?? "") || place.Country is { } country && Regions.IsRegion(country));

    /// <summary>
    /// "STRATEGIC MARKETING, INC 1998 – 2008" over "Senior Training &amp; Consulting Manager 2004 – 2008" and "Product Manager
    /// 2001 – 2004": an employer with its years and no title, then the titles held there, each inside those years, have
    /// their employer (and its place, when they name none) from the line above them.
    /// </summary>
    internal static List<ParsedRole> WithEmployerAbove(List<ParsedRole> roles)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            var above = roles[i];
            if (above.Title is not null || above.Employer is null || above.Start is not { } start) continue;
            for (var j = i + 1; j < roles.Count; j++)
            {
                var role = roles[j];
                // "Market Area Specialist, Chrysler" under "CHRYSLER CUSTOMER SERVICE DIVISION": the same employer, named shorter.
                var same = role.Employer is { } named && above.Employer.Contains(named, StringComparison.OrdinalIgnoreCase);
                if (role.Employer is not null && !same || role.Title is null || role.Start is not { } begins || begins < start
                    || !above.Current && (role.Current || role.End is not { } ends || above.End is not { } until || ends > until)) break;
                if (!same) roles[j] = role with { Employer = above.Employer, Location = role.Location ?? above.Location };
            }
        }
        return roles;
    }

    /// <summary>
    /// The line at <paramref name="k"/> stands over dates alone ("DePaul University, Chicago, IL / Sept 2012 – Present"), so, under
    /// an entry whose header shares its dates' line, it is the header of the entry those dates open, not what the entry above
    /// it ends with. (Under dates alone, "Jan 2015 – Present / Acme Corp / Jan 2010 – Dec 2014 / Beta Inc", it is the entry's own.)
    /// </summary>
    private static bool OpensNextEntry(IReadOnlyList<string> lines, int k)
    {
        if (k + 1 >= lines.Count || DateRanges.Find(lines[k + 1]) is not [var range, ..]) return false;
        return DateRanges.Beside(lines[k + 1], range).Length == 0;
    }

    /// <summary>
    /// The two lines below the dates at <paramref name="i"/> are an employer (with its place) and then a title (with a title word,
    /// or a short line: "Millwright"), each short, not prose and without dates of their own.
    /// </summary>
    private static bool EmployerThenTitleBelow(IReadOnlyList<string> lines, int i)
        => i + 2 < lines.Count && lines[i + 1].Trim() is { Length: > 1 and <= 70 } employer && !IsProse(employer) && !EndsSentence(employer)
            && DateRanges.Find(employer).Count == 0 && !Lexicon.IsTitle(employer) && (ShortTitleBelow(lines, i + 1) || ShortLineBelow(lines, i + 1));

    /// <summary>A title line of at most 70 characters below <paramref name="i"/> (see <see cref="TitleBelow"/>).</summary>
    private static bool ShortTitleBelow(IReadOnlyList<string> lines, int i) => TitleBelow(lines, i) && lines[i + 1].Trim().Length <= 70;

    /// <summary>The line below <paramref name="i"/> is short, opens with a capital and is no sentence, contact or date line.</summary>
    private static bool ShortLineBelow(IReadOnlyList<string> lines, int i)
        => i + 1 < lines.Count && lines[i + 1].Trim() is { Length: > 1 and <= 50 } next && char.IsUpper(next[0]) && next.Split(' ').Length <= 6
            && !IsProse(next) && !next.EndsWith('.') && !next.Contains('@', StringComparison.Ordinal) && !next.Contains("http", StringComparison.OrdinalIgnoreCase)
            && DateRanges.Find(next).Count == 0 && Sections.HeadingKind(next) is null;

    /// <summary>The line below the dates at <paramref name="i"/> is a title line, not prose and without dates of its own.</summary>
    private static bool TitleBelow(IReadOnlyList<string> lines, int i)
        => i + 1 < lines.Count && lines[i + 1].Trim() is { Length: > 0 } next && Lexicon.IsTitle(next) && !IsProse(next) && DateRanges.Find(next).Count == 0;

    /// <summary>
    /// Roles written without dates as a short title line over a short employer line ("Software developer / Microsoft"),
    /// each standing apart from the text around it; only where no dated role already claimed the lines.
    /// </summary>
    private static void AddUndated(IReadOnlyList<string> lines, List<(int HeaderStart, int DateLine, ParsedRole Role)> anchors)
    {
        var claimed = new bool[lines.Count];
        foreach (var a in anchors) for (var k = a.HeaderStart; k <= a.DateLine; k++) claimed[k] = true;
        var added = new List<(int, int, ParsedRole)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (claimed[i] || line.Length is 0 or > 60 || !Lexicon.IsTitle(line) || IsProse(line) || EndsSentence(line) || line.Contains(':', StringComparison.Ordinal)) continue;
            if (i > 0 && lines[i - 1].Trim().Length > 0) continue;
            var j = i + 1;
            while (j < lines.Count && lines[j].Trim().Length == 0) j++;
            if (j >= lines.Count || claimed[j]) continue;
            var next = lines[j].Trim();
            if (next.Length is 0 or > 60 || IsProse(next) || EndsSentence(next) || DateRanges.Find(next).Count > 0 || Lexicon.IsTitle(next) && !Lexicon.IsCompany(next)) continue;
            if (j + 1 < lines.Count && lines[j + 1].Trim().Length > 0) continue;
            var (title, employer, location) = Assign([line, next]);
            if (employer is null) continue;
            added.Add((i, j, new ParsedRole(title, employer, location, null, null, false, "")));
            claimed[i] = claimed[j] = true;
        }
        anchors.AddRange(added);
        anchors.Sort((a, b) => a.HeaderStart.CompareTo(b.HeaderStart));
    }

    /// <summary>Title, employer and location from header parts written top to bottom.</summary>
    internal static (string? Title, string? Employer, string? Location) Assign(List<string> parts)
    {
        string? title = null, employer = null, location = null;
        var segments = new List<string>();
        foreach (var part in parts)
            segments.AddRange(part.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TrimSegment).Where(s => s.Length > 1));
        // "Customer consultant, part-time, Peppes pizza": how the work was held is neither the title, the employer nor the place.
        for (var k = 0; k < segments.Count; k++)
            if (segments[k].Split(", ") is var pieces && pieces.Where(p => !EngagementWords().IsMatch(p.Trim())).ToArray() is var kept && kept.Length < pieces.Length)
                segments[k] = string.Join(", ", kept);
        // "TANGIBLE TECHNOLOGIES, Consulting at Johns Hopkins Development and Alumni Relations": the employer, then whom its
        // consultant worked for (read as a mention of its own), which would make the part too long for a name.
        for (var k = 0; k < segments.Count; k++)
            segments[k] = ConsultingAt().Replace(segments[k], "");
        segments.RemoveAll(s => s.Length == 0);
        // "Director/Producer: Atlantis Documentary, Chicago, IL", "DePaul University: Resident Advisor": a title and an
        // employer either side of a colon, the title first.
        for (var k = 0; k < segments.Count; k++)
        {
            if (segments[k].Split(": ", 2) is not [var left, var right] || left.Length < 2 || right.Length < 2 || left.Contains(',', StringComparison.Ordinal)) continue;
            // "Position: PHP Developer", "Company: Acme Ltd": a label and its value ("Client:" names whom the work was for, not the employer).
            if (FieldLabel().IsMatch(left))
            {
                segments[k] = right.Trim();
                continue;
            }
            var leftTitle = Lexicon.IsTitle(left) && !Lexicon.IsCompany(left) && !Lexicon.IsSchool(left);
            var rightHead = right.Split(", ")[0];
            var rightTitle = Lexicon.IsTitle(rightHead) && !Lexicon.IsCompany(rightHead) && !Lexicon.IsSchool(rightHead);
            // "Manager: Operations / Acme Corp", "Teacher: Grade 5 / Lincoln Elementary": with another part beside it, what follows
            // the colon is the title's field, not the employer.
            if (leftTitle == rightTitle || segments.Count > 1) continue;
            // "IT Project Manager: Epic EHR Implementation": a project after the title, not an employer.
            if (leftTitle && ProjectWords().IsMatch(right))
            {
                segments[k] = left.Trim();
                continue;
            }
            if (leftTitle)
            {
                segments[k] = left.Trim();
                segments.Insert(++k, right.Trim());
                continue;
            }
            // "DePaul Community Service Association: Senior Team, Chicago, IL": the title, the employer, then the place.
            var pieces = right.Split(", ", 2);
            segments[k] = pieces[0].Trim();
            segments.Insert(++k, left.Trim());
            if (pieces.Length > 1) segments.Insert(++k, pieces[1].Trim());
        }
        // "Intern engineer / SII, Rennes": a title, then the employer after a slash ("Project Manager / Technology Lead" is two titles).
        for (var k = 0; k < segments.Count; k++)
        {
            if (segments[k].Split(" / ") is not [var before, var after] || !Lexicon.IsTitle(before) || Lexicon.IsCompany(before)) continue;
            // The part after the slash names a company ("Joobi Solution Limited") or is written in capitals after a title that is
            // not ("SII"); "Director of Finance / Program Management" is one title, and so is "DIRECTOR OF FINANCE / PROGRAM MANAGEMENT".
            var pieces = after.Split(", ", 2);
            var employerPart = pieces[0].Trim();
            if (Lexicon.IsTitle(employerPart) || MentionReader.EndsInTitleWord(employerPart) || Regions.IsRegion(employerPart) || Regions.IsCity(employerPart)
                || !Lexicon.IsCompany(employerPart) && !(employerPart.Count(char.IsLetter) >= 3 && employerPart.All(c => !char.IsLetter(c) || char.IsUpper(c)) && before.Any(char.IsLower))) continue;
            segments[k] = before.Trim();
            segments.Insert(++k, employerPart);
            if (pieces.Length > 1) location ??= pieces[1].Trim();
        }
        // "Sr. Web Developer North Hollywood, CA": a title, then its place on the same line without a separator.
        for (var k = 0; k < segments.Count && location is null; k++)
        {
            if (TitleThenPlace(segments[k]) is not { } split) continue;
            segments[k] = split.Title;
            location = split.Place;
        }
        // "Special Education Teacher AAA High School": a title, then a school or a company without a separator.
        for (var k = 0; k < segments.Count; k++)
        {
            // "… AAA High School, New York, NY": the place after the first comma stays a part of its own.
            var comma = segments[k].IndexOf(", ", StringComparison.Ordinal);
            var tail = comma > 0 ? segments[k][(comma + 2)..].Trim() : "";
            if (TitleThenEmployer(comma > 0 ? segments[k][..comma] : segments[k]) is not { } split || tail.Length > 0 && Contact.Place(tail) is null && !Regions.IsRegion(tail)) continue;
            segments[k] = split.Title;
            segments.Insert(++k, split.Employer);
            if (tail.Length > 0) location ??= tail;
        }
        // "Analyst, Acme Corp, Boston": title, employer, place ("Product Manager (Houston, TX)" is a title and a place in brackets, below).
        if (segments.Count == 1 && Lexicon.CommaParts(segments[0]) is { Length: > 1 } commas && Lexicon.IsTitle(commas[0]) && Contact.Place(segments[0]) is null
            && commas[0].Count(c => c == '(') == commas[0].Count(c => c == ')'))
        {
            // "Assistant Automotive Engineer, Passenger Vehicle, General Motors": a unit, then an employer known by name or by its kind.
            var known = commas.Length > 2 && !Lexicon.IsCompany(commas[1]) && EmployerIndustry.KnownIndustry(commas[1]) is null
                ? Array.FindIndex(commas, 2, c => EmployerIndustry.KnownIndustry(c) is not null || Lexicon.IsCompany(c)) : -1;
            if (known > 0)
                return (commas[0].Trim(), commas[known].Trim(), known + 1 < commas.Length ? string.Join(", ", commas.Skip(known + 1)).Trim() : null);
            // "Teacher (1st & 3rd Grade), San Francisco, San Francisco Unified School District": the town, then the employer.
            if (commas.Length == 3 && Regions.IsCity(commas[1]) && !Regions.IsCity(commas[2]) && !Regions.IsRegion(commas[2]) && Contact.Place(commas[2]) is null)
                return (commas[0].Trim(), commas[2].Trim(), commas[1].Trim());
            return (commas[0].Trim(), commas[1].Trim(), commas.Length > 2 ? string.Join(", ", commas.Skip(2)).Trim() : null);
        }
        // "Promega Corporation, Indianapolis, IN": the employer, then the place.
        for (var k = 0; k < segments.Count; k++)
        {
            var pieces = segments[k].Split(", ");
            if (pieces.Length >= 3 && !Lexicon.IsTitle(pieces[0]) && Contact.Place(string.Join(", ", pieces[^2..])) is not null)
            {
                segments[k] = string.Join(", ", pieces[..^2]);
                segments.Insert(k + 1, string.Join(", ", pieces[^2..]));
                k++;
            }
        }
        // "Product Manager (Houston, TX)": a place in brackets is where the work was, before its comma is read as a separator.
        for (var k = 0; k < segments.Count && location is null; k++)
        {
            var opening = segments[k].LastIndexOf('(');
            var closing = segments[k].LastIndexOf(')');
            if (opening > 0 && closing > opening && segments[k][(closing + 1)..].Trim(' ', ',').Length == 0 && Contact.Place(segments[k][(opening + 1)..closing]) is not null)
            {
                location = segments[k][(opening + 1)..closing].Trim();
                segments[k] = segments[k][..opening].Trim();
            }
        }
        var rest = new List<string>();
        foreach (var s in segments)
        {
            if (location is null && (Contact.Place(s) is not null || s.Equals("remote", StringComparison.OrdinalIgnoreCase))) location = s;
            else if (title is null && s.Split(", ", 2) is [var left, var right] && Lexicon.IsTitle(left) && !Lexicon.IsCompany(left) && Contact.Place(s) is null)
            {
                title = left;
                rest.Add(right);
            }
            // "Enterprise Rent-a-Car, Management Trainee Intern" (then the place), "Peak Analysis and Automation, England, Internship",
            // "LEVIS, Seasonal Sales Associate, Chicago IL": the employer, then the title, with the place before or after it.
            else if (title is null && EmployerThenTitle(s) is { } split)
            {
                title = split.Title;
                location ??= split.Place;
                rest.Add(split.Employer);
            }
            else if (title is null && Lexicon.IsTitle(s) && !Lexicon.IsCompany(s)) title = s;
            else rest.Add(s);
        }
        // "Product Manager (Houston, TX)": the place in brackets is the location.
        if (title is not null && title.EndsWith(')') && title.LastIndexOf('(') is > 0 and var open
            && Contact.Place(title[(open + 1)..^1]) is not null)
        {
            location ??= title[(open + 1)..^1];
            title = title[..open].Trim();
        }
        rest.RemoveAll(r => !PlausibleName(r));
        // "Systems Engineer" alone is a title, though "systems" can end a company's name.
        if (title is null && rest.Count == 1 && parts.Count == 1 && Lexicon.IsTitle(rest[0]))
            (title, rest) = (rest[0], []);
        // "Sr. Program Manager / Product Owner, Architect, Consultant / Microsoft India": the name, not another title, is the employer.
        if (title is not null && rest.Count > 1 && rest.FindIndex(r => !MentionReader.EndsInTitleWord(r) || Lexicon.IsCompany(r)) is > 0 and var named)
            (rest[0], rest[named]) = (rest[named], rest[0]);
        if (rest.Count > 0) employer = rest[0];
        if (title is null && rest.Count > 1)
        {
            // "GOOGLE / Software Engineer": a title that names a kind of company ("Software") is still the title beside a name.
            var titled = rest.FindIndex(r => MentionReader.EndsInTitleWord(r));
            var plain = rest.FindIndex(r => !MentionReader.EndsInTitleWord(r) && !Lexicon.IsTitle(r));
            (title, employer) = titled >= 0 && plain >= 0 ? (rest[titled], rest[plain]) : (rest[0], rest[1]);
        }
        if (employer is not null)
        {
            // "Therapist, Mid-Missouri Mental Health Center", "PTC Therapeutics, Software Engineer": a title beside the employer.
            if (employer.Split(", ") is [var first, var second, ..] && !Lexicon.IsCompany(first) && MentionReader.EndsInTitleWord(first))
            {
                title ??= first;
                employer = employer[(first.Length + 2)..];
            }
            else if (employer.Split(", ") is [var name, var role] && !Lexicon.IsCompany(role) && MentionReader.EndsInTitleWord(role))
            {
                title ??= role;
                employer = name;
            }
            employer = CleanEmployer(employer);
            // A title is not an employer ("Senior Software Engineer" read from the line above a second title).
            if (employer is not null && (MentionReader.EndsInTitleWord(employer) || IsTitleOf(employer)))
            {
                title ??= employer;
                employer = null;
            }
        }
        return (title, employer, location);
    }

    /// <summary>Words of a part of an organisation, never of a place ("Operations Division", "Sales Office").</summary>
    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "division", "department", "dept", "dept.", "operations", "office", "unit", "team", "branch", "center", "centre", "sales",
        "marketing", "finance", "headquarters", "hq", "plant", "store", "campus", "region", "district", "program", "project",
    };

    /// <summary>
    /// "Special Education Teacher AAA High School", "Software Engineer Acme Corp": a title (its last word one titles end in), then a
    /// school's or a company's name that starts with a capital and with no word of a title ("Teacher Assistant Lincoln Elementary
    /// School" is the title "Teacher Assistant"); null when no such split exists or the segment has a comma.
    /// </summary>
    internal static (string Title, string Employer)? TitleThenEmployer(string segment)
    {
        if (segment.Contains(',', StringComparison.Ordinal) || segment.Length > 90) return null;
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k + 1 < words.Length; k++)
        {
            var title = string.Join(' ', words[..k]);
            if (!char.IsLetter(title[^1]) && title[^1] is not ('.' or ')') || !MentionReader.EndsInTitleWord(title) || Lexicon.IsSchool(title)) continue;
            var rest = words[k..];
            if (!char.IsUpper(rest[0][0]) || rest.Any(w => MentionReader.EndsInTitleWord(w) || Lexicon.IsTitleWord(w)) || Joiners.Contains(rest[0].ToLowerInvariant())) continue;
            // "Secretary General of the International Civil Aviation Organization": words in lower case belong to a school's name only.
            if (rest.Any(w => char.IsLower(w[0])) && !SchoolReader.IsHead(rest[0])) continue;
            var employer = string.Join(' ', rest);
            if (Lexicon.IsSchool(employer) && SchoolReader.IsHead(rest[^1]) || Lexicon.IsCompany(employer)) return (title, employer);
        }
        return null;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "for", "and", "at", "in", "to", "the", "with", "&" };

    /// <summary>A template's year left unfilled: "20xx", "19XX".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)[xX]{2}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex UnfilledYear();

    /// <summary>A page's number alone on its line, or of the pages ("1", "1/2", "Page 2 of 4").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,3}|\d{1,3}\s*/\s*\d{1,3}|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    internal static partial System.Text.RegularExpressions.Regex PageFurniture();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(?(?:part[- ]?time|full[- ]?time|contract(?:ual)?|temporary|permanent|casual|seasonal|fixed[- ]term)(?:\s+(?:role|position|job|basis|work))?\)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex EngagementWords();

    /// <summary>
    /// "Enterprise Rent-a-Car, Management Trainee Intern", "Peak Analysis and Automation, England, Internship", "LEVIS, Seasonal Sales
    /// Associate, Chicago IL": an employer, then a title, with at most a place beside the title; null when the first part is a title,
    /// when a comma lists the parts of one title ("Parts, Service &amp; Motorcraft Sales Specialist") or when the line is a place.
    /// </summary>
    internal static (string Employer, string Title, string? Place)? EmployerThenTitle(string segment)
    {
        var pieces = segment.Split(", ");
        if (pieces.Length is < 2 or > 3 || Contact.Place(segment) is not null) return null;
        var who = pieces[0].Trim();
        if (who.Length < 2 || Lexicon.IsTitle(who) || MentionReader.EndsInTitleWord(who) || Regions.IsRegion(who) || Regions.IsCity(who)) return null;
        // "PTC Therapeutics, Software Engineer": a title that names a kind of company ("Software") is still the title after a name.
        var at = Array.FindIndex(pieces, 1, p => MentionReader.EndsInTitleWord(p) || Lexicon.IsTitle(p) && !Lexicon.IsCompany(p));
        // "Parts, Service & Motorcraft Sales Specialist" lists the parts of one title; "PharmAchieve, Founder and CEO" joins two titles.
        if (at < 0 || (pieces[at].Contains(" & ", StringComparison.Ordinal) || pieces[at].Contains(" and ", StringComparison.Ordinal))
            && MentionReader.TitleParts(pieces[at].Trim()).Count() < 2) return null;
        if (pieces.Length == 2) return (who, pieces[at].Trim(), null);
        var place = pieces[at == 1 ? 2 : 1].Trim();
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Gurnee IL": a town the list may not know, before its region.
        return Regions.IsRegion(place) || Regions.IsCity(place) || words.Length is > 1 and <= 4 && Regions.IsRegion(words[^1])
                && (Regions.IsCity(string.Join(' ', words[..^1])) || words[..^1].All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)))
            ? (who, pieces[at].Trim(), place)
            : null;
    }

    /// <summary>
    /// "Sr. Web Developer North Hollywood, CA", "Owner/Web Developer West Hills, California": a title ending in a word titles end
    /// in, then one to three capitalised words and a region after a comma, is the title and the place where the work was.
    /// "Project Manager, CA" (no city) and "Manager Operations Division, TX" (a word of an employer) are left whole.
    /// </summary>
    internal static (string Title, string Place)? TitleThenPlace(string segment)
    {
        var comma = segment.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || !Regions.IsRegion(segment[(comma + 2)..])) return null;
        var words = segment[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var city = Math.Max(1, words.Length - 3); city < words.Length; city++)
        {
            var place = words[city..];
            if (!place.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '.' or '\'' or '-'))) continue;
            if (place.Any(w => MentionReader.EndsInTitleWord(w) || Lexicon.IsTitleWord(w) || Lexicon.IsCompany(w) || UnitWords.Contains(w))) continue;
            // "Cheesecake Factory Restaurant, Waiter, Huntington Beach, CA": a comma already parts the place from what comes before.
            if (words[city - 1].EndsWith(',')) return null;
            var title = string.Join(' ', words[..city]);
            if (!MentionReader.EndsInTitleWord(title) || Lexicon.IsCompany(title)) continue;
            return (title, string.Join(' ', place) + segment[comma..]);
        }
        return null;
    }

    /// <summary>
    /// An employer's name without page furniture in front ("Page 2 of 2 RU Corp."), a place behind it ("DePaul University,
    /// Chicago IL", "Infosys Ltd., Bangalore") or stray escapes; null when nothing of a name is left.
    /// </summary>
    internal static string? CleanEmployer(string employer)
    {
        var e = System.Text.RegularExpressions.Regex.Replace(employer, @"^page \d+ of \d+\s+", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Trim();
        if (e.Contains("\\x", StringComparison.Ordinal) || e.StartsWith('•')) return null;
        // "Team ()": brackets emptied of their dates; "Innovate My School [ (Freelance Project)]": a note in square brackets.
        e = e.Replace("()", "", StringComparison.Ordinal).Trim();
        // "ASSOCIATE PRINCIPAL (8/01 to Present) eClerx": the rest of a bracket that held the dates.
        if (e.StartsWith(')') && !e.Contains('(', StringComparison.Ordinal)) e = e.TrimStart(')', ' ', ',', '-', '–');
        if (e.IndexOf(" [", StringComparison.Ordinal) is > 1 and var note) e = e[..note].Trim();
        // "Oakton Elementary School, 4 grade, District 65", "Camp Echo, Grades 3-8", "Company Name Inc., Full time", "UST-GLOBAL, Consulting at
        // Johnson & Johnson": a note after the name.
        e = System.Text.RegularExpressions.Regex.Replace(e, @"\s*,\s*(?:(?:part|full)[- ]?time|seasonal|consulting(?:\s+at\s.*)?$|(?:\d+(?:st|nd|rd|th)?\s+)?grades?\b[^,]*|district \d+)\b.*$", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Trim();
        // "Gridlock Builders; Boston, MA": the name before a semicolon.
        if (e.IndexOf("; ", StringComparison.Ordinal) is > 1 and var semicolon) e = e[..semicolon].Trim();
        // "Therapist, Mid-Missouri Mental Health Center", "Culver-Marina Bar Association- Trustee": a title beside the name.
        if (e.Split(", ", 2) is [var lead, var named] && MentionReader.EndsInTitleWord(lead) && !MentionReader.EndsInTitleWord(named)) e = named;
        foreach (var dash in new[] { " - ", "- " })
            if (e.Split(dash, 2) is [var left, var right] && left.Length > 1 && right.Length > 1)
            {
                if (MentionReader.EndsInTitleWord(right) && !MentionReader.EndsInTitleWord(left)) e = left.Trim();
                else if (MentionReader.EndsInTitleWord(left) && !MentionReader.EndsInTitleWord(right)) e = right.Trim();
            }
        var comma = e.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 2 && e[(comma + 2)..] is var tail && !Lexicon.IsCompany(tail) && !Lexicon.IsSchool(tail)
            && (Contact.Place(tail) is not null || Regions.IsRegion(tail)
                || System.Text.RegularExpressions.Regex.IsMatch(tail, @"^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{4,}(?: [A-Z]{3,})?)(?:,? [A-Z]{2})?$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))))
            e = e[..comma].Trim();
        // "Oklahoma", "TX", "London": a region or a city alone is where the work was, not who it was for; "Part Time", "Self Employed", "License Number 1108":
        // the kind of work or a label; "Inc", "Technologies", "City", "Sales", "XXXXX": a word of a name or of a job, or a placeholder, alone.
        if (Regions.IsRegion(e) || Regions.IsCity(e) || NotEmployer().IsMatch(e) || Duration().IsMatch(e)) return null;
        return e.Length > 1 ? e : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*consulting\s+(?:at|for|to)\s.*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ConsultingAt();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:project\s+)?(?:duration|period|tenure)\s*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ProjectPeriod();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:implementation|program|programme|project|migration|upgrade|roll-?out|modernization|modernisation|transformation|initiative|integration|conversion|deployment)s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ProjectWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:position|designation|role|title|job title|job|post|company|employer|organi[sz]ation|firm|company name|internship|externship|volunteer(?:ing| work)?)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex FieldLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bboard of (?:directors|trustees)\b|\b(?:advisory|steering|governing) (?:board|council|group|panel)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ServedBody();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:part|full)[- ]?time\b.*|self[- ]?employed|freelance(?: project| work)?|contract(?: position| work)?|internships?|summers?|licen[cs]e (?:number|no\.?)\b.*|(?:co[- ]?|vice |papers )?chair|inc|ltd|llc|company|corporation|technologies|solutions|services|systems|group|city|state|county|standard|sciences|test|search|sales|finance|audit|embedded|automation|organi[sz]ation|client|department|division|industry|position|history|qualities|miscellaneous|years?|months?|ph\.?\s?d\.?|x{3,}|in|at|on|of|for|from|since|during|with|and|the|to|by|as|until|(?:employer|company)(?:'?s|s')? name|name of (?:the )?(?:employer|company))$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex NotEmployer();

    /// <summary>"1 Year 3 Months", "9 Months", "(2 yrs)": how long a job lasted, written on its own line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\(?\s*\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)\.?(?:\s*(?:and\s+)?\d+\s*(?:months?|mos?)\.?)?\s*\)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex Duration();

    /// <summary>
    /// A title followed by what it is of or for ("Professor of Information Systems", "Treasurer for ISCAP", "Editor in Chief,
    /// Journal of Technology in Human Services"): a title, not an employer.
    /// </summary>
    internal static bool IsTitleOf(string text)
        => text.Split([" of ", " for ", " in "], 2, StringSplitOptions.None) is [var head, _] && head.Length > 1 && MentionReader.EndsInTitleWord(head) && !Lexicon.IsCompany(head);

    private static bool EndsSentence(string line)
    {
        if (!line.EndsWith('.')) return false;
        var last = line.Split(' ')[^1];
        // "Working on the UIKit team.": a word in small letters before the stop ends a sentence, short as it is ("Acme Co." does not).
        return (last.Length > 5 || last.Length >= 4 && char.IsLower(last[0]) && line.Contains(' ', StringComparison.Ordinal)) && !Lexicon.IsCompany(last);
    }

    /// <summary>Words of the headings and labels inside a role ("Responsibilities", "Key Achievements", "Courses Taught"), never of a name.</summary>
    private static readonly HashSet<string> NotInName = new(StringComparer.OrdinalIgnoreCase)
    {
        "responsibilities", "responsibility", "achievements", "accomplishments", "duties", "tasks", "overview", "memberships", "references",
        "publications", "courses", "recognition", "awards", "activities", "highlights", "available", "request", "responsible", "skills",
        "summary", "description", "environment", "role", "roles", "size", "duration", "professional", "involvement", "honors", "honours", "experience",
        "teaching", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Bodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "committee", "committees", "subcommittee", "sub-committee", "team", "teams", "council", "board", "workgroup", "conference", "journal", "panel", "force",
    };

    /// <summary>Verbs a line of a role's description opens with ("Taught …", "Managed …"), which no employer's name does.</summary>
    private static readonly HashSet<string> DescriptionVerbs = new(StringComparer.Ordinal)
    {
        "Taught", "Teaching", "Managed", "Managing", "Developed", "Developing", "Designed", "Designing", "Created", "Wrote", "Writing",
        "Led", "Leading", "Assisted", "Assisting", "Provided", "Providing", "Performed", "Implemented", "Coordinated", "Coordinating",
        "Conducted", "Prepared", "Maintained", "Handled", "Organized", "Organised", "Trained", "Training", "Helped", "Supported",
        "Responsible", "Worked", "Working", "Built", "Reviewed", "Analyzed", "Analysed", "Delivered", "Oversaw", "Supervised",
    };

    /// <summary>
    /// False for what cannot be an employer: sentences, durations, headings, labels, lower-case fragments. Where the layout
    /// says the line names an employer, <paramref name="mayEndInSectionWord"/> lets a name such as "Higher Education" through.
    /// </summary>
    internal static bool PlausibleName(string s, bool mayEndInSectionWord = false)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || s.Length > 70 || s.Count(char.IsLetter) < 2 || char.IsLower(s[0]) || s.Contains(':', StringComparison.Ordinal)
            || s.Contains('$', StringComparison.Ordinal) || s.Contains('%', StringComparison.Ordinal) || !mayEndInSectionWord && Sections.HeadingKind(s) is not null) return false;
        if (System.Text.RegularExpressions.Regex.IsMatch(s, @"^\d+\s*(?:years?|months?|yrs?)|\b(?:page \d+|months?)\b|^(?:present|current|ongoing|expected|to date|till date|location|summers?)$|^" + MonthPatterns.Any + @",?\s+(?:19|20)\d\d$|^(?:\d|1st|2nd|3rd|4th)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
            return false;
        if (words.Any(w => NotInName.Contains(w.Trim(',', '.', ':', '&', '(', ')'))) || DateRanges.YearIn().IsMatch(s))
            return false;
        // A committee, team or board one serves on ("Search Committee", "Help Desk Team", "Advisory Board") is not an employer.
        if (Bodies.Contains(words[^1].Trim(',', '.', ')', '(')) || words[0].Trim('(') is "Committee" or "Committees" or "Member") return false;
        // "Search and Screen Committee for Dean", "Board of Directors", "Program Review Committee for Department of English": a body
        // one serves on, named with what it is for.
        if (!Lexicon.IsCompany(s) && (words.Any(w => w.Trim(',', '.', ')', '(').ToLowerInvariant() is "committee" or "committees" or "subcommittee")
            || ServedBody().IsMatch(s))) return false;
        // "Taught Introduction to Systems Engineering classes", "Managed Accounts Payable": a description opens with a verb of work.
        if (words.Length > 1 && DescriptionVerbs.Contains(words[0]) && !Lexicon.IsCompany(words[^1])) return false;
        // A sentence fragment ("Assisted customers in their choice of produce") is not a name: most of a name's words are capitalised.
        var content = words.Where(w => w is not ("of" or "and" or "&" or "the" or "for" or "in" or "at" or "de" or "-")).ToList();
        return content.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) * 2 >= content.Count + 1 || words.Length <= 2;
    }

    /// <summary>The value without a list number in front ("1 ENNORE FOUNDRIES LIMITED", "2. Kirloskar Ferrous").</summary>
    internal static string WithoutNumber(string s)
    {
        var i = 0;
        while (i < s.Length && i < 2 && char.IsAsciiDigit(s[i])) i++;
        if (i == 0 || i >= s.Length) return s;
        if (s[i] is '.' or ')') i++;
        if (i >= s.Length - 1 || s[i] != ' ') return s;
        var rest = s[(i + 1)..].TrimStart();
        return rest.Length > 0 && char.IsLetter(rest[0]) && char.IsUpper(rest[0]) ? rest : s;
    }

    private static string TrimSegment(string s)
    {
        s = MentionReader.WithoutHours(WithoutNumber(s.Trim(' ', '-', ',', '|', ']', '[', ':')));
        if (s.EndsWith('.') && !Lexicon.IsCompany(s.Split(' ')[^1])) s = s.TrimEnd('.');
        if (s.StartsWith('(') && !s.Contains(')', StringComparison.Ordinal)) s = s[1..];
        if (s.EndsWith(')') && !s.Contains('(', StringComparison.Ordinal)) s = s[..^1];
        if (s.Count(c => c == '(') > s.Count(c => c == ')')) s += ")";
        return s.Trim();
    }

    /// <summary>
    /// A header too long for the prose check: no sentence without the dates, and a title before the first comma, or dates that
    /// end the line after short parts one of which is a title ("THE TOTEM GROUP, Consulting at Jersey Cow -- Drupal Developer
    /// (consultant), July 2010 – September 2010").
    /// </summary>
    private static bool LongHeader(string line, DateRange range)
    {
        if (line.Contains(';', StringComparison.Ordinal) || IsProse(line.Remove(range.Index, range.Length))) return false;
        if (line.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma && comma < range.Index && Lexicon.IsTitle(line[..comma])) return true;
        var head = line[..range.Index].Trim(' ', ',', '(', '-', '–', '—', '|', ':', '\t');
        if (line[(range.Index + range.Length)..].Trim(' ', ')', ',', '.').Length > 0 || head.EndsWith('.')) return false;
        var parts = head.Split([.. Separators, ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(p => p.Split(' ').Length <= 8) && parts.Any(p => Lexicon.IsTitle(TrimSegment(p)));
    }

    /// <summary>True for a sentence of description rather than a heading line.</summary>
    internal static bool IsProse(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return false;
        if ("•*➢▪●◦·-–".Contains(text[0], StringComparison.Ordinal) && text.Length > 1 && text[1] == ' ') return true;
        if (text[0] is '•' or '➢' or '▪' or '●' or '◦' or '\uF0B7' or '\uF0A7') return true;
        return text.EndsWith('.') && text.Split(' ').Length > 6 || text.Split(' ').Length > 14;
    }
}
