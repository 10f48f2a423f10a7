using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Shortlist.Parsing.Text;

/// <summary>
/// DOCX text with the Open XML SDK: headers, then body paragraphs in order, tables row by row, text boxes after the
/// paragraph that anchors them. The archive is checked (entry count, real expanded size) before the SDK opens it.
/// </summary>
internal static class DocxText
{
    public static ExtractedText Extract(byte[] content, string fileName, ParseLimits limits, Budget budget)
    {
        CheckArchive(content, limits, budget);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = Math.Max(1, limits.MaxUncompressedBytes) };
            using var document = WordprocessingDocument.Open(new MemoryStream(content, false), false, settings);
            if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
                throw new ParseException(ParseProblem.UnsupportedType, "Macro-enabled Word documents are not accepted; save as .docx.");
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ParseException(ParseProblem.Corrupt, "The Word document has no body.");
            var text = new StringBuilder();
            foreach (var header in document.MainDocumentPart!.HeaderParts)
                if (header.Header is { } h) AppendBlocks(h.ChildElements, text, budget);
            AppendBlocks(body.ChildElements, text, budget);
            return new ExtractedText(text.ToString(), SourceFormat.Docx, fileName);
        }
        catch (ParseException) { throw; }
        catch (XmlException e) { throw new ParseException(ParseProblem.Corrupt, "The Word document's XML is not valid or declares a DTD.", e); }
        catch (OpenXmlPackageException e) when (e.Message.Contains("MaxCharactersInPart", StringComparison.Ordinal))
        { throw new ParseException(ParseProblem.TooLarge, "A part of the Word document is too large.", e); }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            throw new ParseException(ParseProblem.Corrupt, "The Word document is damaged and cannot be read.", e);
        }
    }

    /// <summary>Refuses archive bombs before anything inflates them: too many entries, or more bytes than allowed once expanded.</summary>
    private static void CheckArchive(byte[] content, ParseLimits limits, Budget budget)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxArchiveEntries)
                throw new ParseException(ParseProblem.TooComplex, $"The Word document holds more than {limits.MaxArchiveEntries} parts.");
            if (zip.Entries.Sum(e => e.Length) > limits.MaxUncompressedBytes)
                throw new ParseException(ParseProblem.TooLarge, "The Word document expands to more than the size allowed.");
            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
                throw new ParseException(ParseProblem.Corrupt, "The archive is not a Word document.");
            // The sizes in the directory may lie: inflate every entry with a counter that stops at the limit.
            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                budget.Check();
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    if ((total += read) > limits.MaxUncompressedBytes)
                        throw new ParseException(ParseProblem.TooLarge, "The Word document expands to more than the size allowed.");
            }
        }
        catch (ParseException) { throw; }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            throw new ParseException(ParseProblem.Corrupt, "The Word document is damaged and cannot be read.", e);
        }
    }

    private static void AppendBlocks(IEnumerable<OpenXmlElement> blocks, StringBuilder text, Budget budget)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    AppendParagraph(p, text, budget);
                    break;
                case Table table:
                    budget.Check();
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>().Select(c => CellLines(c, budget)).Where(c => c.Count > 0).ToList();
                        // A row of one-line cells is one line ("Project Manager | Acme | 2019 - Present"). A cell of several
                        // paragraphs ("Senior BA, Acme⏎• Led the…⏎• Ran…" beside "Jan 2020 – Present") gives its first line to
                        // the row's line and keeps the others as lines of their own, so its bullets stay bullets.
                        text.Append(string.Join(" | ", cells.Select(c => c[0]))).Append('\n');
                        foreach (var line in cells.SelectMany(c => c.Skip(1))) text.Append(line).Append('\n');
                    }
                    text.Append('\n');
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } contentBlock:
                    AppendBlocks(contentBlock.ChildElements, text, budget);
                    break;
            }
        }
    }

    private static List<string> CellLines(TableCell cell, Budget budget)
    {
        var sb = new StringBuilder();
        AppendBlocks(cell.ChildElements, sb, budget);
        return sb.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    private static void AppendParagraph(Paragraph paragraph, StringBuilder text, Budget budget)
    {
        var boxes = new List<TextBoxContent>();
        Walk(paragraph, text, boxes);
        text.Append('\n');
        foreach (var box in boxes) AppendBlocks(box.ChildElements, text, budget);
    }

    /// <summary>Appends a paragraph's own text; text boxes are collected to follow it, and fallback copies are skipped.</summary>
    private static void Walk(OpenXmlElement element, StringBuilder text, List<TextBoxContent> boxes)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                case TextBoxContent box: boxes.Add(box); break;
                case AlternateContentFallback: break;
                case DeletedText or DeletedRun: break;
                default: if (child.HasChildren) Walk(child, text, boxes); break;
            }
        }
    }
}
