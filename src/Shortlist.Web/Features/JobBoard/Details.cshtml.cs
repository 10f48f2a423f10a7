using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Shortlist.Web.Features.JobBoard;

public sealed class DetailsModel(JobSearch search, IOptions<JobBoardOptions> firm) : PageModel
{
    public JobDetail Job { get; private set; } = null!;
    public string JsonLd { get; private set; } = "";
    public string CanonicalUrl { get; private set; } = "";
    /// <summary>The meta description: the start of the description, on one line.</summary>
    public string Summary { get; private set; } = "";
    /// <summary>The industry's taxonomy name ("Financial services").</summary>
    public string IndustryName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, string? slug, CancellationToken ct)
    {
        if (await search.FindOpenAsync(id, ct) is not { } position) return NotFound();
        Job = JobDetail.From(position);
        IndustryName = await search.IndustryNameAsync(Job.Industry, ct);
        CanonicalUrl = $"{Request.Scheme}://{Request.Host}/jobs/{Job.Id}/{Job.Slug}";
        JsonLd = JobPostingLd.Json(Job, CanonicalUrl, firm.Value);
        var text = string.Join(' ', Shared.RichText.Plain(Job.Description).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        Summary = text.Length > 155 ? text[..155].TrimEnd() + "…" : text;
        return Page();
    }
}
