using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;

namespace Shortlist.Web.Features.Client.Positions;

/// <summary>
/// One submitted candidate: the shared explanation, the résumé (rendered, redacted in blind review; the file once revealed),
/// reveal, feedback (advance / hold / decline / offer) and interview slots. Opening it is an audited read.
/// </summary>
public sealed class CandidateModel(ClientPortalService portal, ShortlistDbContext db) : PageModel
{
    public sealed class SlotRow
    {
        public string? Start { get; set; }
        public int DurationMinutes { get; set; } = 60;
        public string? Location { get; set; }
    }

    public SubmittedCandidateResponse Item { get; private set; } = null!;

    [BindProperty] public ClientVerdict Verdict { get; set; } = ClientVerdict.Advance;
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public long Version { get; set; }
    [BindProperty] public List<SlotRow> Slots { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        if (!await LoadAsync(id, applicationId, ct)) return NotFound();
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnGetResumeAsync(Guid id, Guid applicationId, CancellationToken ct)
        => await portal.ResumeFileAsync(id, applicationId, ct) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    public async Task<IActionResult> OnPostRevealAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        if (await portal.RevealAsync(id, applicationId, ct) is null) return NotFound();
        TempData["Message"] = "The candidate is revealed to your organization.";
        return Redirect($"/Client/Positions/{id}/Candidates/{applicationId}");
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        try
        {
            if (await portal.FeedbackAsync(id, applicationId, new FeedbackInput(Verdict, Reason, Comment), Version, ct) is null) return NotFound();
        }
        catch (DomainRuleException e) { return await ShowErrorAsync(id, applicationId, "Reason", e.Message, ct); }
        catch (DbUpdateConcurrencyException) { return await ShowErrorAsync(id, applicationId, "", "A colleague gave feedback on this candidate meanwhile; see it below and send yours again.", ct); }
        TempData["Message"] = "Thank you: your feedback went to the recruiter.";
        return Redirect($"/Client/Positions/{id}/Candidates/{applicationId}");
    }

    public async Task<IActionResult> OnPostSlotsAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        var slots = new List<InterviewSlot>();
        foreach (var row in Slots.Where(r => !string.IsNullOrWhiteSpace(r.Start)))
        {
            // The form's datetime-local value is read as UTC, as the page says.
            if (!DateTime.TryParseExact(row.Start!.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                return await ShowErrorAsync(id, applicationId, "Slots", $"'{row.Start}' is not a date and time (YYYY-MM-DD HH:MM).", ct);
            slots.Add(new InterviewSlot(new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)), row.DurationMinutes, row.Location));
        }
        try
        {
            if (await portal.ProposeSlotsAsync(id, applicationId, slots, ct) is null) return NotFound();
        }
        catch (DomainRuleException e) { return await ShowErrorAsync(id, applicationId, "Slots", e.Message, ct); }
        TempData["Message"] = "Your interview slots went to the recruiter, who confirms one with the candidate.";
        return Redirect($"/Client/Positions/{id}/Candidates/{applicationId}");
    }

    private async Task<IActionResult> ShowErrorAsync(Guid id, Guid applicationId, string field, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError(field, message);
        if (!await LoadAsync(id, applicationId, ct)) return NotFound();
        Version = Item.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        if (await portal.CandidateAsync(id, applicationId, ct) is not { } item) return false;
        Item = item;
        while (Slots.Count < Submission.MaxSlots) Slots.Add(new SlotRow());
        return true;
    }
}
