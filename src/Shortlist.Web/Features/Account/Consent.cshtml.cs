using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Features.Privacy;

namespace Shortlist.Web.Features.Account;

/// <summary>The privacy notice has changed: the candidate reads what changed and agrees before going on.</summary>
public sealed class ConsentModel(ConsentService consents, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? NoticeVersion { get; set; }
    [BindProperty] public bool Agree { get; set; }
    public string Version => PrivacyNotice.Version;
    public ConsentStatus? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Status = await consents.StatusAsync(user.CandidateId!.Value, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var error = !Agree ? "Tick the box to agree to the privacy notice, or erase your account on the privacy page."
            : await consents.AcceptAsync(user.CandidateId!.Value, NoticeVersion, ct);
        if (error is not null)
        {
            ModelState.AddModelError("", error);
            Status = await consents.StatusAsync(user.CandidateId!.Value, ct);
            return Page();
        }
        return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Portal");
    }
}
