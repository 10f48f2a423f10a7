namespace Shortlist.Domain.Searches;

/// <summary>How a search stands against its plan, worst last.</summary>
public enum SearchStatus
{
    /// <summary>Dates and budget are being met.</summary>
    OnTrack,
    /// <summary>A date or the budget will be missed unless something changes.</summary>
    AtRisk,
    /// <summary>More effort was logged than budgeted.</summary>
    OverBudget,
    /// <summary>A target date passed without the result it called for.</summary>
    Late,
}

/// <summary>What the status of a search is computed from.</summary>
/// <param name="Today">The day the status is for.</param>
/// <param name="ShortlistBy">When the shortlist is due.</param>
/// <param name="FillBy">When the role should be filled.</param>
/// <param name="Submitted">Candidates put forward to the client so far (submitted or further, placed included).</param>
/// <param name="Placed">True once someone was placed.</param>
/// <param name="HoursLogged">Recruiter effort logged against the search.</param>
/// <param name="HoursBudget">Recruiter effort budgeted, when there is a budget.</param>
public sealed record SearchProgress(DateOnly Today, DateOnly? ShortlistBy, DateOnly? FillBy, int Submitted, bool Placed, double HoursLogged, double? HoursBudget);

/// <summary>A search's status with the reasons in words.</summary>
/// <param name="Status">The worst status that applies.</param>
/// <param name="Reasons">Every reason found, worst first; one sentence each.</param>
public sealed record SearchHealth(SearchStatus Status, IReadOnlyList<string> Reasons)
{
    /// <summary>The reasons as one sentence list.</summary>
    public string Reason => string.Join(" ", Reasons);
}

/// <summary>
/// The rules that turn a search's progress into a status. Late: the shortlist date passed with fewer than
/// <see cref="ShortlistSize"/> candidates submitted, or the fill date passed without a placement. Over budget: more hours
/// logged than budgeted. At risk: the shortlist is due within <see cref="WarningDays"/> days with fewer than
/// <see cref="ShortlistSize"/> submitted, the fill date is within <see cref="WarningDays"/> days without a placement, or
/// <see cref="BurnWarning"/> of the hours budget is used. Otherwise on track. A placed search is on track.
/// </summary>
public static class SearchHealthRules
{
    /// <summary>How many candidates make a shortlist.</summary>
    public const int ShortlistSize = 3;
    /// <summary>How many days before a target date a shortfall counts as a risk.</summary>
    public const int WarningDays = 7;
    /// <summary>The share of the hours budget from which a search is at risk.</summary>
    public const double BurnWarning = 0.8;

    /// <summary>The status of a search and why.</summary>
    public static SearchHealth Evaluate(SearchProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var found = new List<(SearchStatus Status, string Reason)>();
        if (p.HoursBudget is { } budget && p.HoursLogged > budget)
            found.Add((SearchStatus.OverBudget, $"{Hours(p.HoursLogged)} hours logged against a budget of {Hours(budget)}."));
        if (p.Placed) return Result(found, "Placed.");

        if (p.ShortlistBy is { } shortlist && p.Submitted < ShortlistSize)
        {
            var days = shortlist.DayNumber - p.Today.DayNumber;
            if (days < 0)
                found.Add((SearchStatus.Late, $"The shortlist was due {shortlist:yyyy-MM-dd} and {Count(p.Submitted)} of {ShortlistSize} submitted."));
            else if (days <= WarningDays)
                found.Add((SearchStatus.AtRisk, $"The shortlist is due in {Days(days)} and {Count(p.Submitted)} of {ShortlistSize} submitted."));
        }
        if (p.FillBy is { } fill)
        {
            var days = fill.DayNumber - p.Today.DayNumber;
            if (days < 0) found.Add((SearchStatus.Late, $"The role was to be filled by {fill:yyyy-MM-dd} and no one is placed."));
            else if (days <= WarningDays) found.Add((SearchStatus.AtRisk, $"The role is to be filled in {Days(days)} and no one is placed."));
        }
        if (p.HoursBudget is { } b && b > 0 && p.HoursLogged <= b && p.HoursLogged >= b * BurnWarning)
            found.Add((SearchStatus.AtRisk, $"{p.HoursLogged / b:P0} of the {Hours(b)}-hour budget is used."));
        return Result(found, "Dates and budget are being met.");
    }

    private static SearchHealth Result(List<(SearchStatus Status, string Reason)> found, string otherwise)
        => found.Count == 0
            ? new SearchHealth(SearchStatus.OnTrack, [otherwise])
            : new SearchHealth(found.Max(f => f.Status), [.. found.OrderByDescending(f => f.Status).Select(f => f.Reason)]);

    private static string Hours(double h) => h.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    private static string Days(int d) => d switch { 0 => "less than a day", 1 => "1 day", _ => $"{d} days" };
    private static string Count(int n) => n == 0 ? "none" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
