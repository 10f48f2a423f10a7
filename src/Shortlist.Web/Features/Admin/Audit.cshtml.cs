using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Auditing;
using Shortlist.Web.Auditing;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Admin;

/// <summary>The administrator searches the audit log: who, which record, which action, between which days; paged.</summary>
public sealed class AuditModel(AuditSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Who { get; set; }
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    /// <summary>
    /// The page of results, from the query string's <c>page</c>. Not model-bound: Razor Pages' own route value "page" (the
    /// page's path) would be bound first and refused as a number, which left the log empty on every visit.
    /// </summary>
    public int PageNumber { get; private set; } = 1;

    public Page<AuditEntry> Entries { get; private set; } = new([], 0, 1, 50);
    public int Pages => Math.Max(1, (Entries.Total + Entries.PageSize - 1) / Entries.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        if (From is { } f && To is { } t && f > t) ModelState.AddModelError(nameof(To), "The end day is before the start day.");
        Entries = ModelState.IsValid ? await search.SearchAsync(new AuditQuery(Who, Subject, Action, From, To), PageNumber, 50, ct) : Entries;
    }

    public string Link(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Who"] = Who, ["Subject"] = Subject, ["Action"] = Action, ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"), ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
