using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Microsoft.AspNetCore.Html;

namespace Shortlist.Web.Features.Shared;

/// <summary>
/// Free text that may carry simple formatting (position descriptions): sanitized with HtmlSanitizer to a small allow-list
/// (paragraphs, line breaks, emphasis, lists, headings, links to http(s) and mailto) before it is stored, and again
/// before it is shown. Text without markup is shown as paragraphs and lines. Every other free text in the product is
/// shown HTML-encoded.
/// </summary>
public sealed partial class RichText
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "a", "blockquote", "code"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        s.PostProcessNode += (_, e) =>
        {
            // Links leave the site without telling it where they came from and without a handle on this window.
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } a) a.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        s.AllowedAttributes.Add("rel");
        return s;
    }

    /// <summary>The stored form: markup cleaned to the allow-list; plain text is kept as it is.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text) || !LooksLikeMarkup(text)) return text ?? "";
        return Sanitizer.Sanitize(text).Trim();
    }

    /// <summary>The shown form: sanitized again (stored text may predate the rules), or plain text as encoded paragraphs.</summary>
    public static IHtmlContent Html(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return HtmlString.Empty;
        if (LooksLikeMarkup(text)) return new HtmlString(Sanitizer.Sanitize(text));
        var html = new StringBuilder();
        foreach (var paragraph in Paragraphs().Split(text.Trim()))
            html.Append("<p>").Append(string.Join("<br />", paragraph.Split('\n').Select(l => WebUtility.HtmlEncode(l.TrimEnd('\r'))))).Append("</p>");
        return new HtmlString(html.ToString());
    }

    /// <summary>The text alone, for summaries, feeds and structured data.</summary>
    public static string Plain(string? text)
        => string.IsNullOrEmpty(text) || !LooksLikeMarkup(text) ? text ?? "" : WebUtility.HtmlDecode(Tags().Replace(Sanitizer.Sanitize(text), " "));

    private static bool LooksLikeMarkup(string text) => text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal) && Entity().IsMatch(text);

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")]
    private static partial Regex Entity();
}
