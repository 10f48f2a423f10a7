using System.Text.RegularExpressions;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>Posts a page's form the way a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = Token().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {url}.");
        fields["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The fields a browser would send for the form with <paramref name="formId"/>: inputs with their values and each select's chosen option.</summary>
    public static Dictionary<string, string> Fields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No form #{formId}.");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(form))
        {
            var name = Attribute(input.Value, "name");
            if (name is null || Attribute(input.Value, "type") is "submit" or "button") continue;
            // A checkbox sends its value only when ticked; the hidden "false" MVC writes after it must not overwrite a ticked one.
            if (Attribute(input.Value, "type") == "checkbox" && Attribute(input.Value, "checked") is null) continue;
            if (Attribute(input.Value, "type") == "hidden" && Attribute(input.Value, "value") == "false" && fields.ContainsKey(System.Net.WebUtility.HtmlDecode(name))) continue;
            fields[System.Net.WebUtility.HtmlDecode(name)] = System.Net.WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? "");
        }
        foreach (Match area in TextArea().Matches(form))
            fields[System.Net.WebUtility.HtmlDecode(Attribute(area.Groups[1].Value, "name")!)] = System.Net.WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\r', '\n'));
        foreach (Match select in Select().Matches(form))
        {
            var name = Attribute(select.Groups[1].Value, "name")!;
            var chosen = Regex.Match(select.Groups[2].Value, "<option selected=\"selected\" value=\"([^\"]*)\"");
            fields[System.Net.WebUtility.HtmlDecode(name)] = chosen.Success ? chosen.Groups[1].Value : "";
        }
        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
