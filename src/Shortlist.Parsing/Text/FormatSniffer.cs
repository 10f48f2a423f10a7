using System.Text;

namespace Shortlist.Parsing.Text;

/// <summary>Tells a file's format by its first bytes; the extension only decides what a mismatch means.</summary>
internal static class FormatSniffer
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SourceFormat Sniff(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = content.AsSpan(0, Math.Min(content.Length, 1024));
        if (head.IndexOf(Pdf) >= 0) return SourceFormat.Pdf;
        if (head.StartsWith(Zip))
            return extension is ".docx" or ".docm" or ".dotx" or "" or ".bin" ? SourceFormat.Docx
                : extension == ".pdf" ? throw Corrupt("PDF")
                : throw new ParseException(ParseProblem.UnsupportedType, "The file is an archive that is not a Word document.");
        if (head.StartsWith(Ole))
            throw extension is ".docx" or ".docm"
                ? new ParseException(ParseProblem.Encrypted, "The Word document is protected by a password.")
                : new ParseException(ParseProblem.UnsupportedType, "Old binary Office files (.doc) are not supported; save as .docx or PDF.");
        switch (extension)
        {
            case ".pdf": throw Corrupt("PDF");
            case ".docx" or ".docm": throw Corrupt("Word document");
            case ".doc": throw new ParseException(ParseProblem.UnsupportedType, "Old binary Office files (.doc) are not supported; save as .docx or PDF.");
        }
        if (LooksBinary(head)) throw new ParseException(ParseProblem.UnsupportedType, "The file is not a PDF, Word document, text or JSON Resume.");
        if (extension == ".json" || (extension is "" && FirstNonSpace(content) == '{')) return SourceFormat.JsonResume;
        return SourceFormat.PlainText;
    }

    private static ParseException Corrupt(string what) => new(ParseProblem.Corrupt, $"The file is not a valid {what}.");

    private static char FirstNonSpace(byte[] content)
    {
        foreach (var b in content.AsSpan(0, Math.Min(content.Length, 64)))
            if (b is not (0x20 or 0x09 or 0x0A or 0x0D or 0xEF or 0xBB or 0xBF)) return (char)b;
        return '\0';
    }

    /// <summary>True for bytes that are not text in any encoding we read: NULs outside UTF-16, or many control bytes.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF })) return false;
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return !LooksUtf16WithoutBom(head);
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        }
        return control > head.Length / 20;
    }

    private static bool LooksUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var zerosAtOdd = 0;
        for (var i = 1; i < head.Length; i += 2) if (head[i] == 0) zerosAtOdd++;
        return head.Length >= 4 && zerosAtOdd * 2 >= head.Length / 2 * 0.9 && Encoding.Unicode.GetString(head).All(c => c >= 0x20 || char.IsWhiteSpace(c));
    }
}
