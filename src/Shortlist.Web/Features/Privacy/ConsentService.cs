using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Legal;

namespace Shortlist.Web.Features.Privacy;

/// <summary>One consent as shown to its candidate.</summary>
public sealed record ConsentItem(string NoticeVersion, string Purpose, DateTimeOffset At);

/// <summary>The candidate's consents and whether they have agreed to the version in force.</summary>
public sealed record ConsentStatus(string VersionInForce, bool Current, IReadOnlyList<ConsentItem> Consents);

/// <summary>The version of the privacy notice a candidate agrees to (must be the one in force).</summary>
public sealed record ConsentRequest(string NoticeVersion);

/// <summary>
/// Consent to the privacy notice, per version: whether a candidate has agreed to the version in force, and agreeing to
/// it. Page, API and the consent gate go through here.
/// </summary>
public sealed class ConsentService(ShortlistDbContext db, AuditLog audit, TimeProvider clock, IMemoryCache cache)
{
    private static string Key(Guid candidateId) => $"consent:{PrivacyNotice.Version}:{candidateId}";

    /// <summary>Whether the candidate agreed to the version in force (a yes is remembered for a while: consent is never taken back by editing).</summary>
    public async Task<bool> HasCurrentAsync(Guid candidateId, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(candidateId), out _)) return true;
        var current = await db.Consents.AnyAsync(c => c.CandidateId == candidateId && c.NoticeVersion == PrivacyNotice.Version, ct);
        if (current) cache.Set(Key(candidateId), true, TimeSpan.FromMinutes(10));
        return current;
    }

    public async Task<ConsentStatus> StatusAsync(Guid candidateId, CancellationToken ct)
    {
        var rows = await db.Consents.AsNoTracking().Where(c => c.CandidateId == candidateId).ToListAsync(ct);
        var items = rows.OrderByDescending(c => c.CreatedAt).Select(c => new ConsentItem(c.NoticeVersion, c.Purpose.ToString(), c.CreatedAt)).ToList();
        return new ConsentStatus(PrivacyNotice.Version, items.Any(i => i.NoticeVersion == PrivacyNotice.Version), items);
    }

    /// <summary>Stores the candidate's agreement to <paramref name="version"/>; an error message when it is not the version in force.</summary>
    public async Task<string?> AcceptAsync(Guid candidateId, string? version, CancellationToken ct)
    {
        if (version != PrivacyNotice.Version) return $"Agree to the privacy notice in force, version {PrivacyNotice.Version}.";
        if (await HasCurrentAsync(candidateId, ct)) return null;
        db.Consents.Add(new ConsentRecord(candidateId, PrivacyNotice.Version, ConsentPurpose.NoticeUpdate, clock.GetUtcNow()));
        audit.Record("consent.accept", nameof(Candidate), candidateId, PrivacyNotice.Version);
        await db.SaveChangesAsync(ct);
        cache.Set(Key(candidateId), true, TimeSpan.FromMinutes(10));
        return null;
    }
}

/// <summary>
/// A signed-in candidate who has not agreed to the privacy notice in force is sent to agree (pages) or answered 403
/// with a ProblemDetails that says how (API), before anything else. Reading the notice, agreeing, exporting one's data,
/// erasing oneself and signing out stay open.
/// </summary>
public static class ConsentGate
{
    public const string ProblemType = "https://shortlist.dev/problems/consent-required";

    private static readonly string[] OpenPaths =
    [
        "/Account", "/privacy", "/Portal/Privacy", "/api/v1/me/consent", "/api/v1/me/export", "/api/v1/auth", "/health", "/openapi", "/docs",
    ];

    public static WebApplication UseConsentGate(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var user = context.RequestServices.GetRequiredService<CurrentUser>();
            if (user.IsCandidate && user.CandidateId is { } candidateId && context.GetEndpoint() is { } endpoint
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                && !(context.Request.Path.Equals("/api/v1/me", StringComparison.OrdinalIgnoreCase)) // read oneself, or erase oneself (DELETE)
                && !await context.RequestServices.GetRequiredService<ConsentService>().HasCurrentAsync(candidateId, context.RequestAborted))
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Type = ProblemType, Status = 403, Title = "Agree to the privacy notice first.",
                            Detail = $"The privacy notice has a new version ({PrivacyNotice.Version}). Read it at /privacy and agree with POST /api/v1/me/consent {{\"noticeVersion\":\"{PrivacyNotice.Version}\"}}.",
                            Extensions = { ["noticeVersion"] = PrivacyNotice.Version },
                        },
                    });
                }
                else context.Response.Redirect("/Account/Consent?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
                return;
            }
            await next(context);
        });
        return app;
    }
}

/// <summary>The candidate's consent to the privacy notice: see it, agree to a new version.</summary>
public static class ConsentApi
{
    public static RouteGroupBuilder MapConsent(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/consent").WithTags("Privacy").RequireAuthorization(Policies.Candidate);
        me.MapGet("", Status);
        me.MapPost("", Accept).ProducesValidationProblem();
        return api;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<ConsentStatus>> Status(CurrentUser user, ConsentService consents, CancellationToken ct)
        => TypedResults.Ok(await consents.StatusAsync(user.CandidateId!.Value, ct));

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<ConsentStatus>, Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>> Accept(
        ConsentRequest request, CurrentUser user, ConsentService consents, CancellationToken ct)
    {
        var error = await consents.AcceptAsync(user.CandidateId!.Value, request.NoticeVersion, ct);
        return error is null ? TypedResults.Ok(await consents.StatusAsync(user.CandidateId!.Value, ct))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["noticeVersion"] = [error] });
    }
}
