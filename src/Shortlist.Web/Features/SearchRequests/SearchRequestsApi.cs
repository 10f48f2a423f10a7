using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Domain.Organizations;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Positions;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>Search requests over the API: hiring managers submit and follow their organization's; recruiters qualify or decline verified ones.</summary>
public static class SearchRequestsApi
{
    public static RouteGroupBuilder MapSearchRequests(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/search-requests").RequireAuthorization(Policies.StaffOrClient).WithTags("Search requests");
        group.MapPost("/", Submit);
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/{id:guid}/qualify", Qualify).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/decline", Decline).RequireAuthorization(Policies.Staff);
        // The playbook of one industry, for the public form's script as much as for API clients: the taxonomy is public knowledge.
        api.MapGet("/taxonomy/playbooks/{industry}", Playbook).AllowAnonymous().WithTags("Taxonomy");
        return api;
    }

    private static async Task<Created<SearchRequestResponse>> Submit(SearchRequestInput request, SearchRequestService requests, CancellationToken ct)
    {
        var created = await requests.SubmitForOrganizationAsync(request, null, ct);
        return TypedResults.Created($"/api/v1/search-requests/{created.Id}", (await requests.GetAsync(created.Id, ct))!);
    }

    private static async Task<Ok<IReadOnlyList<SearchRequestSummary>>> List(SearchRequestService requests, SearchRequestStatus? status, CancellationToken ct)
        => TypedResults.Ok(await requests.ListAsync(status, ct));

    private static async Task<Results<Ok<SearchRequestResponse>, NotFound>> Get(Guid id, SearchRequestService requests, CancellationToken ct)
        => await requests.GetAsync(id, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Created<PositionResponse>, NotFound>> Qualify(Guid id, QualifyInput request, SearchRequestService requests, CancellationToken ct)
        => await requests.QualifyAsync(id, request, ct) is { } position
            ? TypedResults.Created($"/api/v1/positions/{position.Id}", PositionResponse.From(position)) : TypedResults.NotFound();

    private static async Task<Results<Ok<SearchRequestResponse>, NotFound>> Decline(Guid id, DeclineInput request, SearchRequestService requests, CancellationToken ct)
        => await requests.DeclineAsync(id, request.Reason, ct) is not null ? TypedResults.Ok((await requests.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<Ok<PlaybookSuggestions>, NotFound>> Playbook(string industry, SearchRequestService requests, CancellationToken ct)
        => await requests.PlaybookAsync(industry, null, ct) is { } playbook ? TypedResults.Ok(playbook) : TypedResults.NotFound();
}
