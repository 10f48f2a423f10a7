using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.JobBoard;

/// <summary>Applying with the current profile, agreeing to the privacy notice by naming its version.</summary>
public sealed record ApplyRequest(string? CoverNote = null, string? NoticeVersion = null);

/// <summary>Applying for an open position and following one's own applications, for a signed-in candidate.</summary>
public static class ApplyApi
{
    public static RouteGroupBuilder MapApply(this RouteGroupBuilder api)
    {
        api.MapPost("/jobs/{id:guid}/applications", Apply).RequireAuthorization(Policies.Candidate).RequireRateLimiting(RateLimiting.Apply)
            .WithTags("Applications").ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(429);
        var me = api.MapGroup("/me/applications").RequireAuthorization(Policies.Candidate).WithTags("Applications").ProducesProblem(403);
        me.MapGet("/", Mine);
        me.MapPost("/{id:guid}/withdraw", Withdraw).ProducesProblem(404).ProducesProblem(409);
        return api;
    }

    private static async Task<Results<Created<MyApplication>, NotFound, ValidationProblem, ProblemHttpResult>> Apply(Guid id, ApplyRequest request,
        ApplyService applications, HttpRequest http, AccountService accounts, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.NoticeVersion))
            return Validation.Invalid("noticeVersion", $"Agree to the privacy notice (/privacy) by sending its version, \"{PrivacyNotice.Version}\".");
        if (request.NoticeVersion != PrivacyNotice.Version)
            return Validation.Invalid("noticeVersion", $"The privacy notice in force is version \"{PrivacyNotice.Version}\" (/privacy); read it and send that version.");
        var outcome = await applications.SubmitAsync(id, new ApplyInput(null, null, request.CoverNote, true, null), BaseUrl(http, accounts), ct);
        return outcome.Status switch
        {
            ApplyStatus.Applied => TypedResults.Created("/api/v1/me/applications",
                (await applications.MineAsync(ct)).First(a => a.Id == outcome.ApplicationId)),
            ApplyStatus.NotFound => TypedResults.NotFound(),
            ApplyStatus.AlreadyApplied => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "You already applied for this position."),
            _ => Validation.Invalid(outcome.Field ?? "request", outcome.Message ?? "The application could not be made."),
        };
    }

    private static async Task<Ok<IReadOnlyList<MyApplication>>> Mine(ApplyService applications, CancellationToken ct)
        => TypedResults.Ok(await applications.MineAsync(ct));

    private static async Task<Results<Ok<MyApplication>, NotFound, ProblemHttpResult>> Withdraw(Guid id, ApplyService applications, CancellationToken ct)
    {
        var (status, application) = await applications.WithdrawAsync(id, ct);
        return status switch
        {
            WithdrawStatus.Withdrawn => TypedResults.Ok(application!),
            WithdrawStatus.AlreadyClosed => TypedResults.Problem("The application is closed already.", statusCode: StatusCodes.Status409Conflict, title: "Nothing to withdraw."),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>The address links in e-mails start with: the configured public address, else the request's.</summary>
    public static string BaseUrl(HttpRequest request, AccountService accounts) => accounts.PublicBaseUrl ?? $"{request.Scheme}://{request.Host}";
}
