namespace Shortlist.Parsing.Text;

/// <summary>The kind of file text came from.</summary>
public enum SourceFormat
{
    /// <summary>Portable Document Format.</summary>
    Pdf,
    /// <summary>Word (Office Open XML).</summary>
    Docx,
    /// <summary>Plain text.</summary>
    PlainText,
    /// <summary>A JSON Resume document.</summary>
    JsonResume,
}

/// <summary>Text extracted from a file, in reading order, lines separated by '\n'.</summary>
/// <param name="Text">The text.</param>
/// <param name="Format">The format it came from.</param>
/// <param name="FileName">The file's name as given.</param>
/// <param name="Pages">Pages read (1 for formats without pages).</param>
/// <param name="Json">The raw document when <paramref name="Format"/> is <see cref="SourceFormat.JsonResume"/>.</param>
public sealed record ExtractedText(string Text, SourceFormat Format, string FileName, int Pages = 1, string? Json = null)
{
    /// <summary>Plain text not read from a file, e.g. pasted into a form.</summary>
    public static ExtractedText FromPlainText(string text, string fileName = "pasted.txt") => new(text, SourceFormat.PlainText, fileName);
}
