using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Positions;

/// <summary>What can be done to a position's status.</summary>
public enum PositionAction
{
    /// <summary>Open it and put it on the job board.</summary>
    Publish,
    /// <summary>Take it off the job board, back to draft.</summary>
    Unpublish,
    /// <summary>Pause it.</summary>
    Hold,
    /// <summary>Close it without a placement, with a reason.</summary>
    Close,
}

/// <summary>Creating, editing and changing the status of positions; shared by the position editor and the API.</summary>
public sealed class PositionService(ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
{
    /// <summary>Creates a draft position owned by the caller; null when the organization does not exist.</summary>
    public async Task<Position?> CreateAsync(PositionRequest request, CancellationToken ct)
    {
        if (!user.IsStaff || !await db.Organizations.AnyAsync(o => o.Id == request.OrganizationId, ct)) return null;
        var now = clock.GetUtcNow();
        var position = new Position(request.OrganizationId, request.Title, Shared.RichText.Clean(request.Description), request.Industry, now) { RecruiterId = user.Id };
        Apply(position, request, now);
        db.Positions.Add(position);
        audit.Record("position.create", nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        return position;
    }

    /// <summary>Saves an edit made on version <see cref="PositionRequest.Version"/>; a stale version throws a concurrency error (409). Null when not found.</summary>
    public async Task<Position?> UpdateAsync(Guid id, PositionRequest request, CancellationToken ct)
    {
        if (request.Version is not { } version) throw new DomainRuleException("version is required.", "version");
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return null;
        if (request.OrganizationId != position.OrganizationId) throw new DomainRuleException("A position cannot move to another organization.", "organizationId");
        db.ExpectVersion(position, version);
        var now = clock.GetUtcNow();
        position.Describe(request.Title, Shared.RichText.Clean(request.Description), request.Industry, now);
        Apply(position, request, now);
        audit.Record("position.update", nameof(Position), position.Id);
        await db.SaveChangesAsync(ct);
        return position;
    }

    /// <summary>Publishes, unpublishes, holds or closes (with a reason) a position; null when not found. A given version is checked.</summary>
    public async Task<Position?> ChangeStatusAsync(Guid id, PositionAction action, string? reason, long? version, CancellationToken ct)
    {
        var position = await db.Positions.EditableBy(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return null;
        if (version is { } v) db.ExpectVersion(position, v);
        var now = clock.GetUtcNow();
        switch (action)
        {
            case PositionAction.Publish: position.Publish(now); break;
            case PositionAction.Unpublish: position.Unpublish(now); break;
            case PositionAction.Hold: position.PutOnHold(now); break;
            case PositionAction.Close:
                if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why the position is closed.", "reason");
                position.Close(now, reason);
                break;
            default: throw new DomainRuleException("Unknown action.", "action");
        }
        audit.Record("position." + action.ToString().ToLowerInvariant(), nameof(Position), position.Id, reason);
        await db.SaveChangesAsync(ct);
        return position;
    }

    private static void Apply(Position position, PositionRequest request, DateTimeOffset now)
    {
        position.SetTerms(request.Location, request.RadiusKm, request.Workplace, request.Engagement, request.Compensation,
            request.RequiresWorkAuthorization, request.StartDate, now);
        position.SetPlan(request.TargetShortlistDate, request.TargetFillDate, request.FeeBudget, request.EffortHoursBudget, now);
        if ((request.Requirements?.Count ?? 0) > Position.MaxRequirements)
            throw new DomainRuleException($"A position carries at most {Position.MaxRequirements} requirements.", "requirements");
        position.SetRequirements((request.Requirements ?? []).Select(r => r.ToDomain()), now);
    }
}
