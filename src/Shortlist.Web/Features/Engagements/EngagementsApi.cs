using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Domain.Engagements;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Engagements;

/// <summary>Engagements, their weekly timesheets, and the client's approvals.</summary>
public static class EngagementsApi
{
    public static RouteGroupBuilder MapEngagements(this RouteGroupBuilder api)
    {
        var engagements = api.MapGroup("/engagements").WithTags("Engagements");
        engagements.MapGet("/", List).RequireAuthorization(Policies.SignedIn);
        engagements.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.SignedIn).ProducesProblem(404);
        engagements.MapPost("/", Start).RequireAuthorization(Policies.Staff).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        engagements.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Staff).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        engagements.MapGet("/{id:guid}/timesheets/{week}", Week).RequireAuthorization(Policies.SignedIn).ProducesProblem(404);
        engagements.MapPut("/{id:guid}/timesheets/{week}", SaveWeek).RequireAuthorization(Policies.StaffOrCandidate).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        engagements.MapPost("/{id:guid}/timesheets/{week}/submit", SubmitWeek).RequireAuthorization(Policies.StaffOrCandidate).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var timesheets = api.MapGroup("/timesheets").WithTags("Engagements");
        timesheets.MapGet("/", Timesheets).RequireAuthorization(Policies.SignedIn);
        timesheets.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(Policies.HiringManager).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        timesheets.MapPost("/{id:guid}/reject", Reject).RequireAuthorization(Policies.HiringManager).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        return api;
    }

    /// <summary>The engagements the caller may see (staff: all; hiring managers: their organization's; candidates: their own), with burn and warnings.</summary>
    private static async Task<Ok<IReadOnlyList<EngagementSummary>>> List(EngagementService engagements, CancellationToken ct)
        => TypedResults.Ok(await engagements.ListAsync(ct));

    private static async Task<Results<Ok<EngagementDetail>, NotFound>> Get(Guid id, EngagementService engagements, CancellationToken ct)
        => await engagements.GetAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Created<EngagementSummary>, NotFound, ValidationProblem, ProblemHttpResult>> Start(StartEngagementRequest request, EngagementService engagements, CancellationToken ct)
    {
        var outcome = await engagements.StartAsync(request, ct);
        return outcome.Status switch
        {
            EngagementOutcome.Ok => TypedResults.Created($"/api/v1/engagements/{outcome.Value!.Id}", outcome.Value),
            EngagementOutcome.NotFound => TypedResults.NotFound(),
            EngagementOutcome.Conflict => Conflict(outcome.Message),
            _ => Invalid(outcome.Field, outcome.Message),
        };
    }

    private static async Task<Results<Ok<EngagementSummary>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, UpdateEngagementRequest request, EngagementService engagements, CancellationToken ct)
        => Answer(await engagements.UpdateAsync(id, request, ct));

    /// <summary>The week (Monday to Sunday) containing the date <c>week</c> (yyyy-MM-dd); <c>timesheet</c> is null until hours are entered.</summary>
    private static async Task<Results<Ok<WeekResponse>, NotFound, ValidationProblem>> Week(Guid id, string week, EngagementService engagements, CancellationToken ct)
    {
        if (!TryDate(week, out var day)) return Validation.Invalid("week", "Give the week as a date, yyyy-MM-dd.");
        return await engagements.WeekAsync(id, day, ct) is { } found ? TypedResults.Ok(new WeekResponse(found.Monday, found.Week)) : TypedResults.NotFound();
    }

    /// <summary>Enters (replaces) the hours of the week containing <c>week</c>; with <c>submit: true</c> also sends it for approval.</summary>
    private static async Task<Results<Ok<TimesheetView>, NotFound, ValidationProblem, ProblemHttpResult>> SaveWeek(Guid id, string week, TimesheetRequest request, EngagementService engagements, CancellationToken ct)
    {
        if (!TryDate(week, out var day)) return Validation.Invalid("week", "Give the week as a date, yyyy-MM-dd.");
        if (request.Days is null) return Validation.Required("days");
        return Answer(await engagements.SaveWeekAsync(id, day, request, ct));
    }

    private static async Task<Results<Ok<TimesheetView>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitWeek(Guid id, string week, EngagementService engagements, CancellationToken ct)
    {
        if (!TryDate(week, out var day)) return Validation.Invalid("week", "Give the week as a date, yyyy-MM-dd.");
        return Answer(await engagements.SubmitWeekAsync(id, day, ct));
    }

    /// <summary>Timesheets the caller may see in a state: <c>status</c> = Submitted (the default: awaiting approval), Approved, Rejected or Draft.</summary>
    private static async Task<Results<Ok<IReadOnlyList<TimesheetView>>, ValidationProblem>> Timesheets(string? status, EngagementService engagements, CancellationToken ct)
    {
        TimesheetStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<TimesheetStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s)) return Validation.Invalid("status", "Use Draft, Submitted, Approved or Rejected.");
            wanted = s;
        }
        return TypedResults.Ok(await engagements.TimesheetsAsync(wanted, ct));
    }

    /// <summary>Approves a submitted week; <c>version</c> (optional) is the one the approver saw.</summary>
    private static async Task<Results<Ok<TimesheetView>, NotFound, ValidationProblem, ProblemHttpResult>> Approve(Guid id, long? version, EngagementService engagements, CancellationToken ct)
        => Answer(await engagements.ApproveAsync(id, version, ct));

    private static async Task<Results<Ok<TimesheetView>, NotFound, ValidationProblem, ProblemHttpResult>> Reject(Guid id, RejectTimesheetRequest request, EngagementService engagements, CancellationToken ct)
        => Answer(await engagements.RejectAsync(id, request.Reason, request.Version, ct));

    private static Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> Answer<T>(Outcome<T> outcome) => outcome.Status switch
    {
        EngagementOutcome.Ok => TypedResults.Ok(outcome.Value!),
        EngagementOutcome.NotFound => TypedResults.NotFound(),
        EngagementOutcome.Conflict => Conflict(outcome.Message),
        _ => Invalid(outcome.Field, outcome.Message),
    };

    private static ProblemHttpResult Conflict(string? message) => TypedResults.Problem(message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    private static ValidationProblem Invalid(string? field, string? message) => Validation.Invalid(field ?? "request", message ?? "The request is not valid.");

    private static bool TryDate(string text, out DateOnly day) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

/// <summary>A week: its Monday and its timesheet, null until hours are entered.</summary>
public sealed record WeekResponse(DateOnly WeekStart, TimesheetView? Timesheet);
