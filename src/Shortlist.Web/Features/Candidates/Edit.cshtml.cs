using Microsoft.AspNetCore.Mvc;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Auditing;
using Shortlist.Web.Features.Portal;

namespace Shortlist.Web.Features.Candidates;

/// <summary>
/// A recruiter corrects a candidate's parsed profile: every field the parser fills, on one page (see
/// <see cref="ProfileFormPageModel"/>). What is changed is recorded as a correction, so reading the résumé again keeps it.
/// Staff only (the folder's policy); opening the page is a read of personal data and is audited.
/// </summary>
public sealed class EditModel(ProfileEditor editor, AuditLog audit) : ProfileFormPageModel(editor)
{
    /// <summary>The candidate's id, from the route only: a posted field cannot point the save at another record.</summary>
    public Guid Id => RouteData.Values.TryGetValue("id", out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : Guid.Empty;
    /// <summary>The candidate's name as stored, for the heading.</summary>
    public string Name { get; private set; } = "";

    public override string SaveLabel => "Save corrections";
    public override string AboutLegend => "Headline, summary and links";
    public override string PreferencesLegend => "What the candidate is looking for";
    protected override string SavedMessage => "The profile is saved. Changed fields stay as set here when the résumé is read again.";

    protected override async Task<Candidate?> ReadAsync(CancellationToken ct)
    {
        var candidate = await Editor.ReadAsync(Id, ct);
        if (candidate is null) return null;
        await audit.RecordReadAsync(nameof(Candidate), candidate.Id, ct);
        Name = candidate.FullName;
        return candidate;
    }

    protected override async Task<bool> ExistsAsync(CancellationToken ct)
    {
        if (await Editor.ReadAsync(Id, ct) is not { } candidate) return false;
        Name = candidate.FullName;
        return true;
    }

    protected override Task<ProfileSaveResult> SaveAsync(CandidateRequest request, CancellationToken ct) => Editor.SaveAsync(Id, request, ct);
}
