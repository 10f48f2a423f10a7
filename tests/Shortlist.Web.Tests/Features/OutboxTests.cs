using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data.Mail;
using Shortlist.Web.Infrastructure.Email;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>An application that delivers mail by SMTP to a server on a loopback port, retrying quickly.</summary>
public sealed class SqliteAppWithSmtp() : AppFixture(Provider.Sqlite)
{
    public LoopbackSmtpServer Smtp { get; } = new(LoopbackSmtpServer.FreePort());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:Tls", "None");
        builder.UseSetting("Email:Smtp:TimeoutSeconds", "10");
        builder.UseSetting("Email:RetryBaseDelay", "00:00:00.200");
        builder.UseSetting("Email:RetryMaxDelay", "00:00:01");
        builder.UseSetting("Email:MaxAttempts", "1000");
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

/// <summary>
/// The outbox over a real SMTP server on loopback: a message waits while the server is down and arrives exactly once when
/// it comes up; a permanent refusal marks it failed for administrators, who retry it; erasure removes a person's messages.
/// </summary>
public sealed class OutboxTests(SqliteAppWithSmtp app) : IClassFixture<SqliteAppWithSmtp>
{
    private async Task<Guid> QueueAsync(string to, string subject, string body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(to, subject, body, CancellationToken.None);
        return await app.WithDbAsync(db => db.Outbox.Where(m => m.Subject == subject).Select(m => m.Id).SingleAsync());
    }

    private Task<OutboxMessage> RowAsync(Guid id) => app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task A_message_queued_while_the_server_is_down_arrives_exactly_once_when_it_comes_up()
    {
        await app.Smtp.StopAsync();
        app.Smtp.RefuseRecipientsWith = 0;
        var subject = $"Down then up {Guid.NewGuid():N}";

        var id = await QueueAsync("someone@world.test", subject, "Hello.\nA line starting with a dot follows:\n.hidden\nEnd.");

        // Several attempts fail while nobody listens; the message stays queued with the error.
        await Eventually.TrueAsync(async () => (await RowAsync(id)).Attempts >= 2, "two failed attempts");
        var waiting = await RowAsync(id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.NotNull(waiting.LastError);
        Assert.DoesNotContain(app.Smtp.Received, r => r.Data.Contains(subject, StringComparison.Ordinal));

        app.Smtp.Start();
        await Eventually.TrueAsync(async () => (await RowAsync(id)).Status == OutboxStatus.Sent, "the message sent");
        // Sent is final: the worker never picks it up again, so later passes cannot deliver it twice.
        await app.MailDeliveredAsync();
        var copies = app.Smtp.Received.Where(r => r.Data.Contains(subject, StringComparison.Ordinal)).ToList();
        var copy = Assert.Single(copies);
        Assert.Equal("someone@world.test", copy.Recipient);
        Assert.Contains("\r\n.hidden\r\n", copy.Data, StringComparison.Ordinal); // dot-stuffing undone: the body is intact
        var sent = await RowAsync(id);
        Assert.Null(sent.LastError);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task A_permanent_refusal_marks_the_message_failed_for_administrators_who_retry_it()
    {
        app.Smtp.Start();
        app.Smtp.RefuseRecipientsWith = 550;
        var subject = $"Refused {Guid.NewGuid():N}";
        var id = await QueueAsync("nobody@world.test", subject, "Refused at first.");

        await Eventually.TrueAsync(async () => (await RowAsync(id)).Status == OutboxStatus.Failed, "the message marked failed");
        Assert.Contains("550", (await RowAsync(id)).LastError, StringComparison.Ordinal);

        using var admin = await app.ApiAsync(Persona.Administrator);
        var listing = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/mail?status=failed");
        Assert.True(listing.GetProperty("counts").GetProperty("failed").GetInt32() >= 1);
        Assert.Contains(listing.GetProperty("messages").GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        using var pages = await app.PagesAsync(Persona.Administrator);
        var page = await pages.GetStringAsync("/Admin/Mail?status=Failed");
        Assert.Contains(subject, page, StringComparison.Ordinal);
        Assert.Contains("Retry now", page, StringComparison.Ordinal);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.PostAsync($"/api/v1/admin/mail/{id}/retry", null)).StatusCode);

        app.Smtp.RefuseRecipientsWith = 0;
        var retried = await Forms.PostAsync(pages, $"/Admin/Mail?handler=Retry&id={id}&status=Failed", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);

        await Eventually.TrueAsync(async () => (await RowAsync(id)).Status == OutboxStatus.Sent, "the retried message sent");
        Assert.Single(app.Smtp.Received, r => r.Data.Contains(subject, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/admin/mail/{id}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/admin/mail/{Guid.NewGuid()}/retry", null)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "outbox.read")));
    }

    [Fact]
    public async Task Erasing_a_candidate_removes_their_queued_mail()
    {
        await app.Smtp.StopAsync(); // nothing can be delivered: the messages stay queued
        var email = $"erase{Guid.NewGuid():N}"[..17] + "@world.test";
        var candidateId = await app.WithDbAsync(async db =>
        {
            var c = new Domain.Candidates.Candidate("Erin", "Erased", email, TimeProvider.System.GetUtcNow());
            db.Candidates.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var mine = await QueueAsync(email, $"For Erin {Guid.NewGuid():N}", "Personal.");
        var other = await QueueAsync("someone.else@world.test", $"For someone else {Guid.NewGuid():N}", "Not Erin's.");

        using var admin = await app.ApiAsync(Persona.Administrator);
        var erased = await admin.PostAsync($"/api/v1/candidates/{candidateId}/erase", null);
        Assert.True(erased.IsSuccessStatusCode, $"{(int)erased.StatusCode}");

        Assert.False(await app.WithDbAsync(db => db.Outbox.AnyAsync(m => m.Id == mine)));
        Assert.False(await app.WithDbAsync(db => db.Outbox.AnyAsync(m => m.To == email)));
        Assert.True(await app.WithDbAsync(db => db.Outbox.AnyAsync(m => m.Id == other)));
        app.Smtp.Start();
    }
}
