using System.Text.RegularExpressions;
using Shortlist.Domain.Common;

namespace Shortlist.Parsing.Resumes;

/// <summary>Name, e-mail, phone, location and links from the top of a résumé.</summary>
internal static partial class Contact
{
    /// <summary>Letters after a name: "MBA", "PMP", "Ph.D.", "M.A.", "Ed.D.", "CPA".</summary>
    [GeneratedRegex(@"^(?=(?:.*[A-Z]){2})(?:[A-Z][a-z]?\.?){1,5}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Credential();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 2000)]
    internal static partial Regex EmailPattern();

    // The parts of a number are separated by spaces, dots or dashes on one line: "Lafayette, CO 80026⏎123-345-7890" is a
    // postal code and a number, not one number across the break.
    [GeneratedRegex(@"(?<!\d)(?:\+?\d{1,3}[ \t.-]?)?(?:\(\d{2,4}\)|\d{2,5})[ \t.-]?\d{3,4}[ \t.-]?\d{3,5}(?!\d)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s,;)]+|(?:linkedin\.com|github\.com)/[^\s,;)]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^(?<city>[A-Z][A-Za-z .'-]{1,40}),\s*(?<region>[A-Z][A-Za-z .'-]{1,40})(?:,\s*(?<country>[A-Z][A-Za-z .'-]{1,40}))?(?:\s+\d{5})?$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"^(?<city>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})\s*\((?<country>[A-Z][A-Za-z .'-]{1,40})\)$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BracketedPlace();

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "resume", "résumé", "curriculum", "vitae", "cv", "template", "sample", "samples", "example", "examples", "phone", "number", "name",
        "email", "e-mail", "address", "professional", "college", "university", "certified", "build", "your", "my", "page", "objective",
        "contact", "mobile", "software", "firmware", "applicant", "box", "p.o", "po", "quality", "improvement", "times", "arial", "profile", "summary", "personal", "details", "information", "street", "road",
        "career", "highlights", "education", "sales", "management", "project", "projects", "job", "seeker", "revenue", "enhancement", "department",
        "children", "physical", "business", "entry-level", "experience", "skills", "marketing", "objective", "qualifications", "references",
        "technical", "key", "core", "strengths", "achievements", "employment", "history", "work", "school", "institute", "services", "solutions",
        "center", "centre", "clinic", "hospital", "sitter", "associates", "studio", "agency", "store",
    };

    public static string? Email(string text) => EmailPattern().Match(text) is { Success: true } m ? m.Value.TrimEnd('.') : null;

    /// <summary>
    /// The first phone number in the text: 10 to 13 digits that are not a date range and not part of an e-mail address or
    /// a link ("grace1234567890@example.com", "linkedin.com/in/jane-6175550142").
    /// </summary>
    public static string? Phone(string text)
    {
        List<(int Start, int End)>? taken = null;
        foreach (Match m in PhonePattern().Matches(text))
        {
            var digits = m.Value.Count(char.IsAsciiDigit);
            if (digits is < 10 or > 13 || DateRanges.Find(m.Value).Count > 0) continue;
            taken ??= EmailPattern().Matches(text).Concat(LinkPattern().Matches(text)).Select(e => (e.Index, e.Index + e.Length)).ToList();
            if (taken.Any(e => m.Index < e.Item2 && e.Item1 < m.Index + m.Length)) continue;
            return m.Value.Trim();
        }
        return null;
    }

    /// <summary>True for a link to a person's profile on a site that keeps them (LinkedIn, GitHub, GitLab, Stack Overflow, Behance, Dribbble).</summary>
    public static bool IsProfileLink(string link)
        => new[] { "linkedin.com/", "github.com/", "gitlab.com/", "stackoverflow.com/users", "behance.net/", "dribbble.com/" }.Any(h => link.Contains(h, StringComparison.OrdinalIgnoreCase));

    public static List<string> Links(string text) => LinkPattern().Matches(text).Select(m => m.Value.TrimEnd('.', '/')).Distinct(StringComparer.OrdinalIgnoreCase).Take(10).ToList();

    /// <summary>The cells of a contact line: "1234 W. Michigan Ave • Chicago, IL 45670 • 123-345-7890".</summary>
    [GeneratedRegex(@"\s+(?:[|•·–—-]|\\xe2\\x80\\xa2)\s+|\s{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeaderCells();

    /// <summary>A street address before the city in one cell: "2501 N. Blackwelder Ave. #466 Oklahoma City, OK 73106".</summary>
    [GeneratedRegex(@"^\d+[A-Za-z]?\s+(?:[A-Za-z.'-]+\s+){0,4}?(?:ave(?:nue)?|st(?:reet)?|r(?:oa)?d|blvd|boulevard|lane|ln|dr(?:ive)?|way|ct|court|pl(?:ace)?|pkwy|parkway|hwy|highway|terrace|ter|cir(?:cle)?|sq(?:uare)?)\.?(?:\s+(?:[NS][EW]?|[EW])\.?)?,?(?:\s+(?:#\s?\w+|apt\.?\s*\w+|suite\s*\w+|unit\s*\w+|ste\.?\s*\w+),?)?\s+(?=[A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StreetPrefix();

    /// <summary>A street name, flat or quarter taken for a city: "Decker St.", "12 Main Street", "Apt. G.", "NW".</summary>
    [GeneratedRegex(@"(?:^\d|^(?:apt|suite|ste|unit|#)\b|^(?:[NS][EW]?|[EW])\.?$|\b(?:ave(?:nue)?|st(?:reet)?|rd|road|blvd|lane|ln|drive|dr)\.?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StreetName();

    /// <summary>
    /// The candidate's place from the header lines: the first "City, Region" whose region or country is a known one, in
    /// any cell of a contact line and after a street address ("1234 W. Michigan Ave • Chicago, IL 45670", "Decker St.,
    /// Detroit, Michigan"); else, as before, the first place that opens a header line.
    /// </summary>
    public static Place? HeaderPlace(IEnumerable<string> header)
    {
        Place? opening = null;
        foreach (var line in header)
        {
            opening ??= Place(line.Split(" - ")[0].Split(" | ")[0]);
            foreach (var cell in HeaderCells().Split(line))
            {
                var text = StreetPrefix().Replace(cell.Trim(), "");
                if ((Place(text) ?? PlaceAtEnd(text)) is not { } place) continue;
                if (place.City is { } city && StreetName().IsMatch(city))
                    place = place.Country is { } country ? new Place(place.Region, country, null) : null;
                if (place is not null && (Regions.IsRegion(place.Region ?? "") || place.Country is { } c && Regions.IsRegion(c))) return place;
            }
        }
        return opening;
    }

    /// <summary>The place a line's last three parts name after something else: "Google HQ, Mountain View, CA, USA"; or null.</summary>
    public static Place? PlaceAtEnd(string text) => text.Split(", ") is { Length: >= 3 } parts ? Place(string.Join(", ", parts[^3..])) : null;

    /// <summary>A place written "City, Region[, Country]", or null.</summary>
    public static Place? Place(string text)
    {
        var m = PlacePattern().Match(text.Trim());
        // "Padua (Italy)", "Sydney (Australia)": a city and its country in brackets, as Europass CVs write them.
        // "Siemens (Germany)", "Infosys (India)" are employers: the city must be one the list knows.
        if (!m.Success && BracketedPlace().Match(text.Trim()) is { Success: true } b && Regions.IsRegion(b.Groups["country"].Value)
            && Regions.IsCity(b.Groups["city"].Value))
            return new Place(b.Groups["city"].Value.Trim(), null, b.Groups["country"].Value.Trim());
        if (!m.Success) return null;
        var city = m.Groups["city"].Value.Trim();
        var region = m.Groups["region"].Value.Trim();
        if (city.Split(' ').Length > 3 || region.Split(' ').Length > 3 || text.TrimEnd().EndsWith('.') || Lexicon.IsTitle(city)
            || Lexicon.IsCompany(city) || Lexicon.IsCompany(region) || !Regions.IsRegion(region) && (Lexicon.IsTitle(region) || MentionReader.EndsInTitleWord(region))) return null;
        // "ABC STORE, Example City", "DEF FLOORING, Springfield": a name in capitals, then a place that is no region written in
        // small letters, is an employer and its town.
        if (!Regions.IsRegion(region) && city.Any(char.IsLetter) && !city.Any(char.IsLower) && region.Any(char.IsLower)) return null;
        return new Place(city, region, m.Groups["country"].Success ? m.Groups["country"].Value.Trim() : null);
    }

    /// <summary>The name a line holds alone or before credentials or a place ("Hal Schmeler, MS, PMP"; "Mei Schuppe - Email me").</summary>
    public static string? NameIn(string line)
    {
        if (line.StartsWith("name", StringComparison.OrdinalIgnoreCase) && line.IndexOf(':', StringComparison.Ordinal) is > 0 and < 12 and var colon)
            line = line[(colon + 1)..].Trim();
        // "CV Terrell O'Keefe", "Resume of Jane Doe": the document's label before the name.
        line = DocumentLabel().Replace(line, "");
        // "Omar Blossom Jacobson. Heath": a full stop after a whole word ends the name (an initial's does not: "Peter S. Gutierrez").
        if (SentenceStop().Match(line) is { Success: true } stop && LooksLikeName(line[..stop.Index])) line = line[..stop.Index];
        var parts = line.Split([",", " - ", " | ", " · ", "\t", "   "], 2, StringSplitOptions.None);
        var head = parts[0].Trim();
        // "Sadie Ivey Goldner, MBA, PMP", "Jane Doe, Ph.D.": letters after the name.
        if (parts.Length > 1 && parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } letters
            && letters.All(Credential().IsMatch) && LooksLikeName(head))
            return head;
        // "Silicon Valley, CA, USA" is a place, not a name with credentials.
        if (Place(line) is not null || parts.Length > 1 && parts[1].Trim() is var rest && (rest.Length is 2 or 3 && rest.All(char.IsUpper) || rest.EndsWith(" USA", StringComparison.Ordinal) || rest.EndsWith(", US", StringComparison.Ordinal)))
            return null;
        return LooksLikeName(head) ? head : null;
    }

    [GeneratedRegex(@"(?<=\p{L}\p{Ll}{3})(?<!\b(?:Prof|Miss))\.\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@"^(?:curriculum\s+vitae|cv|resume|résumé)\b(?:\s+of\b)?[\s:–-]*(?=[A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DocumentLabel();

    /// <summary>A word that stands for a redacted part of a name ("Cassin XXXX", "Kunze XXXXX").</summary>
    private static bool Redacted(string word) => word.Length >= 3 && word.All(c => c is 'x' or 'X' or '*');

    /// <summary>
    /// The name on the first line when it is one word, with redacted parts or a title after it ("Cassin XXXX", "Bernier
    /// Software-Firmware Engineer", "Halvorson") and the next line holds contact details: an address, an e-mail or a phone.
    /// </summary>
    public static string? SingleName(string first, string? next)
    {
        if (next is null || !ContactLike(next)) return null;
        var words = first.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Redacted(w)).ToArray();
        if (words.Length == 0) return null;
        var word = words[0];
        if (words.Length is 2 or > 4 || words.Length > 1 && !(words.Skip(1).All(w => char.IsUpper(w[0])) && Lexicon.IsTitle(string.Join(' ', words.Skip(1))))) return null;
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '\'' or '’') || NotNameWords.Contains(word)
            || Sections.HeadingKind(word) is not null || Lexicon.IsTitle(word) || Lexicon.IsCompany(word) || Lexicon.IsSchool(word)) return null;
        return word;
    }

    /// <summary>A line of contact details: it starts with a number (an address), or holds an e-mail, a phone number or a contact label.</summary>
    public static bool ContactLike(string line)
        => line.Length > 0 && (char.IsAsciiDigit(line[0]) || line.Contains('@', StringComparison.Ordinal) || line.Count(char.IsAsciiDigit) >= 8
            || ContactLabel().IsMatch(line));

    [GeneratedRegex(@"^(?:mobile|phone|cell|tel|telephone|e-?mail|address|contact|ph)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ContactLabel();

    /// <summary>"Name:" alone on its line (a form's label, "3. Name:") and the name on the next.</summary>
    public static string? LabelledName(List<string> lines)
    {
        var nonEmpty = lines.Take(80).Where(l => l.Length > 0).ToList();
        for (var i = 0; i + 1 < nonEmpty.Count; i++)
            if (LabelLine().IsMatch(nonEmpty[i]) && Contact.LooksLikeName(nonEmpty[i + 1])) return nonEmpty[i + 1];
        return null;
    }

    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s*)?(?:full\s+)?name\s*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LabelLine();

    /// <summary>A one-word name on the first line, with the contact details on the next (see <see cref="SingleName"/>).</summary>
    public static string? FirstLineName(List<string> lines)
    {
        var nonEmpty = lines.Take(10).Where(l => l.Length > 0).Take(2).ToList();
        return nonEmpty.Count == 2 ? SingleName(nonEmpty[0], nonEmpty[1]) : null;
    }

    /// <summary>The leading two or three capitalised words of a line that goes on with a title ("Allen Neal King ESB Developer").</summary>
    public static string? NamePrefix(string line)
    {
        if (LooksLikeName(line)) return line.Trim();
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 2; n--)
        {
            var prefix = string.Join(' ', words.Take(n));
            var next = words[n];
            if (LooksLikeName(prefix) && words.Take(n).All(w => w.Length > 1 && !w.All(char.IsUpper)) && (next.All(c => !char.IsLetter(c) || char.IsUpper(c)) || Lexicon.IsTitle(string.Join(' ', words.Skip(n)))))
                return prefix;
        }
        return null;
    }

    /// <summary>True for a line that reads like a person's name: two to four capitalised words, no digits or symbols.</summary>
    public static bool LooksLikeName(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || line.Length > 50) return false;
        if (Sections.HeadingKind(line) is not null || Lexicon.IsTitle(line) || SentenceStop().IsMatch(line.Trim())) return false;
        if (words.Any(w => NotNameWords.Contains(w.Trim('.', ',')) || w.Length == 1 || w.Length > 2 && w.All(c => c is 'x' or 'X'))) return false;
        // "Software-Firmware Engineer", "GRUPO ODINSA. S.A.": a word of a title or a company's legal form is not part of a name.
        if (words.Any(w => w.Contains('-', StringComparison.Ordinal) && w.Split('-').Any(p => NotNameWords.Contains(p))) || Lexicon.IsCompany(line)
            || words.Any(w => w.Trim('.').Equals("S.A", StringComparison.OrdinalIgnoreCase))) return false;
        foreach (var word in words)
        {
            if (!char.IsLetter(word[0]) || !char.IsUpper(word[0]) && !(word.Length <= 3 && char.IsLower(word[0]))) return false;
            if (!word.All(c => char.IsLetter(c) || c is '.' or '\'' or '-' or '’')) return false;
        }
        return true;
    }
}
