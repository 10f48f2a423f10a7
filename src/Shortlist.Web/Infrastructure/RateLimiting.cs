using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Shortlist.Web.Infrastructure;

/// <summary>How many requests each client address may make per minute, by kind of request.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    /// <summary>Sign-in, registration and password reset, per address.</summary>
    public int AccountPerMinute { get; set; } = 10;
    /// <summary>Applications and résumé uploads from the job board, per address.</summary>
    public int ApplyPerMinute { get; set; } = 5;
    /// <summary>Public forms that create records (search requests), per address.</summary>
    public int PublicFormPerMinute { get; set; } = 5;
    /// <summary>API requests per minute, per signed-in user or access token (anonymous callers: per address).</summary>
    public int ApiPerMinute { get; set; } = 300;
}

/// <summary>Named rate-limit policies; a refused request gets 429 with Retry-After and a ProblemDetails body.</summary>
public static class RateLimiting
{
    public const string Account = "account";
    public const string Apply = "apply";
    public const string PublicForm = "public-form";
    public const string Api = "api";

    public static IServiceCollection AddShortlistRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Account, context => Window(context, l => l.AccountPerMinute, Account));
            o.AddPolicy(Apply, context => Window(context, l => l.ApplyPerMinute, Apply));
            // Showing a public form (GET, and the verification link, whose 256-bit token cannot be guessed) is free; sending one is limited.
            o.AddPolicy(PublicForm, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("public-form-read")
                : Window(context, l => l.PublicFormPerMinute, PublicForm));
            // Every API request counts, reads too: per access token, else per user, else per address.
            o.AddPolicy(Api, context =>
            {
                var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RateLimitOptions>>().CurrentValue;
                var user = context.User;
                var who = user.FindFirst(Auth.CurrentUser.TokenClaim)?.Value is { } token ? "token:" + token
                    : user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } id ? "user:" + id
                    : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
                var permits = Math.Max(1, options.ApiPerMinute);
                return RateLimitPartition.GetFixedWindowLimiter($"{Api}:{permits}:{who}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests.", Detail = $"Please wait {seconds} seconds and try again." },
                });
            };
        });
        return services;
    }

    // A fixed one-minute window per client address and policy; the limits are read on each new window so tests can set them.
    // Reading a page (GET, HEAD) is never limited: a page model's policy then counts only its form posts.
    private static RateLimitPartition<string> Window(HttpContext context, Func<RateLimitOptions, int> limit, string policy)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        var permits = Math.Max(1, limit(options));
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{permits}:{address}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
    }
}
