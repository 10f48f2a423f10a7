using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Searches;

public static class SearchesApi
{
    public static RouteGroupBuilder MapSearches(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff).WithTags("Searches");
        staff.MapGet("/searches", List);
        staff.MapGet("/searches/{id:guid}", Get);
        staff.MapPost("/searches/{id:guid}/hours", LogHours);
        return api;
    }

    /// <summary>The caller's active searches worst first; <c>everyone=true</c> for every recruiter's.</summary>
    private static async Task<Ok<IReadOnlyList<SearchSummary>>> List(SearchService searches, bool? everyone, CancellationToken ct)
        => TypedResults.Ok(await searches.ListAsync(everyone ?? false, ct));

    private static async Task<Results<Ok<SearchDetail>, NotFound>> Get(Guid id, SearchService searches, CancellationToken ct)
        => await searches.DetailAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Created<EffortEntryResponse>, NotFound>> LogHours(Guid id, LogHoursRequest request, SearchService searches, CancellationToken ct)
        => await searches.LogHoursAsync(id, request, ct) is { } entry ? TypedResults.Created($"/api/v1/searches/{id}", entry) : TypedResults.NotFound();
}
