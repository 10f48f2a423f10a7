using System.Globalization;
using System.Text.RegularExpressions;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Postings;

/// <summary>
/// Turns a job posting into a position's parts: title, employer, location and workplace, engagement type, rate or
/// salary, and requirements mapped to the taxonomy, split into must-have and nice-to-have by section and wording.
/// </summary>
public sealed partial class PostingParser(SkillMatcher skills)
{
    [GeneratedRegex(@"(?<n>\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:\+\s*)?years?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex YearsPattern();

    /// <summary>Years spent on something: "5 years as a business analyst", "4 years of business analysis", "3+ years in banking".</summary>
    [GeneratedRegex(@"(?<!\b(?:within|after|in|for|every|next)\s+)\d\s*\+?\s*(?:years?|yrs)\s*\+?\s+(?:of|as|in|with|working|leading|managing|running|doing|building|delivering|across|on)\b(?!\s+(?:hire|hiring|joining|start|employment)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearsDoing();

    [GeneratedRegex(@"(?<cur>[$€£]|usd|eur|gbp|cad|aud)\s?(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<ka>k\b)?(?:\s*(?:-|–|—|to)\s*(?:[$€£]|usd|eur|gbp|cad|aud)?\s?(?<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<kb>k\b)?)?(?<unit>\s*(?:/\s?(?:hr|hour|h\b)|per hour|an hour|hourly|/\s?day|per day|a day|daily|/\s?(?:yr|year|annum)|per year|per annum|annually|a year|p\.a\.))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex MoneyPattern();

    /// <summary>An amount with its currency written after it: "65 USD per hour", "140,000 - 160,000 USD annually".</summary>
    [GeneratedRegex(@"(?<![\d$€£.,])(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<ka>k\b)?(?:\s*(?:-|–|—|to)\s*(?<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<kb>k\b)?)?\s*(?<cur>usd|eur|gbp|cad|aud)\b(?<unit>\s*(?:/\s?(?:hr|hour|h\b)|per hour|an hour|hourly|/\s?day|per day|a day|daily|/\s?(?:yr|year|annum)|per year|per annum|annually|a year|p\.a\.))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex MoneyAfterPattern();

    /// <summary>Words on a line that say its amount is pay.</summary>
    [GeneratedRegex(@"\b(?:salary|salaries|pay|paying|pays|rate|rates|compensation|wage|wages|remuneration|stipend|base|ote|per hour|hourly|annually|per annum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PayWords();

    /// <summary>Words before an amount that make it the size of the work, not pay: "a portfolio of $500K", "budgets up to $15 million".</summary>
    [GeneratedRegex(@"\b(?:budgets?|portfolios?|revenues?|spend|p&l|savings|funding|investments?|costs?|deals?|sales|assets|aum|programs?|programmes?|projects?|initiatives?|contracts?)\s+(?:(?:totall?ing|worth|valued\s+at|of|up\s+to|over|exceeding|above|around|about|approximately|in\s+excess\s+of|from|between|ranging\s+from)\s+)+$|\b(?:worth|valued\s+at)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WorkSizeBefore();

    /// <summary>Words after an amount that make it the size of the work: "a $500,000 budget", "$2M program".</summary>
    [GeneratedRegex(@"^\s*(?:[a-z-]+\s+){0,2}?(?:budgets?|portfolios?|programs?|programmes?|projects?|initiatives?|p&l|revenue|savings|spend|deals?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WorkSizeAfter();

    /// <summary>A scale word after an amount: "$15 million", "$2M", "$1.2 bn".</summary>
    [GeneratedRegex(@"^\s?(?:million|billion|mm|m|bn|b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ScaleAfter();

    [GeneratedRegex(@"^\s*(?:job\s+title|job\s+description|position|role|title|job)\s*[:\-–]\s*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 2000)]
    private static partial Regex TitleField();

    [GeneratedRegex(@"^\s*(?:company|employer|client|organi[sz]ation|hiring company)\s*[:\-–]\s*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 2000)]
    private static partial Regex EmployerField();

    [GeneratedRegex(@"^\s*(?:location|based in|work location|job location)\s*[:\-–]\s*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 2000)]
    private static partial Regex LocationField();

    /// <summary>The taxonomy matcher the parser maps requirements with.</summary>
    public SkillMatcher Skills { get; } = skills;

    /// <summary>Parses the text of a posting.</summary>
    public ParsedPosting Parse(ExtractedText text) => Parse(text.Text);

    /// <summary>Parses the text of a posting.</summary>
    /// <exception cref="ParseException">TooComplex when a passage makes a pattern run past its timeout.</exception>
    public ParsedPosting Parse(string text)
    {
        try { return ParseText(text); }
        catch (RegexMatchTimeoutException e) { throw new ParseException(ParseProblem.TooComplex, "The text has a passage too complex to read.", e); }
    }

    private ParsedPosting ParseText(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var found = new Dictionary<string, (Importance Importance, double? Years, int Order)>(StringComparer.Ordinal);
        var section = Importance.Strong;
        var aboutPerks = false;
        double? minimumYears = null;
        string? industry = null;
        var title = Field(TitleField(), text) ?? lines.FirstOrDefault(l => l.Length is > 0 and < 100 && PostingSections.Heading(l) is null);
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (PostingSections.Heading(line) is { } heading)
            {
                (section, aboutPerks) = (heading, PostingSections.IsPerks(line));
                continue;
            }
            // Benefits ("health and dental insurance") say nothing about the role's industry or skills.
            if (aboutPerks) continue;
            // Wording counts within its sentence: "candidates must be authorized …" in a paragraph does not make every skill the
            // paragraph names a must-have.
            foreach (var sentence in line == title ? [line] : Sentences(line))
            {
                var importance = PostingSections.Wording(sentence) ?? section;
                var y = YearsPattern().Match(sentence);
                var years = y.Success ? double.Parse(y.Groups["n"].Value, CultureInfo.InvariantCulture) : (double?)null;
                if (years is > 60) years = null;
                if (years is { } v && importance == Importance.Must && (sentence.Contains("experience", StringComparison.OrdinalIgnoreCase) || YearsDoing().IsMatch(sentence)))
                    minimumYears = Math.Max(minimumYears ?? 0, v);
                foreach (var mention in Skills.Match(sentence))
                {
                    var term = Skills.Find(mention.Code)!;
                    if (term.Category == TaxonomyCategory.Industry) { industry ??= term.Name; continue; }
                    industry ??= IndustryOf(term)?.Name;
                    if (term.Category == TaxonomyCategory.RoleFamily && line != title) continue;
                    var effective = line == title ? Importance.Strong : importance;
                    if (found.TryGetValue(mention.Code, out var previous))
                        found[mention.Code] = (Stronger(previous.Importance, effective), Max(previous.Years, years), previous.Order);
                    else found[mention.Code] = (effective, years, found.Count);
                }
            }
        }
        var requirements = found.OrderBy(kv => kv.Value.Order)
            .Select(kv => new Requirement(kv.Key, Skills.Find(kv.Key)!.Name, kv.Value.Importance, Weight(kv.Value.Importance), kv.Value.Years)).ToList();
        // "Tech Solutions, San Francisco, CA, USA" under the title names the employer and the place.
        var below = lines.SkipWhile(l => l != title && !l.Contains(title ?? "\0", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0).Take(2).ToList();
        // "Senior Full Stack Engineer (5+ Years of⏎Experience)": the rest of a bracket the title left open is not the byline.
        if (title is not null && title.Count(c => c == '(') > title.Count(c => c == ')') && below.Count > 0 && below[0].Contains(')', StringComparison.Ordinal)
            && !below[0].Contains('(', StringComparison.Ordinal)) below.RemoveAt(0);
        var byline = below.FirstOrDefault()?.Split(", ");
        var hasByline = byline is { Length: >= 3 } && byline.Length <= 5 && byline.All(p => p.Length is > 0 and < 40) && PostingSections.Heading(string.Join(", ", byline)) is null;
        var (lineEmployer, linePlace) = hasByline ? (null, null) : EmployerAndPlaceBelow(below);
        title = title is null ? null : TrailingBracket().Replace(title, "");
        return new ParsedPosting
        {
            Title = title is { Length: > 0 } t ? t.Split(" at ", 2)[0].Trim() : null,
            Employer = Field(EmployerField(), text) ?? (title?.Split(" at ", 2) is [_, var at] ? at.Trim() : null) ?? (hasByline ? byline![0] : lineEmployer),
            Location = LocationValue(Field(LocationField(), text)) ?? (hasByline ? string.Join(", ", byline!.Skip(1)) : linePlace),
            Workplace = Workplace(text),
            Engagement = Engagement(text),
            Compensation = Pay(text),
            Requirements = requirements,
            Certifications = requirements.Where(r => Skills.Find(r.TaxonomyCode)?.Category == TaxonomyCategory.Certification).Select(r => r.TaxonomyCode).ToList(),
            Industry = industry,
            MinimumYears = minimumYears,
        };
    }

    /// <summary>
    /// Remote, hybrid or on site, from the words that say where the work is done: "fully remote", "(Remote)", "Location:
    /// Remote", "work from home" are remote, but not "Remote Patient Monitoring" or "this role is not remote"; "hybrid" is
    /// not "hybrid cloud".
    /// </summary>
    public static WorkplaceMode? Workplace(string text)
    {
        if (HybridWork().IsMatch(text)) return WorkplaceMode.Hybrid;
        if (RemoteWork().Matches(text).Any(m => !NegatedBefore().IsMatch(text[Math.Max(0, m.Index - 12)..m.Index]))) return WorkplaceMode.Remote;
        if (OnSiteWork().IsMatch(text)) return WorkplaceMode.OnSite;
        return null;
    }

    /// <summary>A bracket closing a line, or left open at its end: "Senior BA (Contract)", "Columbus, OH (Hybrid, 3 days".</summary>
    [GeneratedRegex(@"\s*\([^)]*\)?\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"\bhybrid\b(?!\s+(?:cloud|clouds|app|apps|application|applications|integration|infrastructure|environments?|mobile|it|architecture|solutions?|model\s+of\s+care|work\s*flows?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HybridWork();

    [GeneratedRegex(@"(?:\b(?:fully|100%|completely|entirely|primarily|mostly)\s+remote\b|\bremote(?:ly)?[- ](?:first|friendly|eligible|ok|optional|only|work|working|position|role|job|opportunity|option|possible|available|based|within|across|from|in\b|us\b|usa\b|uk\b)|\bwork(?:ing)?\s+(?:from\s+home|remotely)\b|\(\s*remote\b|(?:^|[-–—|/,:]\s*)remote\s*(?:$|[)(/|,;.:–—-])|\b(?:is|be|are|as)\s+(?:a\s+)?remote\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 1000)]
    private static partial Regex RemoteWork();

    [GeneratedRegex(@"\b(?:not|no|non|never|nor)[\s-]+(?:(?:a|fully|be)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NegatedBefore();

    [GeneratedRegex(@"\b(?:on[- ]site|onsite|in[- ]office|in the office|in[- ]person)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OnSiteWork();

    /// <summary>
    /// The employer and place on the lines under the title when they are not one comma byline: "Acme Retail Group - Chicago,
    /// IL", or "Mercy Regional Health System" over "Columbus, OH (Hybrid, 3 days on site)", or a place alone.
    /// </summary>
    private static (string? Employer, string? Place) EmployerAndPlaceBelow(IReadOnlyList<string> below)
    {
        static string? PlaceIn(string line)
        {
            var bare = TrailingBracket().Replace(line, "").Trim();
            return bare.Length is > 0 and < 60 && Shortlist.Parsing.Resumes.Contact.Place(bare) is not null ? bare : null;
        }
        static bool IsName(string line)
            => line.Length is > 1 and <= 60 && !Regex.IsMatch(line, @"^(?:full[- ]?time|part[- ]?time|contract(?:[- ]to[- ](?:hire|perm))?|permanent|temporary|temp|freelance|internship|remote|hybrid|on[- ]?site)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) && !line.Contains(':', StringComparison.Ordinal) && !line.EndsWith('.') && !line.Any(char.IsDigit)
               && char.IsUpper(line[0]) && PostingSections.Heading(line) is null && line.Split(' ').Length <= 7;
        if (below.Count == 0) return (null, null);
        if (Regex.Match(below[0], @"^(?<who>[^|–—]+?)\s+[-|–—]\s+(?<where>.+)$", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m
            && PlaceIn(m.Groups["where"].Value) is { } place) return (IsName(m.Groups["who"].Value.Trim()) ? m.Groups["who"].Value.Trim() : null, place);
        if (PlaceIn(below[0]) is { } alone) return (null, alone);
        // "Full-time" over "Dallas, TX": the place, and no employer.
        if (below.Count > 1 && PlaceIn(below[1]) is { } under) return (IsName(below[0]) ? below[0] : null, under);
        return (null, null);
    }

    /// <summary>The engagement type, from the posting's words.</summary>
    public static EngagementTypes Engagement(string text)
    {
        // A labelled field ("Engagement: contract, contract-to-hire") lists every type offered; else the whole text is read.
        var field = EngagementField().Match(text);
        var t = (field.Success ? field.Groups["v"].Value : text).ToLowerInvariant();
        var types = EngagementTypes.None;
        var toHire = ContractToHirePattern();
        if (toHire.IsMatch(t))
        {
            types |= EngagementTypes.ContractToHire;
            t = toHire.Replace(t, " ");
        }
        if (Regex.IsMatch(t, @"\b(?:contract|contractor|freelance|fixed[- ]term|w2 contract|1099)\b", RegexOptions.None, TimeSpan.FromSeconds(1))) types |= EngagementTypes.Contract;
        if (Regex.IsMatch(t, @"\b(?:permanent|direct hire|fte|salaried)\b", RegexOptions.None, TimeSpan.FromSeconds(1))) types |= EngagementTypes.Permanent;
        // "Full-time" alone means a permanent role; beside a contract it says only how many hours.
        else if (types == EngagementTypes.None && Regex.IsMatch(t, @"\bfull[- ]time\b", RegexOptions.None, TimeSpan.FromSeconds(1))) types |= EngagementTypes.Permanent;
        return types;
    }

    [GeneratedRegex(@"\b(?:engagement(?: type)?|employment type|job type|contract type)\s*:\s*(?<v>[^.\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EngagementField();

    [GeneratedRegex(@"contract[- ]to[- ](?:hire|perm(?:anent)?)|\bc2h\b|temp[- ]to[- ]perm(?:anent)?", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ContractToHirePattern();

    /// <summary>A location field's value without the next field written on the same line ("Boston, MA (Hybrid). Engagement: …").</summary>
    private static string? LocationValue(string? value)
    {
        if (value is null) return null;
        var next = NextLabel().Match(value);
        var place = (next.Success ? value[..next.Index] : value).Trim().TrimEnd('.').Trim();
        return place.Length > 0 ? place : null;
    }

    [GeneratedRegex(@"\.\s+[A-Z][A-Za-z ]{1,25}:", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NextLabel();

    /// <summary>A line's sentences: split after ".", ";", "!" or "?" before a capital letter or an opening bracket.</summary>
    private static IEnumerable<string> Sentences(string line) =>
        line.Length < 80 ? [line] : SentenceBreak().Split(line);

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[A-Z(])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SentenceBreak();

    /// <summary>
    /// The rate or salary band: hourly (day rates over 8 hours) or annual (stated, or told by the size of the amount), with
    /// its currency, written before or after the amount. An amount that sizes the work ("a portfolio of $500K to $2M",
    /// "budgets up to $15 million") is not pay; the first amount with a unit or on a line about pay wins, else the first other.
    /// </summary>
    public static Compensation? Pay(string text)
    {
        Compensation? first = null;
        var currencyAfter = MoneyAfterPattern().Matches(text).ToList();
        var after = currencyAfter.Select(m => m.Index).ToHashSet();
        foreach (var m in MoneyPattern().Matches(text).Concat(currencyAfter).OrderBy(m => m.Index))
        {
            var lineStart = m.Index == 0 ? 0 : text.LastIndexOf('\n', m.Index - 1) + 1;
            var lineEnd = text.IndexOf('\n', m.Index + m.Length) is var e and >= 0 ? e : text.Length;
            var line = text[lineStart..lineEnd];
            var unitText = m.Groups["unit"].Value.ToLowerInvariant();
            var payLine = unitText.Length > 0 || PayWords().IsMatch(line);
            if (ScaleAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(12, text.Length - m.Index - m.Length)).ToString())) continue;
            if (!payLine && (WorkSizeBefore().IsMatch(text[Math.Max(lineStart, m.Index - 80)..m.Index])
                || WorkSizeAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length)).ToString()))) continue;
            // "12 CAD technicians": a currency after the amount is pay only with a unit or on a line about pay.
            if (!payLine && after.Contains(m.Index) && !m.Value.StartsWith('$')) continue;
            if (Band(m, unitText) is not { } pay) continue;
            if (payLine) return pay;
            first ??= pay;
        }
        return first;
    }

    private static Compensation? Band(Match m, string unitText)
    {
        var a = Amount(m.Groups["a"].Value, m.Groups["ka"].Success || m.Groups["kb"].Success && !m.Groups["ka"].Success && m.Groups["b"].Success);
        var b = m.Groups["b"].Success ? Amount(m.Groups["b"].Value, m.Groups["kb"].Success) : (decimal?)null;
        if (a is null or < 10) return null;
        if (unitText.Contains("day", StringComparison.Ordinal) || unitText.Contains("daily", StringComparison.Ordinal))
        {
            // A day rate is quoted per hour over an eight-hour day.
            a /= 8;
            b /= 8;
            unitText = "hour";
        }
        var unit = unitText.Contains('h', StringComparison.Ordinal) ? CompensationUnit.Hourly
            : unitText.Length > 0 ? CompensationUnit.Annual
            : a < 500 ? CompensationUnit.Hourly : CompensationUnit.Annual;
        if (unit == CompensationUnit.Annual && a < 10_000 && unitText.Length == 0) return null;
        var currency = m.Groups["cur"].Value.ToUpperInvariant() switch { "€" or "EUR" => "EUR", "£" or "GBP" => "GBP", "CAD" => "CAD", "AUD" => "AUD", _ => "USD" };
        return b is { } max && max >= a ? new Compensation(a.Value, max, unit, currency) : new Compensation(a.Value, a.Value, unit, currency);
    }

    private static decimal? Amount(string digits, bool thousands)
        => decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? (thousands ? v * 1000 : v) : null;

    private static string? Field(Regex pattern, string text) => pattern.Match(text) is { Success: true } m && m.Groups["v"].Value.Trim() is { Length: > 0 and < 120 } v ? v : null;

    private TaxonomyTerm? IndustryOf(TaxonomyTerm? term)
    {
        for (var depth = 0; term is not null && depth < 6; depth++)
        {
            if (term.Category == TaxonomyCategory.Industry) return term;
            term = term.ParentCode is { } parent ? Skills.Find(parent) : null;
        }
        return null;
    }

    private static Importance Stronger(Importance a, Importance b) => (Importance)Math.Min((int)a, (int)b);

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static double Weight(Importance importance) => importance switch { Importance.Must => 3, Importance.Strong => 2, _ => 1 };
}
