using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data;

/// <summary>The database engines the store runs on (configuration <c>Database:Provider</c>).</summary>
public enum StoreProvider
{
    /// <summary>The embedded default: one file, no server, zero set-up.</summary>
    Sqlite,
    /// <summary>For several app instances behind a load balancer.</summary>
    Postgres,
}

public static class StoreProviderExtensions
{
    /// <summary>The assembly holding the PostgreSQL migrations; SQLite's live beside the model.</summary>
    public const string PostgresMigrationsAssembly = "CentralAsiaBri.Data.Postgres";

    /// <summary>
    /// Configures the context for a provider, each with its own migrations (kept in step by a test). Queries do
    /// not track what they read: the store is read far more than written, and every write adds new rows (the
    /// seeder, the importer, releases), so nothing needs change tracking of loaded entities. The writers still
    /// say AsNoTracking on their reads: they add rows with the same keys in the same context, which must hold
    /// whatever options a caller builds the context with.
    /// </summary>
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, StoreProvider provider, string connectionString) => (provider switch
    {
        // Split queries: a row's collection (its citations) is read by a second query joined on the row's key. As one
        // query, SQLite materialises the whole citation table with a LEFT JOIN for every list of rows: 0.3 s a query at
        // 100× the data (issue 17, docs/performance.md).
        StoreProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
        StoreProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider is Sqlite or Postgres"),
    }).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
