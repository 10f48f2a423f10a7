namespace Shortlist.Domain.Common;

/// <summary>The roles people sign in with.</summary>
public static class Roles
{
    /// <summary>Runs the installation: users, organizations, taxonomy, settings, audit.</summary>
    public const string Administrator = nameof(Administrator);
    /// <summary>The firm's consultant who runs searches.</summary>
    public const string Recruiter = nameof(Recruiter);
    /// <summary>A client's contact; belongs to exactly one organization.</summary>
    public const string HiringManager = nameof(HiringManager);
    /// <summary>A professional looking for work.</summary>
    public const string Candidate = nameof(Candidate);

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [Administrator, Recruiter, HiringManager, Candidate];
}
