using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CentralAsiaBri.Tests.Support;

/// <summary>
/// A migrated store of either provider, with a context factory, a seeder and an importer over it: SQLite in
/// a temp file, or a fresh database on the test PostgreSQL server (<see cref="PostgresServer"/>).
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string? _directory;

    public TestStore()
        : this(StoreProvider.Sqlite) { }

    public TestStore(StoreProvider provider)
        : this(provider, sqliteDirectory: null) { }

    /// <summary>A SQLite store in <paramref name="sqliteDirectory"/> (a volume a test controls), removed with it.</summary>
    public TestStore(string sqliteDirectory)
        : this(StoreProvider.Sqlite, sqliteDirectory) { }

    private TestStore(StoreProvider provider, string? sqliteDirectory)
    {
        Provider = provider;
        if (provider == StoreProvider.Sqlite)
        {
            _directory = sqliteDirectory ?? Directory.CreateTempSubdirectory("cab-store-").FullName;
            ConnectionString = $"Data Source={Path.Combine(_directory, "test.db")}";
        }
        else
        {
            ConnectionString = PostgresServer.Instance.CreateMigratedDatabaseAsync().GetAwaiter().GetResult();
        }
        Factory = new PooledDbContextFactory<CentralAsiaBriDbContext>(Options(provider, ConnectionString));
        using (var db = Factory.CreateDbContext())
        {
            db.Database.Migrate();
        }
        Seeder = new DatabaseSeeder(Factory, NullLogger<DatabaseSeeder>.Instance);
        Importer = new DataImporter(Factory, Seeder, TimeProvider.System, NullLogger<DataImporter>.Instance);
    }

    public static DbContextOptions<CentralAsiaBriDbContext> Options(StoreProvider provider, string connectionString) =>
        (DbContextOptions<CentralAsiaBriDbContext>)new DbContextOptionsBuilder<CentralAsiaBriDbContext>().UseStore(provider, connectionString).Options;

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    public IDbContextFactory<CentralAsiaBriDbContext> Factory { get; }

    public DatabaseSeeder Seeder { get; }

    public DataImporter Importer { get; }

    public CentralAsiaBriDbContext CreateContext() => Factory.CreateDbContext();

    public Task<string> FingerprintAsync() => FingerprintAsync(Factory);

    /// <summary>A digest of a SQLite store's content (see <see cref="FingerprintAsync(IDbContextFactory{CentralAsiaBriDbContext})"/>).</summary>
    public static Task<string> FingerprintAsync(string sqliteConnectionString) =>
        FingerprintAsync(new PooledDbContextFactory<CentralAsiaBriDbContext>(Options(StoreProvider.Sqlite, sqliteConnectionString)));

    /// <summary>
    /// A digest of every row of every content table (the import log, the key ring and EF's history excepted),
    /// found through the model so it works on both providers: equal fingerprints mean the store serves
    /// exactly the same content.
    /// </summary>
    public static async Task<string> FingerprintAsync(IDbContextFactory<CentralAsiaBriDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var tables = db.Model.GetRelationalModel().Tables.Select(t => t.Name)
            .Where(t => t is not ("ImportRecords" or "ImportedFiles" or "DataProtectionKeys")).Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    string[] list => string.Join('\u001e', list),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                });
                rows.Add(string.Join('\u001f', fields));
            }
            // Sorted, so that the same content written in another order compares equal.
            rows.Sort(StringComparer.Ordinal);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(table + "\n" + string.Join('\n', rows)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        Importer.Dispose();
        if (Provider == StoreProvider.Postgres)
        {
            PostgresServer.Instance.DropDatabaseAsync(ConnectionString).GetAwaiter().GetResult();
            return;
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
