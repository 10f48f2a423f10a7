using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Files;

namespace Shortlist.Web.Features.Resumes;

/// <summary>What the candidate pages do with résumés, the same steps as the API: upload, re-parse, download.</summary>
public sealed class ResumePages(ShortlistDbContext db, ResumeIntake intake, FileStore files, CurrentUser user, AuditLog audit)
{
    public async Task<IActionResult> UploadAsync(PageModel page, Guid id, IFormFile? file, bool reparse, Action<string> showError,
        Func<Task<IActionResult>> redisplay, Action<string> showMessage, CancellationToken ct)
    {
        var candidate = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null || (reparse && !user.IsStaff)) return page.NotFound();
        try
        {
            ResumeIntake.Upload upload;
            if (reparse)
            {
                if (candidate.ResumeFileId is not { } fileId || await files.FindAsync(fileId, ct) is not { } stored)
                {
                    showError("There is no résumé to parse.");
                    return await redisplay();
                }
                upload = new ResumeIntake.Upload(stored.Content, stored.FileName, stored.ContentType);
            }
            else upload = await intake.ReadAsync(file, ct);
            var (text, parsed) = await intake.ParseAsync(upload, ct);
            await intake.AttachAsync(candidate, upload, text, parsed, ct);
            audit.Record(reparse ? "candidate.reparse" : "candidate.resume", nameof(Candidate), candidate.Id, upload.FileName);
            await db.SaveChangesAsync(ct);
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
        var fileId = await db.Candidates.AsNoTracking().VisibleTo(user).Where(c => c.Id == id).Select(c => c.ResumeFileId).FirstOrDefaultAsync(ct);
        if (fileId is not { } fid || await files.FindAsync(fid, ct) is not { } stored) return page.NotFound();
        if (user.CandidateId != id) await audit.RecordReadAsync("Resume", id, ct);
        return page.File(stored.Content, stored.ContentType, stored.FileName);
    }
}
