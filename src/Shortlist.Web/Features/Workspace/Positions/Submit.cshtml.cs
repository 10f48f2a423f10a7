using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Features.Client;
using Shortlist.Web.Features.Submissions;

namespace Shortlist.Web.Features.Workspace.Positions;

/// <summary>The recruiter submits an application to the client: which parts of the match explanation to share, which résumé, and a note.</summary>
public sealed class SubmitModel(SubmissionService submissions, ShortlistDbContext db) : PageModel
{
    public SubmitDraft Draft { get; private set; } = null!;

    [BindProperty] public List<SharedExplanation> Share { get; set; } = [.. SubmissionService.DefaultShare];
    /// <summary>The résumé to share: a file id, or "none".</summary>
    [BindProperty] public string? Resume { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        if (await submissions.DraftAsync(positionId, applicationId, ct) is not { } draft) return NotFound();
        Draft = draft;
        Resume = draft.Resumes.Count > 0 ? draft.Resumes[0].FileId.ToString() : "none";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid positionId, Guid applicationId, CancellationToken ct)
    {
        if (await submissions.DraftAsync(positionId, applicationId, ct) is not { } draft) return NotFound();
        Draft = draft;
        try
        {
            var shareResume = Resume != "none";
            Guid? file = shareResume && Guid.TryParse(Resume, out var id) ? id : null;
            if (shareResume && file is null && draft.Resumes.Count > 0) throw new DomainRuleException("Choose a résumé to share, or none.", "Resume");
            if (await submissions.SubmitAsync(positionId, applicationId, new SubmitInput(Share, file, Note, shareResume && file is not null), ct) is null) return NotFound();
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(e.Field ?? "", e.Message);
            return Page();
        }
        TempData["Message"] = $"{draft.CandidateName} was submitted to the client.";
        return Redirect($"/Positions/{positionId}");
    }
}
