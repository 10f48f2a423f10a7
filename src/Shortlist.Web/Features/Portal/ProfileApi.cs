using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Candidates;

namespace Shortlist.Web.Features.Portal;

/// <summary>The signed-in candidate's own profile: the API side of the portal's profile editor.</summary>
public static class ProfileApi
{
    public static RouteGroupBuilder MapMyProfile(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/profile").RequireAuthorization(Policies.Candidate).WithTags("Portal");
        me.MapGet("/", Get);
        me.MapPut("/", Put).ProducesProblem(409);
        return api;
    }

    /// <summary>The whole editable profile with its version (send the version back with the edit).</summary>
    private static async Task<Results<Ok<CandidateResponse>, NotFound>> Get(ProfileEditor editor, CancellationToken ct)
        => await editor.ReadAsync(ct) is { } candidate ? TypedResults.Ok(CandidateResponse.From(candidate)) : TypedResults.NotFound();

    /// <summary>
    /// Replaces the editable profile. Skills and certifications name a taxonomy entry by code, name or alias; changed
    /// fields become corrections a later résumé parse keeps; a stale <c>version</c> answers 409 and saves nothing.
    /// Preferences left out stay as they are.
    /// </summary>
    private static async Task<Results<Ok<CandidateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Put(CandidateRequest request, ProfileEditor editor, CancellationToken ct)
    {
        var result = await editor.SaveAsync(request, ct);
        return result.Status switch
        {
            ProfileSaveStatus.Saved => TypedResults.Ok(CandidateResponse.From(result.Candidate!)),
            ProfileSaveStatus.Invalid => TypedResults.ValidationProblem(result.Errors),
            ProfileSaveStatus.Stale => TypedResults.Problem("Your profile was changed since you read it (perhaps by a résumé upload). Read it again, reapply your change and save.",
                statusCode: StatusCodes.Status409Conflict, title: "The record was changed by someone else."),
            _ => TypedResults.NotFound(),
        };
    }
}
