using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Tests.Support;

/// <summary>The real app, in memory, over a fresh SQLite file that its own start-up migrates and seeds.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cab-app-").FullName;

    public string DatabasePath => Path.Combine(_directory, "app.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Extra configuration a derived factory sets (maintainer accounts, limits).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the configuration before Program's top-level code reads it.
        builder.UseSetting("Store:ConnectionString", ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseEnvironment("Testing");
        if (Time is { } time)
        {
            // The app's clock (imports, revisions, releases, sign-in) is the test's: dates do not depend on the day it runs.
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        }
    }

    /// <summary>A clock the test controls, or null for the system clock.</summary>
    public virtual Microsoft.Extensions.Time.Testing.FakeTimeProvider? Time => null;

    /// <summary>A digest of the store's content (see <see cref="TestStore.FingerprintAsync(string)"/>).</summary>
    public Task<string> FingerprintAsync() => TestStore.FingerprintAsync(ConnectionString);

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
