using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Auditing;
using Shortlist.Web.Features.Shared;
using Shortlist.Web.Features.Taxonomy;

namespace Shortlist.Web.Features.Admin;

public sealed class TaxonomyEditModel(ShortlistDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty, StringLength(100)] public string? NewCode { get; set; }
    [BindProperty, Required, StringLength(200)] public string Name { get; set; } = "";
    [BindProperty] public TaxonomyCategory Category { get; set; } = TaxonomyCategory.Skill;
    [BindProperty, StringLength(5000)] public string? Aliases { get; set; }
    [BindProperty, StringLength(100)] public string? ParentCode { get; set; }
    [BindProperty] public long Version { get; set; }
    [TempData] public string? Message { get; set; }
    public bool IsNew => string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew) return Page();
        var entry = await db.TaxonomyEntries.AsNoTracking().FirstOrDefaultAsync(t => t.Code == Code, ct);
        if (entry is null) return NotFound();
        (Name, Category, Aliases, ParentCode, Version) = (entry.Name, entry.Category, string.Join("\n", entry.Aliases), entry.ParentCode, entry.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Refused();
        var aliases = (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parent = string.IsNullOrWhiteSpace(ParentCode) ? null : ParentCode;
        try
        {
            TaxonomyEntry entry;
            if (IsNew)
            {
                entry = new TaxonomyEntry(NewCode ?? "", Name, Category, aliases, parent, clock.GetUtcNow());
                if (await db.TaxonomyEntries.AnyAsync(t => t.Code == entry.Code, ct)) { ModelState.AddModelError("", $"'{entry.Code}' exists already."); return Refused(); }
                db.TaxonomyEntries.Add(entry);
            }
            else
            {
                var found = await db.TaxonomyEntries.FirstOrDefaultAsync(t => t.Code == Code, ct);
                if (found is null) return NotFound();
                entry = found;
                db.ExpectVersion(entry, Version);
                entry.Update(Name, Category, aliases, parent, clock.GetUtcNow());
            }
            if (await TaxonomyApi.CheckReferencesAsync(db, entry, ct) is { } problem)
            {
                foreach (var message in problem.ProblemDetails.Errors.SelectMany(e => e.Value)) ModelState.AddModelError("", message);
                return Refused();
            }
            audit.Record(IsNew ? "taxonomy.create" : "taxonomy.update", nameof(TaxonomyEntry), entry.Id, entry.Code);
            await db.SaveChangesAsync(ct);
            Message = $"{entry.Name} saved.";
            return Redirect("/Admin/Taxonomy?q=" + Uri.EscapeDataString(entry.Code));
        }
        catch (DomainRuleException e) { ModelState.AddModelError("", e.Message); }
        catch (DbUpdateConcurrencyException) { ModelState.AddModelError("", "Someone else changed this entry meanwhile. Reload the page and apply your change again."); }
        return Refused();
    }

    /// <summary>The page again with what was typed and the errors; the response says the input was refused.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
