using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// The body that issued a certificate, when the résumé names it beside the certificate: "PMP, PMI, 2016", "Certified
/// ScrumMaster – Scrum Alliance", "CBAP (IIBA)", "Microsoft Certified: Azure Fundamentals", or a line of its own right under
/// the certificate ("Project Management Professional (PMP)" then "Project Management Institute · 2016"). Only issuers
/// this list knows are read, in the case they are written ("PMI", not "pmi"), so an ordinary word is never an issuer; the
/// name given is the issuer's full name ("PMI" is the Project Management Institute). Vendors whose names are also
/// platforms and tools ("Microsoft", "Oracle", "SAP", "Google") are issuers only inside the certificate's name, in brackets
/// or after "by"/"from" ("Microsoft Certified: …", "Azure Administrator (Microsoft)"), never as the next item of a list
/// ("PMP, Microsoft Project", "CSM, Oracle").
/// </summary>
internal static partial class CertificateIssuer
{
    [GeneratedRegex(@"(?<![\w.])(?:(?<body>Project Management Institute|PMI|Scrum Alliance|Scrum\.org|Scaled Agile(?:,? Inc\.?)?|International Institute of Business Analysis|IIBA|AXELOS|Axelos|PeopleCert|\(ISC\)²|\(ISC\)2|ISC2|ISACA|American Society for Quality|ASQ|IASSC|ICAgile|APMG International|APMG|CompTIA|HIMSS|AHIMA|ACAMS|Kanban University|Prosci|EXIN|BCS|Linux Foundation|Coursera|edX|American Red Cross|American Heart Association|The Open Group)|(?<vendor>Microsoft|Amazon Web Services|AWS|Google Cloud|Google|Salesforce|ServiceNow|Oracle|SAP|Cisco|Red Hat|Epic Systems|Epic|Tableau|Snowflake|Workday|Databricks|VMware|IBM|Atlassian))(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Known();

    private const string Month = MonthPatterns.Any;

    /// <summary>
    /// What may stand between a certificate and its issuer on the line: separators, its abbreviation in brackets, a date,
    /// "issued by": "PMP (PMI)", "Project Management Professional (PMP), PMI", "CSM – 2018 – Scrum Alliance", "CBAP from IIBA".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\([A-Za-z][\w .-]{0,12}\))?[\s,;–—:·|()/-]*(?:(?:" + Month + @"\s+)?(?:19|20)\d\d\b[\s,;–—:·|()/-]*)?(?<formal>(?:(?:issued|certified|awarded|granted|accredited)?\s*(?:by|from|through|via)\s+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Between();

    /// <summary>
    /// What may follow an issuer on the certificate's line: nothing, a closing bracket, or a date that is no range
    /// ("PMP, PMI, 2016", "CSM (Scrum Alliance)", "CBAP, IIBA, issued 2019", "CBAP by IIBA in 2019"); "PMP, PMI-ACP" and
    /// "PMP, Microsoft Project" name no issuer.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:$|[)\]]|[,;–—:·|(/-]\s*(?:" + Month + @"\s+)?(?:19|20)\d\d\b(?!\s*[–—-]\s*(?:(?:19|20)\d\d|present|current|now|" + Month + @"))|[,;–—:·|(/-]\s*(?:issued|expires|expiry|valid|credential|since|certificate|license|licence|no\.|id)\b|\s+(?:in|on|since)\s+(?:" + Month + @"\s+)?(?:19|20)\d\d\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex After();

    /// <summary>
    /// What may follow an issuer that opens the line under a certificate: nothing, "Issued …", or (for a certification
    /// body) a date that is no range; an employer's line ("IBM, 2012 – 2018") names no issuer.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:$|[,;–—:·|(-]?\s*(?:issued|earned|obtained|awarded|valid|expires|credential)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AfterBelowAny();

    [GeneratedRegex(@"^\s*[,;–—:·|(-]?\s*(?:" + Month + @"\s+(?:19|20)\d\d|(?:19|20)\d\d\b|\d{1,2}/(?:19|20)?\d\d\b)(?!\s*[–—-]\s*(?:(?:19|20)\d\d|\d{1,2}/|present|current|now|" + Month + @"))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AfterBelowDate();

    private static readonly Dictionary<string, string> FullNames = new(StringComparer.Ordinal)
    {
        ["PMI"] = "Project Management Institute", ["IIBA"] = "International Institute of Business Analysis", ["AWS"] = "Amazon Web Services",
        ["(ISC)²"] = "ISC2", ["(ISC)2"] = "ISC2", ["ASQ"] = "American Society for Quality", ["Axelos"] = "AXELOS", ["APMG"] = "APMG International",
        ["Scaled Agile, Inc."] = "Scaled Agile", ["Scaled Agile, Inc"] = "Scaled Agile", ["Scaled Agile Inc."] = "Scaled Agile", ["Scaled Agile Inc"] = "Scaled Agile",
        ["Epic"] = "Epic Systems",
    };

    /// <summary>How far after a certificate's name its issuer may be written on the line ("PMP – Project Management Institute, 2016").</summary>
    private const int Reach = 60;

    /// <summary>A line longer than this is prose, whose brands are not issuers ("earned my PMP while rolling out Oracle for …").</summary>
    private const int LongestLine = 200;

    /// <summary>
    /// The issuer written with the certificate named at <paramref name="start"/>..<paramref name="end"/> of
    /// <paramref name="text"/>: inside its name or after it on its line, before the next other certificate on the line, or
    /// opening the next line when that line names no certificate. <paramref name="certificates"/> are where the text's
    /// certificates start, in order, with their codes (null for one the taxonomy does not know); a certificate of the same
    /// <paramref name="code"/> right after (its abbreviation, "Project Management Professional (PMP)") is no other one.
    /// </summary>
    public static string? Near(string text, int start, int end, IReadOnlyList<(int Start, string? Code)> certificates, string? code)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.Length;
        if (lineEnd - lineStart > LongestLine) return null;
        var stop = Math.Min(lineEnd, end + Reach);
        for (var i = FirstAfter(certificates, start); i < certificates.Count && certificates[i].Start < stop; i++)
        {
            if (code is not null && certificates[i].Code == code) continue;
            stop = certificates[i].Start;
            break;
        }
        var match = Known().Match(text, start, stop - start);
        if (match.Success)
        {
            var inside = match.Index < end;
            var between = inside ? null : Between().Match(text[end..match.Index]);
            var formal = between is { Success: true } && (between.Groups["formal"].Success || text[end..match.Index].TrimEnd().EndsWith('('));
            var after = text[(match.Index + match.Length)..lineEnd];
            // A certification body beside the certificate is its issuer whatever follows ("Scrum Alliance, #000123456");
            // a vendor only when written as the issuer and followed by nothing that makes it a product ("Microsoft Project").
            if (inside || (between!.Success && (match.Groups["body"].Success || (formal && After().IsMatch(after)))))
                return FullName(match.Value);
        }
        if (lineEnd >= text.Length) return null;

        // The line below: its first words, when it names no certificate of its own.
        var belowStart = lineEnd + 1;
        var belowEnd = text.IndexOf('\n', belowStart);
        if (belowEnd < 0) belowEnd = text.Length;
        if (belowEnd - belowStart > LongestLine) return null;
        var next = FirstAfter(certificates, belowStart - 1);
        if (next < certificates.Count && certificates[next].Start < belowEnd) return null;
        var below = text[belowStart..belowEnd];
        var lead = below.Length - below.TrimStart(' ', '\t', '•', '-', '–', '·', '*').Length;
        var first = Known().Match(below, lead);
        if (!first.Success || first.Index != lead) return null;
        var rest = below[(first.Index + first.Length)..];
        return AfterBelowAny().IsMatch(rest) || (first.Groups["body"].Success && AfterBelowDate().IsMatch(rest)) ? FullName(first.Value) : null;
    }

    /// <summary>The index of the first certificate that starts after <paramref name="position"/>.</summary>
    private static int FirstAfter(IReadOnlyList<(int Start, string? Code)> certificates, int position)
    {
        var (low, high) = (0, certificates.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (certificates[middle].Start <= position) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static string FullName(string written) => FullNames.GetValueOrDefault(written, written);
}
