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
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/close", Close).RequireAuthorization(Policies.Staff);
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

    private static async Task<Results<Created<PositionResponse>, ValidationProblem>> Create(PositionRequest request, ShortlistDbContext db, CurrentUser user,
        AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == request.OrganizationId, ct))
            return Validation.Invalid("organizationId", "No such organization.");
        var now = clock.GetUtcNow();
        var position = new Position(request.OrganizationId, request.Title, Shared.RichText.Clean(request.Description), request.Industry, now) { RecruiterId = user.Id };
        Apply(position, request, now);
        db.Positions.Add(position);
        audit.Record("position.create", nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/positions/{position.Id}", PositionResponse.From(position));
    }

    private static async Task<Results<Ok<PositionResponse>, NotFound, ValidationProblem>> Update(Guid id, PositionRequest request, ShortlistDbContext db,
        CurrentUser user, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Version is not { } version) return Validation.Required("version");
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return TypedResults.NotFound();
        if (request.OrganizationId != position.OrganizationId) return Validation.Invalid("organizationId", "A position cannot move to another organization.");
        db.ExpectVersion(position, version);
        var now = clock.GetUtcNow();
        position.Describe(request.Title, Shared.RichText.Clean(request.Description), request.Industry, now);
        Apply(position, request, now);
        audit.Record("position.update", nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PositionResponse.From(position));
    }

    private static Task<Results<Ok<PositionResponse>, NotFound>> Publish(Guid id, ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock, CancellationToken ct)
        => ChangeStatus(id, db, user, audit, ct, "position.publish", p => p.Publish(clock.GetUtcNow()));

    private static Task<Results<Ok<PositionResponse>, NotFound>> Close(Guid id, ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock, CancellationToken ct)
        => ChangeStatus(id, db, user, audit, ct, "position.close", p => p.Close(clock.GetUtcNow()));

    private static async Task<Results<Ok<PositionResponse>, NotFound>> ChangeStatus(Guid id, ShortlistDbContext db, CurrentUser user, AuditLog audit,
        CancellationToken ct, string action, Action<Position> change)
    {
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return TypedResults.NotFound();
        change(position);
        audit.Record(action, nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PositionResponse.From(position));
    }

    private static void Apply(Position position, PositionRequest request, DateTimeOffset now)
    {
        position.SetTerms(request.Location, request.RadiusKm, request.Workplace, request.Engagement, request.Compensation,
            request.RequiresWorkAuthorization, request.StartDate, now);
        position.SetPlan(request.TargetShortlistDate, request.TargetFillDate, request.FeeBudget, request.EffortHoursBudget, now);
        position.SetRequirements((request.Requirements ?? []).Select(r => r.ToDomain()), now);
    }
}
