using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Duplicates;

/// <summary>Likely duplicate candidates: list, a pair side by side, merge, and "not a duplicate". Staff only.</summary>
public static class DuplicatesApi
{
    public static RouteGroupBuilder MapDuplicates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/duplicates").RequireAuthorization(Policies.Staff).WithTags("Duplicates");
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get).ProducesProblem(404);
        group.MapPost("/{id:guid}/merge", Merge).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/dismiss", Dismiss).ProducesProblem(404).ProducesProblem(409);
        return api;
    }

    private static async Task<Ok<Page<DuplicatePairSummary>>> List(DuplicateService duplicates, string? status, int? page, int? pageSize, CancellationToken ct)
        => TypedResults.Ok(await duplicates.ListAsync(status, page, pageSize, ct));

    private static async Task<Results<Ok<DuplicatePairDetail>, NotFound>> Get(Guid id, DuplicateService duplicates, CancellationToken ct)
        => await duplicates.GetAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<MergeResponse>, NotFound, ProblemHttpResult, ValidationProblem>> Merge(Guid id, MergeRequest request, DuplicateService duplicates, CancellationToken ct)
    {
        var outcome = await duplicates.MergeAsync(id, request, ct);
        return outcome.Status switch
        {
            DuplicateOutcomeStatus.Ok => TypedResults.Ok(outcome.Merge!),
            DuplicateOutcomeStatus.NotFound => TypedResults.NotFound(),
            DuplicateOutcomeStatus.Conflict => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "The pair changed meanwhile."),
            _ => Validation.Invalid(outcome.Field ?? "fields", outcome.Message ?? "The merge is not valid."),
        };
    }

    /// <summary>"Not a duplicate"; <paramref name="version"/>, when given, is the pair's version as read (a stale one is a conflict).</summary>
    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Dismiss(Guid id, long? version, DuplicateService duplicates, CancellationToken ct)
    {
        var outcome = await duplicates.DismissAsync(id, new DismissRequest(version), ct);
        return outcome.Status switch
        {
            DuplicateOutcomeStatus.Ok => TypedResults.NoContent(),
            DuplicateOutcomeStatus.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "The pair changed meanwhile."),
        };
    }
}
