using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Web.Store;

public static partial class StoreSetup
{
    /// <summary>Registers the store (a context factory: one short-lived context per operation), the seeder and the queries.</summary>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        // Read here for the registrations below; bound and checked again as options, so a bad value stops start-up with its name.
        builder.Services.AddOptions<StoreOptions>().Bind(builder.Configuration.GetSection(StoreOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var provider = builder.Configuration.GetValue("Database:Provider", StoreProvider.Sqlite);
        var connectionString = provider == StoreProvider.Sqlite
            ? ResolveSqliteConnectionString(options.ConnectionString, builder.Environment.ContentRootPath)
            : options.ConnectionString;
        var dataDirectory = Path.GetFullPath(options.DataDirectory, AppContext.BaseDirectory);

        var keyRing = builder.Configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        builder.Services.AddSingleton(new ResolvedStoreOptions(provider, connectionString, dataDirectory, options.ChangePollSeconds,
            KeyRingProtected: keyRing.CertificatePath is { Length: > 0 }));
        builder.Services.AddDbContextFactory<CentralAsiaBriDbContext>(db => db.UseStore(provider, connectionString));
        // The key ring that protects sign-in cookies and antiforgery tokens lives in the store, so every
        // instance of the app on the same database reads what the others wrote.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("CentralAsiaBri").PersistKeysToDbContext<CentralAsiaBriDbContext>();
        // With a certificate configured, each key is encrypted with it before it is written, so a copy of the
        // database alone cannot forge a maintainer's cookie. Every instance needs the same certificate.
        if (keyRing.CertificatePath is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(
                System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificatePath, keyRing.CertificatePassword));
        }
        builder.Services.AddSingleton<DatabaseSeeder>();
        builder.Services.AddSingleton<OverviewQuery>();
        builder.Services.AddSingleton<CatalogueQueries>();
        builder.Services.AddSingleton<ObservationQueries>();
        builder.Services.AddSingleton<ClaimQueries>();
        builder.Services.AddSingleton<FrameworkQueries>();
        builder.Services.AddSingleton<ContentQueries>();
        builder.Services.AddScoped<Content.GlossaryLinker>();
        builder.Services.AddSingleton<ProjectSearch>();
        builder.Services.AddSingleton<ProjectFacetQuery>();
        builder.Services.AddSingleton<ProjectIndex>();
        builder.Services.AddSingleton<DataLoadCache>();
        builder.Services.AddSingleton<RegionQueries>();
        builder.Services.AddSingleton<ProjectLookup>();
        builder.Services.AddSingleton<ReferenceQueries>();
        builder.Services.AddSingleton<Data.Import.ImportLogQueries>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Data.Import.DataImporter>();
        builder.Services.AddSingleton<HistoryQueries>();
        builder.Services.AddSingleton<Data.Import.ReleaseService>();
        builder.Services.AddSingleton<LatestRelease>();
        builder.Services.AddSingleton<DataChangeWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DataChangeWatcher>());
        // Boundaries are decoded once, on first use, from the world-atlas file the build copies to <output>/geo.
        builder.Services.AddSingleton(_ => new Features.Projects.CountryShapes(Path.Combine(AppContext.BaseDirectory, "geo", "countries-50m.json")));
        builder.Services.AddHealthChecks().AddDbContextCheck<CentralAsiaBriDbContext>();
        return builder;
    }

    /// <summary>
    /// Applies migrations and loads the data files when they changed. Bad data with an already seeded store
    /// is logged and the previous content keeps being served; bad data with an empty store stops start-up,
    /// since an empty dashboard would only hide the problem.
    /// </summary>
    public static async Task InitialiseStoreAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ResolvedStoreOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreSetup));
        var factory = app.Services.GetRequiredService<IDbContextFactory<CentralAsiaBriDbContext>>();

        await using (var db = await factory.CreateDbContextAsync())
        {
            await StoreMigrations.MigrateAsync(db);
        }
        // An import that was running when the process last stopped left its record Pending: say it never finished.
        await app.Services.GetRequiredService<Data.Import.DataImporter>().MarkUnfinishedAsync();
        if (!options.KeyRingProtected)
        {
            LogUnprotectedKeyRing(logger);
        }

        try
        {
            if (await app.Services.GetRequiredService<DatabaseSeeder>().SeedAsync(options.DataDirectory) == SeedOutcome.Seeded)
            {
                await DataCache.EvictAsync(app.Services);
            }
            // Every page names a data release: the data first loaded is release 1.0.0.
            await app.Services.GetRequiredService<Data.Import.ReleaseService>().EnsureFirstReleaseAsync();
        }
        catch (Exception ex) when (ex is DataValidationException or DbUpdateException)
        {
            // Bad files, or values the store refuses (a text longer than its PostgreSQL column): nothing was written.
            await using var db = await factory.CreateDbContextAsync();
            if (!await db.SeedStates.AnyAsync())
            {
                throw;
            }
            LogRejected(logger, ex is DbUpdateException ? (ex.InnerException ?? ex).Message : ex.Message);
        }
    }

    private static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } dataSource && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal)
            && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(dataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        return builder.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data-protection key ring (what signs maintainer cookies) is stored in the database unencrypted: "
        + "anyone with a copy of the database could forge a sign-in. Set DataProtection:CertificatePath (and CertificatePassword) to a PFX "
        + "certificate to encrypt the keys at rest (docs/deployment.md).")]
    private static partial void LogUnprotectedKeyRing(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The data files were rejected; the store keeps its previous content. {Problems}")]
    private static partial void LogRejected(ILogger logger, string problems);
}

/// <summary>The store settings with paths made absolute.</summary>
public sealed record ResolvedStoreOptions(StoreProvider Provider, string ConnectionString, string DataDirectory, int ChangePollSeconds, bool KeyRingProtected = false);

/// <summary>How the data-protection key ring is protected at rest (configuration section "DataProtection").</summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PFX file whose certificate encrypts every key before it is stored; none by default (a warning at start-up).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password, if it has one (from the environment or user secrets, never committed).</summary>
    public string? CertificatePassword { get; set; }
}
