using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Web.Store;

/// <summary>
/// Notices when another process changed the store — the command-line import, or another instance of the app —
/// and evicts this instance's cached pages. An import through this instance evicts at once; this covers the
/// rest within <see cref="StoreOptions.ChangePollSeconds"/>. One tiny query per poll.
/// </summary>
public sealed partial class DataChangeWatcher(IDbContextFactory<CentralAsiaBriDbContext> factory, IServiceProvider services, ResolvedStoreOptions options,
    ILogger<DataChangeWatcher> logger) : BackgroundService
{
    private (DateTime Seeded, int LastImport)? _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.ChangePollSeconds)));
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Compares the store's version (last seed, last applied import) with the one seen before; evicts on a change.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var seeded = await db.SeedStates.Select(s => s.SeededAtUtc).SingleOrDefaultAsync(cancellationToken);
        var lastImport = await db.ImportRecords.Where(r => r.Outcome == ImportOutcome.Applied)
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var version = (seeded, lastImport);
        var changed = _seen is { } seen && seen != version;
        _seen = version;
        if (changed)
        {
            LogChanged(logger, lastImport);
            await DataCache.EvictAsync(services, cancellationToken);
            Evicted?.Invoke(this, EventArgs.Empty);
        }
        return changed;
    }

    /// <summary>Raised after a change made elsewhere has evicted this instance's cache (tests wait on it instead of polling).</summary>
    public event EventHandler? Evicted;

    [LoggerMessage(Level = LogLevel.Information, Message = "The store changed elsewhere (last import {ImportId}); cached pages evicted")]
    private static partial void LogChanged(ILogger logger, int importId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the store for changes")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
