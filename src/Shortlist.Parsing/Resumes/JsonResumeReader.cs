using System.Globalization;
using System.Text.Json;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Parsing.Resumes;

/// <summary>Maps a JSON Resume document (jsonresume.org schema) straight onto a <see cref="ParsedResume"/>.</summary>
public static class JsonResumeReader
{
    /// <summary>Reads <paramref name="json"/>; malformed members are skipped rather than refused.</summary>
    public static ParsedResume Read(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var basics = Member(root, "basics");
        Place? place = null;
        if (basics is { } b && Member(b, "location") is { } loc)
            place = new Place(Str(loc, "city"), Str(loc, "region"), Str(loc, "countryCode"));
        var links = new List<string>();
        if (basics is { } b2)
        {
            if (Str(b2, "url") is { } url) links.Add(url);
            links.AddRange(Items(b2, "profiles").Select(p => Str(p, "url")).OfType<string>());
        }
        var roles = Items(root, "work").Select(w => new ParsedRole(Str(w, "position"), Str(w, "name") ?? Str(w, "company"), Str(w, "location"),
                Date(Str(w, "startDate")), Date(Str(w, "endDate"), end: true), Str(w, "endDate") is null && Date(Str(w, "startDate")) is not null,
                Text(w, "summary")) { YearsOnly = YearsAlone(w) })
            .ToList();
        var education = Items(root, "education").Select(e => new EducationEntry(Str(e, "institution"), Str(e, "studyType"), Str(e, "area"), Date(Str(e, "endDate"))?.Year)).ToList();
        var listed = Items(root, "skills").SelectMany(s => new[] { Str(s, "name") }.Concat(Items(s, "keywords").Select(k => k.ValueKind == JsonValueKind.String ? k.GetString() : null))).OfType<string>().Distinct().ToList();
        var certificates = Items(root, "certificates").Select(c => (Name: Str(c, "name"), Year: Date(Str(c, "date"))?.Year, Issuer: Cut(Str(c, "issuer"), 200)))
            .Where(c => c.Name is not null)
            .Select(c => new ProfileCertification(CertificateReader.Code(c.Name!), c.Name!, c.Year, Issuer: c.Issuer)).ToList();
        return new ParsedResume
        {
            Name = basics is { } n ? Str(n, "name") : null,
            Email = basics is { } e2 ? Str(e2, "email") : null,
            Phone = basics is { } p2 ? Str(p2, "phone") : null,
            Headline = basics is { } l ? Str(l, "label") : null,
            Summary = basics is { } s2 ? Str(s2, "summary") : null,
            Location = place,
            Links = links,
            Roles = roles,
            Education = education,
            ListedSkills = listed,
            Languages = Items(root, "languages").Select(l => Str(l, "language")).OfType<string>().Distinct().ToList(),
            Projects = Items(root, "projects").Where(p => Str(p, "name") is not null).Take(30).Select(p => new ParsedProject(Cut(Str(p, "name"), 200)!,
                    Date(Str(p, "startDate")), Date(Str(p, "endDate"), end: true), Str(p, "endDate") is null && Date(Str(p, "startDate")) is not null,
                    Text(p, "description")) { YearsOnly = YearsAlone(p) })
                .ToList(),
            Certifications = certificates,
            MentionedCertificates = certificates.Select(c => c.Name).ToList(),
        };
    }

    private static JsonElement? Member(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary><paramref name="value"/>, cut to <paramref name="max"/> characters.</summary>
    private static string? Cut(string? value, int max) => value is { } v && v.Length > max ? v[..max] : value;

    /// <summary>The string member <paramref name="name"/>, trimmed; null when missing, not a string or blank.</summary>
    internal static string? Str(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    /// <summary>The items of the array member <paramref name="name"/>; empty when missing or not an array.</summary>
    internal static IEnumerable<JsonElement> Items(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [];

    /// <summary>
    /// An ISO 8601 date as JSON Resume writes it: "2019", "2019-03" or "2019-03-15". A year alone is its first month, or its last
    /// when it ends a range (<paramref name="end"/>: "2012" to "2017" is January 2012 to December 2017).
    /// </summary>
    internal static DateOnly? Date(string? value, bool end = false)
    {
        if (value is null) return null;
        var parts = value.Split('-');
        if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200) return null;
        var month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : end ? 12 : 1;
        return new DateOnly(year, month, 1);
    }

    /// <summary>Whether a JSON Resume date is a year alone ("2019").</summary>
    private static bool YearAlone(string? value) => value is { Length: 4 } && value.All(char.IsAsciiDigit);

    /// <summary>"startDate": "2012", "endDate": "2017" (or none): a role or project dated by years, kept so when written again.</summary>
    private static bool YearsAlone(JsonElement e)
        => YearAlone(Str(e, "startDate")) && (Str(e, "endDate") is null || YearAlone(Str(e, "endDate"))) && Date(Str(e, "startDate")) is not null;

    /// <summary>
    /// A role's or project's text: its summary (under <paramref name="summaryName"/>), then its highlights, which keep a bullet
    /// each, so that the profile's text and a JSON Resume written from it keep them apart from the summary.
    /// </summary>
    private static string Text(JsonElement e, string summaryName)
        => string.Join('\n', new[] { Str(e, summaryName) }.Concat(Items(e, "highlights")
            .Select(h => h.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(h.GetString()) ? "• " + h.GetString()!.Trim() : null)).OfType<string>());

}
