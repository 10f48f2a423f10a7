using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Admin;

public sealed record InvitationRequest(string Email, string Role, Guid? OrganizationId = null);
public sealed record InvitationResponse(Guid Id, string Email, string Role, Guid? OrganizationId);
public sealed record UserSummary(Guid Id, string? Email, string DisplayName, Guid? OrganizationId, bool LockedOut);

public static class AdminApi
{
    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        api.MapPost("/invitations", Invite).WithTags("Accounts").RequireAuthorization(Policies.Staff);
        api.MapGet("/users", Users).WithTags("Accounts").RequireAuthorization(Policies.Administrator);
        api.MapGet("/audit", Audit).WithTags("Audit").RequireAuthorization(Policies.Administrator);
        return api;
    }

    private static async Task<Results<Created<InvitationResponse>, ValidationProblem>> Invite(InvitationRequest request, AccountService accounts,
        CurrentUser user, HttpContext http, CancellationToken ct)
    {
        var baseUrl = accounts.PublicBaseUrl ?? $"{http.Request.Scheme}://{http.Request.Host}";
        var result = await accounts.InviteAsync(request.Email, request.Role, request.OrganizationId, user.Id!.Value, user.IsAdministrator, baseUrl, ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/invitations/{result.UserId}", new InvitationResponse(result.UserId!.Value, request.Email.Trim(), request.Role, request.OrganizationId))
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Ok<Page<UserSummary>>> Users(ShortlistDbContext db, TimeProvider clock, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(u => u.Email!.Contains(q) || u.DisplayName.Contains(q));
        var rows = query.OrderBy(u => u.Email).Select(u => new UserSummary(u.Id, u.Email, u.DisplayName, u.OrganizationId, u.LockoutEnd != null && u.LockoutEnd > now));
        return TypedResults.Ok(await Page<UserSummary>.ReadAsync(rows, page, pageSize, ct));
    }

    /// <summary>
    /// Searches the audit log: <c>who</c> (part of the e-mail, or a user id), <c>subject</c> (a record id or kind), <c>action</c>
    /// (exact, or a prefix ending in a dot), <c>from</c>/<c>to</c> (days, UTC, inclusive); <c>entityId</c> is kept for older clients.
    /// </summary>
    private static async Task<Results<Ok<Page<AuditEntry>>, ValidationProblem>> Audit(Auditing.AuditSearch search, string? who, string? subject, string? action,
        DateOnly? from, DateOnly? to, Guid? entityId, int? page, int? pageSize, CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The end day is before the start day."] });
        return TypedResults.Ok(await search.SearchAsync(new Auditing.AuditQuery(who, subject ?? entityId?.ToString(), action, from, to), page, pageSize, ct));
    }
}
