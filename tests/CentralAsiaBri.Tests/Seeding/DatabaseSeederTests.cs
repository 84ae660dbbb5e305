using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Seeding;

public abstract class DatabaseSeederTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore _store = new(provider);
    private readonly TempDataDirectory _data = new();

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(int Projects, int Observations, int Sources, string? Hash)> SnapshotAsync()
    {
        await using var db = _store.CreateContext();
        return (await db.Projects.CountAsync(), await db.Observations.CountAsync(), await db.Sources.CountAsync(),
            await db.SeedStates.Select(s => s.ContentHash).SingleOrDefaultAsync());
    }

    [Fact]
    public async Task Empty_store_is_seeded_with_every_row_of_the_files()
    {
        var expected = CsvDataSetReader.Read(_data.Path);

        var outcome = await _store.Seeder.SeedAsync(_data.Path);

        Assert.Equal(SeedOutcome.Seeded, outcome);
        await using var db = _store.CreateContext();
        Assert.Equal(expected.Projects.Count, await db.Projects.CountAsync());
        Assert.Equal(expected.Observations.Count, await db.Observations.CountAsync());
        Assert.Equal(expected.Events.Count, await db.Events.CountAsync());
        Assert.Equal(expected.Sources.Count, await db.Sources.CountAsync());
        Assert.Equal(expected.RowCount, await db.SeedStates.Select(s => s.RowCount).SingleAsync());
        // Relations and citations survive the round trip through the store.
        var batken = await db.Projects.AsNoTracking().Include(p => p.Countries).Include(p => p.Figures).Include(p => p.Citations)
            .SingleAsync(p => p.Id == "batken-solar-power-plant");
        Assert.Contains(batken.Countries, c => c.Id == "KG");
        Assert.NotEmpty(batken.Figures);
        Assert.NotEmpty(batken.Citations);
    }

    [Fact]
    public async Task Seeding_the_same_files_again_changes_nothing()
    {
        await _store.Seeder.SeedAsync(_data.Path);
        var before = await SnapshotAsync();
        DateTime seededAt;
        await using (var db = _store.CreateContext())
        {
            seededAt = await db.SeedStates.Select(s => s.SeededAtUtc).SingleAsync();
        }

        var outcome = await _store.Seeder.SeedAsync(_data.Path);

        Assert.Equal(SeedOutcome.Unchanged, outcome);
        Assert.Equal(before, await SnapshotAsync());
        await using var after = _store.CreateContext();
        Assert.Equal(seededAt, await after.SeedStates.Select(s => s.SeededAtUtc).SingleAsync());
    }

    [Fact]
    public async Task Changed_files_replace_the_previous_content()
    {
        await _store.Seeder.SeedAsync(_data.Path);
        var before = await SnapshotAsync();
        // Remove one project (and what hangs off it) from the files.
        var figureIds = _data.ReadLines("project_figures.csv").Where(l => l.Contains(",batken-solar-power-plant,", StringComparison.Ordinal))
            .Select(l => l.Split(',')[0]).ToList();
        _data.WriteLines("headlines.csv", _data.ReadLines("headlines.csv").Where(l => !figureIds.Any(id => l.Contains($",{id},", StringComparison.Ordinal))));
        foreach (var file in new[] { "project_figures.csv", "project_organisations.csv" })
        {
            _data.WriteLines(file, _data.ReadLines(file).Where(l => !l.Contains("batken-solar-power-plant", StringComparison.Ordinal)));
        }
        _data.WriteLines("events.csv", _data.ReadLines("events.csv").Select(l => l.Replace("batken-solar-power-plant", "", StringComparison.Ordinal)));
        _data.WriteLines("projects.csv", _data.ReadLines("projects.csv").Where(l => !l.StartsWith("batken-solar-power-plant,", StringComparison.Ordinal)));
        var headlineIds = _data.ReadLines("headlines.csv").Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        _data.WriteLines("translations.csv", _data.ReadLines("translations.csv").Where(l =>
            !l.StartsWith("project,batken-solar-power-plant,", StringComparison.Ordinal)
            && !(l.StartsWith("headline,", StringComparison.Ordinal) && !headlineIds.Contains(l.Split(',')[1]))));

        var outcome = await _store.Seeder.SeedAsync(_data.Path);

        Assert.Equal(SeedOutcome.Seeded, outcome);
        var after = await SnapshotAsync();
        Assert.Equal(before.Projects - 1, after.Projects);
        Assert.NotEqual(before.Hash, after.Hash);
        await using var db = _store.CreateContext();
        Assert.False(await db.Projects.AnyAsync(p => p.Id == "batken-solar-power-plant"));
    }

    [Fact]
    public async Task A_bad_row_is_rejected_and_the_store_keeps_its_previous_content()
    {
        await _store.Seeder.SeedAsync(_data.Path);
        var before = await SnapshotAsync();
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "countries", "KG;ZZ");

        var ex = await Assert.ThrowsAsync<DataValidationException>(() => _store.Seeder.SeedAsync(_data.Path));

        Assert.Equal(new DataError("projects.csv", line, "countries", "unknown country 'ZZ' (not in countries.csv)"), Assert.Single(ex.Errors));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_failure_while_writing_rolls_the_whole_replacement_back()
    {
        await _store.Seeder.SeedAsync(_data.Path);
        var before = await SnapshotAsync();
        var dataSet = CsvDataSetReader.Read(_data.Path);
        // Valid for the reader's checks but refused by the store: a citation of a source that is not there.
        // The store's own foreign key must stop it after every table has already been emptied.
        dataSet.Projects[0].Citations.Add(new Data.Model.Citation { SourceId = "not-a-source" });

        await Assert.ThrowsAsync<DbUpdateException>(() => _store.Seeder.ReplaceAsync(dataSet, new Data.Model.SeedState { ContentHash = "new-hash" }, new Dictionary<string, byte[]>(), "test", DateTime.UtcNow, importRecord: null));

        Assert.Equal(before, await SnapshotAsync());
    }
}

public sealed class SqliteDatabaseSeederTests() : DatabaseSeederTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresDatabaseSeederTests() : DatabaseSeederTests(StoreProvider.Postgres);
