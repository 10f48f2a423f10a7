using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.Conversations;

namespace Shortlist.Web.Features.Portal;

/// <summary>The candidate asks for a career conversation and follows their requests.</summary>
public sealed class ConversationsModel(ConversationService conversations) : PageModel
{
    public IReadOnlyList<ConversationResponse> Mine { get; private set; } = [];
    [BindProperty] public List<string> Topics { get; set; } = [];
    [BindProperty] public string? PreferredTimes { get; set; }
    [BindProperty] public string? Note { get; set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Mine = await conversations.MineAsync(ct);

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        try
        {
            if (await conversations.RequestAsync(new ConversationRequest(Topics, PreferredTimes ?? "", Note), ct) is null) return NotFound();
        }
        catch (DomainRuleException e)
        {
            Error = e.Message;
            await OnGetAsync(ct);
            return Page();
        }
        Message = "Your request is with our recruiters; you will get an e-mail with a proposed time.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (await conversations.CancelAsync(id, ct) is null) return NotFound();
        Message = "The request is withdrawn.";
        return RedirectToPage();
    }

    public static string StatusLabel(ConversationStatus status) => status switch
    {
        ConversationStatus.Requested => "Waiting for a recruiter",
        ConversationStatus.Proposed => "Time proposed",
        _ => "Withdrawn",
    };
}
