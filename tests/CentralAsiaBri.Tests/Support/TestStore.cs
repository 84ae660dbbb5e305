using CentralAsiaBri.Data;
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
    }

    public string ConnectionString { get; }

    public IDbContextFactory<CentralAsiaBriDbContext> Factory { get; }

    public DatabaseSeeder Seeder { get; }

    public CentralAsiaBriDbContext CreateContext() => Factory.CreateDbContext();

    public void Dispose()
    {
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
