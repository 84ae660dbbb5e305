using CentralAsiaBri.Data.Faults;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CentralAsiaBri.Data.Import;

/// <summary>An uploaded file: the name it was sent under and its bytes.</summary>
public sealed record ImportFile(string Name, byte[] Content);

/// <summary>What an applied import changed in one file; rows are matched by their <c>id</c> column where the file has one.</summary>
public sealed record FileChange(string Name, int RowsBefore, int RowsAfter, int Added, int Changed, int Removed);

/// <summary>The outcome of an import: applied with its changes, or rejected with every problem found.</summary>
/// <remarks><see cref="Conflict"/>: rejected because a file it replaces was changed by another import since the maintainer's form showed it.</remarks>
/// <remarks><see cref="Recognised"/>: files sent under a portal's own name and imported as the upstream trade file their header is (ADR-024).</remarks>
public sealed record ImportReport(int RecordId, ImportOutcome Outcome, IReadOnlyList<DataError> Errors, IReadOnlyList<FileChange> Changes, bool Conflict = false)
{
    public bool Applied => Outcome == ImportOutcome.Applied;

    public IReadOnlyList<RecognisedFile> Recognised { get; init; } = [];

    public string ToText() => string.Concat(Recognised.Select(r => r + "." + Environment.NewLine)) + (Applied
        ? "Applied. " + string.Join("; ", Changes.Select(c => $"{c.Name}: {c.RowsBefore} -> {c.RowsAfter} rows ({c.Added} added, {c.Changed} changed, {c.Removed} removed)"))
        : $"Rejected with {Errors.Count} problem(s); nothing was changed:" + Environment.NewLine + string.Join(Environment.NewLine, Errors.Select(e => "  " + e)));
}

