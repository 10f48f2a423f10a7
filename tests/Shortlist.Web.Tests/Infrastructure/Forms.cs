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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
