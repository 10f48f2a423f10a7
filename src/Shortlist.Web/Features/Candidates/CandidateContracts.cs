using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Features.Candidates;

public sealed record CandidateRequest(
    string FirstName,
    string LastName,
    string Email,
    string? Phone = null,
    Place? Location = null,
    string? Headline = null,
    string? Summary = null,
    IReadOnlyList<ProfileRole>? Roles = null,
    IReadOnlyList<ProfileSkill>? Skills = null,
    IReadOnlyList<ProfileCertification>? Certifications = null,
    IReadOnlyList<ProfileIndustry>? Industries = null,
    IReadOnlyList<ProjectRecord>? TrackRecord = null,
    Preferences? Preferences = null,
    IReadOnlyList<string>? Links = null,
    IReadOnlyList<ProfileEducation>? Education = null,
    long? Version = null);

public sealed record CandidateResponse(
    Guid Id, string FirstName, string LastName, string Email, string? Phone, Place? Location, string? Headline, string? Summary,
    IReadOnlyList<ProfileRole> Roles, IReadOnlyList<ProfileSkill> Skills, IReadOnlyList<ProfileCertification> Certifications,
    IReadOnlyList<ProfileIndustry> Industries, IReadOnlyList<ProjectRecord> TrackRecord, Preferences Preferences,
    IReadOnlyList<string> Links, IReadOnlyList<ProfileEducation> Education, IReadOnlyList<string> CorrectedFields, string? Source, long Version)
{
    public static CandidateResponse From(Candidate c) => new(
        c.Id, c.FirstName, c.LastName, c.Email, c.Phone, c.Location, c.Headline, c.Summary, c.Roles, c.Skills, c.Certifications,
        c.Industries, c.TrackRecord, c.Preferences, c.Links, c.Education, c.CorrectedFields, c.Source, c.Version);
}

public sealed record CandidateSummary(Guid Id, string Name, string? Headline, string? City, string? Region);

/// <summary>Which profile fields an edit changed: those become corrections that a later parse keeps.</summary>
public static class ProfileSnapshot
{
    public static Dictionary<string, string> Take(Candidate c) => new()
    {
        [ProfileFields.FirstName] = c.FirstName, [ProfileFields.LastName] = c.LastName, [ProfileFields.Email] = c.Email,
        [ProfileFields.Phone] = c.Phone ?? "", [ProfileFields.Location] = Json(c.Location), [ProfileFields.Headline] = c.Headline ?? "",
        [ProfileFields.Summary] = c.Summary ?? "", [ProfileFields.Links] = Json(c.Links), [ProfileFields.Roles] = Json(c.Roles),
        [ProfileFields.Education] = Json(c.Education), [ProfileFields.Skills] = Json(c.Skills), [ProfileFields.Certifications] = Json(c.Certifications),
        [ProfileFields.Industries] = Json(c.Industries), [ProfileFields.TrackRecord] = Json(c.TrackRecord),
    };

    public static IEnumerable<string> Changed(Dictionary<string, string> before, Candidate after)
    {
        var now = Take(after);
        return before.Where(kv => now[kv.Key] != kv.Value).Select(kv => kv.Key);
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
