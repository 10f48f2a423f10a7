using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Postings;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Files;
using Shortlist.Web.Features.Positions;
using Shortlist.Web.Features.Resumes;
using Shortlist.Web.Infrastructure.Email;

namespace Shortlist.Web.Features.SearchRequests;

public sealed class SearchRequestOptions
{
    public const string Section = "SearchRequests";
    /// <summary>Largest job description a client may attach.</summary>
    public long MaxAttachmentBytes { get; set; } = 2 * 1024 * 1024;
    /// <summary>How long the e-mail verification link of a public request works.</summary>
    public int VerificationHours { get; set; } = 24;
    /// <summary>A public form sent back sooner than this after it was shown is taken for a robot.</summary>
    public int MinimumFillSeconds { get; set; } = 3;
}

/// <summary>How a verification link fared.</summary>
public enum VerifyOutcome
{
    Verified,
    Invalid,
    Expired,
}

/// <summary>The taxonomy entries a form offers: industries and role families for the selects, every entry for resolving typed text.</summary>
public sealed class TaxonomyChoices(IReadOnlyList<TaxonomyEntry> entries)
{
    private readonly Dictionary<string, TaxonomyEntry> _byCode = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bySurface = BuildSurfaces(entries);

    public IReadOnlyList<TaxonomyEntry> Industries { get; } = entries.Where(e => e.Category == TaxonomyCategory.Industry).OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();
    public IReadOnlyList<TaxonomyEntry> RoleFamilies { get; } = entries.Where(e => e.Category == TaxonomyCategory.RoleFamily).OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();
    /// <summary>What the requirement fields suggest: every entry but industries and role families, which have selects of their own.</summary>
    public IReadOnlyList<TaxonomyEntry> Terms { get; } = entries.Where(e => e.Category is not (TaxonomyCategory.Industry or TaxonomyCategory.RoleFamily))
        .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public TaxonomyEntry? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim().ToLowerInvariant(), out var e) ? e : null;

    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>The code of the entry whose code, name or alias is <paramref name="text"/> (any case), or null.</summary>
    public string? Resolve(string text) => _bySurface.TryGetValue(Normalize(text), out var code) ? code : null;

    private static Dictionary<string, string> BuildSurfaces(IReadOnlyList<TaxonomyEntry> entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries) map.TryAdd(Normalize(e.Code), e.Code);
        foreach (var e in entries) map.TryAdd(Normalize(e.Name), e.Code);
        foreach (var e in entries) foreach (var a in e.Aliases.Where(a => !TaxonomyTerm.IsContextual(a))) map.TryAdd(Normalize(TaxonomyTerm.Surface(a)), e.Code);
        return map;
    }

    private static string Normalize(string text) => string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// Search requests for the pages and the API alike: the public form (stored unverified, verified by a one-time e-mail link),
