using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Candidates;

namespace Shortlist.Web.Features.Resumes;

/// <summary>Résumé upload, import, re-parse and download. Uploads are multipart/form-data with the file in the field "file".</summary>
public static class ResumesApi
{
    public static RouteGroupBuilder MapResumes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/candidates").RequireAuthorization(Policies.StaffOrCandidate).WithTags("Résumés").DisableAntiforgery();
        group.MapPost("/import", Import).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/resume", Upload);
        group.MapGet("/{id:guid}/resume", Download);
        group.MapPost("/{id:guid}/reparse", Reparse).RequireAuthorization(Policies.Staff);
        return api;
    }

    /// <summary>A new candidate from a résumé: it must name the person and give an e-mail address.</summary>
    private static async Task<Results<Created<CandidateResponse>, ProblemHttpResult>> Import(IFormFile? file, ResumeIntake intake, ShortlistDbContext db,
        AuditLog audit, Duplicates.DuplicateDetector duplicates, TimeProvider clock, CancellationToken ct)
    {
        var upload = await intake.ReadAsync(file, ct);
        var (text, parsed) = await intake.ParseAsync(upload, ct);
        var profile = ResumeIntake.ToProfile(parsed);
        if (profile.FirstName is null || profile.LastName is null || profile.Email is null)
            return TypedResults.Problem("The résumé does not give a full name and an e-mail address; add the candidate by hand, then attach the résumé.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not enough to create a candidate.");
        var candidate = new Candidate(profile.FirstName, profile.LastName, profile.Email, clock.GetUtcNow());
        candidate.SetSource("import", clock.GetUtcNow());
        await intake.AttachAsync(candidate, upload, text, parsed, ct);
        db.Candidates.Add(candidate);
        audit.Record("candidate.import", nameof(Candidate), candidate.Id, upload.FileName);
        await db.SaveChangesAsync(ct);
        await duplicates.TryCheckAsync([candidate.Id], ct);
        return TypedResults.Created($"/api/v1/candidates/{candidate.Id}", CandidateResponse.From(candidate));
    }

    private static async Task<Results<Ok<CandidateResponse>, NotFound>> Upload(Guid id, IFormFile? file, ResumeIntake intake, ShortlistDbContext db,
        CurrentUser user, AuditLog audit, Duplicates.DuplicateDetector duplicates, CancellationToken ct)
    {
        var candidate = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null) return TypedResults.NotFound();
        var upload = await intake.ReadAsync(file, ct);
        var (text, parsed) = await intake.ParseAsync(upload, ct);
        await intake.AttachAsync(candidate, upload, text, parsed, ct);
        audit.Record("candidate.resume", nameof(Candidate), candidate.Id, upload.FileName);
        await db.SaveChangesAsync(ct);
        await duplicates.TryCheckAsync([candidate.Id], ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }

    /// <summary>Parses the stored résumé again (after the taxonomy or the parser improved); corrected fields keep their values.</summary>
    private static async Task<Results<Ok<CandidateResponse>, NotFound, ProblemHttpResult>> Reparse(Guid id, ResumeIntake intake,
        ShortlistDbContext db, CurrentUser user, AuditLog audit, CancellationToken ct)
    {
        var candidate = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null) return TypedResults.NotFound();
        if (await intake.StoredAsync(candidate, ct) is not { } upload)
            return TypedResults.Problem("The candidate has no résumé to parse.", statusCode: StatusCodes.Status422UnprocessableEntity, title: "No résumé.");
        var (text, parsed) = await intake.ParseAsync(upload, ct);
        await intake.AttachAsync(candidate, upload, text, parsed, ct);
        audit.Record("candidate.reparse", nameof(Candidate), candidate.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, ShortlistDbContext db, ResumeIntake intake, CurrentUser user,
        AuditLog audit, CancellationToken ct)
    {
        if (await intake.ResumeFileAsync(db.Candidates.AsNoTracking().VisibleTo(user), id, ct) is not { } stored) return TypedResults.NotFound();
        if (user.CandidateId != id) await audit.RecordReadAsync("Resume", id, ct);
        return TypedResults.File(stored.Content, stored.ContentType, stored.FileName);
    }
}
