using System.Text;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>sector_pillars.csv, the first file added as a descriptor only: read, checked, stored and imported like the others.</summary>
public sealed class SectorPillarsFileTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private DataError SingleError() => Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors);

    [Fact]
    public void Each_CRS_sector_loads_with_its_pillar_dimension_and_source()
    {
        var sectors = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory).Rows<SectorPillar>();

        var transport = Assert.Single(sectors, s => s.CrsCode == 210);
        Assert.Equal("Transport and Storage", transport.CrsName);
        Assert.Equal("infrastructure-connectivity", transport.PillarId);
        Assert.Equal("economic-interdependence", transport.DimensionId);
        Assert.Equal("aiddata-gcof-1", Assert.Single(transport.Citations).SourceId);
        var unspecified = Assert.Single(sectors, s => s.CrsCode == 998);
        Assert.Null(unspecified.PillarId);
        Assert.Null(unspecified.DimensionId);
        Assert.All(sectors, s => Assert.True(s.Pillar is null || s.Pillar.DimensionId == s.DimensionId));
    }

    [Fact]
    public void A_code_that_is_not_three_digits_is_rejected_with_file_line_and_column()
    {
        var line = _data.SetField("sector_pillars.csv", "crs_code", "210", "crs_code", "21O");

        var error = SingleError();

        Assert.Equal($"sector_pillars.csv line {line}, column 'crs_code': '21O' is not a CRS sector code (three digits, such as 210)", error.ToString());
    }

    [Fact]
    public void A_code_listed_twice_is_rejected_on_its_second_line()
    {
        var first = _data.FindRow("sector_pillars.csv", r => r["crs_code"] == "210").Line;
        var line = _data.SetField("sector_pillars.csv", "crs_code", "220", "crs_code", "210");

        Assert.Equal(new DataError("sector_pillars.csv", line, "crs_code", $"duplicate id '210' (first used on line {first})"), SingleError());
    }

    [Fact]
    public void An_unknown_pillar_is_rejected()
    {
        var line = _data.SetField("sector_pillars.csv", "crs_code", "210", "pillar_id", "roads");

        Assert.Equal(new DataError("sector_pillars.csv", line, "pillar_id", "unknown pillar 'roads' (not in pillars.csv)"), SingleError());
    }

    [Fact]
    public void A_dimension_that_is_not_the_pillars_own_is_rejected()
    {
        var line = _data.SetField("sector_pillars.csv", "crs_code", "210", "dimension_id", "security-cooperation");

        Assert.Equal(new DataError("sector_pillars.csv", line, "dimension_id",
            "is 'security-cooperation' but pillar 'infrastructure-connectivity' belongs to 'economic-interdependence'"), SingleError());
    }

    [Fact]
    public void A_pillar_without_its_dimension_is_rejected()
    {
        var line = _data.SetField("sector_pillars.csv", "crs_code", "210", "dimension_id", "");

        Assert.Equal(new DataError("sector_pillars.csv", line, "dimension_id", "a sector with a pillar needs that pillar's dimension"), SingleError());
    }

    [Fact]
    public void A_sector_without_its_basis_or_source_is_rejected()
    {
        var line = _data.SetField("sector_pillars.csv", "crs_code", "998", "basis", "");
        _data.SetField("sector_pillars.csv", "crs_code", "998", "sources", "aiddata-gcof-9");

        var errors = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

        Assert.Equal(
            [
                new DataError("sector_pillars.csv", line, "basis", "a value is required"),
                new DataError("sector_pillars.csv", line, "sources", "unknown source 'aiddata-gcof-9' (not in sources.csv)"),
            ],
            errors);
    }

    [Fact]
    public async Task The_store_holds_the_sectors_after_a_seed_and_an_import_replaces_them()
    {
        using var store = new TestStore();
        await store.Seeder.SeedAsync(_data.Path);
        var lines = _data.ReadLines("sector_pillars.csv").Where(l => !l.StartsWith("998,", StringComparison.Ordinal));

        var report = await store.Importer.ImportAsync(
            [new ImportFile("sector_pillars.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"))], "maintainer-a", "web");

        Assert.True(report.Applied, report.ToText());
        Assert.Equal(new FileChange("sector_pillars.csv", 18, 17, 0, 0, 1), Assert.Single(report.Changes));
        await using var db = store.CreateContext();
        Assert.Equal(17, await db.Set<SectorPillar>().CountAsync());
        Assert.False(await db.Set<SectorPillar>().AnyAsync(s => s.CrsCode == 998));
        Assert.Equal("998", await db.Revisions.Where(r => r.File == "sector_pillars.csv" && r.Kind == RevisionKind.Removed).Select(r => r.RowId).SingleAsync());
    }

    [Fact]
    public async Task An_imported_bad_row_is_rejected_with_its_line_and_column_and_changes_nothing()
    {
        using var store = new TestStore();
        await store.Seeder.SeedAsync(_data.Path);
        var before = await store.FingerprintAsync();
        var line = _data.SetField("sector_pillars.csv", "crs_code", "230", "pillar_id", "energy");

        var report = await store.Importer.ImportAsync(
            [new ImportFile("sector_pillars.csv", File.ReadAllBytes(Path.Combine(_data.Path, "sector_pillars.csv")))], "maintainer-a", "web");

        Assert.False(report.Applied);
        Assert.Equal(new DataError("sector_pillars.csv", line, "pillar_id", "unknown pillar 'energy' (not in pillars.csv)"), Assert.Single(report.Errors));
        Assert.Equal(before, await store.FingerprintAsync());
    }
}
