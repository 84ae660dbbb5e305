using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Data.Seeding.Files;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Features.History;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>
/// The descriptors are the one list of data files: every file in data/ has one and every descriptor has its
/// file, the read order follows the references, and the delete order is its reverse.
/// </summary>
public sealed class DataFileRegistryTests
{
    private static int ReadIndex(string file) => DataFileRegistry.Names.ToList().IndexOf(file);

    [Fact]
    public void Every_descriptor_names_a_file_that_exists_in_data()
    {
        var missing = DataFileRegistry.Names.Where(f => !File.Exists(Path.Combine(TempDataDirectory.ProjectDataDirectory, f)));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_csv_file_in_data_has_a_descriptor()
    {
        var withoutDescriptor = Directory.GetFiles(TempDataDirectory.ProjectDataDirectory, "*.csv").Select(Path.GetFileName)
            .Where(f => DataFileRegistry.Find(f!) is null).ToList();

        Assert.Empty(withoutDescriptor);
    }

    [Fact]
    public void Every_descriptor_class_is_registered_once()
    {
        var classes = typeof(DataFileDescriptor).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DataFileDescriptor)) && !t.IsAbstract).Order(TypeOrder.Instance);

        Assert.Equal(classes, DataFileRegistry.All.Select(d => d.GetType()).Order(TypeOrder.Instance));
    }

    [Fact]
    public void Every_file_header_is_its_descriptors_column_set()
    {
        foreach (var file in DataFileRegistry.All)
        {
            var header = CsvLine.Split(File.ReadLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, file.Name)).First().TrimStart('\uFEFF'));
            Assert.Equal(file.Columns.Order(StringComparer.Ordinal), header.Order(StringComparer.Ordinal));
            Assert.All(file.KeyColumns ?? [], key => Assert.Contains(key, file.Columns));
        }
    }

    [Fact]
    public void A_file_is_read_after_every_file_it_references()
    {
        foreach (var file in DataFileRegistry.All)
        {
            Assert.All(file.References, reference => Assert.InRange(ReadIndex(reference), 0, ReadIndex(file.Name) - 1));
        }
    }

    [Fact]
    public void A_table_is_emptied_before_every_table_it_references()
    {
        var deleteIndex = DataFileRegistry.DeleteOrder.Select((d, i) => (d.EntityType, i)).ToDictionary(x => x.EntityType, x => x.i);

        Assert.Equal(DataFileRegistry.EntityTypes.Order(TypeOrder.Instance), deleteIndex.Keys.Order(TypeOrder.Instance));
        foreach (var file in DataFileRegistry.All)
        {
            foreach (var referenced in file.References.Select(r => DataFileRegistry.Find(r)!.EntityType).Where(t => t != file.EntityType))
            {
                Assert.True(deleteIndex[file.EntityType] < deleteIndex[referenced],
                    $"{file.Name}'s {file.EntityType.Name} rows must be deleted before the {referenced.Name} rows they reference");
            }
        }
    }

    [Fact]
    public void Every_content_table_of_the_model_is_loaded_from_a_data_file()
    {
        // What the store keeps about loads themselves, not the data.
        Type[] bookkeeping = [typeof(SeedState), typeof(DataFile), typeof(ImportRecord), typeof(Revision), typeof(Release), typeof(DataProtectionKey)];
        using var db = new CentralAsiaBriDbContext(new DbContextOptionsBuilder<CentralAsiaBriDbContext>().UseSqlite("Data Source=:memory:").Options);
        var entities = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && !e.HasSharedClrType).Select(e => e.ClrType).Except(bookkeeping);

        Assert.Equal(entities.Order(TypeOrder.Instance), DataFileRegistry.EntityTypes.Order(TypeOrder.Instance));
    }

    [Fact]
    public void A_reader_cannot_resolve_rows_of_a_file_it_does_not_reference()
    {
        var units = new UnitsFile();
        var lookups = DataFileRegistry.All.DistinctBy(d => d.EntityType).ToDictionary(d => d.EntityType, d => d.CreateLookup(d.Name));
        var context = new DataReadContext(units, lookups);

        Assert.NotNull(context.Lookup<Unit>());
        var ex = Assert.Throws<InvalidOperationException>(() => context.Lookup<Source>());
        Assert.Equal("units.csv resolves Source rows but does not list their file in its References.", ex.Message);
    }

    [Fact]
    public void A_reference_to_an_entity_of_two_files_names_both_files_when_it_is_unknown()
    {
        using var data = new TempDataDirectory();
        var (_, headline) = data.FindRow("headlines.csv", r => r["observation_id"].Length > 0);
        var line = data.SetField("headlines.csv", "id", headline["id"], "observation_id", "no-such-figure");

        var error = Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(data.Path)).Errors);

        Assert.Equal(new DataError("headlines.csv", line, "observation_id", "unknown observation 'no-such-figure' (not in observations.csv or trade_observations.csv or imf_dots_trade.csv or cgit_observations.csv or reference_observations.csv or imf_imts_trade.csv or comtrade_trade.csv)"), error);
    }

    [Fact]
    public void History_pages_cover_the_files_their_descriptors_name()
    {
        Assert.Equal(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["sources"] = ["sources.csv"],
                ["indicators"] = ["indicators.csv"],
                ["observations"] = ["observations.csv", "trade_observations.csv", "imf_dots_trade.csv", "cgit_observations.csv", "reference_observations.csv", "imf_imts_trade.csv", "comtrade_trade.csv"],
                ["projects"] = ["projects.csv"],
                ["events"] = ["events.csv"],
            }.OrderBy(k => k.Key, StringComparer.Ordinal),
            HistoryKinds.Files.OrderBy(k => k.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Key_columns_come_from_the_descriptor_and_a_join_table_has_none()
    {
        Assert.Equal(["id"], DataFileRegistry.KeyColumns("projects.csv", ["id", "name"]));
        Assert.Equal(["kind", "id", "field", "lang"], DataFileRegistry.KeyColumns("translations.csv", ["kind", "id", "field", "lang", "text"]));
        Assert.Equal(["crs_code"], DataFileRegistry.KeyColumns("sector_pillars.csv", ["crs_code", "crs_name"]));
        Assert.Null(DataFileRegistry.KeyColumns("project_organisations.csv", ["project_id", "organisation_id", "role"]));
        Assert.Null(DataFileRegistry.KeyColumns("people.csv", ["id"]));
    }

    private sealed class TypeOrder : IComparer<Type>
    {
        public static readonly TypeOrder Instance = new();

        public int Compare(Type? x, Type? y) => StringComparer.Ordinal.Compare(x?.FullName, y?.FullName);
    }
}
