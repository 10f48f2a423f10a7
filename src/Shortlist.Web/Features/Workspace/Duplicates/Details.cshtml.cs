using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Features.Duplicates;

namespace Shortlist.Web.Features.Workspace.Duplicates;

/// <summary>A pair of likely duplicates side by side: choose the record to keep and, per differing field, the value; merge, or "not a duplicate".</summary>
public sealed class DetailsModel(DuplicateService duplicates) : PageModel
{
    public DuplicatePairDetail Pair { get; private set; } = null!;
    /// <summary>The record proposed as the one to keep (or the one chosen when the form comes back).</summary>
    public Guid Survivor { get; private set; }
    /// <summary>For each differing field, the candidate whose value is proposed (or was chosen).</summary>
    public Dictionary<string, Guid> Choices { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, null, null, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid? survivor, long? version, long? firstVersion, long? secondVersion,
        [FromForm] Dictionary<string, Guid>? fields, CancellationToken ct)
    {
        var current = await duplicates.GetAsync(id, ct);
        if (current is null) return NotFound();
        if (current.First is null || current.Second is null) return NotFound();
        var survivorVersion = survivor == current.First.Id ? firstVersion : secondVersion;
        var otherVersion = survivor == current.First.Id ? secondVersion : firstVersion;
        var outcome = await duplicates.MergeAsync(id, new MergeRequest(survivor, version, fields, survivorVersion, otherVersion), ct);
        if (outcome.Status == DuplicateOutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == DuplicateOutcomeStatus.Ok)
        {
            Message = "The records are merged: every application, activity and file now belongs to this record."
                + (outcome.Merge!.Notes.Count > 0 ? " " + string.Join(" ", outcome.Merge.Notes.Where(n => n.StartsWith("The sign-in", StringComparison.Ordinal))) : "")
                + (outcome.Merge.ApplicationsFolded > 0 ? $" {outcome.Merge.ApplicationsFolded} application(s) for the same position were folded into one; see the notes." : "");
            return Redirect($"/Candidates/{outcome.Merge.SurvivorId}");
        }
        Error = outcome.Message;
        // A conflict shows the pair as it is now; a refusal keeps the choices made.
        return await LoadAsync(id, outcome.Status == DuplicateOutcomeStatus.Conflict ? null : survivor, outcome.Status == DuplicateOutcomeStatus.Conflict ? null : fields, ct)
            ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid id, long? version, CancellationToken ct)
    {
        var outcome = await duplicates.DismissAsync(id, new DismissRequest(version), ct);
        if (outcome.Status == DuplicateOutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == DuplicateOutcomeStatus.Ok)
        {
            Message = "Marked as different people; this pair will not be proposed again.";
            return Redirect("/Workspace/Duplicates");
        }
        Error = outcome.Message;
        return await LoadAsync(id, null, null, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, Guid? survivor, Dictionary<string, Guid>? fields, CancellationToken ct)
    {
        var pair = await duplicates.GetAsync(id, ct);
        if (pair is null) return false;
        Pair = pair;
        if (pair.First is not { } a || pair.Second is not { } b) return true;
        // Proposed: keep the record with a sign-in account, else the one with more applications, else the older one.
        var proposed = a.HasAccount != b.HasAccount ? (a.HasAccount ? a : b)
            : a.Applications.Count != b.Applications.Count ? (a.Applications.Count > b.Applications.Count ? a : b)
            : a.CreatedAt <= b.CreatedAt ? a : b;
        Survivor = survivor is { } chosen && (chosen == a.Id || chosen == b.Id) ? chosen : proposed.Id;
        var keep = Survivor == a.Id ? a : b;
        var other = Survivor == a.Id ? b : a;
        foreach (var field in pair.ConflictingFields)
            Choices[field] = fields is not null && fields.TryGetValue(field, out var f) && (f == a.Id || f == b.Id) ? f
                : string.IsNullOrWhiteSpace(keep.Value(field)) ? other.Id : keep.Id;
        return true;
    }

    /// <summary>The label of a choosable field.</summary>
    public static string Label(string field) => field switch
    {
        MergeFields.Name => "Name",
        MergeFields.Email => "E-mail",
        MergeFields.Phone => "Phone",
        MergeFields.Location => "Location",
        MergeFields.Headline => "Headline",
        MergeFields.Summary => "Summary",
        MergeFields.Preferences => "Looking for",
        MergeFields.Resume => "Current résumé",
        _ => field,
    };
}
