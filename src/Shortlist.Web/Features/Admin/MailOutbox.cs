using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Mail;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Admin;

/// <summary>One outbox message as administrators see it (the body stays in the database).</summary>
public sealed record OutboxItem(Guid Id, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

/// <summary>How many messages are in each state.</summary>
public sealed record OutboxCounts(int Pending, int Sent, int Failed);

/// <summary>The outbox for administrators: the page and the API go through it.</summary>
public sealed class MailOutboxService(ShortlistDbContext db, MailSignal signal, AuditLog audit, TimeProvider clock)
{
    public async Task<OutboxCounts> CountsAsync(CancellationToken ct)
    {
        var counts = await db.Outbox.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(OutboxStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new OutboxCounts(Of(OutboxStatus.Pending), Of(OutboxStatus.Sent), Of(OutboxStatus.Failed));
    }

    /// <summary>Messages in a state (all when null), failed and due first, then newest; recipients are personal data, so the read is audited.</summary>
    public async Task<Page<OutboxItem>> ListAsync(OutboxStatus? status, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Outbox.AsNoTracking();
        if (status is { } s) query = query.Where(m => m.Status == s);
        var rows = query.OrderByDescending(m => m.CreatedAt)
            .Select(m => new OutboxItem(m.Id, m.To, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError));
        var result = await Page<OutboxItem>.ReadAsync(rows, page, pageSize, ct);
        audit.Record("outbox.read", "OutboxMessage", null, $"{status?.ToString() ?? "all"}, page {result.PageNumber}");
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>Makes a failed or waiting message due now and wakes the worker; a sent message is left alone (false).</summary>
    public async Task<OutboxItem?> RetryAsync(Guid id, CancellationToken ct)
    {
        var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return null;
        if (message.Status == OutboxStatus.Sent) throw new Domain.Common.DomainRuleException("The message was sent already.", "status");
        message.Status = OutboxStatus.Pending;
        message.NextAttemptAt = clock.GetUtcNow();
        // A failed message gets its full number of attempts again.
        message.Attempts = 0;
        message.Stamp = Guid.NewGuid();
        audit.Record("outbox.retry", "OutboxMessage", id);
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return new OutboxItem(message.Id, message.To, message.Subject, message.Status, message.Attempts, message.CreatedAt, message.NextAttemptAt, message.SentAt, message.LastError);
    }

    /// <summary>Retries every failed message; returns how many.</summary>
    public async Task<int> RetryAllFailedAsync(CancellationToken ct)
    {
        var failed = await db.Outbox.Where(m => m.Status == OutboxStatus.Failed).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var m in failed)
        {
            m.Status = OutboxStatus.Pending;
            m.NextAttemptAt = now;
            m.Attempts = 0;
            m.Stamp = Guid.NewGuid();
        }
        if (failed.Count > 0)
        {
            audit.Record("outbox.retry", "OutboxMessage", null, $"{failed.Count} failed messages");
            await db.SaveChangesAsync(ct);
            signal.Wake();
        }
        return failed.Count;
    }
}

public static class MailOutboxApi
{
    public static RouteGroupBuilder MapMailOutbox(this RouteGroupBuilder api)
    {
        var mail = api.MapGroup("/admin/mail").RequireAuthorization(Policies.Administrator).WithTags("Mail").ProducesProblem(403);
        mail.MapGet("/", List);
        mail.MapPost("/{id:guid}/retry", Retry).ProducesProblem(404).ProducesProblem(409);
        mail.MapPost("/retry-failed", RetryFailed);
        return api;
    }

    /// <summary>The outbox: counts by state and one page of messages (status: pending, sent or failed).</summary>
    private static async Task<Results<Ok<OutboxListing>, ValidationProblem>> List(MailOutboxService outbox, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        OutboxStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s)) return Validation.Invalid("status", "Use pending, sent or failed.");
            wanted = s;
        }
        return TypedResults.Ok(new OutboxListing(await outbox.CountsAsync(ct), await outbox.ListAsync(wanted, page, pageSize, ct)));
    }

    private static async Task<Results<Ok<OutboxItem>, NotFound, ProblemHttpResult>> Retry(Guid id, MailOutboxService outbox, CancellationToken ct)
    {
        try
        {
            return await outbox.RetryAsync(id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();
        }
        catch (Domain.Common.DomainRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Nothing to retry.");
        }
    }

    private static async Task<Ok<RetriedCount>> RetryFailed(MailOutboxService outbox, CancellationToken ct)
        => TypedResults.Ok(new RetriedCount(await outbox.RetryAllFailedAsync(ct)));
}

public sealed record OutboxListing(OutboxCounts Counts, Page<OutboxItem> Messages);
public sealed record RetriedCount(int Retried);
