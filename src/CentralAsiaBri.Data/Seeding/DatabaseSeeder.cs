using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>What a seeding run did.</summary>
public enum SeedOutcome
{
    /// <summary>The files match what the store was seeded from; nothing was read.</summary>
    Unchanged,
    /// <summary>The store's content was replaced by the files' content.</summary>
    Seeded,
}

/// <summary>
/// Loads the data files into the store when it is empty or when the files changed since the last load.
/// The files are validated in full before anything is written, and the replacement runs in one
/// transaction: a rejected file leaves the previous content in place.
/// </summary>
public sealed partial class DatabaseSeeder(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, ILogger<DatabaseSeeder> logger)
{
    /// <exception cref="DataValidationException">A file is missing or has a bad row; the store is unchanged.</exception>
    public async Task<SeedOutcome> SeedAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        var files = DataFiles.ReadAll(new DirectoryFileSource(dataDirectory));
        var hash = DataFiles.ComputeHash(files);
        DateTime? seededAt = null;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var current = await db.SeedStates.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (current?.ContentHash == hash && await db.DataFiles.AnyAsync(cancellationToken))
            {
                LogUnchanged(hash);
                return SeedOutcome.Unchanged;
            }
            seededAt = current?.SeededAtUtc;
        }

        var dataSet = CsvDataSetReader.Read(new MemoryFileSource(files, dataDirectory));
        var now = DateTime.UtcNow;
        // Another instance starting at the same moment may have loaded the same files meanwhile: checked
        // again under the store lock, so only one of them writes.
        bool replaced;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                replaced = await ReplaceAsync(dataSet, new SeedState { ContentHash = hash, SeededAtUtc = now, RowCount = dataSet.RowCount }, files, "seed", now,
                    importRecord: null, proceedIf: async (db, ct) =>
                        await db.SeedStates.AsNoTracking().Select(s => s.ContentHash).SingleOrDefaultAsync(ct) != hash || !await db.DataFiles.AnyAsync(ct),
                    cancellationToken);
                break;
            }
            catch (Exception ex) when (attempt < 4 && Faults.StoreFaults.Classify(ex) == Faults.StoreFault.Busy)
            {
                // Another process holds the store's write lock past SQLite's wait (30 s): most likely it is loading these
                // same files on a slow machine. Wait again; once it is done the check under the lock finds nothing to do.
                LogWaitingForLock(attempt);
            }
        }
        if (!replaced)
        {
            LogUnchanged(hash);
            return SeedOutcome.Unchanged;
        }
        LogSeeded(dataSet.RowCount, dataDirectory, hash);
        if (seededAt is { } previous)
        {
            await WarnAboutSupersededImportsAsync(previous, cancellationToken);
        }
        return SeedOutcome.Seeded;
    }

    /// <summary>
    /// Replaces the whole content of the store with <paramref name="dataSet"/>, atomically, together with the
    /// current files it was read from (<paramref name="changedFiles"/> replace theirs; the others stay) and
    /// an import's audit record. Every row that changed is kept as a <see cref="Revision"/> (who, when, before and after).
    /// The transaction first takes the store's write lock, so loads by several instances run one after the
    /// other; <paramref name="proceedIf"/>, checked under that lock, can call the load off (returns false).
    /// </summary>
    public async Task<bool> ReplaceAsync(DataSet dataSet, SeedState seedState, IReadOnlyDictionary<string, byte[]> changedFiles, string changedBy,
        DateTime changedAtUtc, ImportRecord? importRecord, Func<CentralAsiaBriDbContext, CancellationToken, Task<bool>>? proceedIf = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockStoreAsync(db, cancellationToken);
            if (proceedIf is not null && !await proceedIf(db, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
            var previous = await db.DataFiles.AsNoTracking().Where(f => changedFiles.Keys.Contains(f.Name))
                .ToDictionaryAsync(f => f.Name, f => f.Content, StringComparer.Ordinal, cancellationToken);
            await DeleteAllAsync(db, cancellationToken);
            await db.DataFiles.Where(f => changedFiles.Keys.Contains(f.Name)).ExecuteDeleteAsync(cancellationToken);
            if (importRecord is { Id: 0 })
            {
                db.ImportRecords.Add(importRecord);
            }
            else if (importRecord is not null)
            {
                // The importer recorded the attempt as Pending before checking it: its outcome and row counts are
                // written here, in the same transaction as the content, so a record says Applied only if the data is.
                var record = db.ImportRecords.Attach(importRecord);
                record.Property(r => r.Outcome).IsModified = true;
                record.Property(r => r.Report).IsModified = true;
                record.Property(r => r.ErrorCount).IsModified = true;
                foreach (var file in importRecord.Files)
                {
                    var entry = db.Entry(file);
                    entry.Property(f => f.RowsAdded).IsModified = true;
                    entry.Property(f => f.RowsChanged).IsModified = true;
                    entry.Property(f => f.RowsRemoved).IsModified = true;
                }
            }
            db.SeedStates.Add(seedState);
            db.DataFiles.AddRange(changedFiles.Select(f => new DataFile
            {
                Name = f.Key, Content = f.Value, Sha256 = DataFiles.Sha256(f.Value), UpdatedAtUtc = changedAtUtc, UpdatedBy = changedBy,
            }));
            // The few tracked rows first: the revisions below refer to the import record by the key this gives it.
            await db.SaveChangesAsync(cancellationToken);

            // The content and its revisions go in without the change tracker (ADR-027): at 100× the data, attaching the
            // rows' graphs and detecting their changes was 70 % of a load. Read order is a valid insert order: every file
            // comes after the files it references.
            var writer = new BulkWriter(db);
            foreach (var entityType in DataFileRegistry.EntityTypes)
            {
                await writer.WriteAsync(entityType, dataSet.RowsOf(entityType), cancellationToken);
            }
            await writer.WriteJoinRowsAsync(cancellationToken);
            var revisions = changedFiles.SelectMany(file => RowDiff.Compare(file.Key, previous.GetValueOrDefault(file.Key), file.Value).Changes
                .Select(change => (object)new Revision
                {
                    File = file.Key,
                    RowId = change.Key,
                    Kind = change.Kind,
                    ChangedAtUtc = changedAtUtc,
                    ChangedBy = changedBy,
                    ImportRecordId = importRecord?.Id,
                    OldValues = change.Old is null ? null : System.Text.Json.JsonSerializer.Serialize(change.Old),
                    NewValues = change.New is null ? null : System.Text.Json.JsonSerializer.Serialize(change.New),
                    Sources = (change.New ?? change.Old)!.GetValueOrDefault("sources"),
                    Reason = change.Kind != RevisionKind.Removed ? null
                        : importRecord is null ? "not in the data files of a new release of data/" : $"left out of the file imported by {changedBy}",
                })).ToList();
            await writer.WriteAsync(typeof(Revision), revisions, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    /// <summary>
    /// The store-wide write lock, held until the transaction ends: a PostgreSQL advisory lock, or SQLite's
    /// own write lock (taken by a write that changes nothing; a second writer waits for it).
    /// </summary>
    private static Task<int> LockStoreAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7306231)", cancellationToken)
            : db.Database.ExecuteSqlRawAsync("DELETE FROM \"SeedStates\" WHERE 0 = 1", cancellationToken);

    /// <summary>A new release of data/ replaces files that maintainers imported since the last seed; say so loudly.</summary>
    private async Task WarnAboutSupersededImportsAsync(DateTime previousSeedUtc, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var superseded = await db.ImportRecords.AsNoTracking()
            .Where(i => i.Outcome == ImportOutcome.Applied && i.ImportedAtUtc > previousSeedUtc)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        if (superseded.Count > 0)
        {
            LogImportsSuperseded(superseded.Count, string.Join(", ", superseded));
        }
    }

    /// <summary>
    /// Empties every content table in <see cref="DataFileRegistry.DeleteOrder"/> (a row before the rows it
    /// references); join and citation tables go with their owners (cascade).
    /// </summary>
    private static async Task DeleteAllAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken)
    {
        foreach (var file in DataFileRegistry.DeleteOrder)
        {
            await file.DeleteAllAsync(db, cancellationToken);
        }
        await db.SeedStates.ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The new data files replaced {Count} import(s) made since the previous seed (import ids {Ids}); their files stay in the import log. Commit imported files to data/ to keep them across releases")]
    private partial void LogImportsSuperseded(int count, string ids);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process held the store's write lock for the whole wait (attempt {Attempt}); waiting again")]
    private partial void LogWaitingForLock(int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data files unchanged since the last load (hash {Hash}); store left as it is")]
    private partial void LogUnchanged(string hash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Rows} rows from {Directory} (hash {Hash})")]
    private partial void LogSeeded(int rows, string directory, string hash);
}
