using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Domain.Organizations;

/// <summary>Where a search request stands.</summary>
public enum SearchRequestStatus
{
    /// <summary>Received, not yet looked at.</summary>
    Submitted,
    /// <summary>A recruiter is qualifying it.</summary>
    InReview,
    /// <summary>Turned into a position.</summary>
    Qualified,
    /// <summary>Declined by the firm.</summary>
    Declined,
}

/// <summary>The project behind a search: what is delivered, how big, how it is run.</summary>
public sealed record ProjectContext(string? Deliverable, decimal? Budget, int? TeamSize, string? Methodology, IReadOnlyList<string> Regulations,
    IReadOnlyList<string>? Systems = null)
{
    /// <summary>Checks the figures and the lengths of the texts.</summary>
    public ProjectContext Validated()
    {
        Guard.NotNegative(Budget, "project.budget");
        Guard.NotNegative(TeamSize, "project.teamSize");
        Guard.OptionalText(Deliverable, "project.deliverable", 2_000);
        Guard.OptionalText(Methodology, "project.methodology", 200);
        if (Regulations.Count > 30 || Regulations.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > 200))
            throw new DomainRuleException("project.regulations: at most 30 entries of up to 200 characters.", "project.regulations");
        if (Systems is { } systems && (systems.Count > 30 || systems.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > 200)))
            throw new DomainRuleException("project.systems: at most 30 entries of up to 200 characters.", "project.systems");
        return this;
    }
}

/// <summary>Who sent a public search request: a person at an organization that is not a client yet.</summary>
public sealed record Requester(string Name, string Email, string OrganizationName)
{
    /// <summary>Checks the fields and returns them trimmed.</summary>
    public Requester Validated()
        => new(Guard.Text(Name, "requester.name"), Guard.Email(Email, "requester.email"), Guard.Text(OrganizationName, "requester.organization"));
}

/// <summary>What a client asked for, in the client's words.</summary>
public sealed class SearchRequest : Entity
{
    /// <summary>The most taxonomy codes or free-text entries in one list.</summary>
    public const int MaxListEntries = 40;

    private SearchRequest() { Role = ""; Industry = ""; Project = new(null, null, null, null, []); MustHaves = []; NiceToHaves = []; }

    /// <summary>Records a search request from <paramref name="organizationId"/> (null for a public request from an organization that is not a client yet).</summary>
    public SearchRequest(Guid? organizationId, Guid? contactId, string role, string industry, ProjectContext project,
        IReadOnlyList<string> mustHaves, IReadOnlyList<string> niceToHaves, Place? location, WorkplaceMode workplace,
        EngagementTypes engagement, Compensation? compensation, DateOnly? startDate, DateOnly? targetFillDate, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        ContactId = contactId;
        Role = Guard.Text(role, "role");
        Industry = Guard.Text(industry, "industry", 100);
        Project = project.Validated();
        MustHaves = TextList(mustHaves, "mustHaves");
        NiceToHaves = TextList(niceToHaves, "niceToHaves");
        Location = location?.Validated("location");
        Workplace = Enum.IsDefined(workplace) ? workplace : throw new DomainRuleException("Unknown workplace mode.", "workplace");
        Engagement = engagement.IsValidSelection() ? engagement : throw new DomainRuleException("Choose at least one known engagement type.", "engagement");
        Compensation = compensation?.Validated("compensation");
        StartDate = startDate;
        TargetFillDate = targetFillDate;
        Status = SearchRequestStatus.Submitted;
        Touch(now);
    }

