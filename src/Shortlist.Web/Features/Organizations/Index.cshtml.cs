using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Organizations;

public sealed class IndexModel(ShortlistDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty, Required, StringLength(200)] public string Name { get; set; } = "";
    [BindProperty, Required, StringLength(100)] public string Industry { get; set; } = "";
    [BindProperty, StringLength(300)] public string? Website { get; set; }
    [BindProperty] public bool BlindReview { get; set; }
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<OrganizationResponse> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var organization = new Organization(Name, Industry, clock.GetUtcNow(), Website, BlindReview);
                db.Organizations.Add(organization);
                audit.Record("organization.create", nameof(Organization), organization.Id);
                await db.SaveChangesAsync(ct);
                Message = $"{organization.Name} added.";
                return RedirectToPage();
            }
            catch (DomainRuleException e) { ModelState.AddModelError(e.Field ?? "", e.Message); }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
        => Organizations = await db.Organizations.AsNoTracking().VisibleTo(user).OrderBy(o => o.Name).Select(OrganizationResponse.Projection).ToListAsync(ct);
}
