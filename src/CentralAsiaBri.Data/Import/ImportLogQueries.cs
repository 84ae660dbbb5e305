using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Import;

public sealed record CurrentFileRow(string Name, long Bytes, string Sha256, DateTime UpdatedAtUtc, string UpdatedBy);

public sealed record ImportedFileRow(string Name, long Bytes, string Sha256, int RowsAdded, int RowsChanged, int RowsRemoved);

public sealed record ImportRow(int Id, DateTime ImportedAtUtc, string ImportedBy, string Channel, ImportOutcome Outcome, int ErrorCount, string Report,
    IReadOnlyList<ImportedFileRow> Files);

/// <summary>What the admin pages show: the store's current files and the import log.</summary>
public sealed class ImportLogQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
{
    public async Task<IReadOnlyList<CurrentFileRow>> GetCurrentFilesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var files = await db.DataFiles
            .Select(f => new CurrentFileRow(f.Name, f.Content.Length, f.Sha256, f.UpdatedAtUtc, f.UpdatedBy))
            .ToListAsync(cancellationToken);
        var order = Seeding.DataFileRegistry.Names;
        return [.. files.OrderBy(f => order.ToList().IndexOf(f.Name))];
    }

    public async Task<IReadOnlyList<ImportRow>> GetRecentImportsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Rows(db.ImportRecords.OrderByDescending(r => r.Id).Take(count)).ToListAsync(cancellationToken);
    }

    public async Task<ImportRow?> GetImportAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Rows(db.ImportRecords.Where(r => r.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>A current data file's bytes, or null.</summary>
    public async Task<byte[]?> GetCurrentFileAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DataFiles.Where(f => f.Name == name).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The bytes of a file as an import received it, or null.</summary>
    public async Task<byte[]?> GetImportedFileAsync(int importId, string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ImportRecords.Where(r => r.Id == importId).SelectMany(r => r.Files)
            .Where(f => f.Name == name).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<ImportRow> Rows(IQueryable<ImportRecord> records) => records.Select(r => new ImportRow(
        r.Id, r.ImportedAtUtc, r.ImportedBy, r.Channel, r.Outcome, r.ErrorCount, r.Report,
        r.Files.Select(f => new ImportedFileRow(f.Name, f.Content.Length, f.Sha256, f.RowsAdded, f.RowsChanged, f.RowsRemoved)).ToList()));
}
