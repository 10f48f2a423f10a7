using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Account;

/// <summary>The signed-in person's API access tokens: make one (the secret is shown once), see them, revoke them.</summary>
public sealed class TokensModel(PersonalAccessTokens tokens, CurrentUser user) : PageModel
{
    public IReadOnlyList<AccessTokenSummary> Tokens { get; private set; } = [];
    public CreatedAccessToken? Created { get; private set; }
    public string? Message { get; private set; }
    public bool MayAdmin => user.IsAdministrator;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> Scopes { get; set; } = [];
    [BindProperty] public int ExpiresInDays { get; set; } = 90;

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(user.Id!.Value, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var (created, errors) = await tokens.CreateAsync(user.Id!.Value, user.IsAdministrator, Name, Scopes, ExpiresInDays, ct);
        foreach (var message in errors.SelectMany(e => e.Value)) ModelState.AddModelError("", message);
        Created = created;
        if (created is not null) { Name = null; Scopes = []; }
        Tokens = await tokens.ListAsync(user.Id!.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (!await tokens.RevokeAsync(user.Id!.Value, id, ct)) return NotFound();
        Message = "The token is revoked; requests with it are refused from now on.";
        Tokens = await tokens.ListAsync(user.Id!.Value, ct);
        return Page();
    }
}
