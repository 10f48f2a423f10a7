using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;

namespace Shortlist.Parsing.Tests.Support;

/// <summary>Writes real DOCX files with the Open XML SDK for the tests.</summary>
public static class DocxFactory
{
    /// <summary>A document with paragraphs, then a table (rows of cells), then a paragraph anchoring a text box.</summary>
    public static byte[] Create(IEnumerable<string> paragraphs, IReadOnlyList<string[]>? table = null, string? textBox = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var p in paragraphs) body.Append(Para(p));
            if (table is not null)
            {
                var t = new Table();
                // A cell's "\n" separates its paragraphs.
                foreach (var row in table) t.Append(new TableRow(row.Select(c => new TableCell(c.Split('\n').Select(Para)))));
                body.Append(t);
            }
            if (textBox is not null)
            {
                var box = new V.Shape(new V.TextBox(new TextBoxContent(textBox.Split('\n').Select(Para)))) { Style = "width:200pt;height:60pt" };
                body.Append(new Paragraph(new Run(new Picture(box))));
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>Replaces (or adds) one entry of a DOCX archive.</summary>
    public static byte[] WithEntry(byte[] docx, string name, Action<Stream> write, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, true))
        {
            zip.GetEntry(name)?.Delete();
            using var entry = zip.CreateEntry(name, level).Open();
            write(entry);
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
