using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shortlist.Domain.Common;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>
/// The public "submit a search request" page for organizations that are not clients yet. The request is stored unverified and
/// reaches the recruiters only once the e-mail link is followed. Spam defences: rate limit per address, a honeypot field, and a
/// minimum fill time carried in a data-protected stamp.
/// </summary>
[EnableRateLimiting(RateLimiting.PublicForm)]
public sealed class NewModel(SearchRequestService requests, FormTimer timer) : RequestFormPage(requests)
{
    /// <summary>The honeypot: hidden from people (CSS and aria-hidden), filled in by robots that fill every field.</summary>
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public string? FormStamp { get; set; }

    protected override bool IsPublic => true;

    protected override string? Stamp() => timer.Stamp();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A filled honeypot gets the same answer as a real submission, so a robot learns nothing; nothing is stored or sent.
        if (!string.IsNullOrEmpty(Website)) return RedirectToPage("Sent");
        if (!timer.IsHumanPaced(FormStamp, TimeSpan.FromSeconds(Requests.Options.MinimumFillSeconds)))
        {
            ModelState.AddModelError("", "The form came back faster than a person fills it in, or it was open for too long. Please check it and send it again.");
            return await ShowAsync(ct);
        }
        if (string.IsNullOrWhiteSpace(Form.RequesterName)) ModelState.AddModelError("Form.RequesterName", "Give your name.");
        if (string.IsNullOrWhiteSpace(Form.RequesterEmail)) ModelState.AddModelError("Form.RequesterEmail", "Give your e-mail address: we send a confirmation link to it.");
        if (string.IsNullOrWhiteSpace(Form.RequesterOrganization)) ModelState.AddModelError("Form.RequesterOrganization", "Give the name of your organization.");
        if (!ModelState.IsValid) return await ShowAsync(ct);
        try
        {
            var choices = await Requests.ChoicesAsync(ct);
            var attachment = await Requests.ReadAttachmentAsync(JobDescription, ct);
            await Requests.SubmitPublicAsync(Form.ToInput(choices), Form.ToRequester(), attachment, ct);
        }
        catch (DomainRuleException e)
        {
            RequestForm.AddError(ModelState, e);
            return await ShowAsync(ct);
        }
        return RedirectToPage("Sent");
    }
}
