using Microsoft.AspNetCore.Mvc;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.SearchRequests;

namespace Shortlist.Web.Features.Client.Requests;

/// <summary>A hiring manager's search request: the same form as the public one; the organization is the user's, and no e-mail check is needed.</summary>
public sealed class NewModel(SearchRequestService requests) : RequestFormPage(requests)
{
    protected override bool IsPublic => false;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        try
        {
            var choices = await Requests.ChoicesAsync(ct);
            var attachment = await Requests.ReadAttachmentAsync(JobDescription, ct);
            await Requests.SubmitForOrganizationAsync(Form.ToInput(choices), attachment, ct);
        }
        catch (DomainRuleException e)
        {
            RequestForm.AddError(ModelState, e);
            return await ShowAsync(ct);
        }
        TempData["Message"] = "Your request was sent to our recruiters.";
        return RedirectToPage("Index");
    }
}
