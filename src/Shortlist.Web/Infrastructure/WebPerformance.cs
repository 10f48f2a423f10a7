using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Shortlist.Web.Infrastructure;

/// <summary>
/// Compression and caching for the public pages. Responses are compressed (Brotli, then gzip) only for visitors
/// without a sign-in cookie: a compressed page that holds a secret (an antiforgery token, personal data) next to
/// text an attacker can inject is open to BREACH, and signed-out pages hold no secret. Versioned static files
/// (<c>?v=</c> from asp-append-version) are cached for a year, others for an hour.
/// </summary>
public static class WebPerformance
{
    private const string AuthCookie = "shortlist.auth";

    public static IServiceCollection AddWebPerformance(this IServiceCollection services)
        => services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "application/problem+json"]);
        })
        .Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest)
        .Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

    public static WebApplication UseWebPerformance(this WebApplication app)
    {
        app.UseWhen(context => !context.Request.Cookies.ContainsKey(AuthCookie), branch => branch.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        return app;
    }
}
