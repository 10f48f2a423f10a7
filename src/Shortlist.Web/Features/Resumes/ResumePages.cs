using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Resumes;

/// <summary>What the candidate pages do with résumés, the same steps as the API: upload, re-parse, download.</summary>
public sealed class ResumePages(ShortlistDbContext db, ResumeIntake intake, CurrentUser user, AuditLog audit, Duplicates.DuplicateDetector duplicates)
{
    public async Task<IActionResult> UploadAsync(PageModel page, Guid id, IFormFile? file, bool reparse, Action<string> showError,
        Func<Task<IActionResult>> redisplay, Action<string> showMessage, CancellationToken ct)
    {
        var candidate = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null || (reparse && !user.IsStaff)) return page.NotFound();
        try
        {
            var upload = reparse ? await intake.StoredAsync(candidate, ct) : await intake.ReadAsync(file, ct);
            if (upload is null)
            {
                showError("There is no résumé to parse.");
                return await redisplay();
            }
            var (text, parsed) = await intake.ParseAsync(upload, ct);
            await intake.AttachAsync(candidate, upload, text, parsed, ct);
            audit.Record(reparse ? "candidate.reparse" : "candidate.resume", nameof(Candidate), candidate.Id, upload.FileName);
            await db.SaveChangesAsync(ct);
            // A résumé can name an e-mail address or phone another record has: recruiters are told in the duplicates list.
            await duplicates.TryCheckAsync([candidate.Id], ct);
            showMessage(reparse ? "The résumé was parsed again." : $"{upload.FileName} was read into the profile.");
            return page.RedirectToPage();
        }
        catch (ParseException e)
        {
            db.ChangeTracker.Clear();
            showError($"The file could not be read: {e.Message}");
            return await redisplay();
        }
    }

    public async Task<IActionResult> DownloadAsync(PageModel page, Guid id, CancellationToken ct)
    {
        if (await intake.ResumeFileAsync(db.Candidates.AsNoTracking().VisibleTo(user), id, ct) is not { } stored) return page.NotFound();
        if (user.CandidateId != id) await audit.RecordReadAsync("Resume", id, ct);
        return page.File(stored.Content, stored.ContentType, stored.FileName);
    }
}
