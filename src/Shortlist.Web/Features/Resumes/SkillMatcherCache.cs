using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Skills;

namespace Shortlist.Web.Features.Resumes;

/// <summary>
/// The skill matcher over the taxonomy as administrators keep it in the database, rebuilt only when the taxonomy
/// changed (its row count or the sum of its versions moved), on every node.
/// </summary>
public sealed class SkillMatcherCache
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (int Count, long Versions) _key = (-1, -1);
    private SkillMatcher? _matcher;

    public async Task<SkillMatcher> GetAsync(ShortlistDbContext db, CancellationToken ct)
    {
        var key = (await db.TaxonomyEntries.CountAsync(ct), await db.TaxonomyEntries.SumAsync(t => t.Version, ct));
        if (_matcher is not null && key == _key) return _matcher;
        await _lock.WaitAsync(ct);
        try
        {
            if (_matcher is null || key != _key)
            {
                var entries = await db.TaxonomyEntries.AsNoTracking().ToListAsync(ct);
                _matcher = new SkillMatcher(entries.Select(TaxonomyTerm.From));
                _key = key;
            }
            return _matcher;
        }
        finally { _lock.Release(); }
    }
}
