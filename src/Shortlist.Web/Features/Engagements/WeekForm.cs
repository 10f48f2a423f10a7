using System.Globalization;
using Shortlist.Domain.Engagements;

namespace Shortlist.Web.Features.Engagements;

/// <summary>One row of the week form.</summary>
public sealed record WeekFormDay(DateOnly Date, string Hours, string? Note, bool InEngagement);

/// <summary>The week form shared by the candidate portal and the workspace: seven days, hours and a note each.</summary>
public sealed record WeekForm(Guid EngagementId, DateOnly Monday, IReadOnlyList<WeekFormDay> Days, TimesheetStatus? Status, long? Version,
    string? RejectionReason, bool Editable, DateOnly? Previous, DateOnly? Next, string? Error)
{
    public double Total => Days.Sum(d => double.TryParse(d.Hours, NumberStyles.Float, CultureInfo.InvariantCulture, out var h) ? h : 0);

    /// <summary>The form for a week as stored (or empty), optionally with what was typed and an error.</summary>
    public static WeekForm For(EngagementSummary engagement, DateOnly monday, TimesheetView? week, string?[]? typedHours = null, string?[]? typedNotes = null, string? error = null)
    {
        var days = Enumerable.Range(0, 7).Select(i =>
        {
            var date = monday.AddDays(i);
            var stored = week?.Days.FirstOrDefault(d => d.Date == date);
            var hours = typedHours is not null && i < typedHours.Length ? typedHours[i] ?? ""
                : stored is null ? "" : stored.Hours.ToString("0.##", CultureInfo.InvariantCulture);
            var note = typedNotes is not null && i < typedNotes.Length ? typedNotes[i] : stored?.Note;
            return new WeekFormDay(date, hours, note, date >= engagement.Start && date <= engagement.End);
        }).ToList();
        var previous = monday.AddDays(-7);
        var next = monday.AddDays(7);
        return new WeekForm(engagement.Id, monday, days, week?.Status, week?.Version, week?.RejectionReason,
            week is null || week.Status is TimesheetStatus.Draft or TimesheetStatus.Rejected,
            previous.AddDays(6) >= engagement.Start ? previous : null, next <= engagement.End ? next : null, error);
    }

    /// <summary>The week to show by default: this week, kept inside the engagement.</summary>
    /// <summary>The week named in a form or address (yyyy-MM-dd), or null when it is not a date.</summary>
    public static DateOnly? ParseWeek(string? week)
        => DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static DateOnly DefaultWeek(EngagementSummary engagement, DateOnly today)
    {
        var day = today < engagement.Start ? engagement.Start : today > engagement.End ? engagement.End : today;
        return TimesheetWeek.MondayOf(day);
    }

    /// <summary>Reads the posted days; a value that is not a number becomes an error naming the day.</summary>
    public static (IReadOnlyList<TimesheetDayInput>? Days, string? Error) Parse(DateOnly monday, string?[]? hours, string?[]? notes)
    {
        var days = new List<TimesheetDayInput>();
        for (var i = 0; i < 7; i++)
        {
            var date = monday.AddDays(i);
            var text = hours is not null && i < hours.Length ? hours[i]?.Trim() : null;
            var note = notes is not null && i < notes.Length ? notes[i] : null;
            double value = 0;
            if (!string.IsNullOrEmpty(text) && !double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                return (null, $"{date:dddd yyyy-MM-dd}: \"{text}\" is not a number of hours.");
            if (value != 0 || !string.IsNullOrWhiteSpace(note)) days.Add(new TimesheetDayInput(date, value, note));
        }
        return (days, null);
    }
}
