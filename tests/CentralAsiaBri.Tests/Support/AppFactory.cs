using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CentralAsiaBri.Tests.Support;

/// <summary>The real app, in memory, over a fresh SQLite file that its own start-up migrates and seeds.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cab-app-").FullName;

    public string DatabasePath => Path.Combine(_directory, "app.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the configuration before Program's top-level code reads it.
        builder.UseSetting("Store:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Testing");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
}
