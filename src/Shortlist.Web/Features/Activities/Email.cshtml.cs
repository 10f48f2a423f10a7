using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.Activities;

/// <summary>
/// Sends a candidate an e-mail from a template in three steps, each a plain form: choose the template (and the position
/// it is about), see it filled from the records and edit it, send. The e-mail is logged on the candidate's timeline and
/// on the position's.
/// </summary>
public sealed class EmailModel(ActivityService activities) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid CandidateId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? PositionId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? TemplateId { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }

    public string RecipientName { get; private set; } = "";
    public string RecipientEmail { get; private set; } = "";
    /// <summary>Why nothing can be sent to this candidate (erased, no address), when so.</summary>
    public string? Problem { get; private set; }
    public IReadOnlyList<MessageTemplateResponse> Templates { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Positions { get; private set; } = [];
    public EmailPreviewResponse? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Problem is null && TemplateId is not null)
        {
            var preview = await activities.PreviewAsync(new EmailFromTemplateRequest(TemplateId, CandidateId, PositionId), ct);
            if (preview.NotFound) return NotFound();
            if (preview.Value is { } filled) (Preview, Subject, Body) = (filled, filled.Subject, filled.Body);
            else AddErrors(preview.Errors!);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var sent = await activities.SendAsync(new EmailFromTemplateRequest(TemplateId, CandidateId, PositionId, Subject ?? "", Body ?? ""), ct);
        if (sent.NotFound) return NotFound();
        if (sent.Value is { } done)
        {
            TempData["ActivityMessage"] = $"E-mail \"{done.Subject}\" to {done.To} queued and logged.";
            return Redirect($"/Candidates/{CandidateId}#timeline");
        }
        AddErrors(sent.Errors!);
        var preview = await activities.PreviewAsync(new EmailFromTemplateRequest(TemplateId, CandidateId, PositionId), ct);
        Preview = preview.Value;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await activities.RecipientAsync(CandidateId, ct) is not { } recipient) return false;
        (RecipientName, RecipientEmail, Problem) = recipient;
        Templates = await activities.TemplatesAsync(ct);
        Positions = await activities.PositionsOfAsync(CandidateId, ct);
        if (PositionId is { } chosen && Positions.All(p => p.Id != chosen))
        {
            // A position the candidate is not (yet) in the pipeline of, chosen from its own page: offer it too.
            if (await activities.SubjectVisibleAsync(Domain.Activities.ActivitySubject.Position, chosen, ct)) Positions = [.. Positions, (chosen, "the position you came from")];
            else return false;
        }
        return true;
    }

    private void AddErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var m in messages) ModelState.AddModelError(field is "subject" ? nameof(Subject) : field is "body" ? nameof(Body) : "", m);
    }
}
