using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Shared;

namespace Shortlist.Web.Features.Taxonomy;

public sealed record TaxonomyEntryRequest(string Name, TaxonomyCategory Category, IReadOnlyList<string>? Aliases = null, string? ParentCode = null, string? Code = null, long? Version = null);

public sealed record TaxonomyEntryResponse(string Code, string Name, TaxonomyCategory Category, IReadOnlyList<string> Aliases, string? ParentCode, long Version)
{
    public static readonly System.Linq.Expressions.Expression<Func<TaxonomyEntry, TaxonomyEntryResponse>> Projection =
        t => new TaxonomyEntryResponse(t.Code, t.Name, t.Category, t.Aliases, t.ParentCode, t.Version);

    public static readonly Func<TaxonomyEntry, TaxonomyEntryResponse> From = Projection.Compile();
}

public sealed record PlaybookRequest(IReadOnlyList<PlaybookItem> Items, long? Version = null);

public sealed record PlaybookResponse(string Industry, IReadOnlyList<PlaybookItem> Items, long Version);

/// <summary>The skills taxonomy and industry playbooks: every signed-in user reads them; administrators edit them.</summary>
public static class TaxonomyApi
{
    public static RouteGroupBuilder MapTaxonomy(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/taxonomy").WithTags("Taxonomy");
        group.MapGet("/", List);
        group.MapGet("/{code}", Get);
        group.MapPost("/", Create).RequireAuthorization(Policies.Administrator);
        group.MapPut("/{code}", Update).RequireAuthorization(Policies.Administrator);
        group.MapGet("/playbooks", Playbooks);
        group.MapPut("/playbooks/{industry}", UpdatePlaybook).RequireAuthorization(Policies.Administrator);
        return api;
    }

    private static async Task<Ok<Page<TaxonomyEntryResponse>>> List(ShortlistDbContext db, string? q, TaxonomyCategory? category, int? page, int? pageSize, CancellationToken ct)
    {
        // The taxonomy is about a thousand entries: searching names and aliases in memory is simpler than a JSON query per provider.
        var entries = await db.TaxonomyEntries.AsNoTracking().Where(t => category == null || t.Category == category).ToListAsync(ct);
        var matches = entries.Where(t => Matches(t, q)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(TaxonomyEntryResponse.From).ToList();
        return TypedResults.Ok(Page<TaxonomyEntryResponse>.Of(matches, page, pageSize));
    }

    internal static bool Matches(TaxonomyEntry entry, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return true;
        var term = q.Trim();
        return entry.Code.Contains(term, StringComparison.OrdinalIgnoreCase) || entry.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
            || entry.Aliases.Any(a => TaxonomyTerm.Surface(a).Contains(term, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<Results<Ok<TaxonomyEntryResponse>, NotFound>> Get(string code, ShortlistDbContext db, CancellationToken ct)
    {
        var normalized = code.Trim().ToLowerInvariant(); // codes are stored lower case
        return await db.TaxonomyEntries.AsNoTracking().Where(t => t.Code == normalized).Select(TaxonomyEntryResponse.Projection).FirstOrDefaultAsync(ct)
            is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();
    }

    private static async Task<Results<Created<TaxonomyEntryResponse>, ValidationProblem>> Create(TaxonomyEntryRequest request, ShortlistDbContext db, AuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Code)) return Validation.Required("code");
        var entry = new TaxonomyEntry(request.Code, request.Name, request.Category, request.Aliases ?? [], request.ParentCode, clock.GetUtcNow());
        if (await db.TaxonomyEntries.AnyAsync(t => t.Code == entry.Code, ct)) return Validation.Invalid("code", $"'{entry.Code}' exists already.");
        if (await CheckReferencesAsync(db, entry, ct) is { } problem) return problem;
        db.TaxonomyEntries.Add(entry);
        audit.Record("taxonomy.create", nameof(TaxonomyEntry), entry.Id, entry.Code);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/taxonomy/{entry.Code}", TaxonomyEntryResponse.From(entry));
    }

    private static async Task<Results<Ok<TaxonomyEntryResponse>, NotFound, ValidationProblem>> Update(string code, TaxonomyEntryRequest request, ShortlistDbContext db,
        AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Version is not { } version) return Validation.Required("version");
        var normalized = code.Trim().ToLowerInvariant(); // codes are stored lower case
        var entry = await db.TaxonomyEntries.FirstOrDefaultAsync(t => t.Code == normalized, ct);
        if (entry is null) return TypedResults.NotFound();
        db.ExpectVersion(entry, version);
        entry.Update(request.Name, request.Category, request.Aliases ?? [], request.ParentCode, clock.GetUtcNow());
        if (await CheckReferencesAsync(db, entry, ct) is { } problem) return problem;
        audit.Record("taxonomy.update", nameof(TaxonomyEntry), entry.Id, entry.Code);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TaxonomyEntryResponse.From(entry));
    }

