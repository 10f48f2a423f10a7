namespace Shortlist.Web.Infrastructure;

/// <summary>The usual web defences sent with every response.</summary>
public static class SecurityHeaders
{
    // No inline scripts or styles anywhere outside the API docs: scripts and styles come from wwwroot only.
    private const string Csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The interactive API docs load their script inline; they get a looser policy of their own.
    private const string DocsCsp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Content-Security-Policy"] = context.Request.Path.StartsWithSegments("/docs") ? DocsCsp : Csp;
            // Browsers heed HSTS only over HTTPS; over plain HTTP (development, a TLS-terminating proxy without forwarded headers) it is not sent.
            if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            await next(context);
        });
        return app;
    }
}
