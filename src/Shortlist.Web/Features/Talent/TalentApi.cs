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
        return api;
    }

    private static async Task<Results<Ok<TalentSearchResponse>, ValidationProblem>> Search([AsParameters] TalentSearchQuery query, TalentSearchService search, CancellationToken ct)
    {
        var outcome = await search.SearchAsync(query.ToInput(), ct);
        return outcome.Response is { } response ? TypedResults.Ok(response) : TypedResults.ValidationProblem(outcome.Errors);
    }
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
