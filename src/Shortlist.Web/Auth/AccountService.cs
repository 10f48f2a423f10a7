using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Auditing;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Auth;

/// <summary>The outcome of an account operation: success, or errors keyed by field for a ValidationProblem or a form.</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyDictionary<string, string[]> Errors, Guid? UserId = null)
{
    public static AccountResult Ok(Guid userId) => new(true, new Dictionary<string, string[]>(), userId);
    public static AccountResult Fail(string field, params string[] messages) => new(false, new Dictionary<string, string[]> { [field] = messages });
    public static AccountResult From(IdentityResult result) => result.Succeeded ? new(true, new Dictionary<string, string[]>())
        : new(false, result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "account")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
}

public static class AccountResultExtensions
{
    /// <summary>Shows an account operation's errors on a page's form.</summary>
    public static void AddErrors(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, AccountResult result)
    {
        foreach (var message in result.Errors.SelectMany(e => e.Value)) modelState.AddModelError("", message);
    }
}

/// <summary>Registration, invitations and account creation: the one place pages, API and CLI go through.</summary>
public sealed class AccountService(ShortlistDbContext db, UserManager<ShortlistUser> users, RoleManager<IdentityRole<Guid>> roles,
    IEmailSender email, AuditLog audit, TimeProvider clock, IConfiguration configuration)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role));
    }

    /// <summary>A candidate registers: an account and an empty candidate record, in one transaction.</summary>
    public async Task<AccountResult> RegisterCandidateAsync(string email, string password, string firstName, string lastName, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Candidate candidate;
        try { candidate = new Candidate(firstName, lastName, email, now); }
        catch (DomainRuleException e) { return AccountResult.Fail(e.Field ?? "account", e.Message); }
        candidate.SetSource("registered", now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Candidates.Add(candidate);
        var result = await CreateUserAsync(email, password, candidate.FullName, Roles.Candidate, null, candidate.Id);
        if (!result.Succeeded) return result;
        candidate.UserId = result.UserId;
        audit.Record("user.register", nameof(Candidate), candidate.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>Creates a user with one role; hiring managers need an organization.</summary>
    public async Task<AccountResult> CreateUserAsync(string email, string password, string displayName, string role, Guid? organizationId, Guid? candidateId = null)
    {
        if (!Roles.All.Contains(role)) return AccountResult.Fail("role", $"Unknown role '{role}'.");
        if (role == Roles.HiringManager && organizationId is null) return AccountResult.Fail("organizationId", "A hiring manager belongs to an organization.");
        if (role != Roles.HiringManager && organizationId is not null) return AccountResult.Fail("organizationId", "Only hiring managers belong to an organization.");
        await EnsureRolesAsync();
        var user = new ShortlistUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
            OrganizationId = organizationId, CandidateId = candidateId, CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AccountResult.From(created);
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? AccountResult.Ok(user.Id) : AccountResult.From(added);
    }

    /// <summary>Invites a recruiter or hiring manager: stores the hash of a one-time token and e-mails the link.</summary>
    public async Task<AccountResult> InviteAsync(string emailAddress, string role, Guid? organizationId, Guid invitedBy, bool inviterIsAdministrator, string baseUrl, CancellationToken ct)
    {
        string address;
        try { address = Guard.Email(emailAddress); }
        catch (DomainRuleException e) { return AccountResult.Fail("email", e.Message); }
        if (role is not (Roles.Recruiter or Roles.HiringManager or Roles.Administrator)) return AccountResult.Fail("role", "Invite a Recruiter, HiringManager or Administrator.");
        if (!inviterIsAdministrator && role != Roles.HiringManager) return AccountResult.Fail("role", "Recruiters may invite hiring managers only.");
        if (role == Roles.HiringManager)
        {
            if (organizationId is not { } org || !await db.Organizations.AnyAsync(o => o.Id == org, ct))
                return AccountResult.Fail("organizationId", "Choose the organization the hiring manager belongs to.");
        }
        else if (organizationId is not null) return AccountResult.Fail("organizationId", "Only hiring managers belong to an organization.");
        if (await users.FindByEmailAsync(address) is not null) return AccountResult.Fail("email", "Someone already has an account with this e-mail address.");

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Email = address, Role = role, OrganizationId = organizationId, TokenHash = Hash(token),
            CreatedAt = now, ExpiresAt = now + InvitationLifetime, InvitedBy = invitedBy,
        };
        db.Invitations.Add(invitation);
        audit.Record("invitation.create", nameof(Invitation), invitation.Id, $"{role} {address}");
        await db.SaveChangesAsync(ct);
        var link = $"{baseUrl.TrimEnd('/')}/Account/AcceptInvitation?token={token}";
        await email.SendAsync(address, "You are invited to Shortlist",
            $"You have been invited to Shortlist as {role}.\n\nChoose your password here (the link works once, for {InvitationLifetime.TotalDays:0} days):\n{link}\n", ct);
        return AccountResult.Ok(invitation.Id);
    }

    public async Task<Invitation?> FindOpenInvitationAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAt == null, ct);
        return invitation is not null && invitation.ExpiresAt > now ? invitation : null;
    }

    /// <summary>Accepts an invitation once: creates the account and spends the token in one transaction.</summary>
    public async Task<AccountResult> AcceptInvitationAsync(string token, string displayName, string password, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitation = await FindOpenInvitationAsync(token, ct);
        if (invitation is null) return AccountResult.Fail("token", "This invitation link is not valid any more.");
        if (string.IsNullOrWhiteSpace(displayName)) return AccountResult.Fail("displayName", "Your name is required.");
        invitation.AcceptedAt = clock.GetUtcNow();
        var result = await CreateUserAsync(invitation.Email, password, displayName.Trim(), invitation.Role, invitation.OrganizationId);
        if (!result.Succeeded) return result;
        audit.Record("invitation.accept", nameof(Invitation), invitation.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public string? PublicBaseUrl => configuration["PublicBaseUrl"];
}