    /// <summary>The client that asked; null for a public request until a recruiter qualifies it.</summary>
    public Guid? OrganizationId { get; private set; }
    /// <summary>The contact who submitted it, when signed in.</summary>
    public Guid? ContactId { get; private set; }
    /// <summary>The title of the role sought, e.g. "EHR implementation project manager".</summary>
    public string Role { get; private set; }
    /// <summary>The industry of the work.</summary>
    public string Industry { get; private set; }
    /// <summary>The project behind the search.</summary>
    public ProjectContext Project { get; private set; }
    /// <summary>What candidates must have, in the client's words.</summary>
    public List<string> MustHaves { get; private set; }
    /// <summary>What would be good to have.</summary>
    public List<string> NiceToHaves { get; private set; }
    /// <summary>Where the work is.</summary>
    public Place? Location { get; private set; }
    /// <summary>On site, hybrid or remote.</summary>
    public WorkplaceMode Workplace { get; private set; }
    /// <summary>Contract, contract-to-hire, permanent.</summary>
    public EngagementTypes Engagement { get; private set; }
    /// <summary>Rate or salary band.</summary>
    public Compensation? Compensation { get; private set; }
    /// <summary>When the person should start.</summary>
    public DateOnly? StartDate { get; private set; }
    /// <summary>When the client wants the role filled.</summary>
    public DateOnly? TargetFillDate { get; private set; }
    /// <summary>Where the request stands.</summary>
    public SearchRequestStatus Status { get; private set; }
    /// <summary>The position it became, once qualified.</summary>
    public Guid? PositionId { get; private set; }
    /// <summary>The role family (taxonomy code), e.g. "it-project-manager".</summary>
    public string? RoleFamily { get; private set; }
    /// <summary>Taxonomy codes of what candidates must have.</summary>
    public List<string> MustHaveCodes { get; private set; } = [];
    /// <summary>Taxonomy codes of what would be good to have.</summary>
    public List<string> NiceToHaveCodes { get; private set; } = [];
    /// <summary>Overall years of experience asked for.</summary>
    public double? MinimumYears { get; private set; }
    /// <summary>When the client wants the shortlist.</summary>
    public DateOnly? TargetShortlistDate { get; private set; }
    /// <summary>The search is confidential: never published on the job board under the client's name.</summary>
    public bool Confidential { get; private set; }
    /// <summary>The stored job description the client attached, if any.</summary>
    public Guid? JobDescriptionFileId { get; private set; }
    /// <summary>Requirements read from the attached job description, for the recruiter to confirm.</summary>
    public IReadOnlyList<Requirement> SuggestedRequirements { get; private set; } = [];
    /// <summary>Why the firm declined the request.</summary>
    public string? DeclineReason { get; private set; }
    /// <summary>Who sent a public request (null for a request from a signed-in hiring manager).</summary>
    public Requester? Requester { get; private set; }
    /// <summary>SHA-256 (hex) of the one-time e-mail verification token; cleared once used.</summary>
    public string? VerificationTokenHash { get; private set; }
    /// <summary>When the verification token stops working.</summary>
    public DateTimeOffset? VerificationExpiresAt { get; private set; }
    /// <summary>When the request was verified (at once for a signed-in hiring manager); only verified requests reach the recruiters.</summary>
    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>True once the request reached the recruiters' queue.</summary>
    public bool IsVerified => VerifiedAt is not null;

    /// <summary>
    /// Sets what the client specified beyond the basics and checks the dates of a new submission: no target date in the past,
    /// the hire not before the shortlist. Codes are taxonomy codes the caller has resolved; a code cannot be both a must and a nice.
    /// </summary>
    public void Specify(string? roleFamily, IReadOnlyList<string> mustHaveCodes, IReadOnlyList<string> niceToHaveCodes, double? minimumYears,
        DateOnly? targetShortlistDate, bool confidential, DateTimeOffset now)
    {
        var musts = Codes(mustHaveCodes, "mustHaveCodes");
        var nices = Codes(niceToHaveCodes, "niceToHaveCodes").Where(c => !musts.Contains(c)).ToList();
        if (minimumYears is { } years && (years is < 0 or > 60 || !double.IsFinite(years)))
            throw new DomainRuleException("minimumYears must be between 0 and 60.", "minimumYears");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (StartDate is { } start && start < today) throw new DomainRuleException("The start date is in the past.", "startDate");
        if (targetShortlistDate is { } shortlist && shortlist < today) throw new DomainRuleException("The shortlist date is in the past.", "targetShortlistDate");
        if (TargetFillDate is { } fill && fill < today) throw new DomainRuleException("The hire date is in the past.", "targetFillDate");
        if (targetShortlistDate is { } s && TargetFillDate is { } f && f < s)
            throw new DomainRuleException("The hire date cannot be before the shortlist date.", "targetFillDate");
        RoleFamily = roleFamily is null ? null : TaxonomyEntryCode(roleFamily, "roleFamily");
        MustHaveCodes = musts;
        NiceToHaveCodes = nices;
        MinimumYears = minimumYears;
        TargetShortlistDate = targetShortlistDate;
        Confidential = confidential;
        Touch(now);
    }

    /// <summary>Records the attached job description and the requirements read from it.</summary>
    public void AttachJobDescription(Guid fileId, IEnumerable<Requirement> suggestions, DateTimeOffset now)
    {
        var list = suggestions.DistinctBy(r => r.TaxonomyCode).ToList();
        if (list.Count > Position.MaxRequirements) list = list[..Position.MaxRequirements];
        foreach (var r in list)
            if (!Enum.IsDefined(r.Importance)) throw new DomainRuleException("Unknown importance.", "importance");
        JobDescriptionFileId = fileId;
        SuggestedRequirements = list;
        Touch(now);
    }

