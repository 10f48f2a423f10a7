using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Candidates;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Portal;

public enum ProfileSaveStatus
{
    Saved,
    NotFound,
    Invalid,
    /// <summary>Someone (or a résumé parse) saved the profile after the version the edit started from.</summary>
    Stale,
}

/// <summary>
/// The outcome of a profile edit. <see cref="Errors"/> are keyed by field, with the row index for list entries
/// (<c>skills[2]</c>, <c>roles[0]</c>) so a form can show each message next to its row.
/// </summary>
public sealed record ProfileSaveResult(ProfileSaveStatus Status, Candidate? Candidate, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ProfileSaveResult Invalid(string field, string message) => new(ProfileSaveStatus.Invalid, null, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Taxonomy entries by code, name and alias (case-insensitive), to turn what a person typed into an entry.</summary>
public sealed class TaxonomyLookup
{
    private readonly Dictionary<string, TaxonomyEntry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TaxonomyEntry> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public TaxonomyLookup(IEnumerable<TaxonomyEntry> entries)
    {
        var list = entries.ToList();
        foreach (var e in list) { _byCode[e.Code] = e; _byKey[e.Code] = e; }
        foreach (var e in list) _byKey.TryAdd(e.Name.Trim(), e);
        foreach (var e in list) foreach (var alias in e.Aliases.Where(a => !TaxonomyTerm.IsContextual(a))) _byKey.TryAdd(TaxonomyTerm.Surface(alias).Trim(), e);
    }

    public static async Task<TaxonomyLookup> LoadAsync(ShortlistDbContext db, CancellationToken ct)
        => new(await db.TaxonomyEntries.AsNoTracking().ToListAsync(ct));

    /// <summary>The entry a code, name or alias names, or null.</summary>
    public TaxonomyEntry? Find(string? text) => string.IsNullOrWhiteSpace(text) ? null : _byKey.GetValueOrDefault(text.Trim());

    /// <summary>The display name of a code (the code itself when unknown).</summary>
    public string NameOf(string code) => _byCode.TryGetValue(code, out var e) ? e.Name : code;

    /// <summary>Names of entries in some categories, for suggestions.</summary>
    public IEnumerable<string> Names(params TaxonomyCategory[] categories)
        => _byCode.Values.Where(e => categories.Length == 0 || categories.Contains(e.Category)).Select(e => e.Name).Order(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// A whole-profile edit: the one place the candidate's portal page, <c>PUT /api/v1/me/profile</c> and the recruiter's
/// correction page (<c>/Candidates/{id}/Edit</c>) go through; who may edit which profile is decided inside the query.
/// Skills and certifications are resolved against the taxonomy (by code, name or alias); every changed field is recorded
/// as a correction so a later résumé parse keeps it; the edit names the version it started from and a stale one is refused.
/// </summary>
public sealed class ProfileEditor(ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
{
    /// <summary>The signed-in candidate's own profile, or null.</summary>
    public async Task<Candidate?> ReadAsync(CancellationToken ct)
        => user.CandidateId is { } id ? await ReadAsync(id, ct) : null;

    /// <summary>The profile <paramref name="id"/> if the signed-in user may edit it (staff: any; a candidate: their own), or null.</summary>
    public async Task<Candidate?> ReadAsync(Guid id, CancellationToken ct)
        => await db.Candidates.AsNoTracking().EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<TaxonomyLookup> TaxonomyAsync(CancellationToken ct) => TaxonomyLookup.LoadAsync(db, ct);

    public Task<ProfileSaveResult> SaveAsync(CandidateRequest request, CancellationToken ct)
        => user.CandidateId is { } id ? SaveAsync(id, request, ct) : Task.FromResult(new ProfileSaveResult(ProfileSaveStatus.NotFound, null, new Dictionary<string, string[]>()));

    /// <summary>Saves an edit of profile <paramref name="id"/>, if the signed-in user may edit it.</summary>
    public async Task<ProfileSaveResult> SaveAsync(Guid id, CandidateRequest request, CancellationToken ct)
    {
        if (request.Version is not { } version) return ProfileSaveResult.Invalid("version", "version is required.");
        var candidate = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null) return new(ProfileSaveStatus.NotFound, null, new Dictionary<string, string[]>());

        var errors = new Dictionary<string, string[]>();
        var taxonomy = await TaxonomyLookup.LoadAsync(db, ct);
        var skills = Rows(request.Skills, "skills", errors, s =>
        {
            var entry = taxonomy.Find(s.TaxonomyCode) ?? taxonomy.Find(s.Name)
                ?? throw new DomainRuleException($"We do not know the skill '{Shown(s.Name, s.TaxonomyCode)}'. Use its usual name, e.g. 'Epic' or 'Scrum'.", "skills");
            // A skill the profile holds keeps the name it was stored under, so an untouched row is no correction.
            var held = candidate.Skills.FirstOrDefault(x => x.TaxonomyCode == entry.Code && Same(x.Name, s.Name));
            return (s with { TaxonomyCode = entry.Code, Name = held?.Name ?? entry.Name }).Validated();
        });
        var certifications = Rows(request.Certifications, "certifications", errors, c =>
        {
            // A certificate the profile already holds under its own code ("CPR Certification", read from the résumé though the
            // taxonomy does not know it) stays as it is; a new name must be the taxonomy's, so a typo is not stored.
            var held = candidate.Certifications.FirstOrDefault(x => Same(x.Name, c.Name) || (c.TaxonomyCode is { Length: > 0 } code && string.Equals(x.TaxonomyCode, code.Trim(), StringComparison.OrdinalIgnoreCase)));
            var entry = taxonomy.Find(c.TaxonomyCode) ?? taxonomy.Find(c.Name);
            if (entry is null && held is not null) return (c with { TaxonomyCode = held.TaxonomyCode, Name = held.Name }).Validated();
            if (entry is null)
                throw new DomainRuleException($"We do not know the certification '{Shown(c.Name, c.TaxonomyCode)}'. Use its usual name, e.g. 'PMP'.", "certifications");
            return (c with { TaxonomyCode = entry.Code, Name = held is not null && held.TaxonomyCode == entry.Code ? held.Name : entry.Name }).Validated();
        });
        var industries = Rows(request.Industries, "industries", errors, i =>
        {
            var entry = taxonomy.Find(i.Industry);
            return (entry is { Category: TaxonomyCategory.Industry } ? i with { Industry = entry.Code } : i with { Industry = i.Industry.Trim() }).Validated();
        });
        // A role's industry typed or picked by name is stored as the industry's code, as the industries are.
        var roles = Rows(request.Roles, "roles", errors, r =>
            (r.Industry is { } named && taxonomy.Find(named) is { Category: TaxonomyCategory.Industry } industry ? r with { Industry = industry.Code } : r).Validated());
        var education = Rows(request.Education, "education", errors, e => e.Validated());
        var trackRecord = Rows(request.TrackRecord, "trackRecord", errors, p => p.Validated());
        Preferences? preferences = null;
        if (request.Preferences is { } p)
        {
            try { preferences = p.Validated(); }
            catch (DomainRuleException e) { errors[e.Field ?? "preferences"] = [e.Message]; }
        }
        if (errors.Count > 0) return new(ProfileSaveStatus.Invalid, null, errors);
        if (candidate.Version != version) return new(ProfileSaveStatus.Stale, candidate, new Dictionary<string, string[]>());

        var now = clock.GetUtcNow();
        db.ExpectVersion(candidate, version);
        var before = ProfileSnapshot.Take(candidate);
        try
        {
            candidate.SetContact(request.FirstName, request.LastName, request.Email, Blank(request.Phone), KeepCoordinates(request.Location, candidate.Location), now);
            candidate.SetProfile(Blank(request.Headline), Blank(request.Summary), roles, skills, certifications, industries, trackRecord, now, request.Links ?? []);
            candidate.SetEducation(education, now);
            if (preferences is not null) candidate.SetPreferences(preferences, now);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear(); // nothing of a refused edit is saved
            return ProfileSaveResult.Invalid(e.Field ?? "profile", e.Message);
        }
        var changed = ProfileSnapshot.Changed(before, candidate).ToList();
        candidate.RecordCorrections(changed, now);
        audit.Record("candidate.profile-edit", nameof(Candidate), candidate.Id, changed.Count == 0 ? null : string.Join(",", changed));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(ProfileSaveStatus.Stale, await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct), new Dictionary<string, string[]>());
        }
        return new(ProfileSaveStatus.Saved, candidate, new Dictionary<string, string[]>());
    }

    private static List<T> Rows<T>(IReadOnlyList<T>? rows, string field, Dictionary<string, string[]> errors, Func<T, T> check)
    {
        var list = new List<T>();
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            try { list.Add(check(rows![i] ?? throw new DomainRuleException("An empty entry.", field))); }
            catch (DomainRuleException e) { errors[$"{field}[{i}]"] = [e.Message]; }
        }
        return list;
    }

    /// <summary>A place given without coordinates that names the current place keeps the current coordinates (the form has no map).</summary>
    private static Place? KeepCoordinates(Place? given, Place? current)
    {
        static bool Same(string? a, string? b) => string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);
        return given is { Latitude: null, Longitude: null } && current is not null
            && Same(given.City, current.City) && Same(given.Region, current.Region) && Same(given.Country, current.Country) ? current : given;
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Shown(string? name, string? code) => string.IsNullOrWhiteSpace(name) ? code ?? "" : name.Trim();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
