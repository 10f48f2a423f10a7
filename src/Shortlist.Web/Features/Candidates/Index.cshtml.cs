using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Data;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Candidates;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<CandidateSummary> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Candidates.VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(Q))
            query = query.Where(c => (c.FirstName + " " + c.LastName).Contains(Q) || c.Email.Contains(Q) || (c.Headline != null && c.Headline.Contains(Q)));
        Result = await Page<CandidateSummary>.ReadAsync(query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Select(c => new CandidateSummary(c.Id, c.FirstName + " " + c.LastName, c.Headline, c.Location!.City, c.Location!.Region)), PageNumber, 50, ct);
    }
}
