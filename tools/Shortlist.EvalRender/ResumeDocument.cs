using System.Globalization;
using System.Text.Json;

namespace Shortlist.EvalRender;

/// <summary>The kind of one line of the rendered résumé, which decides its font and spacing.</summary>
internal enum BlockKind
{
    Name,
    Label,
    Contact,
    Heading,
    Paragraph,
    RoleHeader,
    Bullet,
}

/// <summary>One line or paragraph of the rendered résumé.</summary>
internal sealed record Block(BlockKind Kind, string Text);

/// <summary>A JSON Resume document laid out as the blocks of a conventional single-column résumé.</summary>
internal sealed class ResumeDocument
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private ResumeDocument(string name, IReadOnlyList<Block> blocks) => (Name, Blocks) = (name, blocks);

    /// <summary>The candidate's name, used as the document title.</summary>
    public string Name { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    public static ResumeDocument Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var blocks = new List<Block>();
        var basics = root.GetProperty("basics");
        var name = Str(basics, "name");
        blocks.Add(new(BlockKind.Name, name));
        if (Str(basics, "label") is { Length: > 0 } label) blocks.Add(new(BlockKind.Label, label));
        blocks.Add(new(BlockKind.Contact, Join(" | ", Place(basics), Str(basics, "email"), Str(basics, "phone"))));
        if (Str(basics, "summary") is { Length: > 0 } summary)
        {
            blocks.Add(new(BlockKind.Heading, "SUMMARY"));
            blocks.Add(new(BlockKind.Paragraph, summary));
        }
        if (Items(root, "work") is { Count: > 0 } work)
        {
            blocks.Add(new(BlockKind.Heading, "EXPERIENCE"));
            foreach (var role in work)
            {
                var dates = $"{Month(Str(role, "startDate"))} – {(Str(role, "endDate") is { Length: > 0 } end ? Month(end) : "Present")}";
                blocks.Add(new(BlockKind.RoleHeader, $"{Join(", ", Str(role, "position"), Str(role, "name"), Str(role, "location"))} — {dates}"));
                if (Str(role, "summary") is { Length: > 0 } roleSummary) blocks.Add(new(BlockKind.Paragraph, roleSummary));
                foreach (var highlight in Strings(role, "highlights")) blocks.Add(new(BlockKind.Bullet, highlight));
            }
        }
        if (Items(root, "education") is { Count: > 0 } education)
        {
            blocks.Add(new(BlockKind.Heading, "EDUCATION"));
            foreach (var e in education)
            {
                var degree = Str(e, "area") is { Length: > 0 } area ? $"{Str(e, "studyType")} in {area}" : Str(e, "studyType");
                blocks.Add(new(BlockKind.Paragraph, Join(", ", degree, Str(e, "institution"), Year(Str(e, "endDate")))));
            }
        }
        if (Items(root, "certificates") is { Count: > 0 } certificates)
        {
            blocks.Add(new(BlockKind.Heading, "CERTIFICATIONS"));
            foreach (var c in certificates) blocks.Add(new(BlockKind.Bullet, Join(", ", Str(c, "name"), Str(c, "issuer"), Year(Str(c, "date")))));
        }
        if (Items(root, "skills") is { Count: > 0 } skills)
        {
            blocks.Add(new(BlockKind.Heading, "SKILLS"));
            foreach (var s in skills)
            {
                var keywords = string.Join(", ", Strings(s, "keywords"));
                blocks.Add(new(BlockKind.Bullet, keywords.Length > 0 ? $"{Str(s, "name")}: {keywords}" : Str(s, "name")));
            }
        }
        return new ResumeDocument(name, blocks);
    }

    private static string Place(JsonElement basics)
    {
        if (!basics.TryGetProperty("location", out var location) || location.ValueKind != JsonValueKind.Object) return "";
        return Join(", ", Str(location, "city"), Str(location, "region"));
    }

    private static string Month(string date)
        => DateOnly.TryParseExact(date, "yyyy-MM", English, DateTimeStyles.None, out var d) ? d.ToString("MMM yyyy", English) : date;

    private static string Year(string date) => date.Length >= 4 ? date[..4] : date;

    private static string Join(string separator, params string[] parts) => string.Join(separator, parts.Where(p => p.Length > 0));

    private static string Str(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static List<JsonElement> Items(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static IEnumerable<string> Strings(JsonElement element, string property)
        => Items(element, property).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0);
}
