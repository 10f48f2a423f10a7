using System.Globalization;
using System.Text;

namespace Shortlist.Web.Features.Conversations;

/// <summary>One event of an iCalendar invitation (RFC 5545, METHOD:REQUEST). Times are instants; they are written in UTC.</summary>
public sealed record CalendarEvent(
    string Uid, int Sequence, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End,
    string Summary, string? Description, string? Location,
    string OrganizerEmail, string? OrganizerName, string AttendeeEmail, string? AttendeeName);

/// <summary>
/// Writes an iCalendar invitation: CRLF line ends, content lines folded at 75 octets (never inside a UTF-8 sequence),
/// TEXT values escaped (backslash, semicolon, comma, newline), parameter values quoted.
/// </summary>
public static class CalendarInvitation
{
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";

    /// <summary>The content type of a cancellation (<see cref="Write(CalendarEvent, bool)"/> with <c>cancel</c>).</summary>
    public const string CancelContentType = "text/calendar; method=CANCEL; charset=utf-8";

    /// <summary>The UID of an interview's invitations: the same for the first invitation, every move and the cancellation.</summary>
    public static string InterviewUid(Guid interviewId) => $"interview-{interviewId:N}@shortlist";

    public static string Write(CalendarEvent e) => Write(e, cancel: false);

    /// <summary>An invitation (METHOD:REQUEST), or with <paramref name="cancel"/> its cancellation (METHOD:CANCEL, STATUS:CANCELLED).</summary>
    public static string Write(CalendarEvent e, bool cancel)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:-//Shortlist//Career conversations//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            cancel ? "METHOD:CANCEL" : "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:" + Text(e.Uid),
            "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(e.Stamp),
            "DTSTART:" + Utc(e.Start),
            "DTEND:" + Utc(e.End),
            "SUMMARY:" + Text(e.Summary),
        };
        if (!string.IsNullOrWhiteSpace(e.Description)) lines.Add("DESCRIPTION:" + Text(e.Description));
        if (!string.IsNullOrWhiteSpace(e.Location)) lines.Add("LOCATION:" + Text(e.Location));
        lines.Add("ORGANIZER" + Name(e.OrganizerName) + ":mailto:" + Address(e.OrganizerEmail));
        lines.Add("ATTENDEE" + Name(e.AttendeeName) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + Address(e.AttendeeEmail));
        lines.Add(cancel ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        lines.Add("TRANSP:OPAQUE");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var output = new StringBuilder();
        foreach (var line in lines) output.Append(Fold(line));
        return output.ToString();
    }

    /// <summary>A UTC date-time in the basic format: 20261201T150000Z.</summary>
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    public static string Text(string value)
    {
        var b = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case ';': b.Append("\\;"); break;
                case ',': b.Append("\\,"); break;
                case '\n': b.Append("\\n"); break;
                default:
                    if (!char.IsControl(c) || c == '\t') b.Append(c);
                    break;
            }
        }
        return b.ToString();
    }

    /// <summary>Folds a content line so no physical line is longer than 75 octets, and ends it with CRLF (RFC 5545 §3.1).</summary>
    public static string Fold(string line)
    {
        var output = new StringBuilder();
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        return output.Append("\r\n").ToString();
    }

    // Parameter values are quoted; a double quote cannot appear inside one, nor can control characters.
    private static string Name(string? name)
        => string.IsNullOrWhiteSpace(name) ? "" : ";CN=\"" + new string(name.Where(c => c != '"' && !char.IsControl(c)).ToArray()) + "\"";

    private static string Address(string email) => new(email.Where(c => !char.IsControl(c) && c is not (';' or ':' or ',' or '"')).ToArray());
}
