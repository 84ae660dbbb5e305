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

    private IReadOnlyList<DataError> Errors() => Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

    // A sector row's own error; the GCOF rows of a sector the file no longer lists report theirs too (tested below).
    private DataError SingleError() => Assert.Single(Errors(), e => e.File == "sector_pillars.csv");

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
    public void A_sector_that_GCOF_rows_use_cannot_be_left_out_and_each_of_its_rows_says_so()
    {
        var line = _data.SetField("sector_pillars.csv", "crs_code", "998", "crs_code", "");
        var gcofRows = _data.ReadLines("aiddata_gcof_projects.csv").Skip(1).Select((l, i) => (Line: i + 2, Text: l))
            .Where(r => CsvLine.Split(r.Text)[8] == "998").Select(r => r.Line).ToList();

        var errors = Errors();

        Assert.Contains(new DataError("sector_pillars.csv", line, "crs_code", "a value is required"), errors);
        Assert.Equal(16, gcofRows.Count);
        Assert.Equal(gcofRows.Select(l => new DataError("aiddata_gcof_projects.csv", l, "crs_code",
            "CRS sector 998 is not in sector_pillars.csv, which places this dataset's rows")), errors.Where(e => e.File == "aiddata_gcof_projects.csv"));
    }

    [Fact]
    public async Task The_store_holds_the_sectors_after_a_seed_and_an_import_replaces_them()
    {
        using var store = new TestStore();
        await store.Seeder.SeedAsync(_data.Path);
        _data.SetField("sector_pillars.csv", "crs_code", "998", "basis", "AidData could not tell what the money pays for, so nothing can be mapped.");

        var report = await store.Importer.ImportAsync(
            [new ImportFile("sector_pillars.csv", File.ReadAllBytes(Path.Combine(_data.Path, "sector_pillars.csv")))], "maintainer-a", "web");

        Assert.True(report.Applied, report.ToText());
        Assert.Equal(new FileChange("sector_pillars.csv", 18, 18, 0, 1, 0), Assert.Single(report.Changes));
        await using var db = store.CreateContext();
        Assert.Equal(18, await db.Set<SectorPillar>().CountAsync());
        Assert.StartsWith("AidData could not tell what the money pays for", await db.Set<SectorPillar>().Where(s => s.CrsCode == 998).Select(s => s.Basis).SingleAsync(), StringComparison.Ordinal);
        Assert.Equal("998", await db.Revisions.Where(r => r.File == "sector_pillars.csv" && r.Kind == RevisionKind.Changed).Select(r => r.RowId).SingleAsync());
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