    /// <summary>Marks a public request as sent by <paramref name="requester"/> and waiting for its e-mail to be verified with a token whose hash is given.</summary>
    public void AwaitVerification(Requester requester, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        if (IsVerified) throw new DomainRuleException("The request is already verified.");
        if (string.IsNullOrWhiteSpace(tokenHash) || tokenHash.Length != 64) throw new DomainRuleException("The token hash must be a SHA-256 in hex.", "tokenHash");
        if (expiresAt <= now) throw new DomainRuleException("The verification must expire in the future.", "expiresAt");
        Requester = requester.Validated();
        VerificationTokenHash = tokenHash.ToUpperInvariant();
        VerificationExpiresAt = expiresAt;
        Touch(now);
    }

    /// <summary>Verifies a public request with the hash of the token from the e-mail; the token works once and only before it expires.</summary>
    public void Verify(string tokenHash, DateTimeOffset now)
    {
        if (IsVerified || VerificationTokenHash is null) throw new DomainRuleException("This link was used already.");
        if (!string.Equals(VerificationTokenHash, tokenHash, StringComparison.OrdinalIgnoreCase)) throw new DomainRuleException("This link is not valid.");
        if (VerificationExpiresAt is not { } expires || expires <= now) throw new DomainRuleException("This link has expired.");
        VerifiedAt = now;
        VerificationTokenHash = null;
        Touch(now);
    }

    /// <summary>A request from a signed-in hiring manager needs no e-mail verification.</summary>
    public void MarkVerified(DateTimeOffset now)
    {
        if (Requester is not null) throw new DomainRuleException("A public request is verified by its e-mail link.");
        VerifiedAt ??= now;
        Touch(now);
    }

    /// <summary>A recruiter starts qualifying the request.</summary>
    public void StartReview(DateTimeOffset now)
    {
        RequireVerified();
        if (Status != SearchRequestStatus.Submitted) throw new DomainRuleException($"A request that is {Status} cannot be taken into review.");
        Status = SearchRequestStatus.InReview;
        Touch(now);
    }

    /// <summary>Records that the request became <paramref name="positionId"/>.</summary>
    public void Qualify(Guid positionId, DateTimeOffset now) => Qualify(positionId, OrganizationId
        ?? throw new DomainRuleException("A public request needs an organization to be qualified.", "organizationId"), now);

    /// <summary>Records that the request became <paramref name="positionId"/> of <paramref name="organizationId"/> (a public request gets its organization here).</summary>
    public void Qualify(Guid positionId, Guid organizationId, DateTimeOffset now)
    {
        RequireVerified();
        if (Status is SearchRequestStatus.Qualified or SearchRequestStatus.Declined)
            throw new DomainRuleException($"A request that is {Status} cannot be qualified.");
        if (OrganizationId is { } org && org != organizationId)
            throw new DomainRuleException("A request cannot move to another organization.", "organizationId");
        Status = SearchRequestStatus.Qualified;
        OrganizationId = organizationId;
        PositionId = positionId;
        Touch(now);
    }

    /// <summary>The firm declines the request.</summary>
    public void Decline(DateTimeOffset now) => Decline(null, now);

    /// <summary>The firm declines the request, telling the client why.</summary>
    public void Decline(string? reason, DateTimeOffset now)
    {
        RequireVerified();
        if (Status == SearchRequestStatus.Qualified) throw new DomainRuleException("A qualified request cannot be declined; close its position instead.");
        if (Status == SearchRequestStatus.Declined) throw new DomainRuleException("The request is already declined.");
        Status = SearchRequestStatus.Declined;
        DeclineReason = Guard.OptionalText(reason, "reason", 2_000);
        Touch(now);
    }

    private void RequireVerified()
    {
        if (!IsVerified) throw new DomainRuleException("The request's e-mail address has not been verified yet.");
    }

    private static List<string> TextList(IReadOnlyList<string> items, string field)
        => items.Count > MaxListEntries ? throw new DomainRuleException($"{field}: at most {MaxListEntries} entries.", field)
        : items.Select(m => Guard.Text(m, field)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<string> Codes(IReadOnlyList<string> codes, string field)
        => codes.Count > MaxListEntries ? throw new DomainRuleException($"{field}: at most {MaxListEntries} entries.", field)
        : codes.Select(c => TaxonomyEntryCode(c, field)).Distinct(StringComparer.Ordinal).ToList();

    private static string TaxonomyEntryCode(string code, string field)
    {
        try { return Taxonomy.TaxonomyEntry.NormalizeCode(code); }
        catch (DomainRuleException e) { throw new DomainRuleException(e.Message, field); }
    }
}
