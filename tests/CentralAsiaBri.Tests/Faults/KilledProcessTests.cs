using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CentralAsiaBri.Tests.Faults;

/// <summary>
/// The app's process is killed (SIGKILL: no cleanup, as in a crash or an out-of-memory kill) while it writes a
/// large import or a start-up load. Afterwards the store holds exactly its previous content, the import log
/// says the import never finished, and the next run completes the work without a hand on the store.
/// </summary>
public abstract class KilledProcessTests(StoreProvider provider) : IDisposable
{
    /// <summary>
    /// Rows added to trade_observations.csv: enough that writing them takes seconds, not milliseconds (since the seeder writes
    /// without the change tracker, ADR-027, 12,000 rows took about a second: too short a window to kill it in reliably).
    /// </summary>
    private const int ExtraRows = 30_000;

    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(3);

    private readonly TestStore _store = new(provider);
    private readonly TempDataDirectory _data = new();
    private readonly string _uploads = Directory.CreateTempSubdirectory("cab-kill-").FullName;

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
        Directory.Delete(_uploads, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Dictionary<string, string> Settings => new()
    {
        ["Database:Provider"] = provider.ToString(),
        ["Store:ConnectionString"] = _store.ConnectionString,
        ["Store:DataDirectory"] = _data.Path,
    };

    [Fact]
    public async Task An_import_killed_while_it_writes_leaves_the_previous_content_and_the_log_says_it_never_finished()
    {
        await StartOnceAsync();
        var before = await _store.FingerprintAsync();
        var observationsBefore = await CountObservationsAsync();
        var large = LargeTradeFile(Path.Combine(_uploads, "trade_observations.csv"));

        using (var import = AppProcess.Start(Settings, "import", large))
        {
            // Killed once its record is written (Pending) and its transaction holds the store's write lock.
            await WaitUntilAsync(import, async () => await PendingImportsAsync() > 0 && await WriteLockHeldAsync());
            import.KillHard();
        }

        Assert.Equal(before, await _store.FingerprintAsync());
        Assert.Equal([ImportOutcome.Pending], await OutcomesAsync());

        // The same import again, to its end: the start marks the killed one Unfinished, then this one applies.
        using (var again = AppProcess.Start(Settings, "import", large))
        {
            Assert.True(await again.WaitForExitAsync(s_patience) == 0, again.Output);
        }
        Assert.Equal([ImportOutcome.Unfinished, ImportOutcome.Applied], await OutcomesAsync());
        Assert.Equal(observationsBefore + ExtraRows, await CountObservationsAsync());
    }

    [Fact]
    public async Task A_start_up_load_killed_while_it_writes_leaves_the_previous_content_and_the_next_start_loads_the_files()
    {
        await StartOnceAsync();
        var before = await _store.FingerprintAsync();
        var observationsBefore = await CountObservationsAsync();
        // A new release of data/ with a much larger trade file: the next start loads it.
        LargeTradeFile(Path.Combine(_data.Path, "trade_observations.csv"));
        var newHash = DataFiles.ComputeHash(DataFiles.ReadAll(new DirectoryFileSource(_data.Path)));

        using (var app = AppProcess.Start(Settings))
        {
            // Start-up takes the write lock briefly (migration lock, import log); the load holds it for seconds.
            await WaitUntilAsync(app, async () => await WriteLockHeldAsync() && await HeldAgainAfterAsync(TimeSpan.FromMilliseconds(300)));
            app.KillHard();
        }
        Assert.Equal(before, await _store.FingerprintAsync());

        using (var app = AppProcess.Start(Settings))
        {
            await app.WaitUntilListeningAsync(s_patience);
        }
        await using var db = _store.CreateContext();
        Assert.Equal(newHash, await db.SeedStates.Select(s => s.ContentHash).SingleAsync());
        Assert.Equal(observationsBefore + ExtraRows, await CountObservationsAsync());
    }

    /// <summary>The store as a deployment has it: the app started once on it (loaded data/, named release 1.0.0).</summary>
    private async Task StartOnceAsync()
    {
        using var app = AppProcess.Start(Settings);
        await app.WaitUntilListeningAsync(s_patience);
    }

    /// <summary>The project's trade file with <see cref="ExtraRows"/> more valid rows (the first row's fields, new ids and values).</summary>
    private string LargeTradeFile(string path)
    {
        var lines = _data.ReadLines("trade_observations.csv").ToList();
        var header = CsvLine.Split(lines[0]);
        var template = CsvLine.Split(lines[1]);
        var id = Array.IndexOf(header, "id");
        var value = Array.IndexOf(header, "value");
        for (var i = 0; i < ExtraRows; i++)
        {
            var fields = (string[])template.Clone();
            fields[id] = $"kill-test-row-{i}";
            fields[value] = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(CsvLine.Join(fields));
        }
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new System.Text.UTF8Encoding(false));
        return path;
    }

    private static async Task WaitUntilAsync(AppProcess process, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + s_patience;
        while (!await condition())
        {
            Assert.False(process.HasExited, "The app ended before it could be killed mid-write:\n" + process.Output);
            Assert.True(DateTime.UtcNow < deadline, "The write never started:\n" + process.Output);
            await Task.Delay(20);
        }
    }

    /// <summary>Whether a transaction holds the store's write lock (the one <see cref="DatabaseSeeder.ReplaceAsync"/> takes).</summary>
    private async Task<bool> WriteLockHeldAsync()
    {
        if (provider == StoreProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(_store.ConnectionString);
            await connection.OpenAsync();
            await using var locks = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 7306231 AND granted", connection);
            return (long)(await locks.ExecuteScalarAsync())! > 0;
        }
        // SQLite: a second writer cannot begin while one holds the lock (waits at most a second, then SQLITE_BUSY).
        await using var sqlite = new SqliteConnection(_store.ConnectionString + ";Pooling=False;Default Timeout=1");
        await sqlite.OpenAsync();
        await using var begin = sqlite.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        try
        {
            await begin.ExecuteNonQueryAsync();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return true;
        }
        await using var rollback = sqlite.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        await rollback.ExecuteNonQueryAsync();
        return false;
    }

    private async Task<bool> HeldAgainAfterAsync(TimeSpan pause)
    {
        await Task.Delay(pause);
        return await WriteLockHeldAsync();
    }

    private async Task<int> PendingImportsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.ImportRecords.CountAsync(r => r.Outcome == ImportOutcome.Pending);
    }

    private async Task<List<ImportOutcome>> OutcomesAsync()
    {
        await using var db = _store.CreateContext();
        return await db.ImportRecords.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync();
    }

    private async Task<int> CountObservationsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.Observations.CountAsync();
    }
}

public sealed class SqliteKilledProcessTests() : KilledProcessTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresKilledProcessTests() : KilledProcessTests(StoreProvider.Postgres);
