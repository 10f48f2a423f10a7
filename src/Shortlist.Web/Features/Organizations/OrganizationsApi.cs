using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Organizations;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Organizations;

public sealed record OrganizationRequest(string Name, string Industry, string? Website = null, bool BlindReview = false, long? Version = null);

public sealed record OrganizationResponse(Guid Id, string Name, string Industry, string? Website, bool BlindReview, long Version)
{
    public static readonly System.Linq.Expressions.Expression<Func<Organization, OrganizationResponse>> Projection =
        o => new OrganizationResponse(o.Id, o.Name, o.Industry, o.Website, o.BlindReview, o.Version);

    public static readonly Func<Organization, OrganizationResponse> From = Projection.Compile();
}

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").RequireAuthorization(Policies.StaffOrClient).WithTags("Organizations");
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).RequireAuthorization(Policies.Staff);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Staff);
        return api;
    }

    private static async Task<Ok<Page<OrganizationResponse>>> List(ShortlistDbContext db, CurrentUser user, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(o => o.Name.Contains(q));
        return TypedResults.Ok(await Page<OrganizationResponse>.ReadAsync(query.OrderBy(o => o.Name).Select(OrganizationResponse.Projection), page, pageSize, ct));
    }

    private static async Task<Results<Ok<OrganizationResponse>, NotFound>> Get(Guid id, ShortlistDbContext db, CurrentUser user, CancellationToken ct)
        => await db.Organizations.AsNoTracking().VisibleTo(user).Where(o => o.Id == id).Select(OrganizationResponse.Projection).FirstOrDefaultAsync(ct)
            is { } org ? TypedResults.Ok(org) : TypedResults.NotFound();

    private static async Task<Created<OrganizationResponse>> Create(OrganizationRequest request, ShortlistDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var org = new Organization(request.Name, request.Industry, clock.GetUtcNow(), request.Website, request.BlindReview);
        db.Organizations.Add(org);
        audit.Record("organization.create", nameof(Organization), org.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/organizations/{org.Id}", OrganizationResponse.From(org));
    }

    private static async Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem>> Update(Guid id, OrganizationRequest request, ShortlistDbContext db,
        CurrentUser user, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Version is not { } version) return Validation.Required("version");
        var org = await db.Organizations.EditableBy(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null) return TypedResults.NotFound();
        db.ExpectVersion(org, version);
        org.Update(request.Name, request.Industry, request.Website, request.BlindReview, clock.GetUtcNow());
        audit.Record("organization.update", nameof(Organization), org.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrganizationResponse.From(org));
    }
}
