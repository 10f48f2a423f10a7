using Shortlist.Domain.Candidates;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;

namespace Shortlist.Web.Auth;

/// <summary>
/// What each caller may see, applied inside the query so that forgetting it is hard.
/// A record outside the scope is simply not found (404), never "forbidden".
/// </summary>
public static class Scoping
{
    public static IQueryable<Organization> VisibleTo(this IQueryable<Organization> query, CurrentUser user)
        => user.IsStaff ? query
        : user.IsHiringManager && user.OrganizationId is { } org ? query.Where(o => o.Id == org)
        : query.Where(_ => false);

    public static IQueryable<Position> VisibleTo(this IQueryable<Position> query, CurrentUser user)
        => user.IsStaff ? query
        : user.IsHiringManager && user.OrganizationId is { } org ? query.Where(p => p.OrganizationId == org)
        : query.Where(_ => false);

    /// <summary>Erased candidates are visible to no one: their placeholder only counts in reports.</summary>
    public static IQueryable<Candidate> VisibleTo(this IQueryable<Candidate> query, CurrentUser user)
        => user.IsStaff ? query.Where(c => c.ErasedAt == null)
        : user.IsCandidate && user.CandidateId is { } me ? query.Where(c => c.Id == me && c.ErasedAt == null)
        : query.Where(_ => false);

    /// <summary>Hiring managers see their organization's requests; staff see every request whose e-mail was verified; nobody sees an unverified one.</summary>
    public static IQueryable<SearchRequest> VisibleTo(this IQueryable<SearchRequest> query, CurrentUser user)
        => user.IsStaff ? query.Where(r => r.VerifiedAt != null)
        : user.IsHiringManager && user.OrganizationId is { } org ? query.Where(r => r.OrganizationId == org)
        : query.Where(_ => false);

    /// <summary>Who may qualify or decline a request: staff, once it is verified.</summary>
    public static IQueryable<SearchRequest> EditableBy(this IQueryable<SearchRequest> query, CurrentUser user)
        => user.IsStaff ? query.Where(r => r.VerifiedAt != null) : query.Where(_ => false);

    /// <summary>Who may change a position: recruiters and administrators.</summary>
    public static IQueryable<Position> EditableBy(this IQueryable<Position> query, CurrentUser user)
        => user.IsStaff ? query : query.Where(_ => false);

    /// <summary>Who may change a candidate: staff, and the candidate themself.</summary>
    public static IQueryable<Candidate> EditableBy(this IQueryable<Candidate> query, CurrentUser user) => query.VisibleTo(user);

    /// <summary>Who may change an organization: staff.</summary>
    public static IQueryable<Organization> EditableBy(this IQueryable<Organization> query, CurrentUser user)
        => user.IsStaff ? query : query.Where(_ => false);
}
