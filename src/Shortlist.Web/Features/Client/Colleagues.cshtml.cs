using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Features.Client;

/// <summary>The organization's hiring managers; its administrators invite colleagues by e-mail, mark administrators and remove colleagues.</summary>
public sealed class ColleaguesModel(ColleagueService colleagues) : PageModel
{
    public ColleaguesResponse List { get; private set; } = null!;

    [BindProperty] public string? Email { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => List = await colleagues.ListAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        try
        {
            if (!await colleagues.InviteAsync(Email, ct)) return Forbid();
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("Email", e.Message);
            List = await colleagues.ListAsync(ct);
            return Page();
        }
        TempData["Message"] = $"An invitation went to {Email!.Trim()}.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostAdministratorAsync(Guid userId, CancellationToken ct) => ChangeAsync(userId, remove: false, "They are now an administrator.", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken ct) => ChangeAsync(userId, remove: true, "The colleague was removed.", ct);

    private async Task<IActionResult> ChangeAsync(Guid userId, bool remove, string done, CancellationToken ct)
    {
        try
        {
            switch (await colleagues.ChangeOutcomeAsync(userId, remove, ct))
            {
                case ColleagueOutcome.NotFound: return NotFound();
                case ColleagueOutcome.Forbidden: return Forbid();
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            List = await colleagues.ListAsync(ct);
            return Page();
        }
        TempData["Message"] = done;
        return RedirectToPage();
    }
}
