using System.Text;

namespace Shortlist.Parsing.Text;

/// <summary>Decodes plain text: UTF-8 or UTF-16 by byte-order mark, else strict UTF-8, else Latin-1.</summary>
internal static class PlainText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        if (content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        if (content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        if (content.Length >= 2 && content[1] == 0 && content[0] != 0) return Encoding.Unicode.GetString(content);
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }
}