/// the hiring managers' form, the recruiters' queue, qualifying a request into a position and declining it.
/// Every read goes through <see cref="Scoping"/>: a hiring manager sees the organization's requests, staff the verified ones.
/// </summary>
public sealed class SearchRequestService(ShortlistDbContext db, CurrentUser user, AuditLog audit, FileStore files, SkillMatcherCache skills,
    IEmailSender email, Features.Notifications.NotificationService notifications, IOptions<SearchRequestOptions> options, IConfiguration configuration, IHttpContextAccessor http, TimeProvider clock,
    ILogger<SearchRequestService> logger)
{
    public sealed record Attachment(byte[] Content, string FileName, string ContentType);

    public SearchRequestOptions Options => options.Value;

    public async Task<TaxonomyChoices> ChoicesAsync(CancellationToken ct)
        => new(await db.TaxonomyEntries.AsNoTracking().ToListAsync(ct));

    /// <summary>The playbook of an industry as suggestions, or null when the industry has none.</summary>
    public async Task<PlaybookSuggestions?> PlaybookAsync(string industry, TaxonomyChoices? choices, CancellationToken ct)
    {
        string code;
        try { code = TaxonomyEntry.NormalizeCode(industry); }
        catch (DomainRuleException) { return null; }
        var playbook = await db.IndustryPlaybooks.AsNoTracking().FirstOrDefaultAsync(p => p.IndustryCode == code, ct);
        if (playbook is null) return null;
        choices ??= await ChoicesAsync(ct);
        return new PlaybookSuggestions(code, choices.NameOf(code), playbook.Items
            .Select(i => new RequirementSuggestion(i.TaxonomyCode, choices.NameOf(i.TaxonomyCode), i.Importance, i.Weight, i.MinimumYears)).ToList());
    }

    /// <summary>Reads an attached job description within the size cap; null when none was attached.</summary>
    public async Task<Attachment?> ReadAttachmentAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName))) return null;
        if (file.Length == 0) throw new DomainRuleException("The attached job description is empty.", "jobDescription");
        var max = options.Value.MaxAttachmentBytes;
        if (file.Length > max) throw new DomainRuleException($"The job description is larger than {max / 1024} KB; attach a smaller file or paste the text.", "jobDescription");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new Attachment(buffer.ToArray(), file.FileName, string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType);
    }

    /// <summary>The requirements a job description asks for, mapped to the taxonomy (nothing is stored).</summary>
    public async Task<IReadOnlyList<RequirementSuggestion>> SuggestFromJobDescriptionAsync(Attachment attachment, CancellationToken ct)
    {
        var matcher = await skills.GetAsync(db, ct);
        var limits = ParseLimits.Default with { MaxBytes = options.Value.MaxAttachmentBytes };
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(limits.Budget + TimeSpan.FromSeconds(1));
        try
        {
            var parsed = await Task.Run(() => new PostingParser(matcher).Parse(TextExtractor.ExtractPosting(attachment.Content, attachment.FileName, limits, budget.Token)), budget.Token);
            return parsed.Requirements.DistinctBy(r => r.TaxonomyCode)
                .Select(r => new RequirementSuggestion(r.TaxonomyCode, r.Label, r.Importance, r.Weight, r.MinimumYears)).ToList();
        }
        catch (ParseException e) { throw new DomainRuleException($"The job description could not be read: {e.Message}", "jobDescription"); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { throw new DomainRuleException("Reading the job description took too long.", "jobDescription"); }
    }

    /// <summary>A public request: stored unverified, and a one-time verification link is mailed to the requester.</summary>
    public async Task<SearchRequest> SubmitPublicAsync(SearchRequestInput input, Requester requester, Attachment? attachment, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var checkedRequester = requester.Validated();
        var request = await BuildAsync(input, null, null, now, ct);
        var token = OneTimeToken.New();
        var lifetime = TimeSpan.FromHours(Math.Clamp(options.Value.VerificationHours, 1, 24 * 7));
        request.AwaitVerification(checkedRequester, Hash(token), now + lifetime, now);
        await AttachAsync(request, attachment, now, ct);
        db.SearchRequests.Add(request);
        audit.Record("searchrequest.submit-public", nameof(SearchRequest), request.Id, checkedRequester.OrganizationName);
        await db.SaveChangesAsync(ct);
        var link = $"{BaseUrl()}/search-requests/verify?token={token}";
        await email.SendAsync(checkedRequester.Email, "Confirm your search request",
            $"Hello {checkedRequester.Name},\n\nThank you for your search request \"{request.Role}\". Please confirm your e-mail address with this link " +
            $"(it works once, for {lifetime.TotalHours:0} hours):\n{link}\n\nOur recruiters see the request once it is confirmed. " +
            "If you did not send it, ignore this message and nothing will happen.\n", ct);
        return request;
    }

    /// <summary>
    /// A request from a signed-in hiring manager (the organization is the user's, never the form's) or recorded by staff for a client
    /// (the organization named in the input); no e-mail verification is needed.
    /// </summary>
    public async Task<SearchRequest> SubmitForOrganizationAsync(SearchRequestInput input, Attachment? attachment, CancellationToken ct)
    {
        Guid org;
        if (user.IsHiringManager && user.OrganizationId is { } own) org = own;
        else if (user.IsStaff)
        {
            org = input.OrganizationId ?? throw new DomainRuleException("Name the client's organization.", "organizationId");
            if (!await db.Organizations.AnyAsync(o => o.Id == org, ct)) throw new DomainRuleException("No such organization.", "organizationId");
        }
        else throw new InvalidOperationException("Only hiring managers and staff submit for an organization.");
        var now = clock.GetUtcNow();
        var contactId = await db.Contacts.Where(c => c.OrganizationId == org && c.UserId == user.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var request = await BuildAsync(input, org, contactId, now, ct);
        request.MarkVerified(now);
        await AttachAsync(request, attachment, now, ct);
        db.SearchRequests.Add(request);
        audit.Record("searchrequest.submit", nameof(SearchRequest), request.Id);
        await db.SaveChangesAsync(ct);
        await NotifyArrivedAsync(request, ct);
        return request;
    }

    /// <summary>Spends a verification token: the request reaches the recruiters' queue.</summary>
    public async Task<VerifyOutcome> VerifyAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return VerifyOutcome.Invalid;
        var hash = Hash(token);
        var request = await db.SearchRequests.FirstOrDefaultAsync(r => r.VerificationTokenHash == hash, ct);
        if (request is null) return VerifyOutcome.Invalid;
        var now = clock.GetUtcNow();
        if (request.VerificationExpiresAt is not { } expires || expires <= now) return VerifyOutcome.Expired;
        request.Verify(hash, now);
        audit.Record("searchrequest.verify", nameof(SearchRequest), request.Id);
        await db.SaveChangesAsync(ct);
        await NotifyArrivedAsync(request, ct);
        return VerifyOutcome.Verified;
    }

    // A request reaches the recruiters' queue: every recruiter hears of it.
    private async Task NotifyArrivedAsync(SearchRequest request, CancellationToken ct)
    {
        var from = request.OrganizationId is { } org ? await db.Organizations.Where(o => o.Id == org).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        await notifications.NotifyAsync(Features.Notifications.Audience.Recruiters, Domain.Notifications.NotificationKinds.SearchRequestArrived,
            $"A search request arrived: {request.Role}{(from is null ? "" : $" from {from}")}.", $"/Workspace/Requests/{request.Id}", ct);
    }

    /// <summary>The requests the caller may see, newest first.</summary>
    public async Task<IReadOnlyList<SearchRequestSummary>> ListAsync(SearchRequestStatus? status, CancellationToken ct)
    {
        var query = db.SearchRequests.AsNoTracking().VisibleTo(user);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var rows = await query
            .GroupJoin(db.Organizations, r => r.OrganizationId, o => (Guid?)o.Id, (r, orgs) => new { r, orgs })
            .SelectMany(x => x.orgs.DefaultIfEmpty(), (x, o) => new { x.r, Name = o == null ? null : o.Name })
            .Select(x => new
            {
                x.r.Id, x.r.Role, x.r.Industry, x.r.OrganizationId, x.Name, RequesterOrganization = x.r.Requester == null ? null : x.r.Requester.OrganizationName,
                x.r.Status, x.r.DeclineReason, Public = x.r.Requester != null, x.r.CreatedAt, x.r.TargetShortlistDate, x.r.TargetFillDate, x.r.PositionId,
            })
            .ToListAsync(ct);
        return rows.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id)
            .Select(x => new SearchRequestSummary(x.Id, x.Role, x.Industry, x.OrganizationId, x.Name ?? x.RequesterOrganization, x.Status, x.DeclineReason, x.Public,
                x.CreatedAt, x.TargetShortlistDate, x.TargetFillDate, x.PositionId)).ToList();
    }

    /// <summary>One request the caller may see, or null; staff reading a public request's contact details is audited.</summary>
    public async Task<SearchRequestResponse?> GetAsync(Guid id, CancellationToken ct)
    {
        var request = await db.SearchRequests.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return null;
        var name = request.OrganizationId is { } org ? await db.Organizations.Where(o => o.Id == org).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        if (user.IsStaff && request.Requester is not null) await audit.RecordReadAsync(nameof(SearchRequest), request.Id, ct);
        return SearchRequestResponse.From(request, name);
    }

    /// <summary>The position a qualification would create by default: the request's codes as requirements (must weight 3, nice weight 1).</summary>
    public static IReadOnlyList<RequirementInput> DefaultRequirements(SearchRequestResponse request, TaxonomyChoices choices)
    {
        var list = new List<RequirementInput>();
        if (request.RoleFamily is { } family) list.Add(new(family, choices.NameOf(family), Importance.Strong, 2, request.MinimumYears));
        list.AddRange(request.MustHaveCodes.Select(c => new RequirementInput(c, choices.NameOf(c), Importance.Must, 3)));
        list.AddRange(request.NiceToHaveCodes.Select(c => new RequirementInput(c, choices.NameOf(c), Importance.Nice, 1)));
        foreach (var s in request.SuggestedRequirements)
            list.Add(new RequirementInput(s.TaxonomyCode, s.Label, s.Importance, s.Weight, s.MinimumYears, s.RecencyYears));
        return list.DistinctBy(r => r.TaxonomyCode).Take(Position.MaxRequirements).ToList();
    }

    /// <summary>What a position made from the request says about the work when the recruiter writes nothing else.</summary>
    public static string DefaultDescription(SearchRequestResponse r)
    {
        var text = new StringBuilder(r.Title).Append('.');
        if (!string.IsNullOrWhiteSpace(r.Project.Deliverable)) text.Append(" The project: ").Append(r.Project.Deliverable.Trim().TrimEnd('.')).Append('.');
        if (r.Project.TeamSize is { } team) text.Append(" Team of ").Append(team).Append('.');
        if (!string.IsNullOrWhiteSpace(r.Project.Methodology)) text.Append(" Methodology: ").Append(r.Project.Methodology).Append('.');
        if (r.Project.Regulations.Count > 0) text.Append(" Regulations: ").Append(string.Join(", ", r.Project.Regulations)).Append('.');
        if (r.Project.Systems is { Count: > 0 } systems) text.Append(" Systems: ").Append(string.Join(", ", systems)).Append('.');
        if (r.MustHaveText.Count > 0) text.Append(" Must have: ").Append(string.Join("; ", r.MustHaveText)).Append('.');
        if (r.NiceToHaveText.Count > 0) text.Append(" Nice to have: ").Append(string.Join("; ", r.NiceToHaveText)).Append('.');
        return text.ToString();
    }

    /// <summary>Turns a verified request into a draft position; null when the caller may not see or change it.</summary>
    public async Task<Position?> QualifyAsync(Guid id, QualifyInput input, CancellationToken ct)
    {
        var request = await db.SearchRequests.EditableBy(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return null;
        if (request.Status is SearchRequestStatus.Qualified or SearchRequestStatus.Declined)
            throw new DomainRuleException($"A request that is {request.Status} cannot be qualified.");
        var now = clock.GetUtcNow();
        var choices = await ChoicesAsync(ct);
        var view = SearchRequestResponse.From(request, null);

        Guid organizationId;
        Organization? created = null;
        if (request.OrganizationId is { } own)
        {
            if (input.OrganizationId is { } other && other != own) throw new DomainRuleException("A request cannot move to another organization.", "organizationId");
            organizationId = own;
        }
        else if (input.OrganizationId is { } picked)
        {
            if (!await db.Organizations.AnyAsync(o => o.Id == picked, ct)) throw new DomainRuleException("No such organization.", "organizationId");
            organizationId = picked;
        }
        else
        {
            var name = string.IsNullOrWhiteSpace(input.NewOrganizationName) ? request.Requester?.OrganizationName : input.NewOrganizationName;
            created = new Organization(Guard.Text(name, "newOrganizationName"), request.Industry, now);
            db.Organizations.Add(created);
            organizationId = created.Id;
        }

        var requirements = (input.Requirements ?? DefaultRequirements(view, choices)).ToList();
        if (requirements.Select(r => r.TaxonomyCode.Trim().ToLowerInvariant()).FirstOrDefault(c => choices.Find(c) is null) is { } unknown)
            throw new DomainRuleException($"No taxonomy entry has the code '{unknown}'.", "requirements");
        var position = new Position(organizationId, string.IsNullOrWhiteSpace(input.Title) ? request.Role : input.Title, Features.Shared.RichText.Clean(input.Description ?? DefaultDescription(view)), request.Industry, now, request.Id)
            { RecruiterId = user.Id };
        position.SetTerms(request.Location, null, request.Workplace, request.Engagement, request.Compensation, false, input.StartDate ?? request.StartDate, now);
        position.SetPlan(input.TargetShortlistDate ?? request.TargetShortlistDate, input.TargetFillDate ?? request.TargetFillDate, input.FeeBudget, input.EffortHoursBudget, now);
        position.SetRequirements(requirements.Select(r => r.ToDomain()), now);
        request.Qualify(position.Id, organizationId, now);
        db.Positions.Add(position);
        if (created is not null) audit.Record("organization.create", nameof(Organization), created.Id, created.Name);
        audit.Record("position.create", nameof(Position), position.Id);
        audit.Record("searchrequest.qualify", nameof(SearchRequest), request.Id, position.Id.ToString());
        await db.SaveChangesAsync(ct);
        await NotifyAsync(request, $"Your search request \"{request.Role}\" was accepted",
            $"Good news: we took on your search request \"{request.Role}\" and started the search. We will keep you posted.", ct);
        return position;
    }

    /// <summary>Declines a verified request with a reason the client sees; null when the caller may not see or change it.</summary>
    public async Task<SearchRequest?> DeclineAsync(Guid id, string? reason, CancellationToken ct)
    {
        var request = await db.SearchRequests.EditableBy(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return null;
        request.Decline(Guard.Text(reason, "reason", 2_000), clock.GetUtcNow());
        audit.Record("searchrequest.decline", nameof(SearchRequest), request.Id);
        await db.SaveChangesAsync(ct);
        await NotifyAsync(request, $"Your search request \"{request.Role}\" was declined",
            $"We are sorry: we cannot take on your search request \"{request.Role}\".\n\nThe reason: {request.DeclineReason}", ct);
        return request;
    }

    // The organization's hiring managers, and the requester of a public request, hear of every status change.
    private async Task NotifyAsync(SearchRequest request, string subject, string body, CancellationToken ct)
    {
        var to = new List<string>();
        if (request.OrganizationId is { } org)
            to.AddRange(await db.Users.Where(u => u.OrganizationId == org && u.Email != null).Select(u => u.Email!).ToListAsync(ct));
        if (request.Requester is { } requester) to.Add(requester.Email);
        foreach (var address in to.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            try { await email.SendAsync(address, subject, $"{body}\n\nSee your searches: {BaseUrl()}/Client/Requests\n", ct); }
            catch (IOException e) { logger.LogWarning(e, "Could not send the status of search request {Id} to {To}", request.Id, address); }
        }
    }

    private async Task<SearchRequest> BuildAsync(SearchRequestInput input, Guid? organizationId, Guid? contactId, DateTimeOffset now, CancellationToken ct)
    {
        var choices = await ChoicesAsync(ct);
        if (string.IsNullOrWhiteSpace(input.Industry)) throw new DomainRuleException("Choose the industry.", "industry");
        if (choices.Find(input.Industry) is not { Category: TaxonomyCategory.Industry } industry)
            throw new DomainRuleException($"'{input.Industry}' is not an industry of the taxonomy.", "industry");
        string? family = null;
        if (!string.IsNullOrWhiteSpace(input.RoleFamily))
            family = choices.Find(input.RoleFamily) is { Category: TaxonomyCategory.RoleFamily } f ? f.Code
                : throw new DomainRuleException($"'{input.RoleFamily}' is not a role family of the taxonomy.", "roleFamily");
        var musts = KnownCodes(input.MustHaveCodes, choices, "mustHaveCodes");
        var nices = KnownCodes(input.NiceToHaveCodes, choices, "niceToHaveCodes");
        var p = input.Project ?? new ProjectInput();
        var project = new ProjectContext(Clean(p.Deliverable), p.Budget, p.TeamSize, Clean(p.Methodology), Lines(p.Regulations), Lines(p.Systems));
        var request = new SearchRequest(organizationId, contactId, input.Title, industry.Code, project, Lines(input.MustHaveText), Lines(input.NiceToHaveText),
            input.Location, input.Workplace, input.Engagement, input.Compensation, input.StartDate, input.TargetFillDate, now);
        request.Specify(family, musts, nices, input.MinimumYears, input.TargetShortlistDate, input.Confidential, now);
        return request;
    }

    private async Task AttachAsync(SearchRequest request, Attachment? attachment, DateTimeOffset now, CancellationToken ct)
    {
        if (attachment is null) return;
        var suggestions = await SuggestFromJobDescriptionAsync(attachment, ct);
        var stored = await files.AddAsync(attachment.Content, attachment.FileName, attachment.ContentType, ct);
        request.AttachJobDescription(stored.Id, suggestions.Select(s => new Requirement(s.TaxonomyCode, s.Label, s.Importance, s.Weight, s.MinimumYears)), now);
    }

    private static List<string> KnownCodes(IReadOnlyList<string>? codes, TaxonomyChoices choices, string field)
    {
        var list = new List<string>();
        foreach (var code in codes ?? [])
        {
            if (string.IsNullOrWhiteSpace(code)) continue;
            list.Add(choices.Find(code)?.Code ?? throw new DomainRuleException($"No taxonomy entry has the code '{code.Trim()}'.", field));
        }
        return list;
    }

    private static List<string> Lines(IReadOnlyList<string>? items) => (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string BaseUrl()
    {
        var configured = configuration["PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var request = http.HttpContext?.Request;
        return request is null ? "http://127.0.0.1:5000" : $"{request.Scheme}://{request.Host}";
    }

    internal static string Hash(string token) => OneTimeToken.Hash(token);
}
