using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Talent;

namespace Shortlist.Web.Features.Workspace;

/// <summary>The recruiter's saved searches and the new matches announced for them.</summary>
public sealed class SavedSearchesModel(SavedSearchService saved) : PageModel
{
    public IReadOnlyList<SavedSearchResponse> Searches { get; private set; } = [];
    public IReadOnlyList<SavedSearchAlertResponse> Alerts { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "saved")] public Guid? JustSaved { get; set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Searches = await saved.ListAsync(ct);
        // Listing them is seeing them: the counts of unseen matches go back to zero.
        Alerts = await saved.AlertsAsync(markSeen: true, ct);
        if (JustSaved is { } id && Searches.FirstOrDefault(s => s.Id == id) is { } s) Message = $"Saved \"{s.Name}\".";
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!await saved.DeleteAsync(id, ct)) return NotFound();
        return Redirect("/Workspace/SavedSearches");
    }
}
