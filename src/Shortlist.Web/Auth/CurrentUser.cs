using System.Security.Claims;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Auth;

/// <summary>Who is calling: read once per request from the signed-in principal.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string OrganizationClaim = "shortlist:org";
    public const string CandidateClaim = "shortlist:candidate";
    /// <summary>Present when the account has two-factor authentication turned on.</summary>
    public const string TwoFactorClaim = "shortlist:2fa";
    /// <summary>The scopes of the personal access token the request came with (absent for sign-ins).</summary>
    public const string ScopeClaim = "shortlist:scope";
    /// <summary>The id of the personal access token the request came with.</summary>
    public const string TokenClaim = "shortlist:pat";

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;
    public Guid? Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    public string? Name => Principal.Identity?.Name;
    /// <summary>The name people chose to be shown by, else the sign-in name.</summary>
    public string? DisplayName => Principal.FindFirstValue("name") ?? Name;
    public Guid? OrganizationId => Guid.TryParse(Principal.FindFirstValue(OrganizationClaim), out var id) ? id : null;
    public Guid? CandidateId => Guid.TryParse(Principal.FindFirstValue(CandidateClaim), out var id) ? id : null;

    public bool IsAdministrator => Principal.IsInRole(Roles.Administrator);
    public bool IsRecruiter => Principal.IsInRole(Roles.Recruiter);
    public bool IsHiringManager => Principal.IsInRole(Roles.HiringManager);
    public bool IsCandidate => Principal.IsInRole(Roles.Candidate);

    public bool HasTwoFactor => Principal.HasClaim(c => c.Type == TwoFactorClaim);
    /// <summary>Whether the request came with a personal access token rather than a sign-in.</summary>
    public bool ViaAccessToken => Principal.HasClaim(c => c.Type == TokenClaim);

    /// <summary>Recruiters and administrators: the firm's own people, who see the whole talent pool.</summary>
    public bool IsStaff => IsRecruiter || IsAdministrator;
}
