using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Activities;

/// <summary>Timelines, logging, e-mails from templates (staff) and the templates themselves (administrators change them).</summary>
public static class ActivitiesApi
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/activities").RequireAuthorization(Policies.Staff).WithTags("Activities");
        activities.MapGet("/", Timeline);
        activities.MapPost("/", Log);
        activities.MapPost("/email/preview", Preview);
        activities.MapPost("/email", Send);

        var templates = api.MapGroup("/message-templates").RequireAuthorization(Policies.Staff).WithTags("Activities");
        templates.MapGet("/", Templates);
        templates.MapGet("/{id:guid}", Template);
        templates.MapPost("/", CreateTemplate).RequireAuthorization(Policies.Administrator);
        templates.MapPut("/{id:guid}", UpdateTemplate).RequireAuthorization(Policies.Administrator);
        templates.MapDelete("/{id:guid}", DeleteTemplate).RequireAuthorization(Policies.Administrator);
        return api;
    }

    /// <summary>A subject's timeline, newest first: <c>?subject=candidate&amp;id=…</c> (or position, organization).</summary>
    private static async Task<Results<Ok<Page<ActivityResponse>>, NotFound, ValidationProblem>> Timeline(string? subject, Guid? id, int? page, int? pageSize,
        ActivityService activities, CancellationToken ct)
    {
        if (!ActivityService.TryParseSubject(subject, out var s)) return Validation.Invalid("subject", "subject must be candidate, position or organization.");
        if (id is not { } subjectId) return Validation.Required("id");
        return await activities.TimelineAsync(s, subjectId, page, pageSize, ct) is { } timeline ? TypedResults.Ok(timeline) : TypedResults.NotFound();
    }

    private static async Task<Results<Created<ActivityResponse>, NotFound, ValidationProblem>> Log(LogActivityRequest request, ActivityService activities, CancellationToken ct)
        => await activities.LogAsync(request, ct) switch
        {
            { Value: { } a } => TypedResults.Created($"/api/v1/activities?subject={a.Subject}&id={a.SubjectId}", a),
            { NotFound: true } => TypedResults.NotFound(),
            var o => TypedResults.ValidationProblem(o.Errors!),
        };

    /// <summary>The template filled from the records, as it would be sent; nothing is sent.</summary>
    private static async Task<Results<Ok<EmailPreviewResponse>, NotFound, ValidationProblem>> Preview(EmailFromTemplateRequest request, ActivityService activities, CancellationToken ct)
        => await activities.PreviewAsync(request, ct) switch
        {
            { Value: { } p } => TypedResults.Ok(p),
            { NotFound: true } => TypedResults.NotFound(),
            var o => TypedResults.ValidationProblem(o.Errors!),
        };

    /// <summary>Sends the e-mail (queued in the outbox) and logs it on the candidate and the position.</summary>
    private static async Task<Results<Ok<EmailSentResponse>, NotFound, ValidationProblem>> Send(EmailFromTemplateRequest request, ActivityService activities, CancellationToken ct)
        => await activities.SendAsync(request, ct) switch
        {
            { Value: { } sent } => TypedResults.Ok(sent),
            { NotFound: true } => TypedResults.NotFound(),
            var o => TypedResults.ValidationProblem(o.Errors!),
        };

    private static async Task<Ok<IReadOnlyList<MessageTemplateResponse>>> Templates(ActivityService activities, CancellationToken ct)
        => TypedResults.Ok(await activities.TemplatesAsync(ct));

    private static async Task<Results<Ok<MessageTemplateResponse>, NotFound>> Template(Guid id, ActivityService activities, CancellationToken ct)
        => await activities.TemplateAsync(id, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound();

    private static async Task<Results<Created<MessageTemplateResponse>, ValidationProblem>> CreateTemplate(MessageTemplateRequest request, ActivityService activities, CancellationToken ct)
        => await activities.CreateTemplateAsync(request, ct) switch
        {
            { Value: { } t } => TypedResults.Created($"/api/v1/message-templates/{t.Id}", t),
            var o => TypedResults.ValidationProblem(o.Errors!),
        };

    private static async Task<Results<Ok<MessageTemplateResponse>, NotFound, ValidationProblem>> UpdateTemplate(Guid id, MessageTemplateRequest request, ActivityService activities,
        CancellationToken ct)
        => await activities.UpdateTemplateAsync(id, request, ct) switch
        {
            { Value: { } t } => TypedResults.Ok(t),
            { NotFound: true } => TypedResults.NotFound(),
            var o => TypedResults.ValidationProblem(o.Errors!),
        };

    /// <summary>Deletes a template at the version the caller saw: <c>?version=…</c>; a stale version is a 409.</summary>
    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteTemplate(Guid id, long? version, ActivityService activities, CancellationToken ct)
    {
        if (version is not { } v) return Validation.Required("version");
        return await activities.DeleteTemplateAsync(id, v, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
