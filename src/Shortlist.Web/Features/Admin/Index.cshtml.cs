using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Admin;

public sealed class IndexModel(ShortlistDbContext db, AccountService accounts, CurrentUser user) : PageModel
{
    public sealed record Row(string? Email, string DisplayName, string Roles, string? Organization);

    [BindProperty, Required, EmailAddress] public string Email { get; set; } = "";
    [BindProperty, Required] public string Role { get; set; } = "Recruiter";
    [BindProperty] public Guid? OrganizationId { get; set; }
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<Row> Users { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await accounts.InviteAsync(Email, Role, OrganizationId, user.Id!.Value, user.IsAdministrator,
                accounts.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}", ct);
            if (result.Succeeded)
            {
                Message = $"Invitation sent to {Email}.";
                return RedirectToPage();
            }
            ModelState.AddErrors(result);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var orgs = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        Organizations = orgs.Select(o => (o.Id, o.Name)).ToList();
        var names = orgs.ToDictionary(o => o.Id, o => o.Name);
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.Email).Take(500).ToListAsync(ct))
            .Select(u => new Row(u.Email, u.DisplayName, string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
                u.OrganizationId is { } o ? names.GetValueOrDefault(o) : null))
            .ToList();
    }
}
