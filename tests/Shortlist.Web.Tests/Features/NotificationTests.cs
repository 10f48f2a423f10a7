using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Domain.Notifications;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>
/// In-app notifications: an application from the job board notifies the recruiters (in the app, and by e-mail unless they
/// chose the app only); the bell counts unread ones; reading one, or all, clears the count; nobody reads another's.
/// </summary>
public sealed class NotificationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static async Task<JsonElement> MineAsync(HttpClient api) => await api.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications");

    private Task<Guid> NewOpenPositionAsync(string title) => app.WithDbAsync(async db =>
    {
        var p = World.NewPosition(app.World.OrganizationX, title, TimeProvider.System.GetUtcNow());
        db.Positions.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    [Fact]
    public async Task An_application_notifies_recruiters_who_read_it_and_the_bell_follows()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        await recruiter.PostAsync("/api/v1/me/notifications/read-all", null);
        var title = $"Notified position {Guid.NewGuid():N}"[..30];
        var position = await NewOpenPositionAsync(title);

        using var candidate = await app.ApiAsync(Persona.CandidateB);
        var applied = await candidate.PostAsJsonAsync($"/api/v1/jobs/{position}/applications", new { noticeVersion = Web.Features.Legal.PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);

        var mine = await MineAsync(recruiter);
        Assert.Equal(1, mine.GetProperty("unread").GetInt32());
        var item = mine.GetProperty("items")[0];
        Assert.Equal(NotificationKinds.NewApplication, item.GetProperty("kind").GetString());
        Assert.Contains("Ben Brook applied for " + title, item.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/Positions/{position}", item.GetProperty("link").GetString());
        // Recruiters get e-mail too by default (and the applicant their confirmation).
        Assert.Contains(Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText),
            m => m.Contains($"To: {app.World.EmailOf(Persona.Recruiter)}", StringComparison.Ordinal) && m.Contains(title, StringComparison.Ordinal));
        // The applicant and the client are not told of the recruiters' news.
        Assert.Equal(0, (await MineAsync(candidate)).GetProperty("unread").GetInt32());

        using var pages = await app.PagesAsync(Persona.Recruiter);
        var home = await pages.GetStringAsync("/Workspace");
        Assert.Contains("Notifications: 1 unread", home, StringComparison.Ordinal);

        // Another person cannot mark it read: not found.
        using var hiringManager = await app.ApiAsync(Persona.HiringManagerX);
        var id = item.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await hiringManager.PostAsync($"/api/v1/me/notifications/{id}/read", null)).StatusCode);
        var read = await recruiter.PostAsync($"/api/v1/me/notifications/{id}/read", null);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(0, (await MineAsync(recruiter)).GetProperty("unread").GetInt32());
        Assert.Contains("Notifications: none unread", await pages.GetStringAsync("/Workspace"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_app_only_sends_no_email_and_the_page_marks_all_read()
    {
        using var pages = await app.PagesAsync(Persona.Administrator);
        var set = await Forms.PostAsync(pages, "/Notifications?handler=Preferences", new() { ["delivery"] = "app" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var adminApi = await app.ApiAsync(Persona.Administrator);
        Assert.False((await adminApi.GetFromJsonAsync<JsonElement>("/api/v1/me/notification-preferences")).GetProperty("email").GetBoolean());
        var adminEmail = app.World.EmailOf(Persona.Administrator);
        var before = Directory.GetFiles(app.MailFolder, "*.eml").Count(p => File.ReadAllText(p).Contains($"To: {adminEmail}", StringComparison.Ordinal));

        var adminId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == adminEmail).Select(u => u.Id).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<Web.Features.Notifications.NotificationService>();
            await service.NotifyAsync(adminId, NotificationKinds.SearchAtRisk, "Search <b>one</b> turned at risk.", "/Positions", CancellationToken.None);
            await service.NotifyAsync(adminId, NotificationKinds.InterviewChanged, "An interview moved.", null, CancellationToken.None);
        }

        Assert.Equal(before, Directory.GetFiles(app.MailFolder, "*.eml").Count(p => File.ReadAllText(p).Contains($"To: {adminEmail}", StringComparison.Ordinal)));
        var page = await pages.GetStringAsync("/Notifications");
        Assert.Contains("Search &lt;b&gt;one&lt;/b&gt; turned at risk.", page, StringComparison.Ordinal); // text, never markup
        var readAll = await Forms.PostAsync(pages, "/Notifications?handler=ReadAll", []);
        Assert.Equal(HttpStatusCode.Redirect, readAll.StatusCode);
        Assert.Equal(0, (await MineAsync(adminApi)).GetProperty("unread").GetInt32());
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == adminId && n.ReadAt == null)));
        await Forms.PostAsync(pages, "/Notifications?handler=Preferences", new() { ["delivery"] = "email" });
    }
}