    /// <summary>
    /// The parent must exist, and following parents from it must never come back to the entry; an alias read in context
    /// ("~Oracle|relational-databases|sql") must name a word and codes that exist.
    /// </summary>
    internal static async Task<ValidationProblem?> CheckReferencesAsync(ShortlistDbContext db, TaxonomyEntry entry, CancellationToken ct)
    {
        foreach (var alias in entry.Aliases.Where(TaxonomyTerm.IsContextual))
        {
            var contexts = TaxonomyTerm.Contexts(alias);
            if (TaxonomyTerm.Surface(alias).Length == 0 || contexts.Count == 0)
                return Validation.Invalid("aliases", $"The alias '{alias}' needs a name and, after a bar, the codes it is read beside: ~Oracle|sql.");
            foreach (var context in contexts)
                if (!await db.TaxonomyEntries.AnyAsync(t => t.Code == context, ct))
                    return Validation.Invalid("aliases", $"The alias '{alias}' names '{context}', and no entry has that code.");
        }

        var parent = entry.ParentCode;
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry.Code };
        while (parent is not null)
        {
            if (!seen.Add(parent)) return Validation.Invalid("parentCode", "The parent chain would loop back to this entry.");
            var next = await db.TaxonomyEntries.AsNoTracking().Where(t => t.Code == parent).Select(t => new { t.ParentCode }).FirstOrDefaultAsync(ct);
            if (next is null) return Validation.Invalid("parentCode", $"No entry has the code '{parent}'.");
            parent = next.ParentCode;
        }
        return null;
    }

    private static async Task<Ok<List<PlaybookResponse>>> Playbooks(ShortlistDbContext db, CancellationToken ct)
        => TypedResults.Ok(await db.IndustryPlaybooks.AsNoTracking().OrderBy(p => p.IndustryCode)
            .Select(p => new PlaybookResponse(p.IndustryCode, p.Items, p.Version)).ToListAsync(ct));

    private static async Task<Results<Ok<PlaybookResponse>, Created<PlaybookResponse>, ValidationProblem>> UpdatePlaybook(string industry, PlaybookRequest request,
        ShortlistDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Items.Any(i => i is null)) return Validation.Invalid("items", "An item may not be null.");
        var saved = await SavePlaybookAsync(db, audit, industry, request.Items, request.Version, clock.GetUtcNow(), ct);
        if (saved.Problem is { } problem) return problem;
        var playbook = saved.Playbook!;
        var response = new PlaybookResponse(playbook.IndustryCode, playbook.Items, playbook.Version);
        return saved.Created ? TypedResults.Created($"/api/v1/taxonomy/playbooks/{playbook.IndustryCode}", response) : TypedResults.Ok(response);
    }

    /// <summary>
    /// Creates or replaces the playbook of an industry of the taxonomy, for the API and the administrator's page alike: the
    /// industry and every item's code must be entries, a change needs the version read (a stale one is a concurrency
    /// conflict), and the change is audited. Domain rules (weights, years, a code twice) throw <see cref="Shortlist.Domain.Common.DomainRuleException"/>.
    /// </summary>
    internal static async Task<(IndustryPlaybook? Playbook, bool Created, ValidationProblem? Problem)> SavePlaybookAsync(ShortlistDbContext db, AuditLog audit,
        string industry, IReadOnlyList<PlaybookItem> items, long? version, DateTimeOffset now, CancellationToken ct)
    {
        var code = TaxonomyEntry.NormalizeCode(industry);
        if (!await db.TaxonomyEntries.AnyAsync(t => t.Code == code && t.Category == TaxonomyCategory.Industry, ct))
            return (null, false, Validation.Invalid("industry", $"'{code}' is not an industry of the taxonomy."));
        var codes = items.Select(i => i.TaxonomyCode.Trim().ToLowerInvariant()).Distinct().ToList();
        var known = await db.TaxonomyEntries.Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct);
        if (codes.Except(known).FirstOrDefault() is { } unknown) return (null, false, Validation.Invalid("items", $"No entry has the code '{unknown}'."));

        var playbook = await db.IndustryPlaybooks.FirstOrDefaultAsync(p => p.IndustryCode == code, ct);
        var created = playbook is null;
        if (playbook is null)
        {
            playbook = new IndustryPlaybook(code, items, now);
            db.IndustryPlaybooks.Add(playbook);
        }
        else
        {
            if (version is not { } expected) return (null, false, Validation.Required("version"));
            db.ExpectVersion(playbook, expected);
            playbook.SetItems(items, now);
        }
        audit.Record("playbook.update", nameof(IndustryPlaybook), playbook.Id, code);
        await db.SaveChangesAsync(ct);
        return (playbook, created, null);
    }
}
