using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Pipeline;

public static class PipelineApi
{
    public static RouteGroupBuilder MapPipeline(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff).WithTags("Pipeline");
        staff.MapGet("/positions/{id:guid}/pipeline", Board);
        staff.MapPost("/positions/{id:guid}/pipeline/bulk-move", BulkMove);
        staff.MapPost("/applications/{id:guid}/move", Move).ProducesProblem(409);
        staff.MapPost("/applications/{id:guid}/interviews", Interview).ProducesProblem(409);
        staff.MapPost("/applications/{id:guid}/interviews/reschedule", Reschedule).ProducesProblem(409);
        staff.MapPost("/applications/{id:guid}/interviews/cancel", CancelInterview).ProducesProblem(409);
        staff.MapPost("/applications/{id:guid}/offer", Offer).ProducesProblem(409);
        staff.MapPost("/applications/{id:guid}/place", Place).ProducesProblem(409);
        return api;
    }

    private static async Task<Results<Ok<PipelineBoard>, NotFound>> Board(Guid id, PipelineService pipeline, CancellationToken ct)
        => await pipeline.BoardAsync(id, ct) is { } board ? TypedResults.Ok(board) : TypedResults.NotFound();

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> Move(Guid id, MoveRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.MoveAsync(id, request, ct) is { } moved ? TypedResults.Ok(moved) : TypedResults.NotFound();

    private static async Task<Results<Ok<BulkMoveResponse>, NotFound>> BulkMove(Guid id, BulkMoveRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.BulkMoveAsync(id, request, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<Results<Ok<InterviewResponse>, NotFound>> Interview(Guid id, ScheduleInterviewRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.ScheduleInterviewAsync(id, request, ct) is { } interview ? TypedResults.Ok(interview) : TypedResults.NotFound();

    private static async Task<Results<Ok<InterviewResponse>, NotFound>> Reschedule(Guid id, RescheduleInterviewRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.RescheduleInterviewAsync(id, request, ct) is { } interview ? TypedResults.Ok(interview) : TypedResults.NotFound();

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> CancelInterview(Guid id, CancelInterviewRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.CancelInterviewAsync(id, request, ct) is { } application ? TypedResults.Ok(application) : TypedResults.NotFound();

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> Offer(Guid id, OfferRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.OfferAsync(id, request, ct) is { } offered ? TypedResults.Ok(offered) : TypedResults.NotFound();

    private static async Task<Results<Ok<PlacementResponse>, NotFound>> Place(Guid id, PlaceRequest request, PipelineService pipeline, CancellationToken ct)
        => await pipeline.PlaceAsync(id, request, ct) is { } placed ? TypedResults.Ok(placed) : TypedResults.NotFound();
}
