using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Features.Activities;

namespace Shortlist.Web.Features.Admin;

/// <summary>Changes or deletes one message template, at the version the administrator saw (a stale edit is refused, nothing lost).</summary>
public sealed class TemplateEditModel(ActivityService activities) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public long Version { get; set; }
    public MessageTemplateResponse Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await activities.TemplateAsync(id, ct) is not { } t) return NotFound();
        Template = t;
        (Name, Subject, Body, Version) = (t.Name, t.Subject, t.Body, t.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await activities.TemplateAsync(id, ct) is not { } t) return NotFound();
        Template = t;
        try
        {
            var outcome = await activities.UpdateTemplateAsync(id, new MessageTemplateRequest(Name, Subject, Body, Version), ct);
            if (outcome.NotFound) return NotFound();
            if (outcome.Value is { } saved)
            {
                TempData["Message"] = $"Template “{saved.Name}” saved.";
                return Redirect("/Admin/Templates");
            }
            TemplateForm.AddErrors(ModelState, outcome.Errors!);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone changed this template since you opened it. Your text is below; reload to see theirs, then apply your change again.");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (await activities.TemplateAsync(id, ct) is not { } t) return NotFound();
        Template = t;
        try
        {
            if (!await activities.DeleteTemplateAsync(id, Version, ct)) return NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            (Name, Subject, Body) = (t.Name, t.Subject, t.Body);
            ModelState.AddModelError("", "Someone changed this template since you opened it: check it again before deleting it.");
            Version = t.Version;
            return Page();
        }
        TempData["Message"] = $"Template “{t.Name}” deleted.";
        return Redirect("/Admin/Templates");
    }
}
