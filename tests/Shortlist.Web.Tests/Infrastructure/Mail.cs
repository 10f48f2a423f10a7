using System.Text;
using System.Text.RegularExpressions;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>One MIME part of a written message: its headers and its decoded body.</summary>
public sealed record MailPart(string ContentType, string? Disposition, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>A .eml file from the pickup folder, read the way a mail client would (RFC 5322 headers, RFC 2046 multipart).</summary>
public sealed partial record Mail(string Path, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<MailPart> Parts)
{
    public string To => Headers.GetValueOrDefault("To", "");

    public static IReadOnlyList<Mail> ReadAll(string folder)
        => Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList();

    public static Mail Read(string path)
    {
        var raw = File.ReadAllText(path);
        Assert.DoesNotMatch("(?<!\r)\n", raw); // every line ends with CRLF
        var (headers, body) = Split(raw);
        var contentType = headers.GetValueOrDefault("Content-Type", "text/plain");
        var parts = new List<MailPart>();
        var boundary = Boundary().Match(contentType);
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary.Success)
        {
            var delimiter = "--" + boundary.Groups[1].Value;
            Assert.Contains(delimiter + "--", body, StringComparison.Ordinal);
            var sections = body.Split(delimiter);
            foreach (var section in sections.Skip(1))
            {
                if (section.StartsWith("--", StringComparison.Ordinal)) break;
                var (partHeaders, partBody) = Split(section.TrimStart('\r', '\n'));
                parts.Add(Decode(partHeaders, partBody.EndsWith("\r\n", StringComparison.Ordinal) ? partBody[..^2] : partBody));
            }
        }
        else parts.Add(Decode(headers, body));
        return new Mail(path, headers, parts);
    }

    private static MailPart Decode(IReadOnlyDictionary<string, string> headers, string body)
    {
        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit");
        var bytes = encoding.Equals("base64", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal))
            : Encoding.UTF8.GetBytes(body);
        return new MailPart(headers.GetValueOrDefault("Content-Type", "text/plain"), headers.GetValueOrDefault("Content-Disposition"), bytes);
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end >= 0, "No blank line after the headers.");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text[..end].Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon]] = line[(colon + 1)..].Trim();
        }
        return (headers, text[(end + 4)..]);
    }

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex Boundary();
}

/// <summary>An iCalendar object read back: unfolded content lines, every physical line checked against the 75-octet limit.</summary>
public sealed record ICalendar(IReadOnlyList<string> Lines)
{
    public static ICalendar Parse(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical) Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line longer than 75 octets: {line}");
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') && lines.Count > 0) lines[^1] += line[1..];
            else lines.Add(line);
        }
        return new ICalendar(lines);
    }

    /// <summary>The value of the first property with this name (parameters ignored).</summary>
    public string? Value(string name)
    {
        var line = Lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>The whole line of the first property with this name, parameters included.</summary>
    public string? Line(string name) => Lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
}
