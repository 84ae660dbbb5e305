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
        var hash = DataFiles.ComputeHash(dataDirectory);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var current = await db.SeedStates.AsNoTracking().Select(s => s.ContentHash).SingleOrDefaultAsync(cancellationToken);
            if (current == hash)
            {
                LogUnchanged(hash);
                return SeedOutcome.Unchanged;
            }
        }

        var dataSet = CsvDataSetReader.Read(dataDirectory);
        await ReplaceAsync(dataSet, hash, cancellationToken);
        LogSeeded(dataSet.RowCount, dataDirectory, hash);
        return SeedOutcome.Seeded;
    }

    /// <summary>Replaces the whole content of the store with <paramref name="dataSet"/>, atomically.</summary>
    public async Task ReplaceAsync(DataSet dataSet, string contentHash, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await DeleteAllAsync(db, cancellationToken);

            db.AddRange(dataSet.Sources);
            db.AddRange(dataSet.Units);
            db.AddRange(dataSet.Dimensions);
            db.AddRange(dataSet.Pillars);
            db.AddRange(dataSet.Countries);
            db.AddRange(dataSet.Indicators);
            db.AddRange(dataSet.Reporters);
            db.AddRange(dataSet.Observations);
            db.AddRange(dataSet.Organisations);
            db.AddRange(dataSet.Projects);
            db.AddRange(dataSet.ProjectFigures);
            db.AddRange(dataSet.ProjectOrganisations);
            db.AddRange(dataSet.Challenges);
            db.AddRange(dataSet.Recommendations);
            db.AddRange(dataSet.Events);
            db.AddRange(dataSet.GlossaryTerms);
            db.AddRange(dataSet.Headlines);
            db.SeedStates.Add(new SeedState { ContentHash = contentHash, SeededAtUtc = DateTime.UtcNow, RowCount = dataSet.RowCount });

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>Empties every table, dependents first; join and citation tables go with their owners (cascade).</summary>
    private static async Task DeleteAllAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken)
    {
        await db.Headlines.ExecuteDeleteAsync(cancellationToken);
        await db.GlossaryTerms.ExecuteDeleteAsync(cancellationToken);
        await db.Events.ExecuteDeleteAsync(cancellationToken);
        await db.Recommendations.ExecuteDeleteAsync(cancellationToken);
        await db.Challenges.ExecuteDeleteAsync(cancellationToken);
        await db.ProjectOrganisations.ExecuteDeleteAsync(cancellationToken);
        await db.ProjectFigures.ExecuteDeleteAsync(cancellationToken);
        await db.Projects.ExecuteDeleteAsync(cancellationToken);
        await db.Organisations.ExecuteDeleteAsync(cancellationToken);
        await db.Observations.ExecuteDeleteAsync(cancellationToken);
        await db.Reporters.ExecuteDeleteAsync(cancellationToken);
        await db.Indicators.ExecuteDeleteAsync(cancellationToken);
        await db.Countries.ExecuteDeleteAsync(cancellationToken);
        await db.Pillars.ExecuteDeleteAsync(cancellationToken);
        await db.Dimensions.ExecuteDeleteAsync(cancellationToken);
        await db.Units.ExecuteDeleteAsync(cancellationToken);
        await db.Sources.ExecuteDeleteAsync(cancellationToken);
        await db.SeedStates.ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data files unchanged since the last load (hash {Hash}); store left as it is")]
    private partial void LogUnchanged(string hash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Rows} rows from {Directory} (hash {Hash})")]
    private partial void LogSeeded(int rows, string directory, string hash);
}
