using CentralAsiaBri.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public void Migrations_build_an_empty_database_that_matches_the_model()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new CentralAsiaBriDbContext(new DbContextOptionsBuilder<CentralAsiaBriDbContext>().UseSqlite(connection).Options);

        // Migrate() throws on pending model changes: a model change without a migration fails here.
        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, db.Projects.Count());
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        Assert.Contains("ProjectCitations", tables);
        Assert.Contains("ProjectCountries", tables);
        Assert.Contains("SeedStates", tables);
    }
}
