using System.Net;
using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Admin;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Admin;
using CentralAsiaBri.Web.Store;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CentralAsiaBri.Tests.Store;

[Trait("Category", "Postgres")]
public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Postgres_migrations_build_an_empty_database_that_matches_the_model()
    {
        var connectionString = await PostgresServer.Instance.CreateEmptyDatabaseAsync();
        try
        {
            await using var db = new CentralAsiaBriDbContext(TestStore.Options(StoreProvider.Postgres, connectionString));

            // Migrate() throws on pending model changes: a model change without a PostgreSQL migration fails here.
            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
            Assert.Equal(0, await db.Projects.CountAsync());
            Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
        }
        finally
        {
            await PostgresServer.Instance.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public void Both_providers_have_migrations_for_the_same_model()
    {
        using var sqlite = new CentralAsiaBriDbContext(TestStore.Options(StoreProvider.Sqlite, "Data Source=:memory:"));
        using var postgres = new CentralAsiaBriDbContext(TestStore.Options(StoreProvider.Postgres, "Host=127.0.0.1;Database=unused"));

        // No connection needed: each provider's latest snapshot is compared with the model.
        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations lag the model");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL migrations lag the model");
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }
}

public abstract class ConcurrentStartTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore _store = new(provider);

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Two_instances_seeding_at_once_load_the_data_exactly_once()
    {
        var expected = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
        var first = new DatabaseSeeder(_store.Factory, NullLogger<DatabaseSeeder>.Instance);
        var second = new DatabaseSeeder(_store.Factory, NullLogger<DatabaseSeeder>.Instance);

        var outcomes = await Task.WhenAll(
            Task.Run(() => first.SeedAsync(TempDataDirectory.ProjectDataDirectory)),
            Task.Run(() => second.SeedAsync(TempDataDirectory.ProjectDataDirectory)));

        Assert.Equal([SeedOutcome.Unchanged, SeedOutcome.Seeded], outcomes.Order());
        await using var db = _store.CreateContext();
        Assert.Equal(expected.Projects.Count, await db.Projects.CountAsync());
        Assert.Equal(expected.Observations.Count, await db.Observations.CountAsync());
        Assert.Equal(1, await db.SeedStates.CountAsync());
    }
}

public sealed class SqliteConcurrentStartTests() : ConcurrentStartTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresConcurrentStartTests() : ConcurrentStartTests(StoreProvider.Postgres);

/// <summary>One app instance of several on one PostgreSQL database, polling for outside changes every second.</summary>
public sealed class PostgresInstance(string connectionString) : AppFactory
{
    // One hash for every instance, as in a real deployment (a salted hash differs each time it is made,
    // and a session is tied to the configured hash).
    private static readonly string s_hash = MaintainerCredentials.Hash(MaintainerApp.Password);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["Store:ConnectionString"] = connectionString,
        ["Store:ChangePollSeconds"] = "1",
        ["Maintainers:Accounts:0:Name"] = MaintainerApp.Name,
        ["Maintainers:Accounts:0:PasswordHash"] = s_hash,
        ["RateLimits:SignInPermitLimit"] = "10000",
    };
}

[Trait("Category", "Postgres")]
public sealed class PostgresMultiInstanceTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await PostgresServer.Instance.CreateEmptyDatabaseAsync();

    public Task DisposeAsync() => PostgresServer.Instance.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Two_instances_start_at_once_share_sign_in_and_see_each_others_imports()
    {
        using var a = new PostgresInstance(_connectionString);
        using var b = new PostgresInstance(_connectionString);

        // Both start together on an empty database: EF's migration lock and the seed lock let one do the work.
        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));
        using var readerOfA = a.CreateClient();
        Assert.Equal("Healthy", await readerOfA.GetStringAsync("/health"));
        Assert.Equal("Healthy", await b.CreateClient().GetStringAsync("/health"));

        // Signed in on A, the same browser (one cookie jar) is signed in on B: the key ring is in the database.
        var cookies = new CookieContainer();
        using var browserOnA = a.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var browserOnB = b.CreateDefaultClient(new CookieContainerHandler(cookies));
        browserOnA.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        browserOnB.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.Redirect, (await MaintainerApp.SignInAsync(browserOnA, MaintainerApp.Name, MaintainerApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browserOnB.GetAsync("/admin")).StatusCode);

        // An import through B shows on A once A's watcher notices (A's answer was cached before).
        const string Url = "/api/v1/indicators/trade-value/observations?pageSize=500";
        Assert.DoesNotContain("555555.5", await readerOfA.GetStringAsync(Url), StringComparison.Ordinal);
        using var data = new TempDataDirectory();
        var (_, row) = data.FindRow("trade_observations.csv", _ => true);
        data.SetField("trade_observations.csv", "id", row["id"], "value", "555555.5");
        // A's watcher raises Evicted once it has noticed B's import and dropped A's cached answers.
        var evicted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Services.GetRequiredService<DataChangeWatcher>().Evicted += (_, _) => evicted.TrySetResult();
        var import = await MaintainerApp.UploadAsync(browserOnB, [("trade_observations.csv", File.ReadAllBytes(Path.Combine(data.Path, "trade_observations.csv")))], wantJson: true);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        await evicted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("555555.5", await readerOfA.GetStringAsync(Url), StringComparison.Ordinal);
    }
}
