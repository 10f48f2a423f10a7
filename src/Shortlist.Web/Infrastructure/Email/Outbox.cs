using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Data.Mail;

namespace Shortlist.Web.Infrastructure.Email;

/// <summary>
/// Wakes the delivery worker: at once for a message stored on its own, and when the transaction that stored one commits
/// (a message stored inside a caller's transaction is invisible to the worker until then).
/// </summary>
public sealed class MailSignal : DbTransactionInterceptor
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private int _waitingForCommit;

    /// <summary>Wakes the worker (coalesced: many calls before it looks make one wake-up).</summary>
    public void Wake()
    {
        try { if (_wake.CurrentCount == 0) _wake.Release(); }
        catch (SemaphoreFullException) { } // already signalled
    }

    /// <summary>A message was stored in an open transaction: wake the worker when a transaction commits.</summary>
    public void WakeOnCommit() => Interlocked.Exchange(ref _waitingForCommit, 1);

    /// <summary>Waits for a wake-up or the timeout.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    private void Committed()
    {
        if (Interlocked.Exchange(ref _waitingForCommit, 0) == 1) Wake();
    }
}

/// <summary>
/// The product's <see cref="IEmailSender"/>: stores each message in the outbox table and wakes the delivery worker.
/// Inside the caller's open transaction the message commits (or rolls back) with the change that caused it; otherwise it
/// is stored on its own at once, without saving anything else the caller has pending.
/// </summary>
public sealed class OutboxEmailSender(ShortlistDbContext db, IServiceScopeFactory scopes, MailSignal signal, IOptions<EmailOptions> options,
    TimeProvider clock, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public Task SendAsync(string to, string subject, string textBody, CancellationToken ct) => SendAsync(to, subject, textBody, [], ct);

    public async Task SendAsync(string to, string subject, string textBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var message = new OutboxMessage
        {
            Id = id,
            To = to.Trim().ToLowerInvariant(),
            Subject = subject.Length > 500 ? subject[..500] : subject,
            Content = MessageFormat.Render(options.Value.From, to.Trim(), subject, textBody, attachments, now, id),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        if (db.Database.CurrentTransaction is not null)
        {
            db.Outbox.Add(message);
            await db.SaveChangesAsync(ct);
            signal.WakeOnCommit();
        }
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            var own = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
            own.Outbox.Add(message);
            await own.SaveChangesAsync(ct);
            signal.Wake();
        }
        logger.LogInformation("E-mail {Id} to {To} queued", id, message.To);
    }
}

/// <summary>Hands one stored message to the outside world.</summary>
public interface IMailTransport
{
    Task DeliverAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>A delivery failure that will not go away by retrying (the server refused the message or the recipient).</summary>
public sealed class PermanentDeliveryException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>SMTP through MailKit when a host is configured; otherwise an .eml file in the pickup folder (development, tests).</summary>
public sealed class MailTransport(IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailTransport> logger) : IMailTransport
{
    public async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Smtp.Host)) await WritePickupAsync(o.PickupDirectory, message, ct);
        else await SendSmtpAsync(o.Smtp, message, ct);
    }

    private async Task WritePickupAsync(string directory, OutboxMessage message, CancellationToken ct)
    {
        var folder = Path.GetFullPath(directory);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{message.Id:N}";
        // Written under another name, then renamed: a reader of *.eml never sees half a message.
        var temporary = Path.Combine(folder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, message.Content, ct);
        File.Move(temporary, Path.Combine(folder, name + ".eml"), overwrite: true);
        logger.LogInformation("E-mail {Id} to {To} written to {Folder}", message.Id, message.To, folder);
    }

    private async Task SendSmtpAsync(SmtpOptions smtp, OutboxMessage message, CancellationToken ct)
    {
        MimeKit.MimeMessage mime;
        try
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Content));
            mime = await MimeKit.MimeMessage.LoadAsync(stream, ct);
        }
        catch (FormatException e) { throw new PermanentDeliveryException("The stored message could not be read.", e); }
        if (!Enum.TryParse<MailKit.Security.SecureSocketOptions>(smtp.Tls, ignoreCase: true, out var tls))
            throw new InvalidOperationException($"Email:Smtp:Tls '{smtp.Tls}' is not one of None, StartTls, StartTlsWhenAvailable, SslOnConnect, Auto.");
        using var client = new MailKit.Net.Smtp.SmtpClient { Timeout = Math.Max(1, smtp.TimeoutSeconds) * 1000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, tls, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        try
        {
            await client.SendAsync(mime, ct);
        }
        catch (MailKit.Net.Smtp.SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            throw new PermanentDeliveryException($"The server refused the message: {(int)e.StatusCode} {e.Message}", e);
        }
        await client.DisconnectAsync(quit: true, ct);
        logger.LogInformation("E-mail {Id} to {To} sent through {Host}", message.Id, message.To, smtp.Host);
    }
}

