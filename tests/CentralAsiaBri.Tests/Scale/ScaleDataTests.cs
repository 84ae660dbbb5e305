using System.Globalization;
using System.Security.Cryptography;
using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.ScaleData;
using CentralAsiaBri.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Scale;

/// <summary>
/// The scale data set's generator (issue 17): deterministic, the real files at 1×, valid for the real loader at a
/// small factor, and the same rows from the queries on SQLite and PostgreSQL. The 100× set is for the benchmarks only.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ScaleDataTests : IDisposable
{
    private const int Factor = 3;
    private readonly string _output = Directory.CreateTempSubdirectory("cab-scale-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void At_factor_one_the_files_are_the_data_folder_unchanged()
    {
        new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, 1).WriteTo(_output);

        foreach (var file in Directory.GetFiles(TempDataDirectory.ProjectDataDirectory, "*.csv"))
        {
            Assert.Equal(Hash(file), Hash(Path.Combine(_output, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void The_same_factor_and_seed_give_the_same_bytes_and_another_seed_other_ones()
    {
        var again = Path.Combine(_output, "again");
        var other = Path.Combine(_output, "other");
        new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, Factor).WriteTo(_output);
        new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, Factor).WriteTo(again);
        new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, Factor, seed: 7).WriteTo(other);

        foreach (var file in Directory.GetFiles(_output, "*.csv"))
        {
            Assert.Equal(Hash(file), Hash(Path.Combine(again, Path.GetFileName(file))));
        }
        Assert.NotEqual(Hash(Path.Combine(_output, "projects.csv")), Hash(Path.Combine(other, "projects.csv")));
    }

    [Fact]
    public void The_factor_multiplies_projects_organisations_and_events_and_adds_a_thousand_trade_figures_a_product_group()
    {
        var original = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        var summary = new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, Factor).WriteTo(_output);
        var scaled = CsvDataSetReader.Read(_output);

        Assert.Equal(original.Projects.Count * Factor, scaled.Projects.Count);
        Assert.Equal(original.Rows<Organisation>().Count * Factor, scaled.Rows<Organisation>().Count);
        Assert.Equal(original.Rows<TimelineEvent>().Count * Factor, scaled.Rows<TimelineEvent>().Count);
        Assert.Equal(original.Rows<Observation>().Count + Factor * ScaleDataGenerator.GridRowsPerProductGroup, scaled.Rows<Observation>().Count);
        Assert.Equal(summary.Projects, scaled.Projects.Count);
        // Every generated figure names a reporter of the real file and is never a line of all goods.
        var grid = scaled.Rows<Observation>().Where(o => o.Id.StartsWith("scale-", StringComparison.Ordinal)).ToList();
        Assert.All(grid, o => Assert.NotNull(o.ProductGroup));
        Assert.All(grid, o => Assert.NotNull(o.ReporterId));
    }

    [Fact]
    public async Task A_generated_set_loads_through_the_seeder_and_answers_the_same_on_sqlite_and_postgresql()
    {
        new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, Factor).WriteTo(_output);
        var files = CsvDataSetReader.Read(_output);
        using var sqlite = new TestStore(StoreProvider.Sqlite);
        using var postgres = new TestStore(StoreProvider.Postgres);
        await sqlite.Seeder.SeedAsync(_output);
        await postgres.Seeder.SeedAsync(_output);

        var answers = new List<(string Sqlite, string Postgres)>();
        foreach (var store in (TestStore[])[sqlite, postgres])
        {
            await using var db = store.CreateContext();
            Assert.Equal(files.Projects.Count, await db.Projects.CountAsync());
            Assert.Equal(files.Rows<Observation>().Count, await db.Observations.CountAsync());
        }
        string[] queries = ["country=KZ", "q=ташкент", "q=ТАШКЕНТ", "q=物流", "q=logistics&from=2010", "source=aiddata-gcof-1&sort=start", "status=completed&page=3"];
        foreach (var query in queries)
        {
            answers.Add((await AnswerAsync(sqlite, query), await AnswerAsync(postgres, query)));
        }

        Assert.All(answers, a => Assert.Equal(a.Sqlite, a.Postgres));
        // Case is ignored in Cyrillic on both providers, and the generated words are found.
        Assert.Equal(answers[1].Sqlite, answers[2].Sqlite);
        var expected = files.Projects.Count(p => TextSearch.Fold(string.Join('\n', p.Name, p.Description, p.Location)).Contains("ташкент", StringComparison.Ordinal));
        Assert.True(expected > 0);
        Assert.StartsWith($"{expected.ToString(CultureInfo.InvariantCulture)}:", answers[1].Sqlite, StringComparison.Ordinal);
    }

    /// <summary>A search's total and page of ids, the facets' counts and the trade lines' size, as one text.</summary>
    private static async Task<string> AnswerAsync(TestStore store, string query)
    {
        var index = new ProjectIndex(store.Factory, new DataLoadCache());
        var filter = Filter(query);
        var page = await new ProjectSearch(store.Factory, index).SearchAsync(filter);
        var facets = await new ProjectFacetQuery(index).GetAsync(filter);
        var lines = await new ObservationQueries(store.Factory, new DataLoadCache()).GetAllGoodsAsync("trade-value");
        var counts = string.Join(",", facets.Facets.Countries.Concat(facets.Facets.Sources).Concat(facets.Facets.Statuses).Select(f => $"{f.Value}={f.Count}"));
        return $"{page.Total}:{string.Join(",", page.Items.Select(p => p.Id))}|{counts}|{lines.Count}";
    }

    // The projects page's own reading of a query string, with its page number.
    private static ProjectFilter Filter(string query)
    {
        var q = new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        return CentralAsiaBri.Web.Features.Projects.ProjectsView.FromQuery(q) with { Page = CentralAsiaBri.Web.Components.Shared.QueryValues.Number(q["page"]) ?? 1 };
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
