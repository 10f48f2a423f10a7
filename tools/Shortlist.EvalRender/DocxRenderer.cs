using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Shortlist.EvalRender;

/// <summary>Renders a résumé to a DOCX of plain paragraphs (bullets as "• " text), with fixed dates so re-renders are identical.</summary>
internal static partial class DocxRenderer
{
    private static readonly DateTime FixedDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Render(ResumeDocument resume)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = resume.Name + " — Résumé";
            document.PackageProperties.Creator = resume.Name;
            document.PackageProperties.Created = FixedDate;
            document.PackageProperties.Modified = FixedDate;
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in resume.Blocks) body.Append(Paragraph(block));
            body.Append(new SectionProperties(
                new PageSize { Width = 12240U, Height = 15840U },
                new PageMargin { Top = 1080, Bottom = 1080, Left = 1080U, Right = 1080U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return WithFixedTimestamps(stream.ToArray());
    }

    private static Paragraph Paragraph(Block block)
    {
        var (size, bold, before) = block.Kind switch
        {
            BlockKind.Name => (36, true, 0),
            BlockKind.Label => (22, false, 0),
            BlockKind.Heading => (23, true, 240),
            BlockKind.RoleHeader => (20, true, 140),
            _ => (19, false, 20),
        };
        var runProperties = new RunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold) runProperties.PrependChild(new Bold());
        var text = block.Kind == BlockKind.Bullet ? "• " + block.Text : block.Text;
        var paragraphProperties = new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "20" });
        if (block.Kind == BlockKind.Bullet) paragraphProperties.Append(new Indentation { Left = "360", Hanging = "180" });
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    // The SDK stamps every archive entry with the current time; copying the entries with one fixed time makes the bytes repeatable.
    private static byte[] WithFixedTimestamps(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = RandomPartName().Replace(entry.FullName, "core.psmdcp");
                var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(FixedDate);
                using var from = entry.Open();
                using var to = copy.Open();
                if (name == "_rels/.rels")
                {
                    // The package relationships carry random ids and the random core-properties part name.
                    using var reader = new StreamReader(from);
                    var counter = 0;
                    var xml = RandomRelationshipId().Replace(RandomPartName().Replace(reader.ReadToEnd(), "core.psmdcp"), _ => $"Id=\"R{++counter}\"");
                    using var writer = new StreamWriter(to, new System.Text.UTF8Encoding(true));
                    writer.Write(xml);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{32}\\.psmdcp")]
    private static partial System.Text.RegularExpressions.Regex RandomPartName();

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomRelationshipId();
}
