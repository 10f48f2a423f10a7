using System.Globalization;
using System.Text.RegularExpressions;
using Shortlist.Domain.Candidates;

namespace Shortlist.Parsing.Resumes;

/// <summary>Track-record cues in role text: budgets ("$4.5M", "budget of 2 million"), team sizes ("team of 12", "led 8 engineers"), "on time", "under budget".</summary>
public static partial class TrackRecordReader
{
    [GeneratedRegex(@"(?:[$€£]\s?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<u>mm|m|k|b|bn|million|thousand|billion)?\b|budgets?\s+(?:of\s+|worth\s+|totall?ing\s+)?(?:usd\s?|us\$\s?)?(?<n>\d+(?:\.\d+)?)\s?(?<u>mm|m|k|b|million|thousand|billion|crores?|lakhs?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BudgetPattern();

    [GeneratedRegex(@"(?:team\s+(?:size\s*[:-]?\s*|of\s+(?:up\s+to\s+)?)(?<n>\d{1,4})|(?:led|leading|managed|managing|supervised|mentored|directed)\s+(?:a\s+team\s+of\s+)?(?<n>\d{1,4})\+?\s+(?:[a-z-]+\s+)?(?:engineers|developers|people|staff|analysts|members|consultants|testers|resources|employees|direct reports|professionals|associates|contractors|fte)|(?<n>\d{1,4})[- ](?:person|member|people|analyst|engineer|developer|consultant|strong)\s+(?:[a-z]+\s+)?(?:team|workstream|squad|crew|department|group|pmo)|(?:team|staff|department|pmo)\s+of\s+(?:over\s+|more\s+than\s+|about\s+|approximately\s+)?(?<n>\d{1,4})\+?|(?:led|leading|managed|managing|supervised|supervising|directed|directing|oversaw|overseeing|coordinated|coordinating)\s+(?:over\s+|more\s+than\s+|about\s+|approximately\s+|up\s+to\s+)?(?<n>\d{1,4})\+?\s+(?:[a-z-]+\s+){0,2}?(?:engineers|developers|people|staff|analysts|members|consultants|testers|resources|employees|direct reports|professionals|associates|contractors|fte|ftes|personnel|specialists|managers|agents|nurses|clinicians))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TeamPattern();

    [GeneratedRegex(@"\b(?:on[- ]time|on schedule|ahead of schedule|before (?:the )?deadline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OnTimePattern();

    [GeneratedRegex(@"\b(?:under budget|on budget|within budget|below budget)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OnBudgetPattern();

    /// <summary>Words after an amount that make it the size of an organisation, not of the work: "a $3B credit union", "$22B in revenue".</summary>
    [GeneratedRegex(@"^\s*(?:(?:mm|m|k|b|bn|million|thousand|billion)\b\.?)?\s*(?:(?:in|of)\s+)?(?:(?:annual|yearly|global|total)\s+)?(?:[a-z-]+\s+)?(?:revenues?|sales|turnover|assets|aum|market\s+cap|valuation|credit\s+union|bank|company|companies|corporation|organi[sz]ation|business|enterprise|retailer|firm|insurer|health\s+system|hospital|manufacturer|conglomerate|industry|market)(?![-\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OrganisationAfter();

    /// <summary>Words before an amount that make it the size of an organisation: "revenue of $22B", "with assets of $78B".</summary>
    [GeneratedRegex(@"\b(?:revenues?|sales|turnover|assets|aum|valuation|market\s+cap(?:itali[sz]ation)?)\s+(?:of\s+|over\s+|exceeding\s+|above\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OrganisationBefore();

    /// <summary>
    /// The amount of the first budget in <paramref name="text"/>, in units (e.g. 4,500,000 for "$4.5M"); an amount that
    /// sizes an organisation ("a $3B credit union", "revenue of $22B") is not a budget.
    /// </summary>
    public static decimal? Budget(string text)
    {
        var m = BudgetPattern().Matches(text).FirstOrDefault(x => !OrganisationAfter().IsMatch(text.AsSpan(x.Index + x.Length, Math.Min(60, text.Length - x.Index - x.Length)).ToString())
            && !OrganisationBefore().IsMatch(text[Math.Max(0, x.Index - 40)..x.Index]));
        if (m is null || !decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return null;
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
