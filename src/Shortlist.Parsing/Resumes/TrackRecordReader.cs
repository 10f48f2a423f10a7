using System.Globalization;
using System.Text.RegularExpressions;
using Shortlist.Domain.Candidates;

namespace Shortlist.Parsing.Resumes;

/// <summary>Track-record cues in role text: budgets ("$4.5M", "budget of 2 million"), team sizes ("team of 12", "led 8 engineers"), "on time", "under budget".</summary>
public static partial class TrackRecordReader
{
    [GeneratedRegex(@"(?:[$€£]\s?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<u>mm|m|k|b|bn|million|thousand|billion)?\b|budgets?\s+(?:of\s+|worth\s+|totall?ing\s+)?(?:usd\s?|us\$\s?)?(?<n>\d+(?:\.\d+)?)\s?(?<u>mm|m|k|b|million|thousand|billion|crores?|lakhs?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BudgetPattern();

    [GeneratedRegex(@"(?:team\s+(?:size\s*[:-]?\s*|of\s+(?:up\s+to\s+)?)(?<n>\d{1,4})|(?:led|leading|managed|managing|supervised|mentored|directed)\s+(?:a\s+team\s+of\s+)?(?<n>\d{1,4})\+?\s+(?:[a-z-]+\s+)?(?:engineers|developers|people|staff|analysts|members|consultants|testers|resources|employees|direct reports|professionals|associates|contractors|fte)|(?<n>\d{1,4})[- ](?:person|member|people)\s+team)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TeamPattern();

    [GeneratedRegex(@"\b(?:on[- ]time|on schedule|ahead of schedule|before (?:the )?deadline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OnTimePattern();

    [GeneratedRegex(@"\b(?:under budget|on budget|within budget|below budget)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OnBudgetPattern();

    /// <summary>The amount of the first budget in <paramref name="text"/>, in units (e.g. 4,500,000 for "$4.5M").</summary>
    public static decimal? Budget(string text)
    {
        var m = BudgetPattern().Match(text);
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return null;
        var multiplier = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mm" or "million" => 1_000_000m,
            "b" or "bn" or "billion" => 1_000_000_000m,
            "lakh" or "lakhs" => 100_000m,
            "crore" or "crores" => 10_000_000m,
            _ => 1m,
        };
        var amount = n * multiplier;
        return amount >= 1_000 ? amount : null;
    }

    /// <summary>The first team size in <paramref name="text"/>.</summary>
    public static int? TeamSize(string text)
        => TeamPattern().Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 10_000 ? n : null;

    /// <summary>The projects described in <paramref name="roles"/>: one per role whose text carries a cue.</summary>
    public static List<ProjectRecord> Read(IEnumerable<ParsedRole> roles, string fallbackText)
    {
        var records = new List<ProjectRecord>();
        var list = roles.ToList();
        foreach (var role in list)
            if (FromText(role.Description, Name(role), role.End?.Year ?? (role.Current ? null : role.Start?.Year)) is { } record) records.Add(record);
        if (list.Count == 0 && FromText(fallbackText, "Projects", null) is { } only) records.Add(only);
        return records;
    }

    private static string Name(ParsedRole role)
        => string.Join(", ", new[] { role.Title, role.Employer }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } n ? n : "Project";

    private static ProjectRecord? FromText(string text, string name, int? year)
    {
        var budget = Budget(text);
        var team = TeamSize(text);
        bool? onTime = OnTimePattern().IsMatch(text) ? true : null;
        bool? onBudget = OnBudgetPattern().IsMatch(text) ? true : null;
        return budget is null && team is null && onTime is null && onBudget is null ? null
            : new ProjectRecord(name.Length > 200 ? name[..200] : name, budget, team, onTime, onBudget, year);
    }
}
