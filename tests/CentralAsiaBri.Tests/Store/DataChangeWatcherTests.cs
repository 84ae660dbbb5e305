using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CentralAsiaBri.Tests.Store;

/// <summary>An app that checks for outside changes only when asked (its background poll waits an hour).</summary>
public sealed class SlowPollingApp : AppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Store:ChangePollSeconds"] = "3600" };
}

public sealed class DataChangeWatcherTests(SlowPollingApp app) : IClassFixture<SlowPollingApp>
{
    [Fact]
    public async Task An_import_by_another_process_evicts_this_instances_cached_answers()
    {
        using var client = app.CreateClient();
        var watcher = app.Services.GetRequiredService<DataChangeWatcher>();
        await watcher.CheckAsync(CancellationToken.None);
        const string Url = "/api/v1/indicators/trade-value/observations?pageSize=500";
        Assert.DoesNotContain("777777.5", await client.GetStringAsync(Url), StringComparison.Ordinal);

        // Another process (the import command, another instance) changes the same store.
        using var data = new TempDataDirectory();
        var (_, row) = data.FindRow("trade_observations.csv", _ => true);
        data.SetField("trade_observations.csv", "id", row["id"], "value", "777777.5");
        var options = new DbContextOptionsBuilder<CentralAsiaBriDbContext>();
        options.UseStore(StoreProvider.Sqlite, app.ConnectionString);
        var factory = new PooledDbContextFactory<CentralAsiaBriDbContext>(options.Options);
        using var importer = new DataImporter(factory, new DatabaseSeeder(factory, NullLogger<DatabaseSeeder>.Instance), TimeProvider.System, NullLogger<DataImporter>.Instance);
        var report = await importer.ImportAsync([new ImportFile("trade_observations.csv", File.ReadAllBytes(Path.Combine(data.Path, "trade_observations.csv")))], "other", "cli");
        Assert.True(report.Applied, report.ToText());
        var stale = await client.GetStringAsync(Url);

        var noticed = await watcher.CheckAsync(CancellationToken.None);

        Assert.DoesNotContain("777777.5", stale, StringComparison.Ordinal);
        Assert.True(noticed);
        Assert.Contains("777777.5", await client.GetStringAsync(Url), StringComparison.Ordinal);
        Assert.False(await watcher.CheckAsync(CancellationToken.None));
    }
}