/// <summary>
/// Imports data files uploaded by a maintainer. Each uploaded file replaces the store's current file of the
/// same name (the schemas are those of data/, documented in data/README.md); the resulting set of files is
/// read and validated in full exactly as a seed is, and the store's content is replaced in one transaction,
/// together with an audit record, or nothing is written but the record of the refused attempt.
/// </summary>
public sealed partial class DataImporter(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DatabaseSeeder seeder, TimeProvider time,
    ILogger<DataImporter> logger) : IDisposable
{
    // One import at a time in this process: each validates against the files the previous one left.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <exception cref="StoreUnavailableException">
    /// The store could not be read or written (server gone, disk full, lock held, files changing under every
    /// attempt): nothing was changed, and the attempt is recorded if the store could still take the record.
    /// </exception>
    /// <param name="files">The uploaded files.</param>
    /// <param name="importedBy">Who imports (a maintainer's name, or cli:USER).</param>
    /// <param name="channel">"web" or "cli".</param>
    /// <param name="basedOn">
    /// Optional, by file name: the SHA-256 of the version the maintainer started from (the admin form carries
    /// the current ones). An uploaded file whose current version differs was changed by another import
    /// meanwhile: the import is rejected as a conflict instead of silently undoing that change.
    /// </param>
    /// <param name="cancellationToken">Stops the import before its write; nothing is changed then.</param>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, string importedBy, string channel,
        IReadOnlyDictionary<string, string>? basedOn = null, CancellationToken cancellationToken = default)
    {
        // A portal's download keeps its own name; its header says which upstream trade file it is (ADR-024).
        (files, var recognised) = UpstreamFormats.Recognise(files);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // The attempt is on record before anything is checked: should the process die before the import's own
            // transaction commits, the record stays Pending and the next start marks it Unfinished (nothing written).
            var record = new ImportRecord
            {
                ImportedAtUtc = time.GetUtcNow().UtcDateTime,
                ImportedBy = importedBy,
                Channel = channel,
                Outcome = ImportOutcome.Pending,
                Report = "In progress.",
                Files = [.. files.Select(f => new ImportedFile { Name = Truncate(new string([.. f.Name.Where(c => !char.IsControl(c))]), 100), Content = f.Content, Sha256 = DataFiles.Sha256(f.Content) })],
            };
            await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            {
                db.ImportRecords.Add(record);
                await db.SaveChangesAsync(cancellationToken);
            }

            try
            {
                // Another instance may import between this one's validation and its write: the write then finds
                // the current files changed (checked under the store lock) and the import is validated again.
                for (var attempt = 1; ; attempt++)
                {
                    if (await ImportLockedAsync(files, basedOn, record, recognised, cancellationToken) is { } report)
                    {
                        return report;
                    }
                    if (attempt == 3)
                    {
                        throw new StoreUnavailableException(StoreFault.Busy, "The store's files kept changing during the import (other imports); nothing was changed.");
                    }
                }
            }
            catch (Exception ex) when (StoreFaults.Classify(ex) is { } fault && ex is not OperationCanceledException)
            {
                await TryRecordUnavailableAsync(record, fault);
                throw ex as StoreUnavailableException ?? new StoreUnavailableException(fault, $"The import was not applied: {StoreFaults.Describe(fault)}.", ex);
            }
        }
        catch (Exception ex) when (StoreFaults.Classify(ex) is { } fault && ex is not StoreUnavailableException and not OperationCanceledException)
        {
            // The store could not even take the record of the attempt.
            LogUnavailable(importedBy, channel, StoreFaults.Describe(fault), ex);
            throw new StoreUnavailableException(fault, $"The import was not applied: {StoreFaults.Describe(fault)}.", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Marks the imports left Pending by a process that stopped before their transaction ended: nothing of them
    /// was written. Called at start-up. (On several instances, an import still running elsewhere is marked too,
    /// and its own transaction sets its real outcome when it ends.)
    /// </summary>
    public async Task<int> MarkUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var marked = await db.ImportRecords.Where(r => r.Outcome == ImportOutcome.Pending).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Outcome, ImportOutcome.Unfinished)
            .SetProperty(r => r.Report, "Unfinished: the app stopped before this import ended; nothing of it was written."), cancellationToken);
        if (marked > 0)
        {
            LogMarkedUnfinished(marked);
        }
        return marked;
    }

    /// <summary>Best effort: the record of an attempt the store's fault stopped says why (the store may refuse this too).</summary>
    private async Task TryRecordUnavailableAsync(ImportRecord record, StoreFault fault)
    {
        LogUnavailable(record.ImportedBy, record.Channel, StoreFaults.Describe(fault), null);
        try
        {
            await WriteRejectionAsync(record.Id, 1, $"Rejected; nothing was changed: {StoreFaults.Describe(fault)}.", CancellationToken.None);
        }
        catch (Exception ex) when (StoreFaults.Classify(ex) is not null)
        {
            // Left Pending: the next start marks it Unfinished, which is as true.
        }
    }

    /// <summary>One attempt; null when the current files changed before the import could be written.</summary>
    private async Task<ImportReport?> ImportLockedAsync(IReadOnlyList<ImportFile> files, IReadOnlyDictionary<string, string>? basedOn, ImportRecord record,
        IReadOnlyList<RecognisedFile> recognised, CancellationToken cancellationToken)
    {
        var now = record.ImportedAtUtc;
        Dictionary<string, byte[]> current;
        SeedState? seedState;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            current = await db.DataFiles.AsNoTracking().ToDictionaryAsync(f => f.Name, f => f.Content, StringComparer.Ordinal, cancellationToken);
            seedState = await db.SeedStates.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        }

        // Checked on every attempt: a concurrent import that wrote the same file first makes this one a conflict.
        var conflicts = files.Where(f => basedOn?.TryGetValue(f.Name, out var expected) == true
                && !string.Equals(expected, current.TryGetValue(f.Name, out var now) ? DataFiles.Sha256(now) : "", StringComparison.OrdinalIgnoreCase))
            .Select(f => new DataError(f.Name, 0, "",
                "another import changed this file after your form was opened; download the current file, make your change to it again and import that"))
            .ToList();
        if (conflicts.Count > 0)
        {
            return await RecordRejectedAsync(record, conflicts, recognised, cancellationToken) with { Conflict = true };
        }

        var errors = CheckFiles(files);
        if (seedState is null)
        {
            errors.Add(new DataError("", 0, "", "the store has not been seeded yet; start the app once so it loads data/"));
        }
        DataSet? dataSet = null;
        if (errors.Count == 0)
        {
            var proposed = new Dictionary<string, byte[]>(current, StringComparer.Ordinal);
            foreach (var file in files)
            {
                proposed[file.Name] = file.Content;
            }
            try
            {
                dataSet = CsvDataSetReader.Read(new MemoryFileSource(proposed, "the store's current files"));
            }
            catch (DataValidationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (dataSet is null || errors.Count > 0)
        {
            return await RecordRejectedAsync(record, errors, recognised, cancellationToken);
        }

        var changes = files.Select(f => FileChanges.Compare(f.Name, current.GetValueOrDefault(f.Name), f.Content)).ToList();
        foreach (var (file, change) in record.Files.Zip(changes))
        {
            file.RowsAdded = change.Added;
            file.RowsChanged = change.Changed;
            file.RowsRemoved = change.Removed;
        }
        var applied = new ImportReport(0, ImportOutcome.Applied, [], changes) { Recognised = recognised };
        record.Outcome = ImportOutcome.Applied;
        record.Report = applied.ToText();

        var validatedAgainst = current.ToDictionary(f => f.Key, f => DataFiles.Sha256(f.Value), StringComparer.Ordinal);
        bool written;
        try
        {
            written = await seeder.ReplaceAsync(dataSet, new SeedState { ContentHash = seedState!.ContentHash, SeededAtUtc = seedState.SeededAtUtc, RowCount = dataSet.RowCount },
            files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal), record.ImportedBy, now, record,
            proceedIf: async (db, ct) =>
            {
                var stored = await db.DataFiles.AsNoTracking().ToDictionaryAsync(f => f.Name, f => f.Sha256, StringComparer.Ordinal, ct);
                return stored.Count == validatedAgainst.Count && stored.All(f => validatedAgainst.GetValueOrDefault(f.Key) == f.Value);
            },
            cancellationToken);
        }
        catch (DbUpdateException ex) when (StoreFaults.Classify(ex) is null)
        {
            // The store refused a value the files allow (on PostgreSQL, a text longer than its column): the
            // transaction rolled back; the attempt is recorded as rejected, like any other bad input.
            foreach (var file in record.Files)
            {
                (file.RowsAdded, file.RowsChanged, file.RowsRemoved) = (0, 0, 0);
            }
            return await RecordRejectedAsync(record, [new DataError(files[0].Name, 0, "", $"the store refused the data: {(ex.InnerException ?? ex).Message}")],
                recognised, cancellationToken);
        }
        if (!written)
        {
            return null;
        }
        LogApplied(record.ImportedBy, record.Channel, record.Report, record.Id);
        return applied with { RecordId = record.Id };
    }

    /// <summary>Writes the audit record of a refused import (nothing else changes) and returns its report.</summary>
    private async Task<ImportReport> RecordRejectedAsync(ImportRecord record, List<DataError> errors, IReadOnlyList<RecognisedFile> recognised,
        CancellationToken cancellationToken)
    {
        var rejected = new ImportReport(0, ImportOutcome.Rejected, errors, []) { Recognised = recognised };
        record.Outcome = ImportOutcome.Rejected;
        record.ErrorCount = errors.Count;
        record.Report = rejected.ToText();
        await WriteRejectionAsync(record.Id, record.ErrorCount, record.Report, cancellationToken);
        LogRejected(record.ImportedBy, record.Channel, string.Join(", ", record.Files.Select(f => f.Name)), errors.Count, record.Id);
        return rejected with { RecordId = record.Id };
    }

    /// <summary>Turns the Pending record of an attempt into a rejection with its report (nothing else is written).</summary>
    private async Task WriteRejectionAsync(int recordId, int errorCount, string report, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.ImportRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Outcome, ImportOutcome.Rejected)
            .SetProperty(r => r.ErrorCount, errorCount)
            .SetProperty(r => r.Report, report), cancellationToken);
    }

    /// <summary>Only the known data files, each once, as UTF-8 text: anything else is refused before it is parsed.</summary>
    private static List<DataError> CheckFiles(IReadOnlyList<ImportFile> files)
    {
        var errors = new List<DataError>();
        if (files.Count == 0)
        {
            errors.Add(new DataError("", 0, "", "no file was sent"));
        }
        foreach (var file in files)
        {
            if (file.Name.Any(char.IsControl))
            {
                errors.Add(new DataError("(unnamed)", 0, "", "the file name contains control characters"));
            }
            else if (!DataFileRegistry.Names.Contains(file.Name, StringComparer.Ordinal))
            {
                errors.Add(new DataError(file.Name, 0, "", file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    ? $"not one of the data files ({string.Join(", ", DataFileRegistry.Names)})"
                    : "only CSV data files can be imported"));
            }
            else if (file.Content.AsSpan().Contains((byte)0))
            {
                errors.Add(new DataError(file.Name, 0, "", "the file is binary, not CSV text"));
            }
        }
        foreach (var duplicate in files.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new DataError(duplicate.Key, 0, "", "the file was sent more than once"));
        }
        return errors;
    }

    public void Dispose() => _gate.Dispose();

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} by {ImportedBy} via {Channel} applied: {Changes}")]
    private partial void LogApplied(string importedBy, string channel, string changes, int importId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import by {ImportedBy} via {Channel} not applied: {Reason}")]
    private partial void LogUnavailable(string importedBy, string channel, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} import(s) were left unfinished by a process that stopped; marked Unfinished (nothing of them was written)")]
    private partial void LogMarkedUnfinished(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} by {ImportedBy} via {Channel} of {Files} rejected with {ErrorCount} problem(s); the store is unchanged")]
    private partial void LogRejected(string importedBy, string channel, string files, int errorCount, int importId);
}

/// <summary>Counts rows added, changed and removed between two versions of a (valid) data file.</summary>
internal static class FileChanges
{
    public static FileChange Compare(string name, byte[]? before, byte[] after)
    {
        var (changes, rowsBefore, rowsAfter) = RowDiff.Compare(name, before, after);
        return new FileChange(name, rowsBefore, rowsAfter, changes.Count(c => c.Kind == RevisionKind.Added),
            changes.Count(c => c.Kind == RevisionKind.Changed), changes.Count(c => c.Kind == RevisionKind.Removed));
    }
}
