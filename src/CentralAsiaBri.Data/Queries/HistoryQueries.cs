using System.Text.Json;
using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>One change to a row, ready to show: the fields before and after (empty when added or removed).</summary>
public sealed record RevisionView(int Id, string File, string RowId, RevisionKind Kind, DateTime ChangedAtUtc, string ChangedBy, int? ImportId,
    IReadOnlyDictionary<string, string> Old, IReadOnlyDictionary<string, string> New, string? Sources, string? Reason)
{
    /// <summary>The columns whose value differs (all columns of an added or removed row).</summary>
    public IEnumerable<string> ChangedColumns => Old.Keys.Union(New.Keys).Where(c => Old.GetValueOrDefault(c) != New.GetValueOrDefault(c));
}

/// <summary>When a row last changed, and by whom.</summary>
public sealed record LastChange(DateTime ChangedAtUtc, string ChangedBy, RevisionKind Kind);

/// <summary>The record history: every revision of a row, newest first.</summary>
public sealed class HistoryQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache)
{
    public async Task<IReadOnlyList<RevisionView>> GetHistoryAsync(IReadOnlyCollection<string> files, string rowId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await db.Revisions.Where(r => files.Contains(r.File) && r.RowId == rowId)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return [.. revisions.Select(View)];
    }

    public async Task<LastChange?> GetLastChangeAsync(IReadOnlyCollection<string> files, string rowId, CancellationToken cancellationToken = default)
    {
        // Through the kept last changes: every page of a row shows when it last changed (issue 17).
        return (await GetLastChangesAsync(files, [rowId], cancellationToken)).GetValueOrDefault(rowId);
    }

    /// <summary>When each of many rows last changed (an indicator's observations), in one query.</summary>
    public async Task<IReadOnlyDictionary<string, LastChange>> GetLastChangesAsync(IReadOnlyCollection<string> files, IReadOnlyCollection<string> rowIds,
        CancellationToken cancellationToken = default)
    {
        // Kept per data load and set of files (bounded; revisions are written only by loads): a page of figures asked
        // again in another view finds its rows' last changes without a query (issue 17). A row without revisions is kept
        // as such too.
        var kept = await cache.RowsAsync<(string RowId, LastChange? Change)>("last-changes:" + string.Join(',', files.Order(StringComparer.Ordinal)), 20_000);
        var rows = await kept.GetOrReadAsync([.. rowIds.Distinct(StringComparer.Ordinal)], r => r.RowId, async missing =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            // The files as constants (a few fixed names per kind of row): as a parameter list SQLite could not use the
            // (File, RowId) index and read every revision.
            var revisions = await db.Revisions.Where(r => EF.Constant(files).Contains(r.File) && missing.Contains(r.RowId))
                .Select(r => new { r.Id, r.RowId, r.ChangedAtUtc, r.ChangedBy, r.Kind }).ToListAsync(cancellationToken);
            var last = revisions.GroupBy(r => r.RowId).ToDictionary(g => g.Key, g =>
            {
                var latest = g.MaxBy(r => r.Id)!;
                return new LastChange(latest.ChangedAtUtc, latest.ChangedBy, latest.Kind);
            }, StringComparer.Ordinal);
            return missing.Select(id => (id, last.GetValueOrDefault(id)));
        });
        return rows.Where(r => r.Change is not null).ToDictionary(r => r.RowId, r => r.Change!, StringComparer.Ordinal);
    }

    /// <summary>Every revision after <paramref name="afterRevisionId"/>, oldest first (a release's changelog).</summary>
    public async Task<IReadOnlyList<RevisionView>> GetSinceAsync(int afterRevisionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await db.Revisions.Where(r => r.Id > afterRevisionId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. revisions.Select(View)];
    }

    private static RevisionView View(Revision r) => new(r.Id, r.File, r.RowId, r.Kind, r.ChangedAtUtc, r.ChangedBy, r.ImportRecordId,
        Fields(r.OldValues), Fields(r.NewValues), r.Sources, r.Reason);

    private static Dictionary<string, string> Fields(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
