using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CentralAsiaBri.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CentralAsiaBri.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the store tests: a throwaway cluster in a temp folder on a free loopback
/// port, made with the machine's own <c>initdb</c>/<c>pg_ctl</c> (Debian's <c>postgresql</c> package, which
/// tests/run.sh installs when missing) and removed when the test process ends. Set CAB_TEST_POSTGRES to a
/// connection string of a server to use that instead. Each test gets its own database.
/// </summary>
public sealed class PostgresServer
{
    private const string TemplateDatabase = "cab_migrated";
    private static readonly Lazy<PostgresServer> s_instance = new(() => new PostgresServer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _adminConnectionString;
    private static readonly SemaphoreSlim s_templateGate = new(1, 1);
    private bool _templateReady;

    public static PostgresServer Instance => s_instance.Value;

    private readonly Action<string, string[]>? _asOwner;
    private readonly string? _dataDirectory;
    private readonly string? _serverOptions;
    private readonly string? _logFile;

    /// <summary>
    /// A cluster of this test's own (never the shared one), which it may stop and start again to play a server
    /// going away; stopped and removed when the test process ends. Null when CAB_TEST_POSTGRES names an outside
    /// server (which a test must not stop).
    /// </summary>
    public static PostgresServer? StartPrivate() =>
        Environment.GetEnvironmentVariable("CAB_TEST_POSTGRES") is { Length: > 0 } ? null : new PostgresServer(useGiven: false);

    private PostgresServer(bool useGiven = true)
    {
        if (useGiven && Environment.GetEnvironmentVariable("CAB_TEST_POSTGRES") is { Length: > 0 } given)
        {
            _adminConnectionString = given;
            return;
        }
        var bin = FindBinaries();
        var folder = Directory.CreateTempSubdirectory("cab-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres system user.
            Run("chown", ["postgres:postgres", folder]);
        }
        void AsOwner(string tool, params string[] args) =>
            Run(asRoot ? "runuser" : Path.Combine(bin, tool), asRoot ? ["-u", "postgres", "--", Path.Combine(bin, tool), .. args] : args);
        _asOwner = AsOwner;

        var data = Path.Combine(folder, "data");
        _dataDirectory = data;
        _logFile = Path.Combine(folder, "server.log");
        _serverOptions = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        AsOwner("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions");
        Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                AsOwner("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
                Run("rm", ["-rf", folder]);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // A leftover temp cluster is stopped by the next reboot at the latest; tests/run.sh also removes them.
            }
        };
        _adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>Starts the server (again), on the same port and data; returns once it accepts connections.</summary>
    public void Start() => _asOwner!("pg_ctl", ["-D", _dataDirectory!, "-l", _logFile!, "-w", "-o", _serverOptions!, "start"]);

    /// <summary>Stops the server as an administrator would ("fast": open sessions are ended at once).</summary>
    public void Stop() => _asOwner!("pg_ctl", ["-D", _dataDirectory!, "-m", "fast", "-w", "stop"]);

    /// <summary>A new, empty database (no tables); returns its connection string.</summary>
    public async Task<string> CreateEmptyDatabaseAsync() => await CreateAsync(template: null);

    /// <summary>A new database with every migration applied (copied from a template migrated once).</summary>
    public async Task<string> CreateMigratedDatabaseAsync()
    {
        await s_templateGate.WaitAsync();
        try
        {
            if (!_templateReady)
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{TemplateDatabase}\" WITH (FORCE)");
                await ExecuteAsync($"CREATE DATABASE \"{TemplateDatabase}\"");
                await using (var db = new CentralAsiaBriDbContext(TestStore.Options(StoreProvider.Postgres, ConnectionStringFor(TemplateDatabase))))
                {
                    await db.Database.MigrateAsync();
                }
                NpgsqlConnection.ClearAllPools();
                _templateReady = true;
            }
        }
        finally
        {
            s_templateGate.Release();
        }
        return await CreateAsync(TemplateDatabase);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }

    private async Task<string> CreateAsync(string? template)
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return ConnectionStringFor(name);
    }

    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL's initdb was not found under /usr/lib/postgresql/*/bin: install Debian's postgresql package (tests/run.sh does), or set CAB_TEST_POSTGRES.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors} {output.Result}");
        }
    }
}
