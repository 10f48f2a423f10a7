using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Activities;
using Shortlist.Web.Features.Client;
using Shortlist.Web.Features.Submissions;

namespace Shortlist.Web.Features.Positions;

public sealed class DetailsModel(ShortlistDbContext db, CurrentUser user, SubmissionService submissions, ActivityService activities) : PageModel
{
    public Position Position { get; private set; } = null!;
    public string? OrganizationName { get; private set; }
    public bool OrganizationBlind { get; private set; }
    public IReadOnlyList<PipelineEntry> Pipeline { get; private set; } = [];
    public TimelineView? Timeline { get; private set; }

    /// <summary>The blind-review choice: "inherit", "blind" or "open".</summary>
    [BindProperty] public string? Blind { get; set; }
    [BindProperty] public int Slot { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmSlotAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        try
        {
            if (await submissions.ConfirmSlotAsync(id, applicationId, Slot, ct) is null) return NotFound();
        }
        catch (DomainRuleException e) { return await ShowErrorAsync(id, e.Message, ct); }
        TempData["Message"] = "The interview is scheduled; the invitations went out.";
        return Redirect($"/Positions/{id}");
    }

    public async Task<IActionResult> OnPostCloseDeclinedAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        try
        {
            if (await submissions.CloseDeclinedAsync(id, applicationId, ct) is null) return NotFound();
        }
        catch (DomainRuleException e) { return await ShowErrorAsync(id, e.Message, ct); }
        TempData["Message"] = "The application is closed as rejected.";
        return Redirect($"/Positions/{id}");
    }

    public async Task<IActionResult> OnPostBlindAsync(Guid id, CancellationToken ct)
    {
        bool? blind = Blind switch { "blind" => true, "open" => false, "inherit" => null, _ => null };
        if (Blind is not ("blind" or "open" or "inherit")) return await ShowErrorAsync(id, "Choose blind, open or the organization's setting.", ct);
        if (!await submissions.SetBlindReviewAsync(id, blind, ct)) return NotFound();
        TempData["Message"] = "Blind review setting saved.";
        return Redirect($"/Positions/{id}");
    }

    private async Task<IActionResult> ShowErrorAsync(Guid id, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", message);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null) return false;
        Position = position;
        var org = await db.Organizations.Where(o => o.Id == position.OrganizationId).Select(o => new { o.Name, o.BlindReview }).FirstOrDefaultAsync(ct);
        OrganizationName = org?.Name;
        OrganizationBlind = org?.BlindReview ?? false;
        Blind = position.BlindReview switch { true => "blind", false => "open", null => "inherit" };
        Pipeline = await submissions.PipelineAsync(id, ct) ?? [];
        var page = int.TryParse(Request.Query["page"], out var n) ? n : (int?)null;
        if (await activities.TimelineAsync(Domain.Activities.ActivitySubject.Position, id, page, null, ct) is { } timeline)
            Timeline = new TimelineView("position", id, timeline, $"/Positions/{id}#timeline");
        return true;
    }
}
