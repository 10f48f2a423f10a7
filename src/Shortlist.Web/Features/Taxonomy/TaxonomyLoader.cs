using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Auditing;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Taxonomy;

namespace Shortlist.Web.Features.Taxonomy;

/// <summary>
/// Loads the curated taxonomy shipped with the product into the database at every start: entries and playbooks whose
/// code is not there yet are added, and those no person has created or changed follow the shipped definition when a new
/// version of the product changes it (a new alias, a moved parent), so upgrades bring the taxonomy's fixes. What an
/// administrator created or edited (any audit record of a person on it) is theirs and left alone. Cheap when nothing changed.
/// </summary>
public sealed class TaxonomyLoader(ShortlistDbContext db, TimeProvider clock, ILogger<TaxonomyLoader> logger)
{
    /// <summary>The audit action of an entry or playbook brought to the shipped definition.</summary>
    public const string UpgradeAction = "taxonomy.upgrade";

    /// <summary>Adds what is missing and upgrades what nobody edited; returns the number of entries added or changed.</summary>
    public async Task<int> LoadAsync(TaxonomyCatalog catalog, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stored = await db.TaxonomyEntries.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        var missing = catalog.Terms.Where(t => !stored.ContainsKey(t.Code))
            .Select(t => new TaxonomyEntry(t.Code, t.Name, t.Category, t.Aliases, t.ParentCode, now)).ToList();
        var playbooks = await db.IndustryPlaybooks.ToDictionaryAsync(p => p.IndustryCode, StringComparer.Ordinal, ct);
        var newPlaybooks = catalog.Playbooks.Where(p => !playbooks.ContainsKey(p.Industry)).Select(p => new IndustryPlaybook(p.Industry, p.Items, now)).ToList();

        // Whatever a person created or changed carries an audit record with their id; the loader's own records have none.
        var edited = (await db.AuditEntries.AsNoTracking()
                .Where(a => a.UserId != null && a.EntityId != null && (a.EntityType == nameof(TaxonomyEntry) || a.EntityType == nameof(IndustryPlaybook)))
                .Select(a => a.EntityId).Distinct().ToListAsync(ct))
            .OfType<Guid>().ToHashSet();
        var parents = stored.Values.ToDictionary(e => e.Code, e => e.ParentCode, StringComparer.Ordinal);
        foreach (var term in catalog.Terms) parents.TryAdd(term.Code, term.ParentCode);

        var upgraded = new List<(Guid Id, string Code, string Type)>();
        foreach (var term in catalog.Terms)
        {
            if (!stored.TryGetValue(term.Code, out var entry) || edited.Contains(entry.Id) || Same(entry, term)) continue;
            // An administrator's parents elsewhere could make the shipped parent a loop; such an entry keeps its own.
            if (Loops(term.Code, term.ParentCode, parents))
            {
                logger.LogWarning("Taxonomy entry {Code}: the shipped parent {Parent} would make a loop with edited entries; left as it is", term.Code, term.ParentCode);
                continue;
            }
            entry.Update(term.Name, term.Category, term.Aliases, term.ParentCode, now);
            parents[term.Code] = term.ParentCode;
            upgraded.Add((entry.Id, entry.Code, nameof(TaxonomyEntry)));
        }
        foreach (var shipped in catalog.Playbooks)
        {
            if (!playbooks.TryGetValue(shipped.Industry, out var playbook) || edited.Contains(playbook.Id) || playbook.Items.SequenceEqual(shipped.Items)) continue;
            playbook.SetItems(shipped.Items, now);
            upgraded.Add((playbook.Id, playbook.IndustryCode, nameof(IndustryPlaybook)));
        }

        if (missing.Count == 0 && newPlaybooks.Count == 0 && upgraded.Count == 0) return 0;
        db.TaxonomyEntries.AddRange(missing);
        db.IndustryPlaybooks.AddRange(newPlaybooks);
        foreach (var (id, code, type) in upgraded) db.AuditEntries.Add(new AuditEntry(now, null, null, UpgradeAction, type, id, code));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Taxonomy version {Version}: {Entries} entries and {Playbooks} playbooks added, {Upgraded} brought to the shipped definition",
            catalog.Version, missing.Count, newPlaybooks.Count, upgraded.Count);
        return missing.Count + upgraded.Count(u => u.Type == nameof(TaxonomyEntry));
    }

    private static bool Same(TaxonomyEntry entry, TaxonomyTerm term)
        => entry.Name == term.Name && entry.Category == term.Category && entry.ParentCode == term.ParentCode
            && entry.Aliases.SequenceEqual(term.Aliases.Distinct(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    /// <summary>Whether giving <paramref name="code"/> the parent <paramref name="parent"/> would lead back to it.</summary>
    private static bool Loops(string code, string? parent, Dictionary<string, string?> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        for (var next = parent; next is not null; next = parents.GetValueOrDefault(next))
            if (!seen.Add(next)) return true;
        return false;
    }
}
