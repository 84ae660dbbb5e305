using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>One page of a collection: its number (from 1) and size.</summary>
public readonly record struct Paging(int Number, int Size)
{
    public int Skip => (Math.Max(Number, 1) - 1) * Size;
}

/// <summary>The rows of one page and how many rows the whole collection has.</summary>
public sealed record PageOf<T>(int Total, IReadOnlyList<T> Items);

internal static class PagingExtensions
{
    /// <summary>
    /// The count and one page of an ordered query, both in SQL (COUNT, then LIMIT/OFFSET); every row without
    /// <paramref name="paging"/>.
    /// </summary>
    public static async Task<(int Total, List<T> Items)> PageAsync<T>(this IQueryable<T> ordered, Paging? paging, CancellationToken cancellationToken)
    {
        if (paging is not { } page)
        {
            var all = await ordered.ToListAsync(cancellationToken);
            return (all.Count, all);
        }
        var total = await ordered.CountAsync(cancellationToken);
        return (total, await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken));
    }
}
