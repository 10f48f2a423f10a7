using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Positions;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Matching;

/// <summary>A ranking with requirements other than the saved ones (weights and importance tried out before saving).</summary>
public sealed record MatchPreviewRequest(IReadOnlyList<RequirementInput>? Requirements = null, int? Top = null, int? Skip = null, bool? WhatIf = null);

/// <summary>New requirements for a position, saved with the version read.</summary>
public sealed record RequirementsUpdate(IReadOnlyList<RequirementInput>? Requirements = null, long? Version = null);

/// <summary>Adds a ranked candidate to the position's pipeline.</summary>
public sealed record ShortlistRequest(Guid CandidateId);

public static class MatchingApi
{
    public static RouteGroupBuilder MapMatching(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff).WithTags("Matching");
        staff.MapGet("/positions/{id:guid}/matches", Matches);
        staff.MapPost("/positions/{id:guid}/matches", Preview);
        staff.MapPut("/positions/{id:guid}/requirements", SaveRequirements);
        staff.MapPost("/positions/{id:guid}/pipeline", AddToPipeline);
        staff.MapGet("/candidates/{id:guid}/matches", PositionsForCandidate);
        api.MapGet("/me/recommendations", Recommendations).RequireAuthorization(Policies.Candidate).WithTags("Matching");
        return api;
    }

    private static async Task<Results<Ok<MatchListResponse>, NotFound>> Matches(Guid id, MatchReader reader, int? top, int? skip, bool? whatIf, CancellationToken ct)
        => await reader.ForPositionAsync(id, null, top ?? 50, skip ?? 0, whatIf ?? true, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Ok<MatchListResponse>, NotFound, ValidationProblem>> Preview(Guid id, MatchPreviewRequest request, MatchReader reader, CancellationToken ct)
    {
        if (request.Requirements is null) return Validation.Required("requirements");
        if (request.Requirements.Count > 100) return Validation.Invalid("requirements", "At most 100 requirements.");
        if (request.Requirements.Any(r => r is null)) return Validation.Invalid("requirements", "A requirement may not be null.");
        var requirements = request.Requirements?.Select(r => r.ToDomain()).ToList();
        return await reader.ForPositionAsync(id, requirements, request.Top ?? 50, request.Skip ?? 0, request.WhatIf ?? true, ct) is { } list
            ? TypedResults.Ok(list) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PositionResponse>, NotFound, ValidationProblem>> SaveRequirements(Guid id, RequirementsUpdate request, ShortlistDbContext db,
        CurrentUser user, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Version is not { } version) return Validation.Required("version");
        if (request.Requirements is null) return Validation.Required("requirements");
        if (request.Requirements.Count > 100) return Validation.Invalid("requirements", "At most 100 requirements.");
        if (request.Requirements.Any(r => r is null)) return Validation.Invalid("requirements", "A requirement may not be null.");
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return TypedResults.NotFound();
        db.ExpectVersion(position, version);
        position.SetRequirements(request.Requirements.Select(r => r.ToDomain()), clock.GetUtcNow());
        audit.Record("position.requirements", nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PositionResponse.From(position));
    }

    private static async Task<Results<Created, Ok, NotFound, ValidationProblem>> AddToPipeline(Guid id, ShortlistRequest request, MatchReader reader, CancellationToken ct)
    {
        if (request.CandidateId == Guid.Empty) return Validation.Required("candidateId");
        var (found, added) = await reader.AddToPipelineAsync(id, request.CandidateId, ct);
        if (!found) return TypedResults.NotFound();
        return added is { } applicationId ? TypedResults.Created($"/api/v1/applications/{applicationId}") : TypedResults.Ok();
    }

    private static async Task<Results<Ok<PositionMatchList>, NotFound>> PositionsForCandidate(Guid id, MatchReader reader, int? top, bool? qualifyingOnly, CancellationToken ct)
        => await reader.ForCandidateAsync(id, includeUnpublished: true, qualifyingOnly ?? false, top ?? 20, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Ok<PositionMatchList>, NotFound>> Recommendations(CurrentUser user, MatchReader reader, int? top, CancellationToken ct)
        => user.CandidateId is { } id && await reader.ForCandidateAsync(id, includeUnpublished: false, qualifyingOnly: true, top ?? 10, ct) is { } list
            ? TypedResults.Ok(list) : TypedResults.NotFound();
}
