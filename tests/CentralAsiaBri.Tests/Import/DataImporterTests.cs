using CentralAsiaBri.Data;
using System.Text;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Import;

public abstract class DataImporterTests(StoreProvider provider) : IAsyncLifetime, IDisposable
{
    private readonly TestStore _store = new(provider);
    private readonly TempDataDirectory _data = new();

    public Task InitializeAsync() => _store.Seeder.SeedAsync(_data.Path);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }

    private ImportFile Edited(string file) => new(file, File.ReadAllBytes(Path.Combine(_data.Path, file)));

    private static async Task<T> InNewContextAsync<T>(TestStore store, Func<Data.CentralAsiaBriDbContext, Task<T>> query)
    {
        await using var db = store.CreateContext();
        return await query(db);
    }

    [Fact]
    public async Task A_good_file_replaces_its_rows_and_is_recorded_with_who_and_what()
    {
        var (_, row) = _data.FindRow("trade_observations.csv", r => r["id"].Length > 0);
        _data.SetField("trade_observations.csv", "id", row["id"], "value", "123456.7");
        _data.AppendLine("trade_observations.csv",
            "trade-kz-test-2030,trade-value,CN,KZ,turnover,,2030,2030-01-01,2030-12-31,=,42,usd-billion,china-mofcom,web-cgtn-2023-05-16,");

        var report = await _store.Importer.ImportAsync([Edited("trade_observations.csv")], "maintainer-a", "web");

        Assert.True(report.Applied, report.ToText());
        var change = Assert.Single(report.Changes);
        Assert.Equal(("trade_observations.csv", 1, 1, 0), (change.Name, change.Added, change.Changed, change.Removed));
        Assert.Equal(change.RowsBefore + 1, change.RowsAfter);
        Assert.Equal(123456.7, await InNewContextAsync(_store, db => db.Observations.Where(o => o.Id == row["id"]).Select(o => o.Value).SingleAsync()));
        Assert.True(await InNewContextAsync(_store, db => db.Observations.AnyAsync(o => o.Id == "trade-kz-test-2030")));
        var record = await InNewContextAsync(_store, db => db.ImportRecords.AsNoTracking().Include(r => r.Files).SingleAsync(r => r.Id == report.RecordId));
        Assert.Equal(("maintainer-a", "web", ImportOutcome.Applied), (record.ImportedBy, record.Channel, record.Outcome));
        Assert.Equal("trade_observations.csv", Assert.Single(record.Files).Name);
        var current = await InNewContextAsync(_store, db => db.DataFiles.AsNoTracking().SingleAsync(f => f.Name == "trade_observations.csv"));
        Assert.Equal("maintainer-a", current.UpdatedBy);
    }

    [Fact]
    public async Task An_import_based_on_a_version_another_import_replaced_is_a_conflict_and_changes_nothing()
    {
        // Two maintainers open the form on the same versions; the first imports, the second still holds the old ones.
        var opened = await InNewContextAsync(_store, db => db.DataFiles.AsNoTracking().ToDictionaryAsync(f => f.Name, f => f.Sha256));
        var (_, row) = _data.FindRow("trade_observations.csv", r => r["id"].Length > 0);
        _data.SetField("trade_observations.csv", "id", row["id"], "value", "111.5");
        Assert.True((await _store.Importer.ImportAsync([Edited("trade_observations.csv")], "maintainer-a", "web", opened)).Applied);
        var afterFirst = await _store.FingerprintAsync();

        _data.SetField("trade_observations.csv", "id", row["id"], "value", "222.5");
        var second = await _store.Importer.ImportAsync([Edited("trade_observations.csv")], "maintainer-b", "web", opened);

        Assert.False(second.Applied);
        Assert.True(second.Conflict);
        Assert.Contains("another import changed this file", Assert.Single(second.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(afterFirst, await _store.FingerprintAsync());
        // A file nobody else changed imports on the same (old) form.
        Assert.True((await _store.Importer.ImportAsync([Edited("units.csv")], "maintainer-b", "web", opened)).Applied);
    }

    [Fact]
    public async Task An_imported_file_survives_a_restart_while_data_is_unchanged()
    {
        var (_, row) = _data.FindRow("trade_observations.csv", r => r["id"].Length > 0);
        var pristine = new TempDataDirectory();
        _data.SetField("trade_observations.csv", "id", row["id"], "value", "98765");
        Assert.True((await _store.Importer.ImportAsync([Edited("trade_observations.csv")], "maintainer-a", "cli")).Applied);

        // The next start-up sees the same data/ folder as at the seed: the import stays.
        Assert.Equal(SeedOutcome.Unchanged, await _store.Seeder.SeedAsync(pristine.Path));
        Assert.Equal(98765.0, await InNewContextAsync(_store, db => db.Observations.Where(o => o.Id == row["id"]).Select(o => o.Value).SingleAsync()));
        pristine.Dispose();
    }

    [Fact]
    public async Task A_file_with_one_bad_row_is_rejected_by_file_line_and_column_and_changes_nothing()
    {
        var before = await _store.FingerprintAsync();
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "start_year", "twenty-twenty");

        var report = await _store.Importer.ImportAsync([Edited("projects.csv")], "maintainer-a", "web");

        Assert.False(report.Applied);
        var error = Assert.Single(report.Errors);
        Assert.Equal(("projects.csv", line, "start_year"), (error.File, error.Line, error.Column));
        Assert.Equal(before, await _store.FingerprintAsync());
        var record = await InNewContextAsync(_store, db => db.ImportRecords.AsNoTracking().SingleAsync(r => r.Id == report.RecordId));
        Assert.Equal((ImportOutcome.Rejected, 1), (record.Outcome, record.ErrorCount));
    }

    [Fact]
    public async Task A_file_is_checked_against_the_other_current_files()
    {
        var before = await _store.FingerprintAsync();
        // Dropping a project that project_figures.csv still refers to breaks the dataset, not projects.csv itself.
        var lines = _data.ReadLines("projects.csv").Where(l => !l.StartsWith("batken-solar-power-plant,", StringComparison.Ordinal));
        _data.WriteLines("projects.csv", lines);

        var report = await _store.Importer.ImportAsync([Edited("projects.csv")], "maintainer-a", "web");

        Assert.False(report.Applied);
        Assert.Contains(report.Errors, e => e.File != "projects.csv" && e.Reason.Contains("batken-solar-power-plant", StringComparison.Ordinal));
        Assert.Equal(before, await _store.FingerprintAsync());
    }

    [Theory]
    [InlineData("notes.txt", "only CSV data files can be imported")]
    [InlineData("people.csv", "not one of the data files")]
    public async Task Only_the_known_csv_files_are_accepted(string name, string reason)
    {
        var before = await _store.FingerprintAsync();

        var report = await _store.Importer.ImportAsync([new ImportFile(name, Encoding.UTF8.GetBytes("id\nx\n"))], "maintainer-a", "web");

        Assert.False(report.Applied);
        Assert.StartsWith(reason, Assert.Single(report.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await _store.FingerprintAsync());
    }

    [Fact]
    public async Task Binary_content_and_a_file_sent_twice_are_refused()
    {
        var good = Edited("events.csv");
        var report = await _store.Importer.ImportAsync([new ImportFile("units.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), good, good], "maintainer-a", "web");

        Assert.Contains(report.Errors, e => e.File == "units.csv" && e.Reason == "the file is binary, not CSV text");
        Assert.Contains(report.Errors, e => e.File == "events.csv" && e.Reason == "the file was sent more than once");
    }
}

public sealed class SqliteDataImporterTests() : DataImporterTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresDataImporterTests() : DataImporterTests(StoreProvider.Postgres);
