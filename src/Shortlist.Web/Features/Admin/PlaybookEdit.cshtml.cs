using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Auditing;
using Shortlist.Web.Features.Taxonomy;

namespace Shortlist.Web.Features.Admin;

/// <summary>
/// An industry's playbook, edited by an administrator without JavaScript: a row per requirement (code, importance, weight,
/// minimum years), a few blank rows to add one, a row emptied of its code removed. Saved as the API saves it.
/// </summary>
public sealed class PlaybookEditModel(ShortlistDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>Blank rows offered under the playbook's own.</summary>
    public const int BlankRows = 3;

    /// <summary>One requirement of the playbook.</summary>
    public sealed class Row
    {
        [StringLength(100)] public string? Code { get; set; }
        public Importance Importance { get; set; } = Importance.Must;
        [Range(0, 10)] public double Weight { get; set; } = 1;
        [Range(0, 60)] public double? MinimumYears { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string Industry { get; set; } = "";
    [BindProperty] public List<Row> Rows { get; set; } = [];
    [BindProperty] public long? Version { get; set; }
    [TempData] public string? Message { get; set; }
    public string IndustryName { get; private set; } = "";
    public bool IsNew => Version is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await IndustryAsync(ct) is not { } name) return NotFound();
        IndustryName = name;
        var playbook = await db.IndustryPlaybooks.AsNoTracking().FirstOrDefaultAsync(p => p.IndustryCode == Industry, ct);
        Rows = (playbook?.Items ?? []).Select(i => new Row { Code = i.TaxonomyCode, Importance = i.Importance, Weight = i.Weight, MinimumYears = i.MinimumYears }).ToList();
        Version = playbook?.Version;
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await IndustryAsync(ct) is not { } name) return NotFound();
        IndustryName = name;
        if (Rows.Count > 200) ModelState.AddModelError("", "A playbook holds at most 200 requirements.");
        if (!ModelState.IsValid) return Invalid();
        var items = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Code))
            .Select(r => new PlaybookItem(r.Code!.Trim().ToLowerInvariant(), r.Importance, r.Weight, r.MinimumYears)).ToList();
        // Started on this page while someone else started it too: the same conflict as a stale version.
        if (Version is null && await db.IndustryPlaybooks.AnyAsync(p => p.IndustryCode == Industry, ct))
        {
            ModelState.AddModelError("", "Someone else changed this playbook meanwhile. Reload the page and apply your change again.");
            return Invalid();
        }
        try
        {
            var saved = await TaxonomyApi.SavePlaybookAsync(db, audit, Industry, items, Version, clock.GetUtcNow(), ct);
            if (saved.Problem is { } problem)
            {
                foreach (var message in problem.ProblemDetails.Errors.SelectMany(e => e.Value)) ModelState.AddModelError("", message);
                return Invalid();
            }
            Message = $"The {IndustryName} playbook is saved ({items.Count} requirements).";
            return Redirect("/Admin/Taxonomy#playbook-" + Uri.EscapeDataString(Industry));
        }
        catch (DomainRuleException e) { ModelState.AddModelError("", e.Message); }
        catch (DbUpdateConcurrencyException) { ModelState.AddModelError("", "Someone else changed this playbook meanwhile. Reload the page and apply your change again."); }
        return Invalid();
    }

    /// <summary>The page again with what was typed and the errors; the response says the input was refused.</summary>
    private PageResult Invalid()
    {
        Pad();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private void Pad()
    {
        Rows = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Code)).ToList();
        for (var i = 0; i < BlankRows; i++) Rows.Add(new Row());
    }

    /// <summary>The industry's name when <see cref="Industry"/> is an industry of the taxonomy (the code normalised), else null.</summary>
    private async Task<string?> IndustryAsync(CancellationToken ct)
    {
        try { Industry = TaxonomyEntry.NormalizeCode(Industry); }
        catch (DomainRuleException) { return null; }
        return await db.TaxonomyEntries.AsNoTracking().Where(t => t.Code == Industry && t.Category == TaxonomyCategory.Industry).Select(t => t.Name).FirstOrDefaultAsync(ct);
    }
}
