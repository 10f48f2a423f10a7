using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Submissions;

namespace Shortlist.Web.Features.Client;

/// <summary>The client portal over the API (hiring managers), and the recruiter's side of it (submit, confirm a slot, close a declined application, blind review).</summary>
public static class ClientPortalApi
{
    public static RouteGroupBuilder MapClientPortal(this RouteGroupBuilder api)
    {
        var client = api.MapGroup("/client").RequireAuthorization(Policies.HiringManager).WithTags("Client portal");
        client.MapGet("/dashboard", Dashboard);
        client.MapGet("/positions/{id:guid}", Shortlist);
        client.MapGet("/positions/{id:guid}/candidates/{applicationId:guid}", Candidate);
        client.MapGet("/positions/{id:guid}/candidates/{applicationId:guid}/resume", Resume);
        client.MapPost("/positions/{id:guid}/candidates/{applicationId:guid}/reveal", Reveal);
        client.MapPost("/positions/{id:guid}/candidates/{applicationId:guid}/feedback", Feedback);
        client.MapPost("/positions/{id:guid}/candidates/{applicationId:guid}/slots", Slots);
        client.MapGet("/colleagues", Colleagues);
        client.MapPost("/colleagues/invitations", Invite);
        client.MapPost("/colleagues/{userId:guid}/administrator", MakeAdministrator);
        client.MapDelete("/colleagues/{userId:guid}", Remove);

        var staff = api.MapGroup("/positions/{id:guid}").RequireAuthorization(Policies.Staff).WithTags("Client portal");
        staff.MapGet("/applications", Pipeline);
        staff.MapPost("/applications/{applicationId:guid}/submit", Submit);
        staff.MapPost("/applications/{applicationId:guid}/interview", Confirm);
        staff.MapPost("/applications/{applicationId:guid}/close-declined", CloseDeclined);
        staff.MapPut("/blind-review", BlindReview);
        return api;
    }

    private static async Task<Results<Ok<DashboardResponse>, NotFound>> Dashboard(ClientPortalService portal, CancellationToken ct)
        => await portal.DashboardAsync(ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();

    private static async Task<Results<Ok<ShortlistResponse>, NotFound>> Shortlist(Guid id, ClientPortalService portal, CancellationToken ct)
        => await portal.ShortlistAsync(id, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound();

    private static async Task<Results<Ok<SubmittedCandidateResponse>, NotFound>> Candidate(Guid id, Guid applicationId, ClientPortalService portal, CancellationToken ct)
        => await portal.CandidateAsync(id, applicationId, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> Resume(Guid id, Guid applicationId, ClientPortalService portal, CancellationToken ct)
        => await portal.ResumeFileAsync(id, applicationId, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound();

    private static async Task<Results<Ok<SubmittedCandidateResponse>, NotFound>> Reveal(Guid id, Guid applicationId, ClientPortalService portal, CancellationToken ct)
        => await portal.RevealAsync(id, applicationId, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    private static async Task<Results<Ok<SubmittedCandidateResponse>, NotFound>> Feedback(Guid id, Guid applicationId, FeedbackInput request, ClientPortalService portal, CancellationToken ct)
        => await portal.FeedbackAsync(id, applicationId, request, null, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    private static async Task<Results<Ok<SubmittedCandidateResponse>, NotFound>> Slots(Guid id, Guid applicationId, SlotsInput request, ClientPortalService portal, CancellationToken ct)
        => await portal.ProposeSlotsAsync(id, applicationId, request.Slots ?? [], ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    private static async Task<Ok<ColleaguesResponse>> Colleagues(ColleagueService colleagues, CancellationToken ct)
        => TypedResults.Ok(await colleagues.ListAsync(ct));

    private static async Task<Results<Ok<ColleaguesResponse>, ForbidHttpResult>> Invite(InviteColleagueInput request, ColleagueService colleagues, CancellationToken ct)
        => await colleagues.InviteAsync(request.Email, ct) ? TypedResults.Ok(await colleagues.ListAsync(ct)) : TypedResults.Forbid();

    private static async Task<Results<Ok<ColleaguesResponse>, NotFound, ForbidHttpResult>> MakeAdministrator(Guid userId, ColleagueService colleagues, CancellationToken ct)
        => await colleagues.ChangeOutcomeAsync(userId, remove: false, ct) switch
        {
            ColleagueOutcome.Done => TypedResults.Ok(await colleagues.ListAsync(ct)),
            ColleagueOutcome.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Remove(Guid userId, ColleagueService colleagues, CancellationToken ct)
        => await colleagues.ChangeOutcomeAsync(userId, remove: true, ct) switch
        {
            ColleagueOutcome.Done => TypedResults.NoContent(),
            ColleagueOutcome.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Ok<IReadOnlyList<PipelineEntry>>, NotFound>> Pipeline(Guid id, SubmissionService submissions, CancellationToken ct)
        => await submissions.PipelineAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<PipelineEntry>>, NotFound>> Submit(Guid id, Guid applicationId, SubmitInput request, SubmissionService submissions, CancellationToken ct)
        => await submissions.SubmitAsync(id, applicationId, request, ct) is not null ? TypedResults.Ok((await submissions.PipelineAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<Ok<InterviewView>, NotFound>> Confirm(Guid id, Guid applicationId, ConfirmSlotInput request, SubmissionService submissions, CancellationToken ct)
        => await submissions.ConfirmSlotAsync(id, applicationId, request.Slot, ct) is { } i
            ? TypedResults.Ok(new InterviewView(i.Id, i.Start, i.DurationMinutes, i.Location, i.Status)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<PipelineEntry>>, NotFound>> CloseDeclined(Guid id, Guid applicationId, SubmissionService submissions, CancellationToken ct)
        => await submissions.CloseDeclinedAsync(id, applicationId, ct) is not null ? TypedResults.Ok((await submissions.PipelineAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> BlindReview(Guid id, BlindReviewInput request, SubmissionService submissions, CancellationToken ct)
        => await submissions.SetBlindReviewAsync(id, request.BlindReview, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
