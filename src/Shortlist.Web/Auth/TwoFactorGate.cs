using Microsoft.Extensions.Options;

namespace Shortlist.Web.Auth;

/// <summary>
/// When <c>Security:RequireTwoFactorForStaff</c> is on, an administrator or recruiter without two-factor authentication
/// can do nothing but set it up: pages send them to <c>/Account/TwoFactor</c>, the API answers 403.
/// </summary>
public static class TwoFactorGate
{
    public const string ProblemType = "https://shortlist.dev/problems/two-factor-required";

    private static readonly string[] OpenPaths = ["/Account", "/api/v1/me/two-factor", "/api/v1/auth", "/privacy", "/health", "/openapi", "/docs"];

    public static WebApplication UseTwoFactorGate(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var user = context.RequestServices.GetRequiredService<CurrentUser>();
            if (user.IsStaff && !user.HasTwoFactor && context.GetEndpoint() is not null
                && context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.TwoFactorRequiredForStaff(context.RequestServices.GetRequiredService<IHostEnvironment>())
                && !OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Type = ProblemType, Status = 403, Title = "Set up two-factor authentication first.",
                            Detail = "Staff accounts must use two-factor authentication: set it up at /Account/TwoFactor or with POST /api/v1/me/two-factor/setup and /enable.",
                        },
                    });
                }
                else context.Response.Redirect("/Account/TwoFactor");
                return;
            }
            await next(context);
        });
        return app;
    }
}
