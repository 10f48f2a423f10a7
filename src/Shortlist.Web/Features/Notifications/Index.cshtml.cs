using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shortlist.Web.Features.Notifications;

/// <summary>The signed-in person's notifications: newest first, mark one or all read, and whether they also come by e-mail.</summary>
public sealed class IndexModel(NotificationService notifications) : PageModel
{
    public NotificationList List { get; private set; } = new(0, []);
    public bool EmailToo { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await notifications.MineAsync(false, 100, ct);
        EmailToo = (await notifications.PreferencesAsync(ct))?.Email ?? false;
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var item = await notifications.MarkReadAsync(id, ct);
        if (item is null) return NotFound();
        return RedirectToPage();
    }

    /// <summary>Marks it read and follows its link.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var item = await notifications.MarkReadAsync(id, ct);
        if (item is null) return NotFound();
        return item.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await notifications.MarkAllReadAsync(ct);
        Message = count == 0 ? "Nothing was unread." : $"{count} marked read.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreferencesAsync(string? delivery, CancellationToken ct)
    {
        if (delivery is not ("app" or "email"))
        {
            Message = "Choose how you want to be notified.";
            return RedirectToPage();
        }
        await notifications.SetPreferencesAsync(new NotificationPreferences(delivery == "email"), ct);
        Message = delivery == "email" ? "Notifications now come in the app and by e-mail." : "Notifications now come in the app only.";
        return RedirectToPage();
    }
}