/// <summary>
/// Delivers the outbox: due messages oldest first, each claimed before sending so two workers never send it both;
/// a failure is retried with exponential backoff, and after the last attempt (or a permanent refusal) the message is
/// marked failed for an administrator to see and retry. Nothing is lost when the server is down or the process stops:
/// the message stays in the table until it is sent.
/// </summary>
public sealed class MailDeliveryWorker(IServiceScopeFactory scopes, MailSignal signal, IMailTransport transport, IOptions<EmailOptions> options,
    TimeProvider clock, ILogger<MailDeliveryWorker> logger) : BackgroundService
{
    /// <summary>How long a claimed message is left alone by other workers while it is being sent.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DeliveryEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try { wait = await DeliverDueAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogError(e, "The mail delivery worker failed; it tries again shortly");
                wait = options.Value.PollInterval;
            }
            try { await signal.WaitAsync(wait, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends every message due now; returns how long to wait before the next is due (at most the poll interval).</summary>
    public async Task<TimeSpan> DeliverDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
            var now = clock.GetUtcNow();
            var due = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).Take(20).ToListAsync(ct);
            if (due.Count == 0)
            {
                var next = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(ct);
                var until = next is { } n ? n - now : o.PollInterval;
                return until < TimeSpan.FromMilliseconds(20) ? TimeSpan.FromMilliseconds(20) : until > o.PollInterval ? o.PollInterval : until;
            }
            foreach (var message in due) await DeliverOneAsync(db, message, ct);
        }
    }

    private async Task DeliverOneAsync(ShortlistDbContext db, OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        // Claim: push the next attempt past the lease; a concurrent claim changes the stamp and one of the two saves fails.
        message.NextAttemptAt = clock.GetUtcNow() + Lease;
        message.Stamp = Guid.NewGuid();
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return;
        }
        try
        {
            await transport.DeliverAsync(message, ct);
            message.Status = OutboxStatus.Sent;
            message.SentAt = clock.GetUtcNow();
            message.Attempts++;
            message.LastError = null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the message is due again at once on the next start.
            message.NextAttemptAt = clock.GetUtcNow();
            message.Stamp = Guid.NewGuid();
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            message.Attempts++;
            message.LastError = Clip($"{e.GetType().Name}: {e.Message}", 2_000);
            var permanent = e is PermanentDeliveryException;
            if (permanent || message.Attempts >= o.MaxAttempts)
            {
                message.Status = OutboxStatus.Failed;
                logger.LogError(e, "E-mail {Id} to {To} failed after {Attempts} attempts; it waits for an administrator", message.Id, message.To, message.Attempts);
            }
            else
            {
                message.NextAttemptAt = clock.GetUtcNow() + o.Backoff(message.Attempts);
                logger.LogWarning("E-mail {Id} to {To}: attempt {Attempts} failed ({Error}); next at {Next}", message.Id, message.To, message.Attempts, e.Message, message.NextAttemptAt);
            }
        }
        message.Stamp = Guid.NewGuid();
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
