using Shortlist.Domain.Notifications;
using Shortlist.Web.Features.Notifications;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Identity;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Files;
using Shortlist.Web.Features.Legal;
using Shortlist.Web.Features.Resumes;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.JobBoard;

/// <summary>The profile as the applicant confirmed or corrected it on the apply page.</summary>
public sealed class ApplyProfile
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>"City, Region, Country".</summary>
    public string? Location { get; set; }
    public string? Headline { get; set; }
    public List<ApplySkill> Skills { get; set; } = [];
    /// <summary>The most recent roles, newest first; older roles are kept as parsed.</summary>
    public List<ApplyRole> Roles { get; set; } = [];
    public List<ApplyCertification> Certifications { get; set; } = [];
}

public sealed class ApplySkill
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public double Years { get; set; }
    public bool Remove { get; set; }
}

public sealed class ApplyRole
{
    public string? Title { get; set; }
    public string? Employer { get; set; }
    /// <summary>Shown only; the dates are kept as parsed.</summary>
    public string Dates { get; set; } = "";
}

public sealed class ApplyCertification
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Remove { get; set; }
}

public enum ApplyStatus
{
    Applied,
    NotFound,
    NoConsent,
    AlreadyApplied,
    SignInFirst,
    UploadExpired,
    Invalid,
}

/// <summary>What happened to an application: on success its id and the candidate's account; otherwise a message for the field at fault.</summary>
public sealed record ApplyOutcome(ApplyStatus Status, Guid? ApplicationId = null, Guid? UserId = null, DateTimeOffset? AppliedAt = null,
    string? Field = null, string? Message = null)
{
    public bool Succeeded => Status == ApplyStatus.Applied;
}

/// <summary>What the applicant sends: the upload token and confirmed profile (when they uploaded), a cover note, consent and, when new, a password.</summary>
public sealed record ApplyInput(string? UploadToken, ApplyProfile? Profile, string? CoverNote, bool Consent, string? Password);

/// <summary>A parsed upload waiting for confirmation: the token that names the stored file, and the profile to show.</summary>
public sealed record ParsedUpload(string Token, string FileName, ApplyProfile Profile);

