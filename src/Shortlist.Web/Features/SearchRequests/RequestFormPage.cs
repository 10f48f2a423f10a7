using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>What the public form and the hiring managers' form share: the form, its taxonomy choices and the suggestions step.</summary>
public abstract class RequestFormPage(SearchRequestService requests) : PageModel
{
    [BindProperty] public RequestForm Form { get; set; } = new();
    [BindProperty] public IFormFile? JobDescription { get; set; }

    public RequestFormView View { get; private set; } = null!;

    protected SearchRequestService Requests => requests;

    protected abstract bool IsPublic { get; }

    protected virtual string? Stamp() => null;

    /// <summary>Shows the form, with the playbook of the chosen industry and what the job description asks for when given.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken ct, IReadOnlyList<RequirementSuggestion>? fromJobDescription = null, bool withPlaybook = false)
    {
        var choices = await requests.ChoicesAsync(ct);
        var playbook = withPlaybook || Form.Keep.Count > 0 ? await requests.PlaybookAsync(Form.Industry ?? "", choices, ct) : null;
        View = new RequestFormView(Form, choices, playbook, fromJobDescription ?? [], IsPublic, Stamp(), Request.Path);
        return Page();
    }

    public Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Request.Query.TryGetValue("industry", out var industry)) Form.Industry = industry.ToString();
        return ShowAsync(ct, withPlaybook: !string.IsNullOrEmpty(Form.Industry));
    }

    /// <summary>"Show suggestions": re-renders the form with the industry's playbook (and the job description's requirements) to keep or drop; stores nothing.</summary>
    public async Task<IActionResult> OnPostSuggestAsync(CancellationToken ct)
    {
        ModelState.Clear();
        IReadOnlyList<RequirementSuggestion> fromFile = [];
        try
        {
            if (await requests.ReadAttachmentAsync(JobDescription, ct) is { } attachment)
                fromFile = await requests.SuggestFromJobDescriptionAsync(attachment, ct);
        }
        catch (DomainRuleException e) { RequestForm.AddError(ModelState, e); }
        if (string.IsNullOrWhiteSpace(Form.Industry) && fromFile.Count == 0 && ModelState.IsValid)
            ModelState.AddModelError("Form.Industry", "Choose an industry to see its usual requirements.");
        return await ShowAsync(ct, fromFile, withPlaybook: true);
    }
}
