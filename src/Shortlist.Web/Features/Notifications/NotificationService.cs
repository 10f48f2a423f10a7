using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Notifications;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.Notifications;

/// <summary>Who a notification is for: one account, or every account with a role (within one organization for hiring managers).</summary>
public sealed record Audience(Guid? UserId = null, string? Role = null, Guid? OrganizationId = null)
{
    /// <summary>One account.</summary>
    public static Audience User(Guid userId) => new(UserId: userId);
    /// <summary>Every recruiter.</summary>
    public static Audience Recruiters { get; } = new(Role: Roles.Recruiter);
    /// <summary>Every hiring manager of one client organization.</summary>
    public static Audience HiringManagersOf(Guid organizationId) => new(Role: Roles.HiringManager, OrganizationId: organizationId);
}

/// <summary>One notification as its reader sees it.</summary>
public sealed record NotificationItem(Guid Id, string Kind, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The reader's notifications: the unread count and the newest ones.</summary>
public sealed record NotificationList(int Unread, IReadOnlyList<NotificationItem> Items);

/// <summary>How notifications reach the reader: in the app only, or also by e-mail.</summary>
public sealed record NotificationPreferences(bool Email);

/// <summary>
/// In-app notifications, and the e-mail copy for people who want one. Features call
/// <c>await notifications.NotifyAsync(Audience.Recruiters, NotificationKinds.X, "text", "/link", ct)</c> after (or inside the
/// transaction of) the change it reports: the notifications and their e-mails commit together.
/// </summary>
public sealed class NotificationService(ShortlistDbContext db, CurrentUser user, IEmailSender email, IConfiguration configuration, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Notifies one account.</summary>
    public Task<int> NotifyAsync(Guid userId, string kind, string text, string? link, CancellationToken ct)
        => NotifyAsync(Audience.User(userId), kind, text, link, ct);

    /// <summary>Notifies everyone in <paramref name="audience"/> (the caller excepted); returns how many were notified.</summary>
    public async Task<int> NotifyAsync(Audience audience, string kind, string text, string? link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var now = clock.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (audience.UserId is { } id) query = query.Where(u => u.Id == id);
        if (audience.Role is { } role)
        {
            var roleId = await db.Roles.AsNoTracking().Where(r => r.Name == role).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
            if (roleId is null) return 0;
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }
        if (audience.OrganizationId is { } org) query = query.Where(u => u.OrganizationId == org);
        if (audience.UserId is null && user.Id is { } me) query = query.Where(u => u.Id != me); // nobody is told of their own action
        var people = await query.Select(u => new { u.Id, u.Email, u.EmailNotifications }).ToListAsync(ct);
        if (people.Count == 0) return 0;

        var own = db.Database.CurrentTransaction is null;
        await using var tx = own ? await db.Database.BeginTransactionAsync(ct) : null;
        var notifications = people.Select(p => new Notification(p.Id, kind, text, link, now)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(ct);
        foreach (var person in people.Where(p => p.EmailNotifications && !string.IsNullOrEmpty(p.Email)))
        {
            var body = new StringBuilder(text).Append("\n\n");
            if (link is not null) body.Append("Open: ").Append(BaseUrl()).Append(link).Append("\n\n");
            body.Append("You get these e-mails because your notifications come by e-mail too; change that under Notifications.\n");
            await email.SendAsync(person.Email!, "Shortlist: " + (text.Length > 120 ? text[..117] + "..." : text), body.ToString(), ct);
        }
        if (tx is not null) await tx.CommitAsync(ct);
        return people.Count;
    }

    private string BaseUrl() => configuration["PublicBaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/')
        : http.HttpContext?.Request is { } r ? $"{r.Scheme}://{r.Host}" : "";

    /// <summary>The signed-in reader's unread count (0 when signed out).</summary>
    public Task<int> UnreadCountAsync(CancellationToken ct)
        => user.Id is { } me ? db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct) : Task.FromResult(0);

    /// <summary>The signed-in reader's newest notifications (unread only on request).</summary>
    public async Task<NotificationList> MineAsync(bool unreadOnly, int take, CancellationToken ct)
    {
        if (user.Id is not { } me) return new(0, []);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Math.Clamp(take, 1, 200))
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        return new(await UnreadCountAsync(ct), items);
    }

    /// <summary>Marks one of the reader's notifications read; null when it is not theirs.</summary>
    public async Task<NotificationItem?> MarkReadAsync(Guid id, CancellationToken ct)
    {
        if (user.Id is not { } me) return null;
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.UserId == me, ct);
        if (n is null) return null;
        n.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new NotificationItem(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt);
    }

    /// <summary>Marks all of the reader's notifications read; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        if (user.Id is not { } me) return 0;
        var unread = await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var n in unread) n.MarkRead(now);
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }

    public async Task<NotificationPreferences?> PreferencesAsync(CancellationToken ct)
        => user.Id is { } me ? await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new NotificationPreferences(u.EmailNotifications)).FirstOrDefaultAsync(ct) : null;

    public async Task<NotificationPreferences?> SetPreferencesAsync(NotificationPreferences preferences, CancellationToken ct)
    {
        if (user.Id is not { } me) return null;
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == me, ct);
        if (account is null) return null;
        account.EmailNotifications = preferences.Email;
        await db.SaveChangesAsync(ct);
        return new NotificationPreferences(account.EmailNotifications);
    }
}

/// <summary>Setting whether notifications come by e-mail too.</summary>
public sealed record PreferencesRequest(bool Email);

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/notifications").RequireAuthorization(Policies.SignedIn).WithTags("Notifications");
        me.MapGet("/", Mine);
        me.MapPost("/{id:guid}/read", Read).ProducesProblem(404);
        me.MapPost("/read-all", ReadAll);
        var prefs = api.MapGroup("/me/notification-preferences").RequireAuthorization(Policies.SignedIn).WithTags("Notifications");
        prefs.MapGet("/", Preferences);
        prefs.MapPut("/", SetPreferences);
        return api;
    }

    /// <summary>The caller's newest notifications (at most <c>take</c>, default 50) and the unread count; <c>unread=true</c> for unread only.</summary>
    private static async Task<Ok<NotificationList>> Mine(NotificationService notifications, bool? unread, int? take, CancellationToken ct)
        => TypedResults.Ok(await notifications.MineAsync(unread == true, take ?? 50, ct));

    private static async Task<Results<Ok<NotificationItem>, NotFound>> Read(Guid id, NotificationService notifications, CancellationToken ct)
        => await notifications.MarkReadAsync(id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Ok<MarkedRead>> ReadAll(NotificationService notifications, CancellationToken ct)
        => TypedResults.Ok(new MarkedRead(await notifications.MarkAllReadAsync(ct)));

    private static async Task<Results<Ok<NotificationPreferences>, NotFound>> Preferences(NotificationService notifications, CancellationToken ct)
        => await notifications.PreferencesAsync(ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    private static async Task<Results<Ok<NotificationPreferences>, NotFound>> SetPreferences(PreferencesRequest request, NotificationService notifications, CancellationToken ct)
        => await notifications.SetPreferencesAsync(new NotificationPreferences(request.Email), ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();
}

public sealed record MarkedRead(int Marked);
