using Shortlist.Domain.Common;
using Shortlist.Domain.Duplicates;

namespace Shortlist.Domain.Candidates;

/// <summary>A professional in the talent pool and the profile the firm keeps of them.</summary>
public sealed class Candidate : Entity
{
    private Candidate()
    {
        FirstName = ""; LastName = ""; Email = ""; Preferences = Preferences.None;
        Roles = []; Skills = []; Certifications = []; Industries = []; TrackRecord = [];
    }

    /// <summary>Creates a candidate with contact details; the profile is filled afterwards.</summary>
    public Candidate(string firstName, string lastName, string email, DateTimeOffset now, string? phone = null, Place? location = null)
        : this()
    {
        SetContact(firstName, lastName, email, phone, location, now);
    }

    /// <summary>Given name.</summary>
    public string FirstName { get; private set; }
    /// <summary>Family name.</summary>
    public string LastName { get; private set; }
    /// <summary>E-mail address.</summary>
    public string Email { get; private set; }
    /// <summary>Phone number.</summary>
    public string? Phone { get; private set; }
    /// <summary>Where the candidate lives.</summary>
    public Place? Location { get; private set; }
    /// <summary>A one-line description, e.g. "Healthcare IT program manager, Epic".</summary>
    public string? Headline { get; private set; }
    /// <summary>The résumé's summary.</summary>
    public string? Summary { get; private set; }
    /// <summary>Links (LinkedIn, portfolio).</summary>
    public List<string> Links { get; private set; } = [];
    /// <summary>Roles held.</summary>
    public List<ProfileRole> Roles { get; private set; }
    /// <summary>Skills with years and last use.</summary>
    public List<ProfileSkill> Skills { get; private set; }
    /// <summary>Certifications.</summary>
    public List<ProfileCertification> Certifications { get; private set; }
    /// <summary>Industries with years.</summary>
    public List<ProfileIndustry> Industries { get; private set; }
    /// <summary>Degrees and diplomas.</summary>
    public List<ProfileEducation> Education { get; private set; } = [];
    /// <summary>Fields a person corrected by hand; parsing a résumé again leaves them as they are.</summary>
    public List<string> CorrectedFields { get; private set; } = [];
    /// <summary>Projects led.</summary>
    public List<ProjectRecord> TrackRecord { get; private set; }
    /// <summary>Location, remote, availability, rate or salary, engagement types, work authorization.</summary>
    public Preferences Preferences { get; private set; }
    /// <summary>The stored résumé file, when there is one.</summary>
    public Guid? ResumeFileId { get; private set; }
    /// <summary>The résumé's extracted text.</summary>
    public string? ResumeText { get; private set; }
    /// <summary>The candidate's own sign-in account, when they registered.</summary>
    public Guid? UserId { get; set; }
    /// <summary>Where the candidate came from (applied, imported, sourced, referral).</summary>
    public string? Source { get; private set; }

    /// <summary>The folded e-mail address duplicate detection looks up (<see cref="DuplicateRules.EmailKey"/>).</summary>
    public string? EmailKey { get; private set; }
    /// <summary>The phone number's last digits duplicate detection looks up (<see cref="DuplicateRules.PhoneKey"/>).</summary>
    public string? PhoneKey { get; private set; }
    /// <summary>The initial and folded family name duplicate detection looks up (<see cref="DuplicateRules.NameKey"/>).</summary>
    public string? NameKey { get; private set; }
    /// <summary>Résumés of records merged into this one: kept, so a merge loses no file.</summary>
    public List<Guid> EarlierResumeFileIds { get; private set; } = [];

    /// <summary>When the candidate's personal data was erased; an erased record keeps only what reports count.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>Full name.</summary>
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>Total years across roles, counting overlapping roles once.</summary>
    public double TotalYears(DateOnly today) => ProfileRole.YearsCovered(Roles, today);

    /// <summary>Changes contact details.</summary>
    public void SetContact(string firstName, string lastName, string email, string? phone, Place? location, DateTimeOffset now)
    {
        (FirstName, LastName, Email, Phone, Location) = (Guard.Text(firstName, "firstName", 100), Guard.Text(lastName, "lastName", 100),
            Guard.Email(email), Guard.OptionalText(phone, "phone", 40), location?.Validated("location"));
        RefreshMatchKeys();
        Touch(now);
    }

