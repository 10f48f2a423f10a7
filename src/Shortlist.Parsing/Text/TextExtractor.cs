using System.Text;

namespace Shortlist.Parsing.Text;

/// <summary>Turns the bytes of a résumé or posting (PDF, DOCX, plain text, JSON Resume) into text, within limits.</summary>
public static class TextExtractor
{
    /// <summary>Reads <paramref name="content"/> (at most <see cref="ParseLimits.MaxBytes"/>) and extracts its text.</summary>
    /// <exception cref="ParseException">The file is too large, empty, encrypted, corrupt, of an unsupported type, too complex or too slow.</exception>
    public static ExtractedText Extract(Stream content, string fileName, ParseLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= ParseLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limits.MaxBytes) throw TooLarge(limits);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException e)
        {
            throw new ParseException(ParseProblem.Corrupt, "The file could not be read.", e);
        }
        return Extract(buffer.ToArray(), fileName, limits, cancellation);
    }

    /// <summary>Extracts the text of <paramref name="content"/>; the type is told by its first bytes, the name only breaks ties.</summary>
    /// <exception cref="ParseException">The file is too large, empty, encrypted, corrupt, of an unsupported type, too complex or too slow.</exception>
    public static ExtractedText Extract(byte[] content, string fileName, ParseLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= ParseLimits.Default;
        if (content.LongLength > limits.MaxBytes) throw TooLarge(limits);
        if (content.Length == 0 || content.All(b => b is 0 or 0x20 or 0x09 or 0x0A or 0x0D))
            throw new ParseException(ParseProblem.Empty, "The file is empty.");
        var budget = new Budget(limits.Budget, cancellation);
        var kind = FormatSniffer.Sniff(content, fileName);
        var result = kind switch
        {
            SourceFormat.Pdf => PdfText.Extract(content, fileName, limits, budget),
            SourceFormat.Docx => DocxText.Extract(content, fileName, limits, budget),
            SourceFormat.JsonResume => JsonResumeText.Extract(content, fileName),
            _ => new ExtractedText(PlainText.Decode(content), SourceFormat.PlainText, fileName),
        };
        budget.Check();
        var text = Normalize(result.Text);
        if (text.Length > limits.MaxCharacters)
            throw new ParseException(ParseProblem.TooLarge, $"The file holds more than {limits.MaxCharacters:N0} characters of text.");
        if (string.IsNullOrWhiteSpace(text) && kind != SourceFormat.JsonResume)
            throw new ParseException(ParseProblem.Empty, "The file holds no text that can be read (a scanned image needs OCR first).");
        return result with { Text = text };
    }

    /// <summary>
    /// Extracts the text of a job posting: as <see cref="Extract(byte[], string, ParseLimits?, CancellationToken)"/>, except that a JSON file is read as a posting in the
    /// JSON Resume job schema rather than as a résumé.
    /// </summary>
    /// <exception cref="ParseException">As <see cref="Extract(byte[], string, ParseLimits?, CancellationToken)"/>; a JSON file that is not a job posting is UnsupportedType.</exception>
    public static ExtractedText ExtractPosting(byte[] content, string fileName, ParseLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= ParseLimits.Default;
        if (content.LongLength > limits.MaxBytes || content.Length == 0 || FormatSniffer.Sniff(content, fileName) != SourceFormat.JsonResume)
            return Extract(content, fileName, limits, cancellation);
        var result = JobPostingText.Extract(content, fileName);
        var text = Normalize(result.Text);
        if (text.Length > limits.MaxCharacters)
            throw new ParseException(ParseProblem.TooLarge, $"The file holds more than {limits.MaxCharacters:N0} characters of text.");
        if (string.IsNullOrWhiteSpace(text)) throw new ParseException(ParseProblem.Empty, "The job posting holds no text.");
        return result with { Text = text };
    }

    private static ParseException TooLarge(ParseLimits limits)
        => new(ParseProblem.TooLarge, $"The file is larger than {limits.MaxBytes / (1024.0 * 1024):0.#} MB.");

    /// <summary>Line ends to '\n', no control characters, no trailing spaces, at most one blank line in a row.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\f', '\v'))
        {
            var line = new string(raw.Where(c => !char.IsControl(c) || c == '\t').Select(c => c is '\u00A0' or '\t' ? ' ' : c).ToArray()).TrimEnd();
            if (line.Length == 0) { if (++blank > 1 || sb.Length == 0) continue; }
            else blank = 0;
            sb.Append(line).Append('\n');
        }
        return sb.ToString().Trim('\n');
    }
}
