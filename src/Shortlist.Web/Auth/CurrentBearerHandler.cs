using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;

namespace Shortlist.Web.Auth;

/// <summary>
/// The API's bearer access tokens, checked against the account as it is now: the token handler proves the token is
/// genuine and unexpired, then this compares its security stamp with the account's (one small query, as for session
/// cookies), so signing out, "sign out everywhere", a password reset or a change of two-factor refuses a token at once
/// rather than when its hour is up.
/// </summary>
internal sealed class CurrentBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer.Current";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var inner = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (inner.None) return AuthenticateResult.NoResult();
        if (!inner.Succeeded) return AuthenticateResult.Fail(inner.Failure ?? new InvalidOperationException("The token is not valid."));
        return await SessionStamp.IsCurrentAsync(Context, inner.Principal)
            ? AuthenticateResult.Success(new AuthenticationTicket(inner.Principal!, SchemeName))
            : AuthenticateResult.Fail("The session this token belongs to was signed out.");
    }
}

/// <summary>Whether a principal's security stamp is still the account's: one small query, shared by cookies and bearer tokens.</summary>
internal static class SessionStamp
{
    public static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var stampType = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal?.FindFirstValue(stampType);
        if (stamp is null || !Guid.TryParse(principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return false;
        var db = http.RequestServices.GetRequiredService<ShortlistDbContext>();
        var current = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(http.RequestAborted);
        return current == stamp;
    }
}
