using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Microsoft.AspNetCore.WebUtilities;
using Shortlist.Web.Auditing;
using Shortlist.Web.Features.Legal;
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

    /// <summary>How long a password-reset link works. Identity's data-protection tokens carry their own expiry; see AuthSetup.</summary>
    public static readonly TimeSpan PasswordResetLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// A candidate registers: an account, an empty candidate record and their consent to the privacy notice in force, in
    /// one transaction. <paramref name="noticeVersion"/> must be the version in force (the one the person was shown).
    /// </summary>
    public async Task<AccountResult> RegisterCandidateAsync(string email, string password, string firstName, string lastName, string? noticeVersion, CancellationToken ct)
    {
        if (noticeVersion != PrivacyNotice.Version)
            return AccountResult.Fail("noticeVersion", string.IsNullOrEmpty(noticeVersion)
                ? "Agree to the privacy notice to create an account."
                : $"The privacy notice has changed (version {PrivacyNotice.Version}); read it and agree again.");
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
        db.Consents.Add(new ConsentRecord(candidate.Id, PrivacyNotice.Version, ConsentPurpose.Registration, now));
        audit.Record("user.register", nameof(Candidate), candidate.Id, $"consent {PrivacyNotice.Version}");
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
            // The first hiring manager of an organization administers its colleagues.
            IsOrganizationAdministrator = role == Roles.HiringManager && !await db.Users.AnyAsync(u => u.OrganizationId == organizationId),
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

        var token = OneTimeToken.New();
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

    /// <summary>
    /// Starts a password reset: when an account has this address, e-mails it a link with a one-hour, single-use token.
    /// Says nothing about whether the account exists; the caller answers the same either way.
    /// </summary>
    public async Task RequestPasswordResetAsync(string? emailAddress, string baseUrl, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(emailAddress) || emailAddress.Length > 254) return;
        var user = await users.FindByEmailAsync(emailAddress.Trim());
        if (user?.Email is null) return;
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = $"{baseUrl.TrimEnd('/')}/Account/ResetPassword?email={Uri.EscapeDataString(user.Email)}&token={token}";
        audit.Record("password.reset-request", "User", user.Id);
        await db.SaveChangesAsync(ct);
        await email.SendAsync(user.Email, "Reset your Shortlist password",
            $"Someone (we hope you) asked to reset the password of your Shortlist account.\n\nChoose a new password here (the link works once, for {PasswordResetLifetime.TotalMinutes:0} minutes):\n{link}\n\nIf you did not ask, ignore this message: your password stays as it is.\n", ct);
    }

    /// <summary>Sets a new password with a reset token; the token works once (the security stamp changes) and signs out other sessions.</summary>
    public async Task<AccountResult> ResetPasswordAsync(string? emailAddress, string? token, string? newPassword, CancellationToken ct)
    {
        const string invalid = "This reset link is not valid any more. Ask for a new one.";
        if (string.IsNullOrWhiteSpace(emailAddress) || string.IsNullOrEmpty(token) || token.Length > 2_000) return AccountResult.Fail("token", invalid);
        if (string.IsNullOrEmpty(newPassword)) return AccountResult.Fail("password", "Choose a new password.");
        var user = await users.FindByEmailAsync(emailAddress.Trim());
        if (user is null) return AccountResult.Fail("token", invalid);
        string decoded;
        try { decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)); }
        catch (FormatException) { return AccountResult.Fail("token", invalid); }
        var result = await users.ResetPasswordAsync(user, decoded, newPassword);
        if (!result.Succeeded)
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? AccountResult.Fail("token", invalid) : AccountResult.From(result);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        audit.Record("password.reset", "User", user.Id);
        await db.SaveChangesAsync(ct);
        return AccountResult.Ok(user.Id);
    }

    /// <summary>Notes a successful sign-in: the account's last sign-in (activity, for retention) and an audit entry.</summary>
    public async Task RecordSignInAsync(string emailAddress, string how)
    {
        var user = await users.FindByEmailAsync(emailAddress.Trim());
        if (user is null) return;
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInAt, now));
        db.AuditEntries.Add(new Domain.Auditing.AuditEntry(now, user.Id, user.UserName, "user.signin", "User", user.Id, how));
        await db.SaveChangesAsync();
    }

    internal static string Hash(string token) => OneTimeToken.Hash(token);

    public string? PublicBaseUrl => configuration["PublicBaseUrl"];
}
