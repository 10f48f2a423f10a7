using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Infrastructure;

/// <summary>One error shape for everything: RFC 7807 ProblemDetails; domain and concurrency errors mapped here and nowhere else.</summary>
public static class ErrorHandling
{
    /// <summary>Largest JSON body an API endpoint accepts.</summary>
    public const long MaxJsonBody = 1_000_000;

    /// <summary>Largest upload: the 10 MB file limit of parsing and room for the form around it.</summary>
    public const long MaxUploadBody = 10 * 1024 * 1024 + 64 * 1024;

    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        return services;
    }

    /// <summary>Strict JSON: unknown enum names, numbers for enums, missing required members and nulls in non-nullable members are refused.</summary>
    public static void Configure(JsonSerializerOptions o)
    {
        o.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        o.RespectNullableAnnotations = true;
        o.RespectRequiredConstructorParameters = true;
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        o.MaxDepth = 32;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Refuse oversized API bodies before anything reads them, on every server (the test server has no Kestrel limit).
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // Uploads (multipart) may carry a file up to the parsing limit; everything else is JSON.
                var max = context.Request.HasFormContentType ? MaxUploadBody : MaxJsonBody;
                if (context.Request.ContentLength > max)
                {
                    await WriteProblem(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"At most {max} bytes are accepted.");
                    return;
                }
                var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = max;
                if (context.Request.HasJsonContentType() && await ContainsNulAsync(context.Request, context.RequestAborted))
                {
                    await WriteProblem(context, StatusCodes.Status400BadRequest, "The request contains a value that cannot be stored.",
                        "Text may not contain a NUL character (\\u0000).");
                    return;
                }
            }
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// Whether a JSON body carries the escape \u0000 in a string: no text field of the product may hold a NUL character
    /// (PostgreSQL refuses it, and it is never meant). Checked once here for every endpoint rather than in each.
    /// </summary>
    private static async Task<bool> ContainsNulAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is null or 0 or > MaxJsonBody) return false;
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        request.Body.Position = 0;
        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        for (var i = text.IndexOf("\\u0000", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\\u0000", i + 1, StringComparison.Ordinal))
        {
            // An escaped backslash followed by "u0000" is the literal text, not a NUL.
            var slashes = 0;
            for (var j = i; j >= 0 && text[j] == '\\'; j--) slashes++;
            if (slashes % 2 == 1) return true;
        }
        return false;
    }

    private static Task WriteProblem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }

    private const string UnavailablePage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Back in a moment – Shortlist</title>
        <link rel="stylesheet" href="/css/site.css"></head>
        <body><main id="main" class="unavailable"><h1>Back in a moment</h1>
        <p>Shortlist cannot reach its database just now, so this page could not be shown and nothing you sent was saved.</p>
        <p>This usually clears up within a minute: please <a href="">try again</a> shortly.</p></main></body>
        </html>
        """;

    private sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            ProblemDetails? problem = exception switch
            {
                DomainRuleException { Field: { } field } e => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [e.Message] })
                    { Status = 400, Title = "One or more fields are invalid." },
                DomainRuleException e => new ProblemDetails { Status = 422, Title = "The request breaks a rule.", Detail = e.Message },
                DbUpdateConcurrencyException => new ProblemDetails
                {
                    Status = 409, Title = "The record was changed by someone else.",
                    Detail = "Reload it, reapply your change and save again.",
                },
                BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "The request could not be read.", Detail = e.Message },
                JsonException => new ProblemDetails { Status = 400, Title = "The request body is not valid JSON for this endpoint." },
                Shortlist.Parsing.Text.ParseException e => new ProblemDetails
                {
                    Status = e.Problem switch
                    {
                        Shortlist.Parsing.Text.ParseProblem.TooLarge => 413,
                        Shortlist.Parsing.Text.ParseProblem.UnsupportedType => 415,
                        _ => 422,
                    },
                    Title = "The file could not be read.", Detail = e.Message, Extensions = { ["code"] = e.Code },
                },
                System.Text.RegularExpressions.RegexMatchTimeoutException => new ProblemDetails
                {
                    Status = 422, Title = "The file could not be read.", Detail = "Reading the file took too long.", Extensions = { ["code"] = "timeout" },
                },
                OperationCanceledException when !context.RequestAborted.IsCancellationRequested => new ProblemDetails
                {
                    Status = 422, Title = "The file could not be read.", Detail = "Reading the file took too long.", Extensions = { ["code"] = "timeout" },
                },
                _ when DatabaseFailure.IsUnavailable(exception) => new ProblemDetails
                {
                    Status = 503, Title = "The service is temporarily unavailable.",
                    Detail = "The database cannot be reached. Nothing was saved by this request; please try again in a moment.",
                },
                _ when DatabaseFailure.IsBadValue(exception) => new ProblemDetails
                {
                    Status = 400, Title = "The request contains a value that cannot be stored.",
                    Detail = "A text contains a character that is not allowed (such as a NUL byte), or a value is out of range.",
                },
                _ => null,
            };
            if (problem is { Status: 503 })
            {
                logger.LogWarning("The database is unavailable ({Error}) on {Path}", exception.GetBaseException().Message, context.Request.Path);
                DatabaseFailure.ForgetBrokenConnections(exception);
                context.Response.Headers.RetryAfter = "5";
                if (!context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/health") && !context.Response.HasStarted)
                {
                    // Pages: a plain page a person can read (no inline styles or scripts), not a JSON document.
                    context.Response.StatusCode = 503;
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(UnavailablePage, ct);
                    return true;
                }
            }
            if (problem is null)
            {
                logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
                return false;
            }
            context.Response.StatusCode = problem.Status!.Value;
            return await problems.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem, Exception = exception });
        }
    }
}
