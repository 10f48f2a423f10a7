using Microsoft.EntityFrameworkCore;

namespace Shortlist.Web.Features.Shared;

/// <summary>One page of a list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public const int MaxPageSize = 200;

    public static async Task<Page<T>> ReadAsync(IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Bounds(page, pageSize);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<T>(items, total, number, size);
    }

    /// <summary>One page of a list already in memory.</summary>
    public static Page<T> Of(IReadOnlyList<T> all, int? page, int? pageSize)
    {
        var (number, size) = Bounds(page, pageSize);
        return new Page<T>(all.Skip((number - 1) * size).Take(size).ToList(), all.Count, number, size);
    }

    private static (int Number, int Size) Bounds(int? page, int? pageSize) => (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));
}
