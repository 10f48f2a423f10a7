using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Activities;

namespace Shortlist.Web.Features.Admin;

/// <summary>The message templates recruiters write e-mails from: the list and a form to add one.</summary>
public sealed class TemplatesModel(ActivityService activities) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<MessageTemplateResponse> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await activities.TemplatesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await activities.CreateTemplateAsync(new MessageTemplateRequest(Name, Subject, Body), ct);
        if (outcome.Value is { } created)
        {
            Message = $"Template “{created.Name}” added.";
            return RedirectToPage();
        }
        TemplateForm.AddErrors(ModelState, outcome.Errors!);
        Templates = await activities.TemplatesAsync(ct);
        return Page();
    }
}

/// <summary>What the template forms share.</summary>
public static class TemplateForm
{
    public static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var m in messages)
                state.AddModelError(field switch { "name" => "Name", "subject" => "Subject", "body" => "Body", _ => "" }, m);
    }
}
