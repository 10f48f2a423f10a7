using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Shortlist.EvalRender;

/// <summary>Renders a résumé to a Letter-size PDF with real text (extractable), one column, wrapped lines.</summary>
internal static partial class PdfRenderer
{
    private const double Left = 45, Right = 567, Top = 50, Bottom = 745;
    private static readonly DateTime FixedDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Lock Gate = new();

    public static byte[] Render(ResumeDocument resume)
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver();
        }
        var document = new PdfDocument();
        document.Info.Title = resume.Name + " — Résumé";
        document.Info.Author = resume.Name;
        document.Info.Creator = "Shortlist.EvalRender";
        document.Info.CreationDate = FixedDate;
        document.Info.ModificationDate = FixedDate;
        var y = 0.0;
        XGraphics? gfx = null;
        void Line(string text, XFont font, double x, double height)
        {
            if (gfx is null || y + height > Bottom)
            {
                gfx?.Dispose();
                gfx = XGraphics.FromPdfPage(document.AddPage());
                y = Top;
            }
            gfx.DrawString(text, font, XBrushes.Black, new XPoint(x, y + font.Size));
            y += height;
        }
        foreach (var block in resume.Blocks)
        {
            var (font, indent, spaceBefore) = Style(block.Kind);
            y += spaceBefore;
            var measure = gfx ?? XGraphics.CreateMeasureContext(new XSize(612, 792), XGraphicsUnit.Point, XPageDirection.Downwards);
            var text = block.Kind == BlockKind.Bullet ? "• " + block.Text : block.Text;
            if (block.Kind == BlockKind.RoleHeader)
            {
                // A role header stays on one line (parsers read title, employer and dates from one line): shrink it to fit.
                while (font.Size > 7 && measure.MeasureString(text, font).Width > Right - Left) font = new XFont("DejaVu Sans", font.Size - 0.25, XFontStyleEx.Bold);
                Line(text, font, Left, 9.5);
                continue;
            }
            var lines = Wrap(text, font, Right - Left - indent, measure);
            for (var i = 0; i < lines.Count; i++)
                Line(lines[i], font, Left + indent + (i > 0 && block.Kind == BlockKind.Bullet ? 9 : 0), font.Size * 1.15);
        }
        gfx?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return FixXmpIds(FixSubsetTags(FixDocumentId(stream.ToArray(), resume.Name)), resume.Name);
    }

    private static (XFont Font, double Indent, double SpaceBefore) Style(BlockKind kind) => kind switch
    {
        BlockKind.Name => (new XFont("DejaVu Sans", 18, XFontStyleEx.Bold), 0, 0),
        BlockKind.Label => (new XFont("DejaVu Sans", 11), 0, 2),
        BlockKind.Contact => (new XFont("DejaVu Sans", 9.5), 0, 2),
        BlockKind.Heading => (new XFont("DejaVu Sans", 11.5, XFontStyleEx.Bold), 0, 12),
        BlockKind.RoleHeader => (new XFont("DejaVu Sans", 8.5, XFontStyleEx.Bold), 0, 7),
        BlockKind.Bullet => (new XFont("DejaVu Sans", 9.5), 10, 0.5),
        _ => (new XFont("DejaVu Sans", 9.5), 0, 1),
    };

    private static List<string> Wrap(string text, XFont font, double width, XGraphics measure)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && measure.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current.ToString());
                current.Clear().Append(word);
            }
            else
            {
                current.Clear().Append(candidate);
            }
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }

    // PDFsharp names each embedded font subset with a random six-letter tag ("BKUHCE+DejaVu Sans"); a tag derived from the
    // font name (same length, so the cross-reference offsets hold) keeps re-renders identical.
    private static byte[] FixSubsetTags(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var fixedText = SubsetTag().Replace(text, m =>
        {
            var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[2].Value));
            var tag = new string([.. hash.Take(6).Select(b => (char)('A' + (b % 26)))]);
            return tag + "+" + m.Groups[2].Value;
        });
        return Encoding.Latin1.GetBytes(fixedText);
    }

    // The XMP metadata carries random document and instance UUIDs; name-derived ones of the same length replace them.
    private static byte[] FixXmpIds(byte[] pdf, string seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var counter = 0;
        var fixedText = XmpUuid().Replace(text, _ =>
        {
            var hex = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(seed + "/" + counter++)));
            return $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
        });
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [System.Text.RegularExpressions.GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial System.Text.RegularExpressions.Regex XmpUuid();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b([A-Z]{6})\+(DejaVu[A-Za-z#0-9,\-]*)")]
    private static partial System.Text.RegularExpressions.Regex SubsetTag();

    // PDFsharp writes a fresh random /ID into the trailer; a fixed one (same length, so offsets hold) keeps re-renders identical.
    private static byte[] FixDocumentId(byte[] pdf, string seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("/ID", StringComparison.Ordinal);
        if (start < 0) return pdf;
        var open = text.IndexOf('[', start);
        var close = text.IndexOf(']', open);
        var original = text[open..(close + 1)];
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        var fixedId = new StringBuilder(original.Length);
        var next = 0;
        foreach (var c in original) fixedId.Append(Uri.IsHexDigit(c) ? hash[next++ % hash.Length] : c);
        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, open), fixedId.ToString(), text.AsSpan(close + 1)));
    }
}
