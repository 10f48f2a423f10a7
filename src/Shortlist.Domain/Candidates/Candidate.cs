using Shortlist.Domain.Common;

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
        Touch(now);
    }

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
        Touch(now);
    }

    private static List<T> Distinct<T>(IEnumerable<T> items, Func<T, string> key, string field)
    {
        var list = items.ToList();
        var duplicate = list.GroupBy(key).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? list : throw new DomainRuleException($"'{duplicate.Key}' appears more than once in {field}.", field);
    }
}
