using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Web.Auditing;

namespace Shortlist.Web.Auth;

/// <summary>A token as listed to its owner: never the secret.</summary>
public sealed record AccessTokenSummary(Guid Id, string Name, IReadOnlyList<string> Scopes, string Prefix, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, bool Active);

/// <summary>A token just made: its secret is in here once and nowhere else.</summary>
public sealed record CreatedAccessToken(AccessTokenSummary Token, string Secret);

/// <summary>
/// Personal access tokens for the API: made, listed and revoked by their owner (page and API go through here), stored
/// as a SHA-256 hash. Scopes: <c>read</c> (GET only), <c>write</c> (reads and changes outside administration),
/// <c>admin</c> (administration endpoints; administrators only).
/// </summary>
public sealed class PersonalAccessTokens(ShortlistDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string Scheme = "PersonalAccessToken";
    /// <summary>Every secret starts with this, so the handler knows at a glance a token is one of ours.</summary>
    public const string SecretPrefix = "slp_";
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";
    public static readonly IReadOnlyList<string> AllScopes = [Read, Write, Admin];
    public const int MaxDays = 366;
    public const int MaxActivePerUser = 50;

    /// <summary>Makes a token for <paramref name="userId"/>; <paramref name="isAdministrator"/> decides whether the admin scope may be given.</summary>
    public async Task<(CreatedAccessToken? Created, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(Guid userId, bool isAdministrator,
        string? name, IEnumerable<string>? scopes, int? expiresInDays, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100) errors["name"] = ["Give the token a name of up to 100 characters."];
        var chosen = (scopes ?? []).Select(s => s?.Trim().ToLowerInvariant() ?? "").Distinct().ToList();
        if (chosen.Count == 0) errors["scopes"] = ["Choose at least one scope: read, write or admin."];
        else if (chosen.FirstOrDefault(s => !AllScopes.Contains(s)) is { } unknown) errors["scopes"] = [$"Unknown scope '{unknown}'; use read, write or admin."];
        else if (chosen.Contains(Admin) && !isAdministrator) errors["scopes"] = ["Only administrators may make tokens with the admin scope."];
        var days = expiresInDays ?? 90;
        if (days is < 1 or > MaxDays) errors["expiresInDays"] = [$"A token expires after 1 to {MaxDays} days."];
        if (errors.Count > 0) return (null, errors);
        var now = clock.GetUtcNow();
        if (await db.PersonalAccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null, ct) >= MaxActivePerUser)
            return (null, new Dictionary<string, string[]> { ["name"] = [$"You have {MaxActivePerUser} tokens; revoke some first."] });

        var secret = SecretPrefix + OneTimeToken.New();
        var token = new PersonalAccessToken
        {
            UserId = userId, Name = trimmed, Scopes = string.Join(' ', AllScopes.Where(chosen.Contains)), TokenHash = OneTimeToken.Hash(secret),
            Prefix = secret[..(SecretPrefix.Length + 6)], CreatedAt = now, ExpiresAt = now.AddDays(days),
        };
        db.PersonalAccessTokens.Add(token);
        audit.Record("token.create", "User", userId, $"{token.Name} [{token.Scopes}] until {token.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return (new CreatedAccessToken(Summarize(token, now), secret), new Dictionary<string, string[]>());
    }

    /// <summary>The owner's tokens, newest first.</summary>
    public async Task<IReadOnlyList<AccessTokenSummary>> ListAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return [.. rows.OrderByDescending(t => t.CreatedAt).Select(t => Summarize(t, now))];
    }

    /// <summary>Revokes one of the owner's tokens; false when the owner has no such token (someone else's is not found either).</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken ct)
    {
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null) return false;
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            audit.Record("token.revoke", "User", userId, token.Name);
            await db.SaveChangesAsync(ct);
        }
        return true;
    }

    /// <summary>The active token with this secret, or null.</summary>
    public async Task<PersonalAccessToken?> FindActiveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100) return null;
        var hash = OneTimeToken.Hash(secret);
        var now = clock.GetUtcNow();
        var token = await db.PersonalAccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now) return null;
        // Last use is kept to the minute: one write a minute per token at most.
        if (token.LastUsedAt is null || token.LastUsedAt < now.AddMinutes(-1))
            await db.PersonalAccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        return token;
    }

    private static AccessTokenSummary Summarize(PersonalAccessToken t, DateTimeOffset now)
        => new(t.Id, t.Name, t.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt,
            t.RevokedAt is null && t.ExpiresAt > now);

    /// <summary>
    /// Whether a request made with a token of <paramref name="scopes"/> may reach an endpoint: reads need read (or write),
    /// changes need write, administration endpoints need admin.
    /// </summary>
    public static bool Allows(IReadOnlyCollection<string> scopes, string method, bool adminEndpoint)
        => adminEndpoint ? scopes.Contains(Admin)
        : HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? scopes.Contains(Read) || scopes.Contains(Write)
        : scopes.Contains(Write);
}

/// <summary>Accepts <c>Authorization: Bearer slp_…</c>: the token's owner, as they are now, with the token's scopes.</summary>
internal sealed class PersonalAccessTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer " + PersonalAccessTokens.SecretPrefix, StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        var services = Context.RequestServices;
        var token = await services.GetRequiredService<PersonalAccessTokens>().FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("The access token is not valid (unknown, expired or revoked).");
        var users = services.GetRequiredService<UserManager<ShortlistUser>>();
        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (user is null || await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail("The token's account is locked or gone.");
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ShortlistUser>>().CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        var isAdministrator = principal.IsInRole(Domain.Common.Roles.Administrator);
        foreach (var scope in token.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (scope != PersonalAccessTokens.Admin || isAdministrator) identity.AddClaim(new Claim(CurrentUser.ScopeClaim, scope));
        identity.AddClaim(new Claim(CurrentUser.TokenClaim, token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}

/// <summary>Enforces a personal access token's scopes on every API endpoint it reaches (after authorization).</summary>
public static class TokenScopes
{
    public static WebApplication UseTokenScopes(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (user.HasClaim(c => c.Type == CurrentUser.TokenClaim) && context.GetEndpoint() is { } endpoint)
            {
                var scopes = user.FindAll(CurrentUser.ScopeClaim).Select(c => c.Value).ToHashSet();
                var adminEndpoint = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.Administrator);
                if (!PersonalAccessTokens.Allows(scopes, context.Request.Method, adminEndpoint))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = 403, Title = "This token's scopes do not allow this.",
                            Detail = adminEndpoint ? "Administration needs a token with the admin scope."
                                : $"{context.Request.Method} needs a token with the {(HttpMethods.IsGet(context.Request.Method) ? "read" : "write")} scope.",
                        },
                    });
                    return;
                }
            }
            await next(context);
        });
        return app;
    }
}
