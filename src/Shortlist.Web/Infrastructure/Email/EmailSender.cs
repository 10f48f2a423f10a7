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

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct);
}

/// <summary>Writes each message as an RFC 5322 .eml file into a pickup folder, as development mail.</summary>
public sealed class PickupFolderEmailSender(Microsoft.Extensions.Options.IOptions<EmailOptions> options, TimeProvider clock, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string textBody, CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var message = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(Sanitize(to)).Append("\r\n")
            .Append("Subject: ").Append(Sanitize(subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(textBody.ReplaceLineEndings("\r\n"))
            .ToString();
        var path = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, message, ct);
        logger.LogInformation("E-mail to {To} written to {Path}", to, path);
    }

    // Header injection: a newline in a header value would start a new header.
    private static string Sanitize(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
