using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Features.Talent;

namespace Shortlist.Web.Features.Workspace;

/// <summary>Talent-pool search: a GET form, so every search is a link that can be shared and bookmarked.</summary>
public sealed class TalentModel(TalentSearchService search, SavedSearchService saved) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Skills { get; set; }
    [BindProperty(SupportsGet = true)] public string? Certifications { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industries { get; set; }
    [BindProperty(SupportsGet = true)] public string? Title { get; set; }
    [BindProperty(SupportsGet = true)] public string? Near { get; set; }
    [BindProperty(SupportsGet = true)] public double? RadiusKm { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AvailableBy { get; set; }
    [BindProperty(SupportsGet = true)] public double? MaxRate { get; set; }
    [BindProperty(SupportsGet = true)] public int? ActiveWithinDays { get; set; }
    // Read from the query string by hand: "page" is also the route value naming the Razor page.
    public int PageNumber { get; private set; } = 1;

    public const int PageSize = 20;

    public TalentSearchResponse? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public TalentSearchInput Input => new(Q, Skills, Certifications, Industries, Title, Near, null, null, RadiusKm, AvailableBy, MaxRate, ActiveWithinDays, PageNumber, PageSize);

    [BindProperty] public string? SaveName { get; set; }
    [BindProperty] public bool SaveAlerts { get; set; } = true;
    public string? SaveError { get; private set; }

    /// <summary>Saves the search shown (its fields come from the address), then shows the list of saved searches.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var (created, errors) = await saved.CreateAsync(new SavedSearchRequest(SaveName, Input with { Page = null, PageSize = null }, SaveAlerts), ct);
        if (created is not null) return Redirect("/Workspace/SavedSearches?saved=" + created.Id);
        SaveError = string.Join(" ", errors.Values.SelectMany(v => v));
        await OnGetAsync(ct);
        return Page();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Values the model binder could not read (a date or number typed wrong) are reported, not ignored.
        var bad = ModelState.Where(e => e.Key != "page" && e.Value?.Errors.Count > 0).ToDictionary(e => e.Key, e => new[] { $"'{e.Value!.AttemptedValue}' is not a valid value for {e.Key}." });
        var pageText = Request.Query["page"].ToString();
        if (pageText.Length > 0)
        {
            if (int.TryParse(pageText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1) PageNumber = number;
            else bad["page"] = [$"'{pageText}' is not a page number."];
        }
        if (bad.Count > 0) { Errors = bad; return; }
        if (Input.IsEmpty) return;
        var outcome = await search.SearchAsync(Input, ct);
        Result = outcome.Response;
        Errors = outcome.Errors;
    }
}
