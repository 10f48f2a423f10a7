using Shortlist.Domain.Common;

namespace Shortlist.Domain.Candidates;

/// <summary>A role held: title, employer, industry and dates (no end date means "present").</summary>
public sealed record ProfileRole(string Title, string Employer, string? Industry, DateOnly Start, DateOnly? End, string? Location = null, string? Description = null)
{
    /// <summary>Checks the role.</summary>
    public ProfileRole Validated()
    {
        Guard.Text(Title, "roles.title");
        Guard.Text(Employer, "roles.employer");
        Guard.Range<DateOnly>(Start, End, "roles.end");
        return this;
    }

    /// <summary>Years spent in the role up to <paramref name="today"/>.</summary>
    public double YearsUntil(DateOnly today) => Math.Max(0, ((End ?? today).DayNumber - Start.DayNumber) / 365.25);

    /// <summary>Years covered by <paramref name="roles"/> up to <paramref name="today"/>, counting time in overlapping roles once.</summary>
    public static double YearsCovered(IEnumerable<ProfileRole> roles, DateOnly today)
    {
        var days = 0;
        var cursor = DateOnly.MinValue;
        foreach (var role in roles.OrderBy(r => r.Start))
        {
            var start = role.Start > cursor ? role.Start : cursor;
            var end = role.End ?? today;
            if (end > today) end = today;
            if (end > start) { days += end.DayNumber - start.DayNumber; cursor = end; }
        }
        return days / 365.25;
    }
}

/// <summary>A skill with years of use and the year last used, mapped to a taxonomy entry.</summary>
public sealed record ProfileSkill(string TaxonomyCode, string Name, double Years, int? LastUsedYear)
{
    /// <summary>The taxonomy code, trimmed and lower case like every code.</summary>
    public string TaxonomyCode { get; init; } = TaxonomyCode.Trim().ToLowerInvariant();

    /// <summary>Checks the skill.</summary>
    public ProfileSkill Validated()
    {
        Guard.Text(TaxonomyCode, "skills.taxonomyCode", 100);
        Guard.Text(Name, "skills.name");
        if (Years is < 0 or > 60 || !double.IsFinite(Years)) throw new DomainRuleException("skills.years must be between 0 and 60.", "skills.years");
        if (LastUsedYear is < 1950 or > 2200) throw new DomainRuleException("skills.lastUsedYear is not a plausible year.", "skills.lastUsedYear");
        return this;
    }
}

/// <summary>A certification such as PMP, PRINCE2, CSM, SAFe, PMI-ACP, CBAP or ITIL, with the body that issued it when known.</summary>
public sealed record ProfileCertification(string TaxonomyCode, string Name, int? Year, DateOnly? Expires = null, string? Issuer = null)
{
    /// <summary>The taxonomy code, trimmed and lower case like every code.</summary>
    public string TaxonomyCode { get; init; } = TaxonomyCode.Trim().ToLowerInvariant();

    /// <summary>Checks the certification.</summary>
    public ProfileCertification Validated()
    {
        Guard.Text(TaxonomyCode, "certifications.taxonomyCode", 100);
        Guard.Text(Name, "certifications.name");
        Guard.OptionalText(Issuer, "certifications.issuer");
        return this;
    }
}

/// <summary>Years of experience in an industry.</summary>
public sealed record ProfileIndustry(string Industry, double Years)
{
    /// <summary>Checks the entry.</summary>
    public ProfileIndustry Validated()
    {
        Guard.Text(Industry, "industries.industry", 100);
        if (Years is < 0 or > 60 || !double.IsFinite(Years)) throw new DomainRuleException("industries.years must be between 0 and 60.", "industries.years");
        return this;
    }
}

/// <summary>A project the candidate led: its size and whether it was delivered on time and on budget.</summary>
public sealed record ProjectRecord(string Name, decimal? Budget, int? TeamSize, bool? OnTime, bool? OnBudget, int? Year = null)
{
    /// <summary>Checks the record.</summary>
    public ProjectRecord Validated()
    {
        Guard.Text(Name, "trackRecord.name");
        Guard.NotNegative(Budget, "trackRecord.budget");
        Guard.NotNegative(TeamSize, "trackRecord.teamSize");
        return this;
    }
}

