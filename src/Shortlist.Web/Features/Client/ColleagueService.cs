using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Common;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Client;

/// <summary>How a colleague change fared.</summary>
public enum ColleagueOutcome
{
    Done,
    NotFound,
    Forbidden,
}

/// <summary>
/// The hiring managers of one organization: everyone sees the list; an organization administrator invites colleagues
/// (the existing one-time invitation), marks administrators and removes colleagues. The first hiring manager of an organization is its administrator.
/// </summary>
public sealed class ColleagueService(ShortlistDbContext db, CurrentUser user, AccountService accounts, UserManager<ShortlistUser> users, AuditLog audit,
    IConfiguration configuration, IHttpContextAccessor http, TimeProvider clock)
{
    private IQueryable<ShortlistUser> Colleagues(Guid org)
        => db.Users.Where(u => u.OrganizationId == org && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.HiringManager)));

    /// <summary>True for a hiring manager flagged as administrator of the organization, or its earliest hiring manager when none is flagged.</summary>
    public async Task<bool> IsOrganizationAdministratorAsync(CancellationToken ct)
    {
        if (!user.IsHiringManager || user.OrganizationId is not { } org || user.Id is not { } me) return false;
        var people = await Colleagues(org).Select(u => new { u.Id, u.IsOrganizationAdministrator, u.CreatedAt }).ToListAsync(ct);
        if (people.Any(p => p.IsOrganizationAdministrator)) return people.Any(p => p.Id == me && p.IsOrganizationAdministrator);
        return people.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).FirstOrDefault()?.Id == me;
    }

    public async Task<ColleaguesResponse> ListAsync(CancellationToken ct)
    {
        if (!user.IsHiringManager || user.OrganizationId is not { } org) return new(false, [], []);
        var people = await Colleagues(org).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email, u.IsOrganizationAdministrator, u.CreatedAt }).ToListAsync(ct);
        var anyFlagged = people.Any(p => p.IsOrganizationAdministrator);
        var first = people.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).FirstOrDefault()?.Id;
        var now = clock.GetUtcNow();
        var pending = await db.Invitations.Where(i => i.OrganizationId == org && i.AcceptedAt == null && i.ExpiresAt > now).OrderBy(i => i.Email).Select(i => i.Email).ToListAsync(ct);
        return new(await IsOrganizationAdministratorAsync(ct),
            people.Select(p => new ColleagueView(p.Id, p.DisplayName, p.Email ?? "", p.IsOrganizationAdministrator || (!anyFlagged && p.Id == first), p.Id == user.Id)).ToList(),
            pending.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>Invites a colleague to the caller's organization; false when the caller is not its administrator. Bad addresses are refused with a message.</summary>
    public async Task<bool> InviteAsync(string? email, CancellationToken ct)
    {
        if (!await IsOrganizationAdministratorAsync(ct) || user.Id is not { } me) return false;
        var result = await accounts.InviteAsync(email ?? "", Roles.HiringManager, user.OrganizationId, me, inviterIsAdministrator: false, ClientPortalService.BaseUrlOf(configuration, http), ct);
        if (!result.Succeeded)
        {
            var (field, messages) = result.Errors.First();
            throw new DomainRuleException(string.Join(" ", messages), field);
        }
        return true;
    }

    public async Task<bool> MakeAdministratorAsync(Guid userId, CancellationToken ct) => await ChangeAsync(userId, async colleague =>
    {
        if (!await IsOrganizationAdministratorAsync(ct)) return ColleagueOutcome.Forbidden;
        // Until someone is flagged the first hiring manager is the administrator implicitly: flag them too, so they stay one.
        var org = user.OrganizationId!.Value;
        if (!await Colleagues(org).AnyAsync(u => u.IsOrganizationAdministrator, ct) && user.Id is { } me && me != colleague.Id)
            await db.Users.Where(u => u.Id == me).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsOrganizationAdministrator, true), ct);
        colleague.IsOrganizationAdministrator = true;
        await users.UpdateAsync(colleague);
        audit.Record("colleague.administrator", "User", colleague.Id, $"organization {org}");
        await db.SaveChangesAsync(ct);
        return ColleagueOutcome.Done;
    }, ct) == ColleagueOutcome.Done;

    /// <summary>Removes a colleague from the organization: their role and organization go and the account is locked. Not oneself.</summary>
    public async Task<bool> RemoveAsync(Guid userId, CancellationToken ct) => await ChangeAsync(userId, async colleague =>
    {
        if (!await IsOrganizationAdministratorAsync(ct)) return ColleagueOutcome.Forbidden;
        if (colleague.Id == user.Id) throw new DomainRuleException("You cannot remove yourself; ask another administrator.", "userId");
        var org = colleague.OrganizationId;
        await users.RemoveFromRoleAsync(colleague, Roles.HiringManager);
        colleague.OrganizationId = null;
        colleague.IsOrganizationAdministrator = false;
        await users.UpdateAsync(colleague);
        await users.SetLockoutEnabledAsync(colleague, true);
        await users.SetLockoutEndDateAsync(colleague, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(colleague);
        audit.Record("colleague.remove", "User", colleague.Id, $"organization {org}");
        await db.SaveChangesAsync(ct);
        return ColleagueOutcome.Done;
    }, ct) == ColleagueOutcome.Done;

    /// <summary>Outcome for the pages and the API: not found outside the organization, forbidden for non-administrators.</summary>
    public async Task<ColleagueOutcome> ChangeOutcomeAsync(Guid userId, bool remove, CancellationToken ct)
    {
        if (user.OrganizationId is not { } org || !await Colleagues(org).AnyAsync(u => u.Id == userId, ct)) return ColleagueOutcome.NotFound;
        if (!await IsOrganizationAdministratorAsync(ct)) return ColleagueOutcome.Forbidden;
        return remove ? (await RemoveAsync(userId, ct) ? ColleagueOutcome.Done : ColleagueOutcome.NotFound)
            : (await MakeAdministratorAsync(userId, ct) ? ColleagueOutcome.Done : ColleagueOutcome.NotFound);
    }

    private async Task<ColleagueOutcome> ChangeAsync(Guid userId, Func<ShortlistUser, Task<ColleagueOutcome>> change, CancellationToken ct)
    {
        if (!user.IsHiringManager || user.OrganizationId is not { } org) return ColleagueOutcome.NotFound;
        var colleague = await Colleagues(org).FirstOrDefaultAsync(u => u.Id == userId, ct);
        return colleague is null ? ColleagueOutcome.NotFound : await change(colleague);
    }
}
