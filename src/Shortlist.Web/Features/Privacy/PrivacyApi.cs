using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Privacy;

/// <summary>The password that confirms erasing one's own account.</summary>
public sealed record EraseRequest(string Password);

/// <summary>Export and erasure: a candidate's own under /me, any candidate's for administrators.</summary>
public static class PrivacyApi
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder api)
    {
        api.MapGet("/me/export", ExportMine).RequireAuthorization(Policies.Candidate).WithTags("Privacy");
        // Candidates only, decided in the handler after the body is checked, so bad input is a 400 for every caller.
        api.MapDelete("/me", EraseMine).WithTags("Privacy").RequireRateLimiting(RateLimiting.Account);
        api.MapGet("/candidates/{id:guid}/export", Export).RequireAuthorization(Policies.Administrator).WithTags("Privacy");
        api.MapPost("/candidates/{id:guid}/erase", Erase).RequireAuthorization(Policies.Administrator).WithTags("Privacy");
        return api;
    }

    /// <summary>Everything held about the signed-in candidate, as one JSON file (attachment).</summary>
    private static async Task<Results<FileContentHttpResult, NotFound>> ExportMine(PrivacyService privacy, CurrentUser user, TimeProvider clock, CancellationToken ct)
        => user.CandidateId is { } me ? await Export(me, privacy, clock, ct) : TypedResults.NotFound();

    /// <summary>Erases the signed-in candidate's data and deletes the account; the password confirms it. 204 on success.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EraseMine([FromBody] EraseRequest request, PrivacyService privacy,
        CurrentUser user, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 200) return Validation.Invalid("password", "Type your password to confirm.");
        if (!user.IsCandidate || user.Id is not { } userId)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role may not do this.", detail: "Only a candidate erases their own account here.");
        return await privacy.EraseOwnAsync(userId, request.Password, ct) switch
        {
            ErasureOutcome.Erased => TypedResults.NoContent(),
            ErasureOutcome.WrongPassword => Validation.Invalid("password", "The password is not right; nothing was erased."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found."),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Export(Guid id, PrivacyService privacy, TimeProvider clock, CancellationToken ct)
        => await privacy.ExportAsync(id, ct) is { } bytes
            ? TypedResults.File(bytes, "application/json", PrivacyService.FileName(id, clock.GetUtcNow()))
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Erase(Guid id, PrivacyService privacy, CancellationToken ct)
        => await privacy.EraseAsync(id, ct) == ErasureOutcome.Erased ? TypedResults.NoContent() : TypedResults.NotFound();
}
