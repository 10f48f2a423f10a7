using System.Text;
using System.Text.Json;

namespace Shortlist.Parsing.Text;

/// <summary>Checks a JSON Resume document and renders its text; the résumé parser maps the JSON itself.</summary>
internal static class JsonResumeText
{
    public static ExtractedText Extract(byte[] content, string fileName) => Read(content, (json, root) =>
    {
        if (root.ValueKind != JsonValueKind.Object || !(root.TryGetProperty("basics", out _) || root.TryGetProperty("work", out _)))
            throw new ParseException(ParseProblem.UnsupportedType, "The JSON file is not a JSON Resume document.");
        var text = new StringBuilder();
        Render(root, text);
        return new ExtractedText(text.ToString(), SourceFormat.JsonResume, fileName, 1, json);
    });

    /// <summary>
    /// Decodes and parses a JSON file as every JSON reader of uploads does (at most 32 levels deep, trailing commas and
    /// comments allowed) and hands its text and root to <paramref name="read"/>; JSON that does not parse is Corrupt.
    /// </summary>
    internal static ExtractedText Read(byte[] content, Func<string, JsonElement, ExtractedText> read)
    {
        var json = PlainText.Decode(content);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return read(json, document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ParseException(ParseProblem.Corrupt, "The JSON file is not valid JSON.", e);
        }
    }

    private static void Render(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) if (property.Name != "meta") Render(property.Value, text);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Render(item, text);
                break;
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
        }
    }
}
