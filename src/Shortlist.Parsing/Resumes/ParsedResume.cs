using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Parsing.Resumes;

/// <summary>A role as read from a résumé; dates may be missing.</summary>
/// <param name="Title">Job title, when found.</param>
/// <param name="Employer">Employer, when found.</param>
/// <param name="Location">Where the role was, as written.</param>
/// <param name="Start">First month of the role.</param>
/// <param name="End">Last month of the role; null with <paramref name="Current"/> for "present".</param>
/// <param name="Current">True when the role runs to the present.</param>
/// <param name="Description">The text under the role.</param>
public sealed record ParsedRole(string? Title, string? Employer, string? Location, DateOnly? Start, DateOnly? End, bool Current, string Description)
{
    /// <summary>
    /// True when the résumé dates the role by years alone ("2012 – 2017"): <see cref="Start"/> and <see cref="End"/> are the first
    /// and last months of those years, and a JSON Resume written from the role gives the years ("2012"), not months nobody wrote.
    /// </summary>
    public bool YearsOnly { get; init; }

    /// <summary>The domain role, when the role has a start date; title and employer fall back to "Unknown".</summary>
    public ProfileRole? ToProfileRole(string? industry = null)
        => Start is { } start
            ? new ProfileRole(Clip(Title) ?? "Unknown", Clip(Employer) ?? "Unknown", industry, start, Current ? null : (End is { } e && e >= start ? e : start), Clip(Location), Description.Length > 4000 ? Description[..4000] : Description)
            : null;

    private static string? Clip(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Length > 200 ? s[..200].Trim() : s.Trim();
}

/// <summary>A degree or diploma.</summary>
/// <param name="Institution">University, college or school.</param>
/// <param name="Degree">The degree as written, e.g. "B.Tech" or "Master of Science".</param>
/// <param name="Field">The field of study, e.g. "Computer Science".</param>
/// <param name="Year">Year of graduation.</param>
/// <param name="AsWritten">The degree line as the résumé writes it, e.g. "BSc (Hons) Marketing".</param>
public sealed record EducationEntry(string? Institution, string? Degree, string? Field, int? Year, string? AsWritten = null);

/// <summary>Everything read from one résumé; the lists map onto the domain's candidate profile.</summary>
public sealed record ParsedResume
{
    /// <summary>Full name.</summary>
    public string? Name { get; init; }
    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }
    /// <summary>Phone number as written.</summary>
    public string? Phone { get; init; }
    /// <summary>Where the candidate lives.</summary>
    public Place? Location { get; init; }
    /// <summary>Links (LinkedIn, GitHub, portfolio).</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>The headline or current title.</summary>
    public string? Headline { get; init; }
    /// <summary>The summary section.</summary>
    public string? Summary { get; init; }
    /// <summary>Roles in the order written.</summary>
    public IReadOnlyList<ParsedRole> Roles { get; init; } = [];
    /// <summary>
    /// Job titles named in the text as written, role headers or not ("worked as a help desk technician", "Designation: Team
    /// Lead", "Associate Software Engineer in Oracle India Pvt Ltd"), outside the skills, the certifications (credentials, not
    /// posts: "Certified Public Accountant") and the sections that name no work of the writer's (awards, publications,
    /// service, activities, references: <see cref="Sections.HoldsNoWork"/>).
    /// </summary>
    public IReadOnlyList<string> MentionedTitles { get; init; } = [];
    /// <summary>Employers named in the text as written ("Oracle India Pvt Ltd", "Company: Infosys"), where titles are read.</summary>
    public IReadOnlyList<string> MentionedEmployers { get; init; } = [];
    /// <summary>
    /// Schools named in the text as written ("Instructor, University of Washington"), in the education section or in any
    /// other where one studies or works (header, summary, experience, projects, certifications), but not in the lists of
    /// awards, publications, referees and the like (<see cref="Sections.HoldsNoWork"/>), where a school is a publisher, a
    /// funder or a referee's employer.
    /// </summary>
    public IReadOnlyList<string> MentionedSchools { get; init; } = [];
    /// <summary>Degrees named anywhere in the text as written ("Completed B.E. (Information Science) from …"), in the education section or not.</summary>
    public IReadOnlyList<string> MentionedDegrees { get; init; } = [];
    /// <summary>
    /// Certificates, licences and courses named anywhere in the text as written, whether or not the taxonomy knows them
    /// ("Pennsylvania Teaching Certification", "Microsoft Certified Systems Engineer (MCSE)").
    /// </summary>
    public IReadOnlyList<string> MentionedCertificates { get; init; } = [];
    /// <summary>The <see cref="MentionedCertificates"/> that name no certification of the taxonomy ("CPR Certification"), as written.</summary>
    public IReadOnlyList<string> OtherCertificates { get; init; } = [];
    /// <summary>Education.</summary>
    public IReadOnlyList<EducationEntry> Education { get; init; } = [];
    /// <summary>Skills mapped to the taxonomy, with years and last use.</summary>
    public IReadOnlyList<ProfileSkill> Skills { get; init; } = [];
    /// <summary>
    /// The words the résumé writes for each of the <see cref="Skills"/>, by taxonomy code, as first written and each once (at
    /// most ten): "HTML5", "Angular", "Vue.js" for front-end development.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SkillWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>
    /// Skills as listed in the skills section, whether or not the taxonomy knows them, and skills a sentence names before
    /// the word "skills" ("excellent communication and analytical skills") when the taxonomy knows them.
    /// </summary>
    public IReadOnlyList<string> ListedSkills { get; init; } = [];
    /// <summary>Spoken languages named in a languages section, with a word of fluency ("Fluent in English and Spanish") or two or more in a row ("English, Tamil"), as written.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
    /// <summary>Certifications: those of the taxonomy under its codes, then the <see cref="OtherCertificates"/> under their own (<c>CertificateReader.Code</c>).</summary>
    public IReadOnlyList<ProfileCertification> Certifications { get; init; } = [];
    /// <summary>Industries with years.</summary>
    public IReadOnlyList<ProfileIndustry> Industries { get; init; } = [];
    /// <summary>The projects of the résumé's projects sections, with their dates and text.</summary>
    public IReadOnlyList<ParsedProject> Projects { get; init; } = [];
    /// <summary>Projects led, with budget, team size, on time, on budget.</summary>
    public IReadOnlyList<ProjectRecord> TrackRecord { get; init; } = [];
    /// <summary>Total years across dated roles, overlapping roles counted once.</summary>
    public double TotalYears { get; init; }

    /// <summary>The dated roles as domain roles.</summary>
    public IReadOnlyList<ProfileRole> ProfileRoles() => Roles.Select(r => r.ToProfileRole()).OfType<ProfileRole>().ToList();
}
