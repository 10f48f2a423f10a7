using System.Text;
using System.Text.Json;
using static Shortlist.Parsing.Resumes.JsonResumeReader;

namespace Shortlist.Parsing.Text;

/// <summary>
/// A job posting written as JSON in the JSON Resume job schema (title, company, type, location, remote, salary,
/// experience, description, responsibilities, qualifications, skills), rendered as the text of a posting with its own
/// headings, so that the posting parser reads it as it reads a PDF or a Word file.
/// </summary>
internal static class JobPostingText
{
    public static ExtractedText Extract(byte[] content, string fileName) => JsonResumeText.Read(content, (_, root) =>
    {
        if (root.ValueKind != JsonValueKind.Object || Str(root, "title") is null && Str(root, "description") is null)
            throw new ParseException(ParseProblem.UnsupportedType, "The JSON file is not a job posting (the JSON Resume job schema: title, company, description, qualifications, …).");
        var text = new StringBuilder();
        Line(text, Str(root, "title"));
        Line(text, Str(root, "company") is { } company ? $"Company: {company}" : null);
        if (root.TryGetProperty("location", out var place))
            Line(text, (place.ValueKind == JsonValueKind.String ? place.GetString()
                : place.ValueKind == JsonValueKind.Object ? string.Join(", ", new[] { Str(place, "city"), Str(place, "region"), Str(place, "countryCode") }.Where(p => !string.IsNullOrWhiteSpace(p))) : null) is { Length: > 0 } where
                ? $"Location: {where}" : null);
        Line(text, Str(root, "remote")?.ToLowerInvariant() switch
        {
            "full" or "remote" or "yes" or "true" => "Fully remote",
            "hybrid" => "Hybrid",
            "none" or "no" or "false" or "onsite" or "on-site" => "On-site",
            _ => null,
        });
        Line(text, Str(root, "type") is { } type ? $"Job type: {type}" : null);
        Line(text, Str(root, "salary") is { } salary ? $"Salary: {salary}" : null);
        Line(text, Str(root, "experience") is { } experience ? $"Experience: {experience}" : null);
        if (Str(root, "description") is { } description) text.Append('\n').Append(description).Append('\n');
        List(text, "Responsibilities", Strings(root, "responsibilities"));
        List(text, "Requirements", Strings(root, "qualifications"));
        List(text, "Skills", Items(root, "skills").Select(s => s.ValueKind == JsonValueKind.String ? s.GetString()
            : s.ValueKind == JsonValueKind.Object ? string.Join(": ", new[] { Str(s, "name"), string.Join(", ", Strings(s, "keywords")) }.Where(p => !string.IsNullOrWhiteSpace(p))) : null));
        return new ExtractedText(text.ToString(), SourceFormat.PlainText, fileName);
    });

    private static void Line(StringBuilder text, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) text.Append(value.Trim()).Append('\n');
    }

    private static void List(StringBuilder text, string heading, IEnumerable<string?> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        if (list.Count == 0) return;
        text.Append('\n').Append(heading).Append('\n');
        foreach (var item in list) text.Append("- ").Append(item!.Trim()).Append('\n');
    }

    private static IEnumerable<string?> Strings(JsonElement e, string name) => Items(e, name).Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : null);
}
