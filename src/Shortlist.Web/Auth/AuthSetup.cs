using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Auth;

public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Administrator = nameof(Administrator);
    public const string HiringManager = nameof(HiringManager);
    public const string Candidate = nameof(Candidate);
    public const string SignedIn = nameof(SignedIn);
    /// <summary>The firm's staff and client contacts (scoped to their organization in the query).</summary>
    public const string StaffOrClient = nameof(StaffOrClient);
    /// <summary>The firm's staff and candidates (scoped to their own record in the query).</summary>
    public const string StaffOrCandidate = nameof(StaffOrCandidate);
    /// <summary>API endpoints authenticate with bearer tokens only, so a browser's cookie can never be replayed cross-site.</summary>
    public const string ApiUser = nameof(ApiUser);
}

public static class AuthSetup
{
    public static IServiceCollection AddShortlistAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        var protection = services.AddDataProtection().SetApplicationName("shortlist").PersistKeysToDbContext<ShortlistDbContext>();
        // Keys at rest are encrypted with the certificate's public key when one is configured (see docs/security.md).
        if (!string.IsNullOrEmpty(security.KeyEncryptionCertificate))
            protection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                security.KeyEncryptionCertificate, security.KeyEncryptionCertificatePassword));

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "shortlist.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, security.SessionMinutes));
                o.Events.OnValidatePrincipal = ValidateSessionAsync;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CurrentBearerHandler>(CurrentBearerHandler.SchemeName, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokens.Scheme, null)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o =>
            {
                // Between the password and the code: five minutes, then sign in again.
                o.Cookie.Name = "shortlist.2fa";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Name = "shortlist.2fa-remember")
            .AddCookie(IdentityConstants.ExternalScheme);

        // Every signed-in request re-reads the security stamp (sign-out everywhere, password change, 2FA change) at most
        // this often; a changed stamp refuses the old cookie.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<ShortlistUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = Math.Max(1, security.MaxFailedAccessAttempts);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Math.Max(1, security.LockoutMinutes));
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.PasswordResetTokenProvider = ResetTokenProvider.Name;
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorProvider.Name;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<ShortlistDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ShortlistClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ResetTokenProvider>(ResetTokenProvider.Name)
            .AddTokenProvider<OneTimeAuthenticatorProvider>(OneTimeAuthenticatorProvider.Name);

        // Password-reset links work for an hour by the product's clock and once (see ResetTokenProvider); the default
        // providers' tokens (not handed out) get the same lifespan.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = AccountService.PasswordResetLifetime);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Recruiter, Roles.Administrator))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.HiringManager, p => p.RequireRole(Roles.HiringManager))
            .AddPolicy(Policies.Candidate, p => p.RequireRole(Roles.Candidate))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.StaffOrClient, p => p.RequireRole(Roles.Recruiter, Roles.Administrator, Roles.HiringManager))
            .AddPolicy(Policies.StaffOrCandidate, p => p.RequireRole(Roles.Recruiter, Roles.Administrator, Roles.Candidate))
            .AddPolicy(Policies.ApiUser, p => p.AddAuthenticationSchemes(CurrentBearerHandler.SchemeName, PersonalAccessTokens.Scheme).RequireAuthenticatedUser());
        services.AddScoped<PersonalAccessTokens>();
        services.AddScoped<TwoFactorService>();

        // Bearer-authenticated API calls answer 401/403 with ProblemDetails rather than redirecting to the sign-in page.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        return services;
    }

    /// <summary>
    /// Every request with a session cookie compares the cookie's security stamp with the account's (one small query): after
    /// signing out, a password reset or a change of two-factor, the old cookie is refused at once. Identity's validator then
    /// refreshes the claims (roles) now and then.
    /// </summary>
    private static async Task ValidateSessionAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        if (!await SessionStamp.IsCurrentAsync(context.HttpContext, context.Principal))
        {
            context.RejectPrincipal();
            if (context.Principal is not null) await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}

/// <summary>Adds the organization of a hiring manager and the candidate record of a candidate to the principal.</summary>
internal sealed class ShortlistClaimsFactory(UserManager<ShortlistUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ShortlistUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ShortlistUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganizationId is { } org) identity.AddClaim(new Claim(CurrentUser.OrganizationClaim, org.ToString()));
        if (user.CandidateId is { } candidate) identity.AddClaim(new Claim(CurrentUser.CandidateClaim, candidate.ToString()));
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim("name", user.DisplayName));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(CurrentUser.TwoFactorClaim, "true"));
        return identity;
    }
}

internal sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        if (context.Request.Path.StartsWithSegments("/api") && !authorizeResult.Succeeded)
        {
            var status = authorizeResult.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            if (status == 401) context.Response.Headers.WWWAuthenticate = "Bearer";
            context.Response.StatusCode = status;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = { Status = status, Title = status == 401 ? "Sign in first." : "Your role may not do this." },
            });
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
