using Shortlist.Domain.Organizations;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>How a request's status reads to people.</summary>
public static class StatusText
{
    public static string Of(SearchRequestStatus status) => status switch
    {
        SearchRequestStatus.Submitted => "Received",
        SearchRequestStatus.InReview => "In review",
        SearchRequestStatus.Qualified => "Accepted: search started",
        SearchRequestStatus.Declined => "Declined",
        _ => status.ToString(),
    };
}
