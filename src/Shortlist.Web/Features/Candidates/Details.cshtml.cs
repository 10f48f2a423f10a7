using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Activities;
using Shortlist.Web.Features.Resumes;

namespace Shortlist.Web.Features.Candidates;

public sealed class DetailsModel(ShortlistDbContext db, CurrentUser user, AuditLog audit, ResumePages resumes, ActivityService activities, Duplicates.DuplicateService duplicates) : PageModel
{
    public Candidate Candidate { get; private set; } = null!;
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }
    public TimelineView? Timeline { get; private set; }

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
        => resumes.UploadAsync(this, id, file, reparse: false, e => Error = e, () => OnGetAsync(id, ct), m => Message = m, ct);

    public Task<IActionResult> OnPostReparseAsync(Guid id, CancellationToken ct)
        => resumes.UploadAsync(this, id, null, reparse: true, e => Error = e, () => OnGetAsync(id, ct), m => Message = m, ct);

    public Task<IActionResult> OnGetResumeAsync(Guid id, CancellationToken ct) => resumes.DownloadAsync(this, id, ct);

    private int? ParsePage() => int.TryParse(Request.Query["page"], out var p) ? p : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null)
        {
            // A record merged into another: its old links lead to the record that was kept.
            if (user.IsStaff && await duplicates.SurvivorOfAsync(id, ct) is { } survivor) return Redirect($"/Candidates/{survivor}");
            return NotFound();
        }
        await audit.RecordReadAsync(nameof(Candidate), candidate.Id, ct);
        Candidate = candidate;
        var timeline = await activities.TimelineAsync(Domain.Activities.ActivitySubject.Candidate, id, ParsePage(), null, ct);
        if (timeline is not null) Timeline = new TimelineView("candidate", id, timeline, $"/Candidates/{id}#timeline", $"/Activities/Email?CandidateId={id}");
        return Page();
    }
}
