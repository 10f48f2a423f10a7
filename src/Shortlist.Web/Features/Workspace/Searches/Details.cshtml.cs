using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.Searches;

namespace Shortlist.Web.Features.Workspace.Searches;

/// <summary>One search as a project: status and reason, the timeline and burn chart, hours logged and a form to log more.</summary>
public sealed class DetailsModel(SearchService searches, TimeProvider clock) : PageModel
{
    public SearchDetail Detail { get; private set; } = null!;
    public string? Message { get; private set; }

    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public double? Hours { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (Date is null) ModelState.AddModelError(nameof(Date), "Enter the day the hours were spent.");
        if (Hours is null) ModelState.AddModelError(nameof(Hours), "Enter the hours spent.");
        if (ModelState.IsValid)
        {
            try
            {
                if (await searches.LogHoursAsync(id, new LogHoursRequest(Date!.Value, Hours!.Value, Note), ct) is null) return NotFound();
                Message = $"{Hours:0.##} hours logged for {Date:yyyy-MM-dd}.";
                ModelState.Clear();
                Hours = null;
                Note = null;
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(e.Field switch { "hours" => nameof(Hours), "date" => nameof(Date), "note" => nameof(Note), _ => "" }, e.Message);
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var detail = await searches.DetailAsync(id, ct);
        if (detail is null) return false;
        Detail = detail;
        return true;
    }
}
