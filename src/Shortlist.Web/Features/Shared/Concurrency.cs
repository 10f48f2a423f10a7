using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Features.Shared;

public static class Concurrency
{
    /// <summary>
    /// Tells EF Core which version the caller edited, so that saving fails with a concurrency error
    /// (409 Conflict) when someone else saved in between: the later of two edits never overwrites the earlier.
    /// </summary>
    public static void ExpectVersion<T>(this ShortlistDbContext db, T entity, long version) where T : Entity
        => db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
