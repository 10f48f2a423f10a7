using System.Security.Claims;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Auth;

/// <summary>Who is calling: read once per request from the signed-in principal.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string OrganizationClaim = "shortlist:org";
    public const string CandidateClaim = "shortlist:candidate";

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

    /// <summary>Recruiters and administrators: the firm's own people, who see the whole talent pool.</summary>
    public bool IsStaff => IsRecruiter || IsAdministrator;
}
