using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Positions;

public static class PositionsApi
{
    public static RouteGroupBuilder MapPositions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/positions").RequireAuthorization(Policies.StaffOrClient).WithTags("Positions");
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).RequireAuthorization(Policies.Staff);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Staff).ProducesProblem(409);
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/unpublish", Unpublish).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/hold", Hold).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/close", Close).RequireAuthorization(Policies.Staff).ProducesProblem(409);
        return api;
    }

    private static async Task<Ok<Page<PositionSummary>>> List(ShortlistDbContext db, CurrentUser user, string? q, PositionStatus? status, Guid? organizationId,
        int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Positions.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(p => p.Title.Contains(q));
        if (status is { } s) query = query.Where(p => p.Status == s);
        if (organizationId is { } org) query = query.Where(p => p.OrganizationId == org);
        var rows = query.OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new PositionSummary(p.Id, p.OrganizationId, p.Title, p.Industry, p.Status, p.Workplace, p.Location!.City, p.TargetFillDate));
        return TypedResults.Ok(await Page<PositionSummary>.ReadAsync(rows, page, pageSize, ct));
    }

    private static async Task<Results<Ok<PositionResponse>, NotFound>> Get(Guid id, ShortlistDbContext db, CurrentUser user, CancellationToken ct)
        => await db.Positions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct)
            is { } position ? TypedResults.Ok(PositionResponse.From(position)) : TypedResults.NotFound();

    private static async Task<Results<Created<PositionResponse>, ValidationProblem>> Create(PositionRequest request, PositionService positions, CancellationToken ct)
        => await positions.CreateAsync(request, ct) is { } position
            ? TypedResults.Created($"/api/v1/positions/{position.Id}", PositionResponse.From(position))
            : Validation.Invalid("organizationId", "No such organization.");

    private static async Task<Results<Ok<PositionResponse>, NotFound, ValidationProblem>> Update(Guid id, PositionRequest request, PositionService positions, CancellationToken ct)
    {
        if (request.Version is null) return Validation.Required("version");
        return await positions.UpdateAsync(id, request, ct) is { } position ? TypedResults.Ok(PositionResponse.From(position)) : TypedResults.NotFound();
    }

    private static Task<Results<Ok<PositionResponse>, NotFound>> Publish(Guid id, PositionService positions, CancellationToken ct)
        => ChangeStatus(positions.ChangeStatusAsync(id, PositionAction.Publish, null, null, ct));

    private static Task<Results<Ok<PositionResponse>, NotFound>> Unpublish(Guid id, PositionService positions, CancellationToken ct)
        => ChangeStatus(positions.ChangeStatusAsync(id, PositionAction.Unpublish, null, null, ct));

    private static Task<Results<Ok<PositionResponse>, NotFound>> Hold(Guid id, PositionService positions, CancellationToken ct)
        => ChangeStatus(positions.ChangeStatusAsync(id, PositionAction.Hold, null, null, ct));

    private static Task<Results<Ok<PositionResponse>, NotFound>> Close(Guid id, ClosePositionRequest request, PositionService positions, CancellationToken ct)
        => ChangeStatus(positions.ChangeStatusAsync(id, PositionAction.Close, request.Reason, request.Version, ct));

    private static async Task<Results<Ok<PositionResponse>, NotFound>> ChangeStatus(Task<Position?> change)
        => await change is { } position ? TypedResults.Ok(PositionResponse.From(position)) : TypedResults.NotFound();
}
