using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Talent;

public static class TalentApi
{
    public static RouteGroupBuilder MapTalent(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/talent").RequireAuthorization(Policies.Staff).WithTags("Talent search");
        staff.MapGet("/", Search);
        staff.MapGet("/saved", ListSaved);
        staff.MapPost("/saved", Save);
        staff.MapGet("/saved/{id:guid}/results", RunSaved);
        staff.MapDelete("/saved/{id:guid}", DeleteSaved);
        staff.MapGet("/alerts", Alerts);
        return api;
    }

    private static async Task<Results<Ok<TalentSearchResponse>, ValidationProblem>> Search([AsParameters] TalentSearchQuery query, TalentSearchService search, CancellationToken ct)
    {
        var outcome = await search.SearchAsync(query.ToInput(), ct);
        return outcome.Response is { } response ? TypedResults.Ok(response) : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Ok<IReadOnlyList<SavedSearchResponse>>> ListSaved(SavedSearchService saved, CancellationToken ct)
        => TypedResults.Ok(await saved.ListAsync(ct));

    private static async Task<Results<Created<SavedSearchResponse>, ValidationProblem>> Save(SavedSearchRequest request, SavedSearchService saved, CancellationToken ct)
    {
        var (search, errors) = await saved.CreateAsync(request, ct);
        return search is null ? TypedResults.ValidationProblem(errors) : TypedResults.Created($"/api/v1/talent/saved/{search.Id}/results", search);
    }

    private static async Task<Results<Ok<TalentSearchResponse>, NotFound, ValidationProblem>> RunSaved(Guid id, int? page, int? pageSize, SavedSearchService saved, CancellationToken ct)
        => await saved.RunAsync(id, page, pageSize, ct) switch
        {
            null => TypedResults.NotFound(),
            { Response: { } response } => TypedResults.Ok(response),
            var outcome => TypedResults.ValidationProblem(outcome.Errors),
        };

    private static async Task<Results<NoContent, NotFound>> DeleteSaved(Guid id, SavedSearchService saved, CancellationToken ct)
        => await saved.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<SavedSearchAlertResponse>>> Alerts(bool? markSeen, SavedSearchService saved, CancellationToken ct)
        => TypedResults.Ok(await saved.AlertsAsync(markSeen ?? false, ct));
}

/// <summary>The query string of <c>GET /api/v1/talent</c>.</summary>
public sealed class TalentSearchQuery
{
    public string? Q { get; init; }
    public string? Skills { get; init; }
    public string? Certifications { get; init; }
    public string? Industries { get; init; }
    public string? Title { get; init; }
    public string? Near { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public double? RadiusKm { get; init; }
    public DateOnly? AvailableBy { get; init; }
    public double? MaxRate { get; init; }
    public int? ActiveWithinDays { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public TalentSearchInput ToInput() => new(Q, Skills, Certifications, Industries, Title, Near, Lat, Lon, RadiusKm, AvailableBy, MaxRate, ActiveWithinDays, Page, PageSize);
}
