using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Resumes;
using Microsoft.AspNetCore.Mvc;

namespace Shortlist.Web.Features.Portal;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user, ResumePages resumes) : PageModel
{
    public Candidate? Candidate { get; private set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
        => resumes.UploadAsync(this, user.CandidateId ?? Guid.Empty, file, reparse: false, e => Error = e, async () => { await OnGetAsync(ct); return Page(); }, m => Message = m, ct);

    public Task<IActionResult> OnGetResumeAsync(CancellationToken ct) => resumes.DownloadAsync(this, user.CandidateId ?? Guid.Empty, ct);

    public async Task OnGetAsync(CancellationToken ct)
        => Candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(ct);
}
