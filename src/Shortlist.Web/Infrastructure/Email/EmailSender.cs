using System.Globalization;
using System.Text;

namespace Shortlist.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";
    public string From { get; set; } = "Shortlist <no-reply@shortlist.local>";
    /// <summary>Where messages are written as .eml files when no SMTP server is configured (development).</summary>
    public string PickupDirectory { get; set; } = "data/mail";
}

/// <summary>A file sent with a message; <see cref="ContentType"/> may carry parameters ("text/calendar; method=REQUEST").</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct);

    /// <summary>Sends a text message with attachments (multipart/mixed); with none it is the plain message.</summary>
    Task SendAsync(string to, string subject, string textBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct);
}

/// <summary>Writes each message as an RFC 5322 .eml file into a pickup folder, as development mail.</summary>
public sealed class PickupFolderEmailSender(Microsoft.Extensions.Options.IOptions<EmailOptions> options, TimeProvider clock, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public Task SendAsync(string to, string subject, string textBody, CancellationToken ct) => SendAsync(to, subject, textBody, [], ct);

    public async Task SendAsync(string to, string subject, string textBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var message = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(Sanitize(to)).Append("\r\n")
            .Append("Subject: ").Append(Sanitize(subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
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
        var path = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, message.ToString(), ct);
        logger.LogInformation("E-mail to {To} written to {Path}", to, path);
    }

    // Header injection: a newline in a header value would start a new header.
    private static string Sanitize(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
