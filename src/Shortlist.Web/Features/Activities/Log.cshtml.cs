using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.Activities;

/// <summary>
/// Logs a note, call, meeting or e-mail on a candidate, position or organization. The timeline sections of those pages
/// post here; on success it goes back there, otherwise it shows the form again with the message and what was typed.
/// </summary>
public sealed class LogModel(ActivityService activities) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SubjectId { get; set; }
    [BindProperty] public string? Kind { get; set; } = "note";
    [BindProperty] public string? Text { get; set; }
    /// <summary>As a datetime-local field sends it ("2026-11-26T09:30"), read as UTC.</summary>
    [BindProperty] public string? OccurredAt { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
        => ActivityService.TryParseSubject(Subject, out var subject) && SubjectId is { } id && await activities.SubjectVisibleAsync(subject, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DateTimeOffset? when = null;
        if (!string.IsNullOrWhiteSpace(OccurredAt))
        {
            if (DateTime.TryParse(OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
                when = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
            else
            {
                ModelState.AddModelError(nameof(OccurredAt), "When: give a date and time such as 2026-11-26T09:30.");
                return Page();
            }
        }
        var outcome = await activities.LogAsync(new LogActivityRequest(Subject, SubjectId, Kind, Text, when), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Value is not { } logged)
        {
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var m in messages) ModelState.AddModelError(FieldOf(field), m);
            return Page();
        }
        TempData["ActivityMessage"] = $"{TimelineView.Label(logged.Kind)} logged.";
        return Redirect(Back(logged.Subject, logged.SubjectId));
    }

    /// <summary>The page to go back to: the given local address, else the subject's page.</summary>
    public string Back(string? subject, Guid? id)
        => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : SubjectPage(subject, id);

    public static string SubjectPage(string? subject, Guid? id) => subject?.ToLowerInvariant() switch
    {
        "candidate" => $"/Candidates/{id}#timeline",
        "position" => $"/Positions/{id}#timeline",
        "organization" => $"/Organizations/{id}#timeline",
        _ => "/Workspace",
    };

    private static string FieldOf(string field) => field switch
    {
        "text" => nameof(Text),
        "kind" => nameof(Kind),
        "occurredAt" => nameof(OccurredAt),
        _ => "",
    };
}
