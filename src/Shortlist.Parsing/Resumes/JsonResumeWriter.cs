using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Writes a <see cref="ParsedResume"/> as a JSON Resume document (jsonresume.org schema v1); what the schema has no
/// place for (taxonomy codes, years, industries, track record) goes under <c>meta.shortlist</c>.
/// </summary>
public static partial class JsonResumeWriter
{
    /// <summary>The parser version written to <c>meta.shortlist.parserVersion</c>.</summary>
    public const string ParserVersion = "1.0";

    /// <summary>The document as indented UTF-8 JSON text.</summary>
    public static string Write(ParsedResume resume)
    {
        using var stream = new MemoryStream();
        Write(resume, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    public static void Write(ParsedResume resume, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
        w.WriteStartObject("basics");
        Opt(w, "name", resume.Name);
        Opt(w, "label", resume.Headline);
        Opt(w, "email", resume.Email);
        Opt(w, "phone", resume.Phone);
        Opt(w, "summary", resume.Summary);
        if (resume.Location is { } place)
        {
            w.WriteStartObject("location");
            Opt(w, "city", place.City);
            // "Anywhere, USA": the place's second part is its country, written as the schema's ISO code, not as a region.
            var regionCountry = place.Country is null && place.Region is { } r ? Regions.CountryCode(r) : null;
            if (regionCountry is null) Opt(w, "region", place.Region);
            var country = regionCountry ?? (place.Country is { } named ? Regions.CountryCode(named) ?? (named.Length == 2 ? named.ToUpperInvariant() : null) : null);
            if (country is not null) w.WriteString("countryCode", country);
            w.WriteEndObject();
        }
        w.WriteStartArray("profiles");
        foreach (var link in resume.Links)
        {
            w.WriteStartObject();
            w.WriteString("network", Network(link));
            w.WriteString("url", link.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? link : "https://" + link);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("work");
        foreach (var role in resume.Roles)
        {
            w.WriteStartObject();
            Opt(w, "name", role.Employer);
            Opt(w, "position", role.Title);
            Opt(w, "location", role.Location);
            DatesAndText(w, role.Start, role.Current ? null : role.End, role.YearsOnly, role.Description, "summary");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("education");
        foreach (var e in resume.Education)
        {
            w.WriteStartObject();
            Opt(w, "institution", e.Institution);
            Opt(w, "area", e.Field);
            Opt(w, "studyType", e.Degree);
            if (e.Year is { } y) w.WriteString("endDate", y.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("certificates");
        foreach (var c in resume.Certifications)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            if (c.Year is { } y) w.WriteString("date", y.ToString(CultureInfo.InvariantCulture));
            if (c.Issuer is { } issuer) w.WriteString("issuer", issuer);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("skills");
        foreach (var s in resume.Skills)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            if (Level(s.Years) is { } level) w.WriteString("level", level);
            // "Front-end development" with "React", "Angular", "Vue.js": the words the résumé wrote for the skill, when they are not its name.
            var words = resume.SkillWords.GetValueOrDefault(s.TaxonomyCode)?.Where(x => !x.Equals(s.Name, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
            if (words.Count > 0)
            {
                w.WriteStartArray("keywords");
                foreach (var word in words) w.WriteStringValue(word);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (resume.Languages.Count > 0)
        {
            w.WriteStartArray("languages");
            foreach (var language in resume.Languages) { w.WriteStartObject(); w.WriteString("language", language); w.WriteEndObject(); }
            w.WriteEndArray();
        }

        if (resume.Projects.Count > 0)
        {
            w.WriteStartArray("projects");
            foreach (var project in resume.Projects)
            {
                w.WriteStartObject();
                w.WriteString("name", project.Name);
                DatesAndText(w, project.Start, project.Current ? null : project.End, project.YearsOnly, project.Description, "description");
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        WriteMeta(w, resume);
        w.WriteEndObject();
    }

    private static void WriteMeta(Utf8JsonWriter w, ParsedResume resume)
    {
        w.WriteStartObject("meta");
        w.WriteString("version", "v1.0.0");
        w.WriteStartObject("shortlist");
        w.WriteString("parserVersion", ParserVersion);
        w.WriteNumber("totalYears", resume.TotalYears);
        w.WriteStartArray("skills");
        foreach (var s in resume.Skills)
        {
            w.WriteStartObject();
            w.WriteString("code", s.TaxonomyCode);
            w.WriteString("name", s.Name);
            w.WriteNumber("years", s.Years);
            if (s.LastUsedYear is { } y) w.WriteNumber("lastUsed", y); else w.WriteNull("lastUsed");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("certifications");
        foreach (var c in resume.Certifications)
        {
            w.WriteStartObject();
            w.WriteString("code", c.TaxonomyCode);
            w.WriteString("name", c.Name);
            if (c.Issuer is { } issuer) w.WriteString("issuer", issuer);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("industries");
        foreach (var i in resume.Industries) { w.WriteStartObject(); w.WriteString("industry", i.Industry); w.WriteNumber("years", i.Years); w.WriteEndObject(); }
        w.WriteEndArray();
        w.WriteStartArray("trackRecord");
        foreach (var p in resume.TrackRecord)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            if (p.Budget is { } b) w.WriteNumber("budget", b);
            if (p.TeamSize is { } t) w.WriteNumber("teamSize", t);
            if (p.OnTime is { } ot) w.WriteBoolean("onTime", ot);
            if (p.OnBudget is { } ob) w.WriteBoolean("onBudget", ob);
            if (p.Year is { } y) w.WriteNumber("year", y);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A bullet that opens a line: "•", "●", "▪", "◦", "‣", "*", "-", "–", "·", "o " or "✓" before the text.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[•●▪■◦‣∙·*✓✔➢➤►▶→\uF0B7\uF0A7\uF076\uF0D8\uF0FC-]|–|—|o(?=\s))\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex Bullet();

    /// <summary>
    /// A role's text as JSON Resume holds it: the lines before the first bullet are the summary, each bullet a highlight
    /// (its wrapped lines joined to it: "Led the Epic go-live for⏎12 hospitals" is one highlight), and text after a blank
    /// line that follows the bullets goes back to the summary. Text without bullets is all summary, its lines wrapped inside a
    /// sentence joined with a space.
    /// </summary>
    internal static (string? Summary, List<string> Highlights) SummaryAndHighlights(string description)
    {
        var summary = new List<string>();
        var highlights = new List<string>();
        var inBullet = false;
        foreach (var raw in description.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) { inBullet = false; continue; }
            if (Bullet().Match(line) is { Success: true, Length: > 0 } bullet && line.Length > bullet.Length)
            {
                highlights.Add(line[bullet.Length..].Trim());
                inBullet = true;
            }
            else if (inBullet) highlights[^1] += " " + line;
            // "… to improve user experience and⏎meet business goals.": a line wrapped inside a sentence goes on the line before;
            // a new sentence keeps its own line.
            else if (summary.Count > 0 && (char.IsLower(line[0]) || summary[^1][^1] is not ('.' or '!' or '?' or ':' or ';'))) summary[^1] += " " + line;
            else summary.Add(line);
        }
        var text = string.Join('\n', summary);
        return (text.Length > 0 ? text : null, highlights);
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) w.WriteString(name, value);
    }

    /// <summary>
    /// A role's or project's dates (no end for the present), then its text as a summary (under <paramref name="summaryName"/>:
    /// "summary" for work, "description" for projects) and highlights (see <see cref="SummaryAndHighlights"/>).
    /// </summary>
    private static void DatesAndText(Utf8JsonWriter w, DateOnly? start, DateOnly? end, bool yearsOnly, string description, string summaryName)
    {
        Opt(w, "startDate", Iso(start, yearsOnly));
        Opt(w, "endDate", Iso(end, yearsOnly));
        var (summary, highlights) = SummaryAndHighlights(description);
        Opt(w, summaryName, summary);
        if (highlights.Count == 0) return;
        w.WriteStartArray("highlights");
        foreach (var highlight in highlights) w.WriteStringValue(highlight);
        w.WriteEndArray();
    }

    /// <summary>A month as JSON Resume writes it ("2019-03"), or its year alone ("2019") when the résumé wrote no month.</summary>
    private static string? Iso(DateOnly? date, bool yearOnly) => date?.ToString(yearOnly ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture);

    private static string? Level(double years) => years switch { >= 8 => "Expert", >= 4 => "Advanced", >= 1 => "Intermediate", > 0 => "Beginner", _ => null };

    private static string Network(string url)
        => url.Contains("linkedin", StringComparison.OrdinalIgnoreCase) ? "LinkedIn"
        : url.Contains("github", StringComparison.OrdinalIgnoreCase) ? "GitHub"
        : "Website";
}
