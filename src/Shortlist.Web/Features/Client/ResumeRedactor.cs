using System.Text.RegularExpressions;
using Shortlist.Domain.Candidates;

namespace Shortlist.Web.Features.Client;

/// <summary>
/// Blind review's redacted résumé: the parsed text without the candidate's name, e-mail, phone, address and location lines,
/// links, and the employers named in the profile's roles. Redaction errs on the side of hiding.
/// </summary>
public static partial class ResumeRedactor
{
    public const string Name = "[name]";
    public const string Contact = "[contact]";
    public const string Link = "[link]";
    public const string Employer = "[employer]";
    public const string Address = "[address]";

    public static string Redact(string text, Candidate candidate)
    {
        var result = EmailPattern().Replace(text, Contact);
        result = UrlPattern().Replace(result, Link);
        result = PhonePattern().Replace(result, m => m.Value.Count(char.IsDigit) >= 7 ? Contact : m.Value);
        foreach (var link in candidate.Links.Where(l => !string.IsNullOrWhiteSpace(l))) result = ReplaceWord(result, link.Trim(), Link);
        if (!string.IsNullOrWhiteSpace(candidate.Phone)) result = ReplaceWord(result, candidate.Phone.Trim(), Contact);
        result = ReplaceWord(result, candidate.Email, Contact);
        // Employers first (an employer may contain the candidate's name, e.g. "Archer Consulting"), longest first.
        foreach (var employer in candidate.Roles.Select(r => r.Employer?.Trim()).Where(e => !string.IsNullOrEmpty(e) && e.Length >= 2).Distinct().OrderByDescending(e => e!.Length))
            result = ReplaceWord(result, employer!, Employer);
        foreach (var name in new[] { candidate.FullName, candidate.LastName, candidate.FirstName }.Where(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length >= 2))
            result = ReplaceWord(result, name.Trim(), Name);
        var lines = result.Split('\n').Select(line => IsAddressLine(line, candidate) ? Address : line);
        return string.Join('\n', lines);
    }

    /// <summary>Hides an employer's name in a short text (match evidence and the like).</summary>
    public static string? RedactShort(string? text, Candidate candidate) => text is null ? null : Redact(text, candidate);

    private static bool IsAddressLine(string line, Candidate candidate)
    {
        if (StreetPattern().IsMatch(line) || PostalLinePattern().IsMatch(line)) return true;
        if (candidate.Location is { } place)
        {
            var trimmed = line.Trim();
            // A short line naming the candidate's town is an address or location line.
            if (trimmed.Length <= 80 && !string.IsNullOrWhiteSpace(place.City) && trimmed.Contains(place.City, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string ReplaceWord(string text, string value, string replacement)
        => string.IsNullOrWhiteSpace(value) ? text
        : Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", replacement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(https?://|www\.)\S+|\b(linkedin|github|gitlab|twitter|x)\.com/\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b\d{1,6}\s+(\w+\s+){0,4}(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|court|ct\.?|way|place|pl\.?|square|sq\.?)(\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetPattern();

    [GeneratedRegex(@"\b[A-Z]{2}\s+\d{5}(-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostalLinePattern();
}
