using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Shortlist.Data.Identity;
using Shortlist.Domain.Candidates;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Resumes;
using Shortlist.Web.Infrastructure;

namespace Shortlist.Web.Features.JobBoard;

/// <summary>
/// Applying for an open position: with the signed-in candidate's profile, or with a résumé whose parsed profile the applicant
/// confirms and corrects before submitting. The uploaded file waits on the server; the form carries only a signed, time-limited token.
/// </summary>
[EnableRateLimiting(RateLimiting.Apply)]
[RequestFormLimits(MultipartBodyLengthLimit = ErrorHandling.MaxUploadBody)]
public sealed class ApplyModel(ApplyService applications, CurrentUser user, AccountService accounts, SignInManager<ShortlistUser> signIn,
    UserManager<ShortlistUser> users, IOptions<ParsingOptions> parsing) : PageModel
{
    public JobDetail Job { get; private set; } = null!;
    public Candidate? Me { get; private set; }
    public DateTimeOffset? AppliedAt { get; private set; }
    /// <summary>The parsed profile is on the page for confirmation.</summary>
    public bool Confirming { get; private set; }
    public bool SignInFirst { get; private set; }
    public string? Error { get; private set; }
    public bool IsSignedIn => user.IsSignedIn;
    public bool CanApply => !user.IsSignedIn || user.IsCandidate;
    public long MaxMegabytes => parsing.Value.MaxFileBytes / (1024 * 1024);
    public string ApplyUrl => $"/jobs/{Job.Id}/{Job.Slug}/apply";
    public string SignInUrl => $"/Account/Login?ReturnUrl={Uri.EscapeDataString(ApplyUrl)}";

    [BindProperty] public string? Token { get; set; }
    [BindProperty] public string? FileName { get; set; }
    [BindProperty] public ApplyProfile Profile { get; set; } = new();
    [BindProperty] public string? CoverNote { get; set; }
    [BindProperty] public bool Consent { get; set; }
    [BindProperty] public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (AppliedAt is not null || !CanApply) return Page();
        if (file is null)
        {
            Error = "Your résumé could not be read: no file was attached. Choose your résumé file and upload it.";
            return Page();
        }
        try
        {
            var parsed = await applications.UploadAsync(id, file, ct);
            (Token, FileName, Profile, Confirming) = (parsed.Token, parsed.FileName, parsed.Profile, true);
            ModelState.Clear();
        }
        catch (Exception e) when (e is ParseException or OperationCanceledException or System.Text.RegularExpressions.RegexMatchTimeoutException
            && !HttpContext.RequestAborted.IsCancellationRequested)
        {
            Error = "Your résumé could not be read: " + (e is ParseException p ? p.Message : "reading it took too long.")
                + $" Please upload a PDF, Word (.docx) or text file of at most {MaxMegabytes} MB.";
        }
        return Page();
    }

    public Task<IActionResult> OnPostProfileAsync(Guid id, CancellationToken ct) => SubmitAsync(id, withResume: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => SubmitAsync(id, withResume: true, ct);

    private async Task<IActionResult> SubmitAsync(Guid id, bool withResume, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (AppliedAt is not null || !CanApply) return Page();
        Confirming = withResume;
        if (withResume && Token is null) return Page();
        if (!ModelState.IsValid)
        {
            Error = "Some values could not be read: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return Page();
        }
        var outcome = await applications.SubmitAsync(id, new ApplyInput(withResume ? Token : null, withResume ? Profile : null, CoverNote, Consent, Password),
            ApplyApi.BaseUrl(Request, accounts), ct);
        switch (outcome.Status)
        {
            case ApplyStatus.Applied:
                if (!user.IsSignedIn && outcome.UserId is { } userId && await users.FindByIdAsync(userId.ToString()) is { } account)
                    await signIn.SignInAsync(account, isPersistent: false);
                TempData["Message"] = $"Thank you: your application for {Job.Title} was received, and a confirmation is on its way to your e-mail.";
                return LocalRedirect("/Portal/Applications");
            case ApplyStatus.NotFound:
                return NotFound();
            case ApplyStatus.AlreadyApplied:
                AppliedAt = outcome.AppliedAt;
                return Page();
            case ApplyStatus.UploadExpired:
                (Confirming, Token) = (false, null);
                break;
            case ApplyStatus.SignInFirst:
                SignInFirst = true;
                break;
        }
        Error = outcome.Message;
        Password = null;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await applications.OpenPositionAsync(id, ct) is not { } position) return false;
        Job = JobDetail.From(position);
        Me = await applications.MeAsync(ct);
        if (Me is not null) AppliedAt = await applications.AppliedAtAsync(id, Me.Id, ct);
        return true;
    }
}
