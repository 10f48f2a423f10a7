using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Taxonomy;

namespace Shortlist.Web.Features.Taxonomy;

/// <summary>
/// Loads the curated taxonomy shipped with the product into the database: entries and playbooks whose code is not
/// there yet are added; what administrators edited is left alone. Runs at every start; cheap when nothing is new.
/// </summary>
public sealed class TaxonomyLoader(ShortlistDbContext db, TimeProvider clock, ILogger<TaxonomyLoader> logger)
{
    public async Task<int> LoadAsync(TaxonomyCatalog catalog, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var codes = (await db.TaxonomyEntries.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = catalog.Terms.Where(t => !codes.Contains(t.Code))
            .Select(t => new TaxonomyEntry(t.Code, t.Name, t.Category, t.Aliases, t.ParentCode, now)).ToList();
        var industries = (await db.IndustryPlaybooks.AsNoTracking().Select(p => p.IndustryCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var playbooks = catalog.Playbooks.Where(p => !industries.Contains(p.Industry)).Select(p => new IndustryPlaybook(p.Industry, p.Items, now)).ToList();
        if (missing.Count == 0 && playbooks.Count == 0) return 0;
        db.TaxonomyEntries.AddRange(missing);
        db.IndustryPlaybooks.AddRange(playbooks);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Taxonomy version {Version}: {Entries} entries and {Playbooks} playbooks added", catalog.Version, missing.Count, playbooks.Count);
        return missing.Count;
    }
}
