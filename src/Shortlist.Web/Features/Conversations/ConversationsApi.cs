using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Conversations;

/// <summary>Career conversations: the candidate's own requests under /me, the recruiters' queue under /conversations.</summary>
public static class ConversationsApi
{
    public static RouteGroupBuilder MapConversations(this RouteGroupBuilder api)
    {
        // Candidates only, decided in the handler after the body is checked, so bad input is a 400 for every caller.
        var mine = api.MapGroup("/me/conversations").WithTags("Career conversations");
        mine.MapGet("/", Mine).RequireAuthorization(Policies.Candidate);
        mine.MapPost("/", Request);
        mine.MapPost("/{id:guid}/cancel", Cancel).RequireAuthorization(Policies.Candidate);

        var queue = api.MapGroup("/conversations").WithTags("Career conversations");
        queue.MapGet("/", Queue).RequireAuthorization(Policies.Staff);
        queue.MapPost("/{id:guid}/proposal", Propose);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ConversationResponse>>> Mine(ConversationService service, CancellationToken ct)
        => TypedResults.Ok(await service.MineAsync(ct));

    private static async Task<Results<Created<ConversationResponse>, ProblemHttpResult>> Request(ConversationRequest request, ConversationService service,
        CancellationToken ct)
    {
        var created = await service.RequestAsync(request, ct);
        return created is null ? NotACandidate() : TypedResults.Created($"/api/v1/me/conversations/{created.Id}", created);
    }

    private static async Task<Results<Ok<ConversationResponse>, NotFound>> Cancel(Guid id, ConversationService service, CancellationToken ct)
        => await service.CancelAsync(id, ct) is { } cancelled ? TypedResults.Ok(cancelled) : TypedResults.NotFound();

    /// <summary>The queue; <c>status</c> is open (the default: Requested and Proposed), Requested, Proposed or Cancelled.</summary>
    private static async Task<Results<Ok<IReadOnlyList<QueueItem>>, ValidationProblem>> Queue(string? status, ConversationService service, CancellationToken ct)
    {
        if (!ConversationService.TryParseFilter(status, out var statuses)) return Validation.Invalid("status", "status is open, Requested, Proposed or Cancelled.");
        return TypedResults.Ok(await service.QueueAsync(statuses, ct));
    }

    private static async Task<Results<Ok<ConversationResponse>, NotFound, ProblemHttpResult>> Propose(Guid id, ProposalRequest request, ConversationService service,
        CurrentUser user, CancellationToken ct)
    {
        // The proposal is checked before who proposes, so bad input is a 400 for every caller.
        var proposed = await service.ProposeAsync(id, request, ct);
        if (proposed is not null) return TypedResults.Ok(proposed);
        return user.IsStaff ? TypedResults.NotFound() : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role may not do this.");
    }

    private static ProblemHttpResult NotACandidate()
        => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role may not do this.", detail: "Only a candidate asks for a career conversation.");
}