    /// <summary>Computes the duplicate-detection keys from the contact details; true when they changed (records saved before the keys existed).</summary>
    public bool RefreshMatchKeys()
    {
        var keys = ErasedAt is not null ? (null, null, null)
            : (DuplicateRules.EmailKey(Email), DuplicateRules.PhoneKey(Phone), DuplicateRules.NameKey(FirstName, LastName));
        if (keys == (EmailKey, PhoneKey, NameKey)) return false;
        (EmailKey, PhoneKey, NameKey) = keys;
        return true;
    }

    /// <summary>
    /// Folds a duplicate record of the same person into this one: for each field of <see cref="MergeFields"/> named in
    /// <paramref name="takeFromOther"/> the other's value is kept, for the rest this record's (or the other's when this one
    /// has none); roles, skills, certifications, industries, education, track record, links and corrected fields are
    /// united without duplicates; the résumé not kept as current joins <see cref="EarlierResumeFileIds"/>. The caller moves
    /// the records that point at the other candidate and removes it.
    /// </summary>
    public void Absorb(Candidate other, IReadOnlySet<string> takeFromOther, DateTimeOffset now)
    {
        if (other.Id == Id) throw new DomainRuleException("A candidate cannot be merged into itself.", "survivorId");
        if (ErasedAt is not null || other.ErasedAt is not null) throw new DomainRuleException("An erased candidate cannot be merged.", "survivorId");
        var unknown = takeFromOther.FirstOrDefault(f => !MergeFields.All.Contains(f));
        if (unknown is not null) throw new DomainRuleException($"'{unknown}' is not a field that can be chosen.", "fields");
        T Pick<T>(string field, T mine, T theirs) => takeFromOther.Contains(field) ? theirs : mine is null ? theirs : mine;

        var (first, last) = takeFromOther.Contains(MergeFields.Name) ? (other.FirstName, other.LastName) : (FirstName, LastName);
        SetContact(first, last, Pick(MergeFields.Email, Email, other.Email), Pick(MergeFields.Phone, Phone, other.Phone),
            // A copy: the other record's place goes with it when it is removed.
            Pick(MergeFields.Location, Location, other.Location is { } place ? place with { } : null), now);

        var skills = Skills.Select(s => other.Skills.FirstOrDefault(o => o.TaxonomyCode == s.TaxonomyCode) is { } o
                ? s with { Years = Math.Max(s.Years, o.Years), LastUsedYear = Max(s.LastUsedYear, o.LastUsedYear) } : s)
            .Concat(other.Skills.Where(o => Skills.All(s => s.TaxonomyCode != o.TaxonomyCode))).ToList();
        var certifications = Certifications.Select(c => other.Certifications.FirstOrDefault(o => o.TaxonomyCode == c.TaxonomyCode) is { } o
                ? c with { Year = c.Year ?? o.Year, Expires = Max(c.Expires, o.Expires), Issuer = c.Issuer ?? o.Issuer } : c)
            .Concat(other.Certifications.Where(o => Certifications.All(c => c.TaxonomyCode != o.TaxonomyCode))).ToList();
        var industries = Industries.Select(i => other.Industries.FirstOrDefault(o => DuplicateRules.Fold(o.Industry) == DuplicateRules.Fold(i.Industry)) is { } o
                ? i with { Years = Math.Max(i.Years, o.Years) } : i)
            .Concat(other.Industries.Where(o => Industries.All(i => DuplicateRules.Fold(i.Industry) != DuplicateRules.Fold(o.Industry)))).ToList();
        static string RoleKey(ProfileRole r) => $"{DuplicateRules.EmployerKey(r.Employer)}|{DuplicateRules.Fold(r.Title)}|{r.Start:yyyy-MM}";
        var roles = Union(Roles, other.Roles, RoleKey);
        var education = Union(Education, other.Education, e => $"{DuplicateRules.Fold(e.Institution)}|{DuplicateRules.Fold(e.Degree)}|{e.Year}");
        var trackRecord = Union(TrackRecord, other.TrackRecord, p => DuplicateRules.Fold(p.Name));
        var links = Union(Links, other.Links, l => l.Trim().ToLowerInvariant());
        SetProfile(Pick(MergeFields.Headline, Headline, other.Headline), Pick(MergeFields.Summary, Summary, other.Summary),
            roles, skills, certifications, industries, trackRecord, now, links);
        SetEducation(education, now);
        if (takeFromOther.Contains(MergeFields.Preferences) || Preferences == Preferences.None) Preferences = other.Preferences;

        var earlier = EarlierResumeFileIds.Concat(other.EarlierResumeFileIds).ToList();
        if ((takeFromOther.Contains(MergeFields.Resume) || ResumeFileId is null) && other.ResumeFileId is { } theirs)
        {
            if (ResumeFileId is { } mine) earlier.Add(mine);
            (ResumeFileId, ResumeText) = (theirs, other.ResumeText);
        }
        else if (other.ResumeFileId is { } kept) earlier.Add(kept);
        EarlierResumeFileIds = earlier.Where(id => id != ResumeFileId).Distinct().ToList();
        CorrectedFields = CorrectedFields.Union(other.CorrectedFields).ToList();
        Source ??= other.Source;
        Touch(now);
    }

