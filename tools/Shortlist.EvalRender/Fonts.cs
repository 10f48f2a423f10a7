using PdfSharp.Fonts;

namespace Shortlist.EvalRender;

/// <summary>Gives PDFsharp the DejaVu fonts installed on the machine (apt-get install fonts-dejavu-core).</summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
