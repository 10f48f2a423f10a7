using PdfSharp.Fonts;

namespace Shortlist.Parsing.Tests.Support;

/// <summary>Gives PDFsharp the DejaVu fonts installed on the machine.</summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    private const string Folder = "/usr/share/fonts/truetype/dejavu";
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            Assert.True(File.Exists(Path.Combine(Folder, "DejaVuSans.ttf")), $"DejaVu fonts are missing from {Folder} (apt-get install fonts-dejavu-core).");
            GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