    /// <summary>Keeps a résumé file among the earlier ones (one sent with an application folded away in a merge).</summary>
    public void KeepEarlierResume(Guid fileId, DateTimeOffset now)
    {
        if (fileId == ResumeFileId || EarlierResumeFileIds.Contains(fileId)) return;
        EarlierResumeFileIds = [.. EarlierResumeFileIds, fileId];
        Touch(now);
    }

    private static List<T> Union<T>(IEnumerable<T> mine, IEnumerable<T> theirs, Func<T, string> key)
    {
        var list = mine.ToList();
        var keys = list.Select(key).ToHashSet(StringComparer.Ordinal);
        list.AddRange(theirs.Where(t => keys.Add(key(t))));
        return list;
    }

    private static T? Max<T>(T? a, T? b) where T : struct, IComparable<T> => a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) >= 0 ? a : b;

    /// <summary>Replaces the profile: headline, summary, roles, skills, certifications, industries and track record.</summary>
    public void SetProfile(string? headline, string? summary, IEnumerable<ProfileRole> roles, IEnumerable<ProfileSkill> skills,
        IEnumerable<ProfileCertification> certifications, IEnumerable<ProfileIndustry> industries, IEnumerable<ProjectRecord> trackRecord,
        DateTimeOffset now, IEnumerable<string>? links = null)
    {
        var newHeadline = Guard.OptionalText(headline, "headline");
        var newSummary = Guard.OptionalText(summary, "summary", 5_000);
        var newRoles = roles.Select(r => r.Validated()).ToList();
        var newSkills = Distinct(skills.Select(s => s.Validated()), s => s.TaxonomyCode, "skills");
        var newCertifications = Distinct(certifications.Select(c => c.Validated()), c => c.TaxonomyCode, "certifications");
        var newIndustries = Distinct(industries.Select(i => i.Validated()), i => i.Industry.Trim().ToLowerInvariant(), "industries");
        var newTrackRecord = trackRecord.Select(p => p.Validated()).ToList();
        var newLinks = (links ?? Links).Select(l => Guard.Text(l, "links", 500)).ToList();
        if (newRoles.Count > 100 || newSkills.Count > 500 || newTrackRecord.Count > 100) throw new DomainRuleException("The profile is too large.", "profile");
        (Headline, Summary, Roles, Skills, Certifications, Industries, TrackRecord, Links) =
            (newHeadline, newSummary, newRoles, newSkills, newCertifications, newIndustries, newTrackRecord, newLinks);
        Touch(now);
    }

    /// <summary>Replaces the education entries.</summary>
    public void SetEducation(IEnumerable<ProfileEducation> education, DateTimeOffset now)
    {
        var list = education.Select(e => e.Validated()).ToList();
        if (list.Count > 30) throw new DomainRuleException("The profile is too large.", "education");
        Education = list;
        Touch(now);
    }

    /// <summary>Remembers that a person corrected these fields, so a later parse keeps their values.</summary>
    public void RecordCorrections(IEnumerable<string> fields, DateTimeOffset now)
    {
        var added = fields.Where(f => ProfileFields.All.Contains(f) && !CorrectedFields.Contains(f)).ToList();
        if (added.Count == 0) return;
        CorrectedFields = [.. CorrectedFields, .. added];
        Touch(now);
    }

    /// <summary>Fills the profile from a parsed résumé, leaving every corrected field (and every value the résumé lacks) as it is.</summary>
    public void ApplyParsed(ResumeProfile parsed, DateTimeOffset now)
    {
        bool Take(string field) => !CorrectedFields.Contains(field);
        SetContact(
            Take(ProfileFields.FirstName) && !string.IsNullOrWhiteSpace(parsed.FirstName) ? parsed.FirstName : FirstName,
            Take(ProfileFields.LastName) && !string.IsNullOrWhiteSpace(parsed.LastName) ? parsed.LastName : LastName,
            Take(ProfileFields.Email) && !string.IsNullOrWhiteSpace(parsed.Email) ? parsed.Email : Email,
            Take(ProfileFields.Phone) && !string.IsNullOrWhiteSpace(parsed.Phone) ? parsed.Phone : Phone,
            Take(ProfileFields.Location) && parsed.Location is not null ? parsed.Location : Location,
            now);
        SetProfile(
            Take(ProfileFields.Headline) && parsed.Headline is not null ? parsed.Headline : Headline,
            Take(ProfileFields.Summary) && parsed.Summary is not null ? parsed.Summary : Summary,
            Take(ProfileFields.Roles) ? parsed.Roles : Roles,
            Take(ProfileFields.Skills) ? parsed.Skills : Skills,
            Take(ProfileFields.Certifications) ? parsed.Certifications : Certifications,
            Take(ProfileFields.Industries) ? parsed.Industries : Industries,
            Take(ProfileFields.TrackRecord) ? parsed.TrackRecord : TrackRecord,
            now,
            Take(ProfileFields.Links) ? parsed.Links : Links);
        if (Take(ProfileFields.Education)) SetEducation(parsed.Education, now);
    }

    /// <summary>Changes what the candidate is looking for.</summary>
    public void SetPreferences(Preferences preferences, DateTimeOffset now)
    {
        Preferences = preferences.Validated();
        Touch(now);
    }

    /// <summary>Attaches the résumé file and its text.</summary>
    public void AttachResume(Guid fileId, string text, DateTimeOffset now)
    {
        ResumeFileId = fileId;
        ResumeText = text.Length > 200_000 ? text[..200_000] : text;
        Touch(now);
    }

    /// <summary>Records where the candidate came from.</summary>
    public void SetSource(string? source, DateTimeOffset now)
    {
        Source = Guard.OptionalText(source, "source", 100);
        Touch(now);
    }

    /// <summary>
    /// Erases the personal data: names, contact details, profile, résumé and account link are replaced by an anonymous
    /// placeholder, so counts in reports stay right and nothing identifies the person. Erasing twice changes nothing.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        if (ErasedAt is not null) return;
        (FirstName, LastName, Email, Phone, Location) = ("Erased", "candidate", $"erased-{Id:N}@erased.invalid", null, null);
        (Headline, Summary, Links, Roles, Skills, Certifications, Industries, Education, TrackRecord) = (null, null, [], [], [], [], [], [], []);
        (CorrectedFields, Preferences, ResumeFileId, ResumeText, UserId, Source) = ([], Preferences.None, null, null, null, "erased");
        ErasedAt = now;
        EarlierResumeFileIds = [];
        RefreshMatchKeys();
        Touch(now);
    }

    private static List<T> Distinct<T>(IEnumerable<T> items, Func<T, string> key, string field)
    {
        var list = items.ToList();
        var duplicate = list.GroupBy(key).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? list : throw new DomainRuleException($"'{duplicate.Key}' appears more than once in {field}.", field);
    }
}

/// <summary>The fields whose value a recruiter chooses when merging two records of the same person; the lists are united.</summary>
public static class MergeFields
{
    /// <summary>Given and family name.</summary>
    public const string Name = "name";
    /// <summary>E-mail address.</summary>
    public const string Email = "email";
    /// <summary>Phone number.</summary>
    public const string Phone = "phone";
    /// <summary>Location.</summary>
    public const string Location = "location";
    /// <summary>Headline.</summary>
    public const string Headline = "headline";
    /// <summary>Summary.</summary>
    public const string Summary = "summary";
    /// <summary>What the candidate is looking for.</summary>
    public const string Preferences = "preferences";
    /// <summary>The current résumé (the other is kept as an earlier one).</summary>
    public const string Resume = "resume";

    /// <summary>Every field, in the order the review page shows them.</summary>
    public static readonly IReadOnlyList<string> All = [Name, Email, Phone, Location, Headline, Summary, Preferences, Resume];
}
