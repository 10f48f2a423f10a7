using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Activities;

/// <summary>What the timeline section of a candidate, position or organization page shows.</summary>
/// <param name="Subject">candidate, position or organization.</param>
/// <param name="SubjectId">The record's id.</param>
/// <param name="Entries">One page of the timeline, newest first.</param>
/// <param name="ReturnUrl">Where the log form comes back to.</param>
/// <param name="EmailLink">Where "send an e-mail from a template" goes, when the subject is e-mailed from here.</param>
public sealed record TimelineView(string Subject, Guid SubjectId, Page<ActivityResponse> Entries, string ReturnUrl, string? EmailLink = null)
{
    /// <summary>How a time is shown: in UTC, as the log form takes it.</summary>
    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Label(string kind) => kind switch
    {
        "note" => "Note",
        "call" => "Call",
        "meeting" => "Meeting",
        "email" => "E-mail",
        _ => kind,
    };
}
