using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Shortlist.Parsing.Tests.Support;

/// <summary>Writes real PDFs with PDFsharp for the tests.</summary>
public static class PdfFactory
{
    /// <summary>A one-column PDF with the given lines, 14 points apart, starting a new page when one is full.</summary>
    public static byte[] SingleColumn(IEnumerable<string> lines, string? userPassword = null)
    {
        DejaVuFontResolver.Install();
        var document = new PdfDocument();
        var font = new XFont("DejaVu Sans", 10);
        var y = 0.0;
        XGraphics? gfx = null;
        foreach (var line in lines)
        {
            if (gfx is null || y > 760)
            {
                gfx?.Dispose();
                gfx = XGraphics.FromPdfPage(document.AddPage());
                y = 60;
            }
            gfx.DrawString(line, font, XBrushes.Black, new XPoint(50, y));
            y += 14;
        }
        gfx?.Dispose();
        if (userPassword is not null)
        {
            document.SecuritySettings.UserPassword = userPassword;
            document.SecuritySettings.OwnerPassword = userPassword + "-owner";
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A page with a full-width heading, then two columns side by side.</summary>
    public static byte[] TwoColumns(string heading, IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        DejaVuFontResolver.Install();
        var document = new PdfDocument();
        using (var gfx = XGraphics.FromPdfPage(document.AddPage()))
        {
            gfx.DrawString(heading, new XFont("DejaVu Sans", 16, XFontStyleEx.Bold), XBrushes.Black, new XPoint(50, 50));
            var font = new XFont("DejaVu Sans", 9);
            for (var i = 0; i < left.Count; i++) gfx.DrawString(left[i], font, XBrushes.Black, new XPoint(50, 90 + 13 * i));
            for (var i = 0; i < right.Count; i++) gfx.DrawString(right[i], font, XBrushes.Black, new XPoint(330, 90 + 13 * i));
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