/// <summary>One of the candidate's own applications as they may see it.</summary>
public sealed record MyApplication(Guid Id, Guid PositionId, string PositionTitle, string? JobUrl, string Stage, bool IsOpen, DateTimeOffset AppliedAt,
    bool CanWithdraw, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>A step of an application as the candidate sees it.</summary>
public sealed record TimelineEntry(string Label, DateTimeOffset At);

public enum WithdrawStatus
{
    Withdrawn,
    NotFound,
    AlreadyClosed,
}

/// <summary>
/// Applying from the job board and following one's applications: the one place the apply page, "My applications" and the
/// API go through.
/// </summary>
public sealed class ApplyService(ShortlistDbContext db, JobSearch jobs, ResumeIntake intake, FileStore files, AccountService accounts,
    UserManager<ShortlistUser> users, CurrentUser user, AuditLog audit, IEmailSender email, NotificationService notifications, IDataProtectionProvider protection,
    Duplicates.DuplicateDetector duplicates, TimeProvider clock)
{
    /// <summary>How long an uploaded résumé waits for its confirmation.</summary>
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromHours(2);

    /// <summary>The audit action that marks a file uploaded for an application; the sweeper removes such files nobody points at.</summary>
    public const string UploadAction = "apply.upload";

    /// <summary>How many of the most recent roles the confirmation form shows.</summary>
    public const int RolesShown = 3;

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Shortlist.Apply.Upload.v1").ToTimeLimitedDataProtector();

    public Task<Position?> OpenPositionAsync(Guid id, CancellationToken ct) => jobs.FindOpenAsync(id, ct);

    /// <summary>When the candidate applied for the position, if they did (an application they cannot see does not count).</summary>
    public async Task<DateTimeOffset?> AppliedAtAsync(Guid positionId, Guid candidateId, CancellationToken ct)
    {
        var existing = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.PositionId == positionId && a.CandidateId == candidateId, ct);
        return existing is not null && Timeline(existing) is { Count: > 0 } steps ? steps[0].At : null;
    }

    /// <summary>The signed-in candidate, or null.</summary>
    public Task<Candidate?> MeAsync(CancellationToken ct) => user.IsCandidate && user.CandidateId is { } id
        ? db.Candidates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct)
        : Task.FromResult<Candidate?>(null);

    /// <summary>
    /// Reads and parses an uploaded résumé, then stores it and returns a time-limited token naming it. A file that cannot be
    /// read throws <see cref="ParseException"/> before anything is stored.
    /// </summary>
    public async Task<ParsedUpload> UploadAsync(Guid positionId, IFormFile? file, CancellationToken ct)
    {
        var upload = await intake.ReadAsync(file, ct);
        var (_, parsed) = await intake.ParseAsync(upload, ct);
        var profile = ResumeIntake.ToProfile(parsed);
        var me = await MeAsync(ct);
        var stored = await files.AddAsync(upload.Content, upload.FileName, upload.ContentType, ct);
        audit.Record(UploadAction, "StoredFile", stored.Id, $"position {positionId}");
        await db.SaveChangesAsync(ct);
        return new ParsedUpload(Protect(stored.Id, positionId), upload.FileName, ToForm(Proposed(profile, me)));
    }

    /// <summary>Applies: one transaction for the account (when new), the confirmed profile, the résumé, the application and the consent; then the e-mail.</summary>
    public async Task<ApplyOutcome> SubmitAsync(Guid positionId, ApplyInput input, string baseUrl, CancellationToken ct)
    {
        var position = await jobs.FindOpenAsync(positionId, ct);
        if (position is null) return new(ApplyStatus.NotFound);
        if (user.IsSignedIn && (!user.IsCandidate || user.CandidateId is null))
            return Fail(ApplyStatus.Invalid, "account", "Applications are made with a candidate account; sign out to apply as a candidate.");
        if (!input.Consent)
            return Fail(ApplyStatus.NoConsent, "consent", "Please agree to the privacy notice: we can only consider your application with your consent.");
        var coverNote = string.IsNullOrWhiteSpace(input.CoverNote) ? null : input.CoverNote.Trim();
        if (coverNote?.Length > 5_000) return Fail(ApplyStatus.Invalid, "coverNote", "The cover note can be at most 5,000 characters.");

        Guid? fileId = null;
        if (input.UploadToken is not null)
        {
            fileId = Unprotect(input.UploadToken, positionId);
            if (fileId is null || !await db.Files.AnyAsync(f => f.Id == fileId, ct))
                return Fail(ApplyStatus.UploadExpired, "file", "Your upload has expired. Please upload your résumé again.");
            if (input.Profile is null) return Fail(ApplyStatus.Invalid, "profile", "Confirm your profile to apply.");
        }

        string? newEmail = null;
        if (user.CandidateId is { } me)
        {
            if (await AppliedAtAsync(positionId, me, ct) is { } at) return Already(at);
        }
        else
        {
            if (fileId is null || input.Profile is null) return Fail(ApplyStatus.Invalid, "file", "Upload your résumé to apply.");
            try { newEmail = Guard.Email(input.Profile.Email?.Trim()); }
            catch (DomainRuleException) { return Fail(ApplyStatus.Invalid, "email", "Enter a valid e-mail address."); }
            if (await users.FindByEmailAsync(newEmail) is not null)
                return Fail(ApplyStatus.SignInFirst, "email", "You already have an account with this e-mail address. Please sign in first, then apply: your answers are kept.");
            if (string.IsNullOrEmpty(input.Password)) return Fail(ApplyStatus.Invalid, "password", "Choose a password for your account.");
        }

        // Parse the stored file again on the server: nothing the client sends stands in for the résumé.
        (ResumeIntake.Upload Upload, ExtractedText Text, Shortlist.Parsing.Resumes.ParsedResume Parsed)? resume = null;
        if (fileId is { } storedId)
        {
            var stored = (await files.FindAsync(storedId, ct))!;
            var upload = new ResumeIntake.Upload(stored.Content, stored.FileName, stored.ContentType);
            try
            {
                var (text, parsed) = await intake.ParseAsync(upload, ct);
                resume = (upload, text, parsed);
            }
            catch (ParseException) { return Fail(ApplyStatus.UploadExpired, "file", "Your résumé could not be read again. Please upload it again."); }
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Guid? newUserId = null;
        Application application;
        Candidate candidate;
        try
        {
            if (user.CandidateId is { } id)
            {
                var found = await db.Candidates.EditableBy(user).FirstOrDefaultAsync(c => c.Id == id, ct);
                if (found is null) return new(ApplyStatus.NotFound);
                candidate = found;
            }
            else
            {
                var p = input.Profile!;
                candidate = new Candidate(Required(p.FirstName, "firstName", "Your first name is required."), Required(p.LastName, "lastName", "Your last name is required."), newEmail!, now);
                candidate.SetSource("applied", now);
                db.Candidates.Add(candidate);
                var account = await accounts.CreateUserAsync(newEmail!, input.Password!, candidate.FullName, Roles.Candidate, null, candidate.Id);
                if (!account.Succeeded)
                {
                    await tx.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    var (field, messages) = account.Errors.First();
                    return Fail(ApplyStatus.Invalid, field, string.Join(" ", messages));
                }
                candidate.UserId = newUserId = account.UserId;
                audit.Record("user.register", nameof(Candidate), candidate.Id, "applied");
            }

            if (resume is { } r)
            {
                var proposed = Proposed(ResumeIntake.ToProfile(r.Parsed), user.CandidateId is null ? null : candidate);
                var parsedProfile = ResumeIntake.ToProfile(r.Parsed);
                // Taken before attaching: parsing the résumé would put its own address in the profile.
                var accountEmail = user.CandidateId is null ? null : candidate.Email;
                await intake.AttachAsync(candidate, r.Upload, r.Text, r.Parsed, ct);
                ApplyConfirmed(candidate, parsedProfile, proposed, input.Profile!, accountEmail, now);
            }

            var existing = await db.Applications.FirstOrDefaultAsync(a => a.PositionId == positionId && a.CandidateId == candidate.Id, ct);
            if (existing is not null && existing.Stage != Stage.Sourced)
            {
                // The same application sent twice at once: the other request committed first.
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Already(await AppliedAtAsync(positionId, candidate.Id, ct) ?? now);
            }
            if (existing is not null)
            {
                // A recruiter had sourced the candidate, unseen by them: applying makes it their application.
                existing.MoveTo(Stage.Screening, now, coverNote is null ? "Applied from the job board." : Clip("Applied from the job board: " + coverNote, 2_000));
                application = existing;
            }
            else
            {
                application = new Application(positionId, candidate.Id, ApplicationOrigin.Applied, now, coverNote);
                db.Applications.Add(application);
            }
            if ((fileId ?? candidate.ResumeFileId) is { } resumeId) application.UseResume(resumeId, now);
            db.Consents.Add(new ConsentRecord(candidate.Id, PrivacyNotice.Version, ConsentPurpose.Application, now, application.Id));
            audit.Record("application.apply", nameof(Application), application.Id, $"position {positionId}");
            await db.SaveChangesAsync(ct);
            // The confirmation and the recruiters' notification are stored in the same transaction: they exist exactly when the application does.
            await email.SendAsync(candidate.Email, $"Your application: {position.Title}", ConfirmationText(candidate, position, baseUrl), ct);
            var recruiter = await db.Positions.Where(p => p.Id == positionId).Select(p => p.RecruiterId).FirstOrDefaultAsync(ct);
            await notifications.NotifyAsync(recruiter is { } owner ? Audience.User(owner) : Audience.Recruiters, NotificationKinds.NewApplication,
                $"{candidate.FullName} applied for {position.Title}.", $"/Positions/{positionId}", ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var at = user.CandidateId is { } me2 ? await AppliedAtAsync(positionId, me2, ct) : null;
            return Already(at ?? now);
        }
        catch (DomainRuleException e)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return Fail(ApplyStatus.Invalid, e.Field ?? "profile", e.Message);
        }
        // After the commit: the application stands whatever detection finds; a likely duplicate waits for a recruiter.
        await duplicates.TryCheckAsync([candidate.Id], CancellationToken.None);
        return new(ApplyStatus.Applied, application.Id, newUserId ?? user.Id, now);
    }

    /// <summary>The signed-in candidate's applications they may see (not those only sourced), newest first.</summary>
    public async Task<IReadOnlyList<MyApplication>> MineAsync(CancellationToken ct)
    {
        if (!user.IsCandidate || user.CandidateId is not { } me) return [];
        var rows = await db.Applications.AsNoTracking().Where(a => a.CandidateId == me && a.Stage != Stage.Sourced)
            .Join(db.Positions.AsNoTracking(), a => a.PositionId, p => p.Id, (a, p) => new { Application = a, p.Title, p.Status })
            .ToListAsync(ct);
        return rows.Select(r => Describe(r.Application, r.Title, r.Status == PositionStatus.Open))
            .OrderByDescending(a => a.AppliedAt).ToList();
    }

    /// <summary>Withdraws one of the signed-in candidate's applications; another's is not found.</summary>
    public async Task<(WithdrawStatus Status, MyApplication? Application)> WithdrawAsync(Guid applicationId, CancellationToken ct)
    {
        if (!user.IsCandidate || user.CandidateId is not { } me) return (WithdrawStatus.NotFound, null);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.CandidateId == me && a.Stage != Stage.Sourced, ct);
        if (application is null) return (WithdrawStatus.NotFound, null);
        var position = await db.Positions.AsNoTracking().FirstAsync(p => p.Id == application.PositionId, ct);
        if (StageRules.IsFinal(application.Stage)) return (WithdrawStatus.AlreadyClosed, Describe(application, position.Title, position.Status == PositionStatus.Open));
        application.Close(CloseReason.Withdrawn, clock.GetUtcNow(), "Withdrawn by the candidate.");
        audit.Record("application.withdraw", nameof(Application), application.Id);
        await db.SaveChangesAsync(ct);
        return (WithdrawStatus.Withdrawn, Describe(application, position.Title, position.Status == PositionStatus.Open));
    }

    /// <summary>The application's steps in the candidate's words, consecutive equal labels collapsed to the first.</summary>
    public static IReadOnlyList<TimelineEntry> Timeline(Application application)
    {
        var steps = new List<TimelineEntry>();
        var initial = application.Origin == ApplicationOrigin.Applied ? Stage.Screening : Stage.Sourced;
        void Add(string? label, DateTimeOffset at)
        {
            if (label is null || (steps.Count > 0 && steps[^1].Label == label)) return;
            steps.Add(new TimelineEntry(label, at));
        }
        Add(CandidateView.Label(initial, null), application.CreatedAt);
        foreach (var change in application.History) Add(CandidateView.Label(change.To, change.Reason), change.At);
        return steps;
    }

    /// <summary>True when saving broke a unique index, on SQLite and on PostgreSQL.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public static string FormatDate(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static MyApplication Describe(Application a, string title, bool open)
    {
        var timeline = Timeline(a);
        return new MyApplication(a.Id, a.PositionId, title, open ? $"/jobs/{a.PositionId}/{JobSearch.Slug(title)}" : null,
            CandidateView.Label(a.Stage, a.CloseReason) ?? "", open, timeline.Count > 0 ? timeline[0].At : a.CreatedAt, !StageRules.IsFinal(a.Stage), timeline);
    }

    private static string ConfirmationText(Candidate candidate, Position position, string baseUrl) =>
        $"""
        Dear {candidate.FirstName},

        Thank you for applying for the position "{position.Title}". We have received your application and your résumé.

        What happens next: a recruiter reads every application, usually within a few working days. If your experience fits,
        we will contact you to talk about the role before putting you forward to the employer. If it does not, we will tell you.

        You can follow your application, and withdraw it at any time, in My applications:
        {baseUrl.TrimEnd('/')}/Portal/Applications

        Your profile, as read from your résumé, is at {baseUrl.TrimEnd('/')}/Portal

        Shortlist
        """;

    private static ApplyOutcome Fail(ApplyStatus status, string field, string message) => new(status, Field: field, Message: message);

    private static ApplyOutcome Already(DateTimeOffset at) => new(ApplyStatus.AlreadyApplied, AppliedAt: at, Field: "position",
        Message: $"You applied for this position on {FormatDate(at)}; follow it in My applications.");

    private static string Required(string? value, string field, string message)
        => string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException(message, field) : value.Trim();

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;

    private string Protect(Guid fileId, Guid positionId) => Protector.Protect($"{fileId:N}.{positionId:N}", UploadLifetime);

    private Guid? Unprotect(string token, Guid positionId)
    {
        try
        {
            var parts = Protector.Unprotect(token).Split('.');
            return parts.Length == 2 && Guid.TryParse(parts[0], out var file) && Guid.TryParse(parts[1], out var position) && position == positionId ? file : null;
        }
        catch (CryptographicException) { return null; }
        catch (FormatException) { return null; }
    }

    /// <summary>
    /// What the profile would become from this résumé: the parsed values, except, for a candidate who corrected fields
    /// before, their corrected values; a signed-in candidate keeps the e-mail address of their account.
    /// </summary>
    private static ResumeProfile Proposed(ResumeProfile parsed, Candidate? current)
    {
        if (current is null) return parsed;
        bool Keep(string field) => current.CorrectedFields.Contains(field);
        return parsed with
        {
            FirstName = Keep(ProfileFields.FirstName) || parsed.FirstName is null ? current.FirstName : parsed.FirstName,
            LastName = Keep(ProfileFields.LastName) || parsed.LastName is null ? current.LastName : parsed.LastName,
            Email = current.Email,
            Phone = Keep(ProfileFields.Phone) || parsed.Phone is null ? current.Phone : parsed.Phone,
            Location = Keep(ProfileFields.Location) || parsed.Location is null ? current.Location : parsed.Location,
            Headline = Keep(ProfileFields.Headline) || parsed.Headline is null ? current.Headline : parsed.Headline,
            Roles = Keep(ProfileFields.Roles) ? current.Roles : parsed.Roles,
            Skills = Keep(ProfileFields.Skills) ? current.Skills : parsed.Skills,
            Certifications = Keep(ProfileFields.Certifications) ? current.Certifications : parsed.Certifications,
        };
    }

    private static IEnumerable<ProfileRole> Recent(IEnumerable<ProfileRole> roles) => roles.OrderByDescending(r => r.End is null).ThenByDescending(r => r.End).ThenByDescending(r => r.Start);

    private static ApplyProfile ToForm(ResumeProfile p) => new()
    {
        FirstName = p.FirstName, LastName = p.LastName, Email = p.Email, Phone = p.Phone, Location = p.Location?.ToString(), Headline = p.Headline,
        Skills = p.Skills.OrderByDescending(s => s.Years).Select(s => new ApplySkill { Code = s.TaxonomyCode, Name = s.Name, Years = Math.Round(s.Years, 1) }).ToList(),
        Roles = Recent(p.Roles).Take(RolesShown).Select(r => new ApplyRole
        {
            Title = r.Title, Employer = r.Employer,
            Dates = $"{r.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture)} – {(r.End is { } end ? end.ToString("MMM yyyy", CultureInfo.InvariantCulture) : "present")}",
        }).ToList(),
        Certifications = p.Certifications.Select(c => new ApplyCertification { Code = c.TaxonomyCode, Name = c.Name }).ToList(),
    };

    /// <summary>
    /// Writes the confirmed values over the profile and records as corrected every field whose value differs from what the
    /// résumé says, so that parsing it again keeps them.
    /// </summary>
    private static void ApplyConfirmed(Candidate candidate, ResumeProfile parsed, ResumeProfile proposed, ApplyProfile confirmed, string? accountEmail, DateTimeOffset now)
    {
        var corrections = new List<string>();
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        void Compare(string field, string? value, string? fromResume)
        {
            if (!string.Equals(Clean(value), Clean(fromResume), StringComparison.Ordinal)) corrections.Add(field);
        }

        var first = Required(confirmed.FirstName, "firstName", "Your first name is required.");
        var last = Required(confirmed.LastName, "lastName", "Your last name is required.");
        var address = accountEmail ?? Guard.Email(Clean(confirmed.Email));
        var phone = Clean(confirmed.Phone);
        var location = Clean(confirmed.Location);
        var headline = Clean(confirmed.Headline);
        Compare(ProfileFields.FirstName, first, parsed.FirstName);
        Compare(ProfileFields.LastName, last, parsed.LastName);
        Compare(ProfileFields.Email, address, parsed.Email);
        Compare(ProfileFields.Phone, phone, parsed.Phone);
        Compare(ProfileFields.Location, location, parsed.Location?.ToString());
        Compare(ProfileFields.Headline, headline, parsed.Headline);
        var place = location is null ? null
            : string.Equals(location, proposed.Location?.ToString(), StringComparison.Ordinal) ? proposed.Location
            : ParsePlace(location);

        // Lists: only entries the résumé (or the earlier profile) has, so names and codes come from the taxonomy, never the form.
        var skillRows = confirmed.Skills.Where(s => !string.IsNullOrEmpty(s.Code)).GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First());
        var skills = proposed.Skills.Where(s => skillRows.TryGetValue(s.TaxonomyCode, out var row) && !row.Remove)
            .Select(s => s with { Years = Math.Round(skillRows[s.TaxonomyCode].Years, 1) }).ToList();
        if (!Same(skills.Select(s => $"{s.TaxonomyCode}:{s.Years:0.0}"), parsed.Skills.Select(s => $"{s.TaxonomyCode}:{Math.Round(s.Years, 1):0.0}")))
            corrections.Add(ProfileFields.Skills);

        var certRows = confirmed.Certifications.Where(c => !string.IsNullOrEmpty(c.Code)).GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First());
        var certifications = proposed.Certifications.Where(c => certRows.TryGetValue(c.TaxonomyCode, out var row) && !row.Remove).ToList();
        if (!Same(certifications.Select(c => c.TaxonomyCode), parsed.Certifications.Select(c => c.TaxonomyCode))) corrections.Add(ProfileFields.Certifications);

        var recent = Recent(proposed.Roles).ToList();
        var roles = recent.Select((r, i) => i < confirmed.Roles.Count && i < RolesShown
            ? r with { Title = Clean(confirmed.Roles[i].Title) ?? "", Employer = Clean(confirmed.Roles[i].Employer) ?? "" }
            : r).ToList();
        if (!Same(roles.Select(RoleKey), parsed.Roles.Select(RoleKey))) corrections.Add(ProfileFields.Roles);

        candidate.SetContact(first, last, address, phone, place, now);
        candidate.SetProfile(headline, candidate.Summary, roles, skills, certifications, candidate.Industries, candidate.TrackRecord, now);
        candidate.RecordCorrections(corrections, now);
    }

    private static string RoleKey(ProfileRole r) => $"{r.Title}|{r.Employer}|{r.Start}|{r.End}";

    private static bool Same(IEnumerable<string> a, IEnumerable<string> b) => a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>"Boston, MA, US" → city, region, country; fewer parts fill from the city.</summary>
    internal static Place ParsePlace(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.Length > 100 ? p[..100] : p).ToArray();
        return parts.Length switch
        {
            0 => new Place(null, null, null),
            1 => new Place(parts[0], null, null),
            2 => new Place(parts[0], parts[1], null),
            _ => new Place(string.Join(", ", parts[..^2]), parts[^2], parts[^1]),
        };
    }
}
