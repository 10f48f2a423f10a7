namespace Shortlist.Data.Mail;

public enum OutboxStatus
{
    /// <summary>Waiting for its (next) delivery attempt.</summary>
    Pending,
    /// <summary>Handed to the SMTP server (or written to the pickup folder).</summary>
    Sent,
    /// <summary>Given up after the last attempt, or refused permanently by the server; an administrator may retry it.</summary>
    Failed,
}

/// <summary>
/// An e-mail stored before it is sent: the whole RFC 5322 message as it will go out, the recipient, and the delivery
/// state. The delivery worker sends due messages and retries failures with backoff.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The recipient's address, lower-cased (erasure finds a person's messages by it).</summary>
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    /// <summary>The full message, headers and body, with CRLF line ends.</summary>
    public string Content { get; set; } = "";
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the next attempt is due; also a lease while a worker is sending it.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Changed on every update; two workers cannot both claim a message.</summary>
    public Guid Stamp { get; set; } = Guid.NewGuid();
}