/// <summary>What the candidate is looking for.</summary>
public sealed record Preferences(WorkplaceMode Workplace, EngagementTypes Engagement, Compensation? Compensation, DateOnly? AvailableFrom, WorkAuthorization Authorization,
    IReadOnlyList<string>? Locations = null)
{
    /// <summary>No stated preferences.</summary>
    public static Preferences None { get; } = new(WorkplaceMode.Hybrid, EngagementTypes.Contract | EngagementTypes.Permanent, null, null, WorkAuthorization.Unknown);

    /// <summary>Checks the preferences.</summary>
    public Preferences Validated()
    {
        if (!Enum.IsDefined(Workplace)) throw new DomainRuleException("Unknown workplace mode.", "preferences.workplace");
        if (!Enum.IsDefined(Authorization)) throw new DomainRuleException("Unknown work authorization.", "preferences.authorization");
        if (Engagement != EngagementTypes.None && !Engagement.IsValidSelection()) throw new DomainRuleException("Unknown engagement type.", "preferences.engagement");
        Compensation?.Validated("preferences.compensation");
        if (Locations is { Count: > 10 }) throw new DomainRuleException("Name at most 10 preferred locations.", "preferences.locations");
        foreach (var place in Locations ?? []) Guard.Text(place, "preferences.locations", 100);
        return this;
    }
}

/// <summary>A degree or diploma.</summary>
public sealed record ProfileEducation(string Institution, string? Degree, string? Field, int? Year)
{
    /// <summary>Checks the entry.</summary>
    public ProfileEducation Validated()
    {
        Guard.Text(Institution, "education.institution");
        Guard.OptionalText(Degree, "education.degree");
        Guard.OptionalText(Field, "education.field");
        if (Year is < 1940 or > 2200) throw new DomainRuleException("education.year is not a plausible year.", "education.year");
        return this;
    }
}

/// <summary>What a parsed résumé says about a person, in the domain's terms.</summary>
public sealed record ResumeProfile(
    string? FirstName, string? LastName, string? Email, string? Phone, Place? Location, string? Headline, string? Summary,
    IReadOnlyList<string> Links, IReadOnlyList<ProfileRole> Roles, IReadOnlyList<ProfileEducation> Education,
    IReadOnlyList<ProfileSkill> Skills, IReadOnlyList<ProfileCertification> Certifications,
    IReadOnlyList<ProfileIndustry> Industries, IReadOnlyList<ProjectRecord> TrackRecord);

/// <summary>The names of the profile fields a person can correct; a corrected field keeps its value when the résumé is parsed again.</summary>
public static class ProfileFields
{
    /// <summary>Given name.</summary>
    public const string FirstName = "firstName";
    /// <summary>Family name.</summary>
    public const string LastName = "lastName";
    /// <summary>E-mail.</summary>
    public const string Email = "email";
    /// <summary>Phone.</summary>
    public const string Phone = "phone";
    /// <summary>Location.</summary>
    public const string Location = "location";
    /// <summary>Headline.</summary>
    public const string Headline = "headline";
    /// <summary>Summary.</summary>
    public const string Summary = "summary";
    /// <summary>Links.</summary>
    public const string Links = "links";
    /// <summary>Roles.</summary>
    public const string Roles = "roles";
    /// <summary>Education.</summary>
    public const string Education = "education";
    /// <summary>Skills.</summary>
    public const string Skills = "skills";
    /// <summary>Certifications.</summary>
    public const string Certifications = "certifications";
    /// <summary>Industries.</summary>
    public const string Industries = "industries";
    /// <summary>Track record.</summary>
    public const string TrackRecord = "trackRecord";

    /// <summary>Every field.</summary>
    public static readonly IReadOnlyList<string> All =
        [FirstName, LastName, Email, Phone, Location, Headline, Summary, Links, Roles, Education, Skills, Certifications, Industries, TrackRecord];
}
