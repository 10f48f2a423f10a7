using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// The body that issued a certificate, when the résumé names it beside the certificate: "PMP, PMI, 2016", "Certified
/// ScrumMaster – Scrum Alliance", "CBAP (IIBA)", "Microsoft Certified: Azure Fundamentals", or a line of its own right under
/// the certificate ("Project Management Professional (PMP)" then "Project Management Institute · 2016"). Only issuers
/// this list knows are read, in the case they are written ("PMI", not "pmi"), so an ordinary word is never an issuer; the
/// name given is the issuer's full name ("PMI" is the Project Management Institute).
/// </summary>
internal static partial class CertificateIssuer
{
    [GeneratedRegex(@"(?<![\w.])(?<issuer>Project Management Institute|PMI|Scrum Alliance|Scrum\.org|Scaled Agile(?:,? Inc\.?)?|International Institute of Business Analysis|IIBA|AXELOS|Axelos|PeopleCert|\(ISC\)²|\(ISC\)2|ISC2|ISACA|American Society for Quality|ASQ|IASSC|ICAgile|APMG International|APMG|Microsoft|Amazon Web Services|AWS|Google Cloud|Google|Salesforce|ServiceNow|Oracle|SAP|Cisco|CompTIA|Red Hat|Epic Systems|HIMSS|AHIMA|ACAMS|Kanban University|Prosci|EXIN|BCS|Tableau|Snowflake|Workday|Databricks|Linux Foundation|VMware|IBM|Atlassian|Coursera|edX|American Red Cross|American Heart Association)(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Known();

    /// <summary>
    /// What may stand between a certificate and its issuer on the line: separators, its abbreviation in brackets, a date,
    /// "issued by": "PMP (PMI)", "Project Management Professional (PMP), PMI", "CSM – 2018 – Scrum Alliance", "CBAP from IIBA".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\([A-Za-z][\w .-]{0,12}\))?[\s,;–—:·|()/-]*(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b[\s,;–—:·|()/-]*)?(?:(?:issued|certified|awarded|granted|accredited)?\s*(?:by|from|through|via)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Between();

    /// <summary>What may follow an issuer that opens the line under a certificate: nothing, or a date or "Issued …".</summary>
    [GeneratedRegex(@"^\s*(?:$|[,;–—:·|(-]?\s*(?:(?:issued|earned|obtained|awarded|valid|expires|credential|since|from)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d|(?:19|20)\d\d\b|\d{1,2}/(?:19|20)?\d\d\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AfterBelow();

    private static readonly Dictionary<string, string> FullNames = new(StringComparer.Ordinal)
    {
        ["PMI"] = "Project Management Institute", ["IIBA"] = "International Institute of Business Analysis", ["AWS"] = "Amazon Web Services",
        ["(ISC)²"] = "ISC2", ["(ISC)2"] = "ISC2", ["ASQ"] = "American Society for Quality", ["Axelos"] = "AXELOS", ["APMG"] = "APMG International",
        ["Scaled Agile, Inc."] = "Scaled Agile", ["Scaled Agile, Inc"] = "Scaled Agile", ["Scaled Agile Inc."] = "Scaled Agile", ["Scaled Agile Inc"] = "Scaled Agile",
    };

    /// <summary>How far after a certificate's name its issuer may be written on the line ("PMP – Project Management Institute, 2016").</summary>
    private const int Reach = 60;

    /// <summary>A line longer than this is prose, whose brands are not issuers ("earned my PMP while rolling out Oracle for …").</summary>
    private const int LongestLine = 200;

    /// <summary>
    /// The issuer written with the certificate named at <paramref name="start"/>..<paramref name="end"/> of
    /// <paramref name="text"/>: inside its name or after it on its line, before the next certificate on the line (whose start
    /// is among <paramref name="certificateStarts"/>), or starting the next line when that line names no certificate.
    /// </summary>
    public static string? Near(string text, int start, int end, IReadOnlyCollection<int> certificateStarts)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.Length;
        if (lineEnd - lineStart > LongestLine) return null;
        var stop = Math.Min(lineEnd, end + Reach);
        foreach (var next in certificateStarts)
            if (next > start && next < stop) stop = next;
        // Inside the certificate's name ("Microsoft Certified: …", "PMI Agile Certified Practitioner") or right after it.
        var match = Known().Match(text, start, stop - start);
        if (match.Success && (match.Index < end || Between().IsMatch(text[end..match.Index]))) return FullName(match.Groups["issuer"].Value);
        if (lineEnd >= text.Length) return null;

        // The line below: its first words, when it names no certificate of its own.
        var belowStart = lineEnd + 1;
        var belowEnd = text.IndexOf('\n', belowStart);
        if (belowEnd < 0) belowEnd = text.Length;
        if (belowEnd - belowStart > LongestLine || certificateStarts.Any(c => c >= belowStart && c < belowEnd)) return null;
        var below = text[belowStart..belowEnd];
        var lead = below.Length - below.TrimStart(' ', '\t', '•', '-', '–', '·', '*').Length;
        var first = Known().Match(below, lead);
        return first.Success && first.Index == lead && AfterBelow().IsMatch(below[(first.Index + first.Length)..])
            ? FullName(first.Groups["issuer"].Value) : null;
    }

    private static string FullName(string written) => FullNames.GetValueOrDefault(written, written);
}
