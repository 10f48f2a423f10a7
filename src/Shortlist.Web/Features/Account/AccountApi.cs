using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.Account;

/// <summary>Signs in; accounts with two-factor authentication also send <c>twoFactorCode</c> (from the app) or <c>recoveryCode</c>.</summary>
public sealed record TokenRequest(string Email, string Password, string? TwoFactorCode = null, string? RecoveryCode = null);
public sealed record RefreshRequest(string RefreshToken);
/// <summary>A candidate registers; <c>noticeVersion</c> is the privacy-notice version they agreed to and must be the one in force.</summary>
public sealed record RegisterRequest(string Email, string Password, string FirstName, string LastName, string? NoticeVersion = null);
/// <summary>Asks for a password-reset link by e-mail.</summary>
public sealed record ForgotPasswordRequest(string Email);
/// <summary>Sets a new password with the token from the e-mailed link.</summary>
public sealed record ResetPasswordRequest(string Email, string Token, string NewPassword);
public sealed record MeResponse(Guid Id, string? Email, string? Name, IReadOnlyList<string> Roles, Guid? OrganizationId, Guid? CandidateId);

public static class AccountApi
{
    public static RouteGroupBuilder MapAccount(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Account").AllowAnonymous();
        auth.MapPost("/token", Token).RequireRateLimiting(RateLimiting.Account).ProducesProblem(429);
        auth.MapPost("/refresh", Refresh);
        auth.MapPost("/register", Register).RequireRateLimiting(RateLimiting.Account).ProducesProblem(429);
        auth.MapPost("/forgot-password", ForgotPassword).RequireRateLimiting(RateLimiting.Account).ProducesProblem(429);
        auth.MapPost("/reset-password", ResetPassword).RequireRateLimiting(RateLimiting.Account).ProducesProblem(429);
        api.MapGet("/me", Me).WithTags("Account");
        return api;
    }

    /// <summary>Signs in with e-mail and password and answers a bearer token (lockout applies).</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Token(TokenRequest request, SignInManager<ShortlistUser> signIn, AccountService accounts)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (!string.IsNullOrWhiteSpace(request.TwoFactorCode) && request.TwoFactorCode.Length <= 20)
                result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
            else if (!string.IsNullOrWhiteSpace(request.RecoveryCode) && request.RecoveryCode.Length <= 40)
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(request.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
            else
                return TypedResults.Problem("This account has two-factor authentication: send twoFactorCode (from the authenticator app) or recoveryCode too.",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Two-factor code needed.");
        }
        if (result.Succeeded)
        {
            await accounts.RecordSignInAsync(request.Email, "token");
            return TypedResults.Empty; // the bearer handler has written the token
        }
        return TypedResults.Problem(result.IsLockedOut ? "Too many failed attempts; try again later." : "Wrong e-mail, password or code.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.");
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> Refresh(RefreshRequest request, SignInManager<ShortlistUser> signIn,
        IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties?.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            return TypedResults.Challenge();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Created<MeResponse>, ValidationProblem>> Register(RegisterRequest request, AccountService accounts,
        UserManager<ShortlistUser> users, CancellationToken ct)
    {
        var result = await accounts.RegisterCandidateAsync(request.Email, request.Password, request.FirstName, request.LastName, request.NoticeVersion, ct);
        if (!result.Succeeded) return TypedResults.ValidationProblem(result.Errors);
        var user = (await users.FindByIdAsync(result.UserId!.Value.ToString()))!;
        return TypedResults.Created("/api/v1/me", new MeResponse(user.Id, user.Email, user.DisplayName, [Domain.Common.Roles.Candidate], null, user.CandidateId));
    }

    /// <summary>E-mails a reset link when an account has this address; answers 202 either way, so it reveals nothing.</summary>
    private static async Task<Accepted> ForgotPassword(ForgotPasswordRequest request, AccountService accounts, HttpContext http, CancellationToken ct)
    {
        await accounts.RequestPasswordResetAsync(request.Email, accounts.PublicBaseUrl ?? $"{http.Request.Scheme}://{http.Request.Host}", ct);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>Sets a new password with the e-mailed token (works once, for an hour).</summary>
    private static async Task<Results<NoContent, ValidationProblem>> ResetPassword(ResetPasswordRequest request, AccountService accounts, CancellationToken ct)
    {
        var result = await accounts.ResetPasswordAsync(request.Email, request.Token, request.NewPassword, ct);
        return result.Succeeded ? TypedResults.NoContent() : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> Me(CurrentUser current, UserManager<ShortlistUser> users)
    {
        if (current.Id is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user) return TypedResults.NotFound();
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email, user.DisplayName, [.. roles], user.OrganizationId, user.CandidateId));
    }
}
