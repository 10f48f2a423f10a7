using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Account;

/// <summary>A new personal access token: a name, scopes (read, write, admin) and days until it expires (default 90).</summary>
public sealed record CreateAccessTokenRequest(string Name, IReadOnlyList<string> Scopes, int? ExpiresInDays = null);
/// <summary>A code from the authenticator app.</summary>
public sealed record TwoFactorCodeRequest(string Code);
/// <summary>Recovery codes, shown once.</summary>
public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

/// <summary>The caller's own security settings: access tokens, two-factor authentication, signing out everywhere.</summary>
public static class SecurityApi
{
    public static RouteGroupBuilder MapAccountSecurity(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Account security");
        me.MapGet("/tokens", ListTokens);
        me.MapPost("/tokens", CreateToken).ProducesValidationProblem();
        me.MapDelete("/tokens/{id:guid}", RevokeToken).ProducesProblem(404);
        me.MapGet("/two-factor", Status);
        me.MapPost("/two-factor/setup", Setup);
        me.MapPost("/two-factor/enable", Enable).ProducesValidationProblem();
        me.MapPost("/two-factor/recovery-codes", RecoveryCodes).ProducesProblem(409);
        me.MapPost("/two-factor/disable", Disable).ProducesValidationProblem();
        me.MapPost("/sign-out", SignOutEverywhere);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<AccessTokenSummary>>> ListTokens(CurrentUser user, PersonalAccessTokens tokens, CancellationToken ct)
        => TypedResults.Ok(await tokens.ListAsync(user.Id!.Value, ct));

    /// <summary>Makes a token; the secret is in this answer only. A token cannot make tokens: sign in for that.</summary>
    private static async Task<Results<Created<CreatedAccessToken>, ValidationProblem, ProblemHttpResult>> CreateToken(CreateAccessTokenRequest request,
        CurrentUser user, PersonalAccessTokens tokens, CancellationToken ct)
    {
        if (user.ViaAccessToken) return TypedResults.Problem("Sign in with your password to make access tokens; a token cannot make tokens.", statusCode: 403, title: "Not with a token.");
        var (created, errors) = await tokens.CreateAsync(user.Id!.Value, user.IsAdministrator, request.Name, request.Scopes, request.ExpiresInDays, ct);
        return created is null ? TypedResults.ValidationProblem(errors) : TypedResults.Created($"/api/v1/me/tokens/{created.Token.Id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(Guid id, CurrentUser user, PersonalAccessTokens tokens, CancellationToken ct)
        => await tokens.RevokeAsync(user.Id!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.Problem("No such token.", statusCode: 404, title: "Not found.");

    private static async Task<Ok<TwoFactorStatus>> Status(CurrentUser user, UserManager<ShortlistUser> users, TwoFactorService twoFactor)
        => TypedResults.Ok(await twoFactor.StatusAsync((await users.FindByIdAsync(user.Id!.ToString()!))!));

    /// <summary>The authenticator key and otpauth URI (a new key each call while two-factor is off).</summary>
    private static async Task<Results<Ok<AuthenticatorSetup>, ProblemHttpResult>> Setup(CurrentUser user, UserManager<ShortlistUser> users, TwoFactorService twoFactor)
    {
        if (user.ViaAccessToken) return TypedResults.Problem("Sign in with your password to change two-factor authentication.", statusCode: 403, title: "Not with a token.");
        var account = (await users.FindByIdAsync(user.Id!.ToString()!))!;
        if (account.TwoFactorEnabled) return TypedResults.Problem("Two-factor authentication is already on; turn it off first to use a new key.", statusCode: 409, title: "Already on.");
        return TypedResults.Ok(await twoFactor.SetupAsync(account, renew: true));
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ValidationProblem, ProblemHttpResult>> Enable(TwoFactorCodeRequest request, CurrentUser user,
        UserManager<ShortlistUser> users, TwoFactorService twoFactor, CancellationToken ct)
    {
        if (user.ViaAccessToken) return TypedResults.Problem("Sign in with your password to change two-factor authentication.", statusCode: 403, title: "Not with a token.");
        var codes = await twoFactor.EnableAsync((await users.FindByIdAsync(user.Id!.ToString()!))!, request.Code, ct);
        return codes is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["The code is not right; ask for the set-up first and enter the current code from your authenticator app."] })
            : TypedResults.Ok(new RecoveryCodesResponse(codes));
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ProblemHttpResult>> RecoveryCodes(CurrentUser user, UserManager<ShortlistUser> users,
        TwoFactorService twoFactor, CancellationToken ct)
    {
        if (user.ViaAccessToken) return TypedResults.Problem("Sign in with your password to change two-factor authentication.", statusCode: 403, title: "Not with a token.");
        var codes = await twoFactor.NewRecoveryCodesAsync((await users.FindByIdAsync(user.Id!.ToString()!))!, ct);
        return codes is null ? TypedResults.Problem("Two-factor authentication is off.", statusCode: 409, title: "Two-factor is off.") : TypedResults.Ok(new RecoveryCodesResponse(codes));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Disable(TwoFactorCodeRequest request, CurrentUser user,
        UserManager<ShortlistUser> users, TwoFactorService twoFactor, CancellationToken ct)
    {
        if (user.ViaAccessToken) return TypedResults.Problem("Sign in with your password to change two-factor authentication.", statusCode: 403, title: "Not with a token.");
        var error = await twoFactor.DisableAsync((await users.FindByIdAsync(user.Id!.ToString()!))!, request.Code, ct);
        return error is null ? TypedResults.NoContent() : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [error] });
    }

    /// <summary>Ends every session of the account: browser cookies and refresh tokens stop working (the security stamp changes).</summary>
    private static async Task<NoContent> SignOutEverywhere(CurrentUser user, UserManager<ShortlistUser> users, Auditing.AuditLog audit, Data.ShortlistDbContext db, CancellationToken ct)
    {
        var account = (await users.FindByIdAsync(user.Id!.ToString()!))!;
        await users.UpdateSecurityStampAsync(account);
        audit.Record("user.sign-out", "User", account.Id, "everywhere");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
