using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CentralAsiaBri.Tests.Support;

/// <summary>A migrated SQLite store in a temp file, with a context factory and a seeder over it.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cab-store-").FullName;

    public TestStore()
    {
        ConnectionString = $"Data Source={System.IO.Path.Combine(_directory, "test.db")}";
        Factory = new ContextFactory(new DbContextOptionsBuilder<CentralAsiaBriDbContext>().UseSqlite(ConnectionString).Options);
        using var db = Factory.CreateDbContext();
        db.Database.Migrate();
        Seeder = new DatabaseSeeder(Factory, NullLogger<DatabaseSeeder>.Instance);
        Importer = new DataImporter(Factory, Seeder, TimeProvider.System, NullLogger<DataImporter>.Instance);
    }

    public DataImporter Importer { get; }

    public string ConnectionString { get; }

    public IDbContextFactory<CentralAsiaBriDbContext> Factory { get; }

    public DatabaseSeeder Seeder { get; }

    public CentralAsiaBriDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>
    /// A digest of every row of every data table (the import audit log and EF's history excepted): equal
    /// fingerprints mean the store serves exactly the same content.
    /// </summary>
    public Task<string> FingerprintAsync() => FingerprintAsync(ConnectionString);

    public static async Task<string> FingerprintAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name NOT IN ('__EFMigrationsHistory', 'ImportRecords', 'ImportedFiles') ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is byte[] bytes
                    ? Convert.ToHexString(bytes)
                    : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                rows.Add(string.Join('\u001f', fields));
            }
            // Sorted, so that the same content written in another order (new generated keys aside) compares equal.
            rows.Sort(StringComparer.Ordinal);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(table + "\n" + string.Join('\n', rows)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        Importer.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private sealed class ContextFactory(DbContextOptions<CentralAsiaBriDbContext> options) : IDbContextFactory<CentralAsiaBriDbContext>
    {
        public CentralAsiaBriDbContext CreateDbContext() => new(options);
    }
}
