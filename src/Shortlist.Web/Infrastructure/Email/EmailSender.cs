using System.Globalization;
using System.Text;

namespace Shortlist.Web.Infrastructure.Email;

/// <summary>How e-mail leaves the product: SMTP when <see cref="SmtpOptions.Host"/> is set, else the pickup folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";
    public string From { get; set; } = "Shortlist <no-reply@shortlist.local>";
    /// <summary>Where messages are written as .eml files when no SMTP server is configured (development).</summary>
    public string PickupDirectory { get; set; } = "data/mail";
    /// <summary>The SMTP server; when its host is empty, mail goes to the pickup folder.</summary>
    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>How often the delivery worker looks for due messages when nothing signals it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The wait after the first failed attempt; it doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Attempts before a message is marked failed (about a day with the default delays).</summary>
    public int MaxAttempts { get; set; } = 30;
    /// <summary>Whether the delivery worker runs in this process.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1 after <paramref name="attempts"/> failures.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = RetryBaseDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, RetryMaxDelay.TotalMilliseconds));
    }
}

/// <summary>The SMTP server mail is delivered through (MailKit).</summary>
public sealed class SmtpOptions
{
    /// <summary>Host name or address; empty means "use the pickup folder".</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Tls { get; set; } = "StartTls";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>Seconds to wait for the server on each command.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>A file sent with a message; <see cref="ContentType"/> may carry parameters ("text/calendar; method=REQUEST").</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct);

    /// <summary>Sends a text message with attachments (multipart/mixed); with none it is the plain message.</summary>
    Task SendAsync(string to, string subject, string textBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct);
}

/// <summary>Renders a message as RFC 5322 text (CRLF line ends): text/plain, or multipart/mixed with base64 attachments.</summary>
public static class MessageFormat
{
    public static string Render(string from, string to, string subject, string textBody, IReadOnlyList<EmailAttachment> attachments, DateTimeOffset now, Guid id)
    {
        var domain = from.LastIndexOf('@') is var at and >= 0 ? from[(at + 1)..].TrimEnd('>', ' ') : "shortlist.local";
        var message = new StringBuilder()
            .Append("From: ").Append(Sanitize(from)).Append("\r\n")
            .Append("To: ").Append(Sanitize(to)).Append("\r\n")
            .Append("Subject: ").Append(Sanitize(subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(id.ToString("N")).Append('@').Append(Sanitize(domain)).Append(">\r\n")
            .Append("MIME-Version: 1.0\r\n");
        if (attachments.Count == 0)
        {
            message.Append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .Append(textBody.ReplaceLineEndings("\r\n"));
        }
        else
        {
            // multipart/mixed: the text first, then each attachment in base64 (RFC 2045/2046; lines of 76 characters).
            var boundary = "=_shortlist_" + Guid.NewGuid().ToString("N");
            message.Append("Content-Type: multipart/mixed; boundary=\"").Append(boundary).Append("\"\r\n\r\n")
                .Append("This is a multi-part message in MIME format.\r\n")
                .Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .Append(textBody.ReplaceLineEndings("\r\n")).Append("\r\n");
            foreach (var attachment in attachments)
            {
                var name = Sanitize(attachment.FileName).Replace("\"", "", StringComparison.Ordinal);
                message.Append("--").Append(boundary).Append("\r\n")
                    .Append("Content-Type: ").Append(Sanitize(attachment.ContentType)).Append("; name=\"").Append(name).Append("\"\r\n")
                    .Append("Content-Disposition: attachment; filename=\"").Append(name).Append("\"\r\n")
                    .Append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .Append(Convert.ToBase64String(attachment.Content, Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
            }
            message.Append("--").Append(boundary).Append("--\r\n");
        }
        return message.ToString();
    }

    // Header injection: a newline in a header value would start a new header.
    public static string Sanitize(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
