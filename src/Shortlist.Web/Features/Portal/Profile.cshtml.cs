using Shortlist.Domain.Candidates;
using Shortlist.Web.Features.Candidates;

namespace Shortlist.Web.Features.Portal;

/// <summary>The candidate edits their own profile (see <see cref="ProfileFormPageModel"/>).</summary>
public sealed class ProfileModel(ProfileEditor editor) : ProfileFormPageModel(editor)
{
    public override string SaveLabel => "Save my profile";
    public override string AboutLegend => "About me";
    public override string PreferencesLegend => "What I am looking for";
    protected override string SavedMessage => "Your profile is saved. Changed fields stay as you set them when your résumé is read again.";

    protected override Task<Candidate?> ReadAsync(CancellationToken ct) => Editor.ReadAsync(ct);
    protected override Task<ProfileSaveResult> SaveAsync(CandidateRequest request, CancellationToken ct) => Editor.SaveAsync(request, ct);
}
