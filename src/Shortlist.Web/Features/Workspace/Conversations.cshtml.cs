using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.Conversations;

namespace Shortlist.Web.Features.Workspace;

/// <summary>The recruiters' queue of career conversations, with a form to propose a slot for each.</summary>
public sealed class ConversationsModel(ConversationService conversations) : PageModel
{
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];
    public string DefaultZone => conversations.DefaultZone.Id;
    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }
    public Guid? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Queue = await conversations.QueueAsync([ConversationStatus.Requested, ConversationStatus.Proposed], ct);

    public async Task<IActionResult> OnPostProposeAsync(Guid id, DateTime? localStart, string? timeZone, int? durationMinutes, string? location, string? message, CancellationToken ct)
    {
        try
        {
            if (localStart is null) throw new DomainRuleException("Choose the date and time.", "localStart");
            var proposal = new ProposalRequest(DateTime.SpecifyKind(localStart.Value, DateTimeKind.Unspecified), durationMinutes ?? 0, timeZone, location, message);
            if (await conversations.ProposeAsync(id, proposal, ct) is null) return NotFound();
        }
        catch (DomainRuleException e)
        {
            (Error, FailedId) = (e.Message, id);
            await OnGetAsync(ct);
            return Page();
        }
        Message = "The proposal is sent; the candidate has the invitation by e-mail.";
        return RedirectToPage();
    }
}
