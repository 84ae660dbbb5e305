using System.Diagnostics;
using CentralAsiaBri.Data.Faults;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Faults;

/// <summary>
/// The SQLite file lives on a small volume (a 24 MB tmpfs) whose space runs out during an import: the import is
/// refused with a clear reason, the store keeps its previous content, and once space is freed the same import
/// applies, without a restart.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _volume = Directory.CreateTempSubdirectory("cab-full-").FullName;
    private bool _mounted;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_mounted)
        {
            Run("umount", "-l", _volume);
        }
        Directory.Delete(_volume, recursive: true);
    }

    [RootFact]
    public async Task An_import_that_fills_the_disk_is_refused_whole_and_applies_once_there_is_space()
    {
        Run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", _volume);
        _mounted = true;
        using var store = new TestStore(Directory.CreateDirectory(Path.Combine(_volume, "store")).FullName);
        await store.Seeder.SeedAsync(TempDataDirectory.ProjectDataDirectory);
        // Free pages left inside the file (by the migrations' table rebuilds and the seed) would let the import write
        // without asking the volume for space; how many there are depends on the schema and the data, not on this test.
        await using (var compact = store.CreateContext())
        {
            await compact.Database.ExecuteSqlRawAsync("VACUUM");
        }
        SqliteConnection.ClearAllPools();
        var before = await store.FingerprintAsync();
        using var data = new TempDataDirectory();
        var (_, row) = data.FindRow("trade_observations.csv", _ => true);
        data.SetField("trade_observations.csv", "id", row["id"], "value", "888888.5");
        ImportFile[] upload = [new("trade_observations.csv", File.ReadAllBytes(Path.Combine(data.Path, "trade_observations.csv")))];

        // SQLite reuses its write-ahead log's file without giving the space back: empty it first, or the import
        // could write into the space the seed left there and never meet the full disk.
        await using (var connection = new SqliteConnection(store.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        // Fill the volume, then free a little: room for the import's record, not for a new copy of the content.
        var filler = Path.Combine(_volume, "filler");
        await FillAsync(filler);
        await using (var stream = new FileStream(filler, FileMode.Open))
        {
            stream.SetLength(Math.Max(0, stream.Length - (256 * 1024)));
        }

        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Importer.ImportAsync(upload, "test", "cli"));
        Assert.Equal(StoreFault.Full, refused.Fault);
        Assert.Contains("disk is full", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await store.FingerprintAsync());

        File.Delete(filler);
        var report = await store.Importer.ImportAsync(upload, "test", "cli");
        Assert.True(report.Applied, report.ToText());
        await using var db = store.CreateContext();
        Assert.Equal(888888.5, (await db.Observations.SingleAsync(o => o.Id == row["id"])).Value);
        // Every attempt is on record: the refused one (when the disk took its record) says why; none stays Pending.
        Assert.DoesNotContain(ImportOutcome.Pending, await db.ImportRecords.Select(r => r.Outcome).ToListAsync());
    }

    private static async Task FillAsync(string path)
    {
        var block = new byte[1024 * 1024];
        // Unbuffered, so that closing the file does not flush into the full disk again.
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                await stream.WriteAsync(block);
                await stream.FlushAsync();
            }
        }
        catch (IOException)
        {
            // No space left on the device: full.
        }
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {errors}");
        }
    }
}

/// <summary>A test that mounts a volume, which needs root (the CI machine runs as root); skipped otherwise, with the reason.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root")
        {
            Skip = "mounts a small tmpfs volume to fill it, which needs root";
        }
    }
}
