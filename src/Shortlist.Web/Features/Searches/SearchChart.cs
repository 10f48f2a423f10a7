using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Shortlist.Web.Features.Searches;

/// <summary>
/// The chart of one search, drawn on the server as inline SVG (styled by classes in site.css, no inline styles): on top the
/// timeline from the start of the search to its target dates with today marked, below the hours logged over time against
/// the hours budget. The same dates run along both, so the burn reads against the timeline.
/// </summary>
public static class SearchChart
{
    private const double Width = 640, Left = 48, Right = 16, TimelineTop = 24, TimelineHeight = 14, BurnTop = 64, BurnHeight = 120;

    public static IHtmlContent Render(SearchDetail detail)
    {
        var s = detail.Summary;
        var today = detail.Today;
        var dates = new List<DateOnly> { s.Started, today };
        if (s.ShortlistBy is { } sb) dates.Add(sb);
        if (s.FillBy is { } fb) dates.Add(fb);
        dates.AddRange(detail.Burn.Select(b => b.Date));
        var from = dates.Min();
        var to = dates.Max();
        if (to.DayNumber - from.DayNumber < 7) to = from.AddDays(7);
        double X(DateOnly d) => Left + (Width - Left - Right) * (d.DayNumber - from.DayNumber) / (double)(to.DayNumber - from.DayNumber);
        var logged = detail.Burn.Count == 0 ? 0 : detail.Burn[^1].CumulativeHours;
        var top = Math.Max(1, Math.Max(s.HoursBudget ?? 0, logged) * 1.1);
        double Y(double hours) => BurnTop + BurnHeight - BurnHeight * hours / top;

        var id = "chart-" + s.PositionId.ToString("N")[..12];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"search-chart status-{Css(s.Status)}\" viewBox=\"0 0 {N(Width)} {N(BurnTop + BurnHeight + 28)}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">Timeline and budget burn of {E(s.Title)}</title>");
        var description = $"Started {s.Started:yyyy-MM-dd}; today {today:yyyy-MM-dd}"
            + (s.ShortlistBy is { } a ? $"; shortlist due {a:yyyy-MM-dd}" : "")
            + (s.FillBy is { } b ? $"; fill by {b:yyyy-MM-dd}" : "")
            + $"; {N(logged)} hours logged" + (s.HoursBudget is { } h ? $" of a {N(h)}-hour budget" : ", no hours budget") + ".";
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{E(description)}</desc>");

        // Timeline: the span of the search to its fill date, target markers, today.
        var end = s.FillBy ?? to;
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-span\" x=\"{N(X(s.Started))}\" y=\"{N(TimelineTop)}\" width=\"{N(Math.Max(1, X(end) - X(s.Started)))}\" height=\"{N(TimelineHeight)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-elapsed\" x=\"{N(X(s.Started))}\" y=\"{N(TimelineTop)}\" width=\"{N(Math.Max(0, Math.Min(X(today), X(end)) - X(s.Started)))}\" height=\"{N(TimelineHeight)}\"/>");
        if (s.ShortlistBy is { } shortlist) Marker(svg, X(shortlist), "chart-target", "shortlist");
        if (s.FillBy is { } fill) Marker(svg, X(fill), "chart-target", "fill by");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-today\" x1=\"{N(X(today))}\" x2=\"{N(X(today))}\" y1=\"{N(TimelineTop - 6)}\" y2=\"{N(BurnTop + BurnHeight)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(X(today) + 3)}\" y=\"{N(BurnTop + BurnHeight + 24)}\">today</text>");

        // Burn: axes, the budget line, the cumulative hours.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(BurnTop + BurnHeight)}\" y2=\"{N(BurnTop + BurnHeight)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"{N(Left)}\" x2=\"{N(Left)}\" y1=\"{N(BurnTop)}\" y2=\"{N(BurnTop + BurnHeight)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"2\" y=\"{N(BurnTop + 10)}\">{N(top)} h</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(Left)}\" y=\"{N(BurnTop + BurnHeight + 12)}\">{from:yyyy-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label chart-end\" x=\"{N(Width - Right)}\" y=\"{N(BurnTop + BurnHeight + 12)}\">{to:yyyy-MM-dd}</text>");
        if (s.HoursBudget is { } budget)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-budget\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(Y(budget))}\" y2=\"{N(Y(budget))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(Left + 4)}\" y=\"{N(Y(budget) - 3)}\">budget {N(budget)} h</text>");
        }
        var points = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{N(X(s.Started))},{N(Y(0))}");
        foreach (var p in detail.Burn) points.Append(CultureInfo.InvariantCulture, $" {N(X(p.Date))},{N(Y(p.CumulativeHours))}");
        if (detail.Burn.Count == 0 || detail.Burn[^1].Date < today) points.Append(CultureInfo.InvariantCulture, $" {N(X(today))},{N(Y(logged))}");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"chart-burn\" points=\"{points}\"/>");
        foreach (var p in detail.Burn)
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"chart-point\" cx=\"{N(X(p.Date))}\" cy=\"{N(Y(p.CumulativeHours))}\" r=\"3\"><title>{p.Date:yyyy-MM-dd}: {N(p.CumulativeHours)} h</title></circle>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Marker(StringBuilder svg, double x, string css, string label)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{css}\" x1=\"{N(x)}\" x2=\"{N(x)}\" y1=\"{N(TimelineTop - 4)}\" y2=\"{N(TimelineTop + TimelineHeight + 4)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(x + 2)}\" y=\"{N(TimelineTop - 8)}\">{E(label)}</text>");
    }

    public static string Css(Shortlist.Domain.Searches.SearchStatus status) => status switch
    {
        Shortlist.Domain.Searches.SearchStatus.OnTrack => "on-track",
        Shortlist.Domain.Searches.SearchStatus.AtRisk => "at-risk",
        Shortlist.Domain.Searches.SearchStatus.OverBudget => "over-budget",
        _ => "late",
    };

    public static string Words(Shortlist.Domain.Searches.SearchStatus status) => status switch
    {
        Shortlist.Domain.Searches.SearchStatus.OnTrack => "On track",
        Shortlist.Domain.Searches.SearchStatus.AtRisk => "At risk",
        Shortlist.Domain.Searches.SearchStatus.OverBudget => "Over budget",
        _ => "Late",
    };

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
