using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Features.Candidates;

namespace Shortlist.Web.Features.Portal;

/// <summary>
/// A page that edits a whole candidate profile with <see cref="ProfileForm"/> and the shared form partial
/// (<c>_ProfileForm.cshtml</c>): the candidate's own page in the portal and the recruiter's correction page. Works without
/// JavaScript: list sections show the rows plus blank ones, and "Add more rows" posts the form back with more blank rows,
/// keeping what was typed. A refused save answers 422 with the form as typed and nothing stored; a stale one keeps what
/// was typed over the newer version. Saving goes through <see cref="ProfileEditor"/>, which records every changed field
/// as a correction that a later résumé parse keeps.
/// </summary>
public abstract class ProfileFormPageModel(ProfileEditor editor) : PageModel
{
    [BindProperty] public ProfileForm Form { get; set; } = new();
    /// <summary>Messages by section (<c>contact</c>, <c>skills</c>, …) or by row (<c>skills[3]</c>, the form's row index).</summary>
    public Dictionary<string, List<string>> Errors { get; } = [];
    public bool Stale { get; private set; }
    /// <summary>After a stale save: the sections kept as this person typed them, laid over the profile as it is now.</summary>
    public IReadOnlyList<string> KeptSections { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public TaxonomyLookup Taxonomy { get; private set; } = new([]);

    /// <summary>The label of the save button.</summary>
    public abstract string SaveLabel { get; }
    /// <summary>The legend of the headline, summary and links.</summary>
    public abstract string AboutLegend { get; }
    /// <summary>The legend of the preferences.</summary>
    public abstract string PreferencesLegend { get; }

    /// <summary>The profile this page edits, or null when it is not there for the signed-in user.</summary>
    protected abstract Task<Candidate?> ReadAsync(CancellationToken ct);
    /// <summary>Saves the edit to the profile this page edits.</summary>
    protected abstract Task<ProfileSaveResult> SaveAsync(CandidateRequest request, CancellationToken ct);
    /// <summary>What the page says after a save.</summary>
    protected abstract string SavedMessage { get; }

    protected ProfileEditor Editor => editor;

    /// <summary>Whether the profile this page edits is there for the signed-in user, before a post is read (and what the page shows of it).</summary>
    protected virtual Task<bool> ExistsAsync(CancellationToken ct) => Task.FromResult(true);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadAsync(ct) is not { } candidate) return NotFound();
        Taxonomy = await editor.TaxonomyAsync(ct);
        Form = ProfileForm.From(candidate, Taxonomy);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ExistsAsync(ct)) return NotFound();
        Taxonomy = await editor.TaxonomyAsync(ct);
        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0))
            Add(Section(key.Replace("Form.", "", StringComparison.Ordinal)), $"'{entry?.AttemptedValue}' is not a valid choice.");
        ModelState.Clear();
        var formErrors = new Dictionary<string, string[]>();
        var request = Form.ToRequest(formErrors, out var rowOf);
        foreach (var (key, messages) in formErrors) foreach (var m in messages) Add(key, m);
        if (Errors.Count > 0) return Refused();

        var result = await SaveAsync(request, ct);
        switch (result.Status)
        {
            case ProfileSaveStatus.NotFound: return NotFound();
            case ProfileSaveStatus.Invalid:
                foreach (var (key, messages) in result.Errors) foreach (var m in messages) Add(RowKey(key, rowOf), m);
                return Refused();
            case ProfileSaveStatus.Stale:
                // The sections this person changed, as typed, over the profile as it is now: saving again applies their
                // changes without undoing what someone else (or a résumé upload) changed in the other sections.
                Stale = true;
                if (result.Candidate is { } newer && Form.ChangedSections() is { } changed)
                {
                    var merged = ProfileForm.From(newer, Taxonomy);
                    Form.CopySectionsTo(merged, changed);
                    KeptSections = [.. ProfileForm.Sections.Where(changed.Contains)];
                    Form = merged;
                }
                else Form.Version = result.Candidate?.Version ?? Form.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Message = SavedMessage;
                return RedirectToPage();
        }
    }

    /// <summary>Re-shows the form as typed with more blank rows in one section (no JavaScript needed).</summary>
    public async Task<IActionResult> OnPostMoreAsync(string? add, CancellationToken ct)
    {
        if (!await ExistsAsync(ct)) return NotFound();
        Taxonomy = await editor.TaxonomyAsync(ct);
        ModelState.Clear();
        Form.AddBlankRows(add is null or "" ? "Skills" : add);
        return Page();
    }

    /// <summary>A section's name as the form shows it.</summary>
    public static string SectionName(string section) => section switch
    {
        "contact" => "Contact", "about" => "headline, summary and links", "roles" => "Roles", "skills" => "Skills",
        "certifications" => "Certifications", "industries" => "Industries", "education" => "Education",
        "trackRecord" => "Track record", "preferences" => "preferences", _ => section,
    };

    public IEnumerable<string> SectionErrors(string section) => Errors.GetValueOrDefault(section) ?? [];
    public IEnumerable<string> RowErrors(string field, int row) => Errors.GetValueOrDefault($"{field}[{row}]") ?? [];
    public IEnumerable<string> Names(params TaxonomyCategory[] categories) => Taxonomy.Names(categories);

    /// <summary>The page again with what was typed and the errors; the response says the input was refused.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private void Add(string key, string message)
    {
        if (!Errors.TryGetValue(key, out var list)) Errors[key] = list = [];
        list.Add(message);
    }

    private static string RowKey(string key, Dictionary<string, List<int>> rowOf)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && key.EndsWith(']') && int.TryParse(key[(open + 1)..^1], out var index)
            && rowOf.TryGetValue(key[..open], out var rows) && index < rows.Count)
            return $"{key[..open]}[{rows[index]}]";
        return Section(key);
    }

    /// <summary>The form section a field belongs to.</summary>
    private static string Section(string key)
    {
        var head = key.Split('.', '[')[0];
        return head.ToLowerInvariant() switch
        {
            "firstname" or "lastname" or "email" or "phone" or "location" or "city" or "region" or "country" => "contact",
            "headline" or "summary" or "links" => "about",
            "roles" => "roles", "skills" => "skills", "certifications" => "certifications", "industries" => "industries",
            "education" => "education", "trackrecord" => "trackRecord",
            _ when head.StartsWith("preferences", StringComparison.OrdinalIgnoreCase) => "preferences",
            "locations" or "workplace" or "availablefrom" or "paymimimum" or "payminimum" or "paymaximum" or "payunit" or "currency" or "authorization" => "preferences",
            _ => "form",
        };
    }
}
