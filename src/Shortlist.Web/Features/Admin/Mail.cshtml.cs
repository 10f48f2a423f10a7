using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data.Mail;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Admin;

/// <summary>The e-mail outbox: what is waiting, what failed (with the server's last answer), and "retry now".</summary>
public sealed class MailModel(MailOutboxService outbox) : PageModel
{
    public OutboxCounts Counts { get; private set; } = new(0, 0, 0);
    public Page<OutboxItem> Messages { get; private set; } = new([], 0, 1, 50);
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var status = Enum.TryParse<OutboxStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (OutboxStatus?)null;
        Status = status?.ToString();
        Counts = await outbox.CountsAsync(ct);
        Messages = await outbox.ListAsync(status, 1, Page<OutboxItem>.MaxPageSize, ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        try
        {
            if (await outbox.RetryAsync(id, ct) is null) return NotFound();
            Message = "The message is queued for delivery now.";
        }
        catch (DomainRuleException e) { Message = e.Message; }
        return RedirectToPage(new { status = Status });
    }

    public async Task<IActionResult> OnPostRetryFailedAsync(CancellationToken ct)
    {
        var count = await outbox.RetryAllFailedAsync(ct);
        Message = count == 0 ? "No failed messages." : $"{count} failed {(count == 1 ? "message is" : "messages are")} queued for delivery now.";
        return RedirectToPage();
    }
}
