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
    long? Version = null);

public sealed record CandidateResponse(
    Guid Id, string FirstName, string LastName, string Email, string? Phone, Place? Location, string? Headline, string? Summary,
    IReadOnlyList<ProfileRole> Roles, IReadOnlyList<ProfileSkill> Skills, IReadOnlyList<ProfileCertification> Certifications,
    IReadOnlyList<ProfileIndustry> Industries, IReadOnlyList<ProjectRecord> TrackRecord, Preferences Preferences,
    IReadOnlyList<string> Links, string? Source, long Version)
{
    public static CandidateResponse From(Candidate c) => new(
        c.Id, c.FirstName, c.LastName, c.Email, c.Phone, c.Location, c.Headline, c.Summary, c.Roles, c.Skills, c.Certifications,
        c.Industries, c.TrackRecord, c.Preferences, c.Links, c.Source, c.Version);
}

public sealed record CandidateSummary(Guid Id, string Name, string? Headline, string? City, string? Region);
