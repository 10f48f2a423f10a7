using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Candidates;

public static class CandidatesApi
{
    public static RouteGroupBuilder MapCandidates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/candidates").RequireAuthorization(Policies.StaffOrCandidate).WithTags("Candidates");
        group.MapGet("/", List).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).RequireAuthorization(Policies.Staff);
        group.MapPut("/{id:guid}", Update);
        return api;
    }

    private static async Task<Ok<Page<CandidateSummary>>> List(ShortlistDbContext db, CurrentUser user, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Candidates.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q))
            query = query.Where(c => (c.FirstName + " " + c.LastName).Contains(q) || c.Email.Contains(q) || (c.Headline != null && c.Headline.Contains(q)));
        var rows = query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Select(c => new CandidateSummary(c.Id, c.FirstName + " " + c.LastName, c.Headline, c.Location!.City, c.Location!.Region));
        return TypedResults.Ok(await Page<CandidateSummary>.ReadAsync(rows, page, pageSize, ct));
    }

    private static async Task<Results<Ok<CandidateResponse>, NotFound>> Get(Guid id, ShortlistDbContext db, CurrentUser user, AuditLog audit, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null) return TypedResults.NotFound();
        if (user.CandidateId != candidate.Id) await audit.RecordReadAsync(nameof(Candidate), candidate.Id, ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }

    private static async Task<Created<CandidateResponse>> Create(CandidateRequest request, ShortlistDbContext db, AuditLog audit, Duplicates.DuplicateDetector duplicates,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var candidate = new Candidate(request.FirstName, request.LastName, request.Email, now, request.Phone, request.Location);
        Apply(candidate, request, now);
        candidate.SetSource("recruiter", now);
        db.Candidates.Add(candidate);
        audit.Record("candidate.create", nameof(Candidate), candidate.Id);
        await db.SaveChangesAsync(ct);
        await duplicates.TryCheckAsync([candidate.Id], ct);
        return TypedResults.Created($"/api/v1/candidates/{candidate.Id}", CandidateResponse.From(candidate));
    }

    private static async Task<Results<Ok<CandidateResponse>, NotFound, ValidationProblem>> Update(Guid id, CandidateRequest request, ShortlistDbContext db,
        CurrentUser user, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Version is not { } version) return Validation.Required("version");
        var candidate = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null) return TypedResults.NotFound();
        db.ExpectVersion(candidate, version);
        var now = clock.GetUtcNow();
        var before = ProfileSnapshot.Take(candidate);
        candidate.SetContact(request.FirstName, request.LastName, request.Email, request.Phone, request.Location, now);
        Apply(candidate, request, now);
        candidate.RecordCorrections(ProfileSnapshot.Changed(before, candidate), now);
        audit.Record("candidate.update", nameof(Candidate), candidate.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }

    private static void Apply(Candidate candidate, CandidateRequest request, DateTimeOffset now)
    {
        candidate.SetProfile(request.Headline, request.Summary, request.Roles ?? [], request.Skills ?? [], request.Certifications ?? [],
            request.Industries ?? [], request.TrackRecord ?? [], now, request.Links ?? []);
        candidate.SetEducation(request.Education ?? [], now);
        if (request.Preferences is { } preferences) candidate.SetPreferences(preferences, now);
    }
}
