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
        StoreProvider.Sqlite => options.UseSqlite(connectionString),
        StoreProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider is Sqlite or Postgres"),
    }).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
