using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CentralAsiaBri.Tests.Projects;

/// <summary>The projects filter against the real dataset in a real store; expectations come from the files.</summary>
public abstract class ProjectSearchTests(StoreProvider provider) : IAsyncLifetime, IDisposable
{
    private readonly TestStore _store = new(provider);
    private readonly DataSet _data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
    private ProjectSearch _search = default!;
    private ProjectFacetQuery _facets = default!;
    private ProjectIndex _index = default!;

    public async Task InitializeAsync()
    {
        await _store.Seeder.SeedAsync(TempDataDirectory.ProjectDataDirectory);
        _index = new ProjectIndex(_store.Factory, new DataLoadCache());
        _search = new ProjectSearch(_store.Factory, _index);
        _facets = new ProjectFacetQuery(_index);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<List<string>> IdsAsync(ProjectFilter filter) =>
        [.. (await _search.ListAsync(filter)).Select(r => r.Id).Order()];

    [Fact]
    public async Task Country_and_pillar_select_the_projects_that_have_both()
    {
        var expected = _data.Projects.Where(p => p.Countries.Any(c => c.Id == "KG") && p.PillarId == "infrastructure-connectivity").Select(p => p.Id).Order().ToList();

        var ids = await IdsAsync(new ProjectFilter { Countries = ["KG"], Pillar = "infrastructure-connectivity" });

        Assert.Equal(expected, ids);
        Assert.Contains("batken-solar-power-plant", ids);
    }

    [Fact]
    public async Task Several_countries_mean_any_of_them()
    {
        var expected = _data.Projects.Where(p => p.Countries.Any(c => c.Id is "TJ" or "TM")).Select(p => p.Id).Order().ToList();

        Assert.Equal(expected, await IdsAsync(new ProjectFilter { Countries = ["TJ", "TM"] }));
    }

    [Fact]
    public async Task Each_facet_counts_what_the_other_filters_leave()
    {
        var result = await _facets.GetAsync(new ProjectFilter { Countries = ["KG"], Pillar = "infrastructure-connectivity" });

        // Country counts ignore the country filter but keep the pillar filter …
        var infrastructure = _data.Projects.Where(p => p.PillarId == "infrastructure-connectivity").ToList();
        Assert.All(result.Facets.Countries, c => Assert.Equal(infrastructure.Count(p => p.Countries.Any(x => x.Id == c.Value)), c.Count));
        // … and pillar counts ignore the pillar filter but keep the country filter.
        var kyrgyz = _data.Projects.Where(p => p.Countries.Any(c => c.Id == "KG")).ToList();
        Assert.All(result.Facets.Pillars, f => Assert.Equal(kyrgyz.Count(p => p.PillarId == f.Value), f.Count));
        Assert.True(result.Facets.Countries.Single(c => c.Value == "KG").Selected);
    }

    [Fact]
    public async Task Text_search_is_case_insensitive_over_names_and_descriptions_and_treats_wildcards_literally()
    {
        Assert.Contains("batken-solar-power-plant", await IdsAsync(new ProjectFilter { Text = "BATKEN" }));
        Assert.Contains("dushanbe-chanak-highway", await IdsAsync(new ProjectFilter { Text = "uzbek border" }));
        Assert.Empty(await IdsAsync(new ProjectFilter { Text = "%" }));
        // "_" is a character, not LIKE's any-character: only the names that contain one (AidData titles such as
        // "Osh_„_Sarytash", as the dataset spells them) match.
        var underscored = _data.Projects.Where(p => p.Name.Contains('_', StringComparison.Ordinal) || (p.Description?.Contains('_', StringComparison.Ordinal) ?? false))
            .Select(p => p.Id).Order().ToList();
        Assert.InRange(underscored.Count, 1, _data.Projects.Count - 1);
        Assert.Equal(underscored, await IdsAsync(new ProjectFilter { Text = "_" }));
    }

    [Fact]
    public async Task Year_range_keeps_projects_whose_known_years_overlap_it()
    {
        var ids = await IdsAsync(new ProjectFilter { FromYear = 2025, ToYear = 2025 });

        Assert.Contains("year-of-high-quality-development-of-china-central-asia-cooperation", ids); // 2025–2026
        Assert.Contains("china-kazakhstan-import-export-commodity-exhibition-2025", ids); // 2025 only
        Assert.Contains("china-kazakhstan-trans-caspian-route-agreement", ids); // signed 2023, in force
        Assert.DoesNotContain("dushanbe-chanak-highway", ids); // no year in the sources
        Assert.DoesNotContain("china-central-asia-summit", ids); // no year in the sources
        Assert.Equal(ids, (await IdsAsync(new ProjectFilter { FromYear = 2025 })).Intersect(await IdsAsync(new ProjectFilter { ToYear = 2025 })).Order());
    }

    [Fact]
    public async Task A_project_that_started_and_has_not_ended_counts_for_later_years_and_a_completed_one_does_not()
    {
        var ids = await IdsAsync(new ProjectFilter { FromYear = 2026 });

        Assert.Contains("wuwei-south-tashkent-freight-train", ids); // launched 2025, operating, no end given
        Assert.Contains("year-of-high-quality-development-of-china-central-asia-cooperation", ids); // 2025–2026
        Assert.DoesNotContain("china-kazakhstan-import-export-commodity-exhibition-2025", ids); // 2025 only
        Assert.DoesNotContain("dushanbe-chanak-highway", ids); // no years in the sources
    }

    [Fact]
    public async Task Company_filter_follows_the_project_organisations()
    {
        Assert.Equal(["batken-solar-power-plant"], await IdsAsync(new ProjectFilter { Company = "cecep-solar-energy" }));
    }

    [Fact]
    public async Task Pages_are_sorted_and_sized()
    {
        var all = _data.Projects.OrderByDescending(p => p.Name, StringComparer.Ordinal).Select(p => p.Id).ToList();

        var first = await _search.SearchAsync(new ProjectFilter { Descending = true, PageSize = 10, Page = 1 });
        var second = await _search.SearchAsync(new ProjectFilter { Descending = true, PageSize = 10, Page = 2 });

        Assert.Equal(all.Count, first.Total);
        Assert.Equal(all.Take(10), first.Items.Select(r => r.Id));
        Assert.Equal(all.Skip(10).Take(10), second.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Status_sorts_in_lifecycle_order()
    {
        var rows = await _search.ListAsync(new ProjectFilter { Sort = ProjectSort.Status });

        var order = rows.Select(r => r.Status).Distinct().ToList();
        Assert.Equal(order.OrderBy(s => Array.IndexOf(s_lifecycle, s)), order);
        Assert.Equal(ProjectStatus.Proposed, rows[0].Status);
    }

    private static readonly ProjectStatus[] s_lifecycle =
    [
        ProjectStatus.Proposed, ProjectStatus.Planned, ProjectStatus.Agreed, ProjectStatus.UnderConstruction,
        ProjectStatus.Operating, ProjectStatus.Ongoing, ProjectStatus.Completed, ProjectStatus.Unknown,
    ];

    [Fact]
    public async Task Map_counts_follow_the_whole_filter()
    {
        var result = await _facets.GetAsync(new ProjectFilter { Countries = ["KG"], Pillar = "infrastructure-connectivity" });

        var matching = _data.Projects.Where(p => p.Countries.Any(c => c.Id == "KG") && p.PillarId == "infrastructure-connectivity").ToList();
        Assert.Equal(matching.Count, result.PerCountry["KG"]);
        Assert.Equal(matching.Count(p => p.Countries.Any(c => c.Id == "UZ")), result.PerCountry.GetValueOrDefault("UZ"));
        Assert.Equal(0, result.PerCountry.GetValueOrDefault("KZ"));
    }

    /// <summary>Remembers the text of every SQL command a context runs.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (Commands)
            {
                Commands.Add(command.CommandText);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private (IDbContextFactory<CentralAsiaBriDbContext> Factory, CommandLog Log) Logged()
    {
        var log = new CommandLog();
        var options = new DbContextOptionsBuilder<CentralAsiaBriDbContext>(TestStore.Options(provider, _store.ConnectionString)).AddInterceptors(log).Options;
        return (new PooledDbContextFactory<CentralAsiaBriDbContext>(options), log);
    }

    [Fact]
    public async Task Looking_up_one_project_by_id_runs_no_facet_or_count_query()
    {
        var (factory, log) = Logged();

        var project = await new ProjectLookup(factory).FindAsync("batken-solar-power-plant");

        Assert.Equal("batken-solar-power-plant", project?.Id);
        Assert.NotEmpty(log.Commands);
        Assert.DoesNotContain(log.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase) || c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Null(await new ProjectLookup(factory).FindAsync("no-such-project"));
    }

    [Fact]
    public async Task A_search_reads_the_index_once_per_load_then_only_the_page_rows_by_key()
    {
        var (factory, log) = Logged();
        var search = new ProjectSearch(factory, new ProjectIndex(factory, new DataLoadCache()));
        await search.SearchAsync(new ProjectFilter { Countries = ["KZ"], PageSize = 5 });
        log.Commands.Clear();

        var page = await search.SearchAsync(new ProjectFilter { Countries = ["KG"], PageSize = 5, Page = 2 });

        Assert.Equal(_data.Projects.Count(p => p.Countries.Any(c => c.Id == "KG")), page.Total);
        Assert.Equal(Math.Min(5, page.Total - 5), page.Items.Count);
        Assert.NotEmpty(log.Commands);
        Assert.DoesNotContain(log.Commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)
            || c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase) || c.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_row_read_once_is_kept_until_the_next_data_load_and_the_load_brings_the_new_content()
    {
        var (factory, log) = Logged();
        var cache = new DataLoadCache();
        var search = new ProjectSearch(factory, new ProjectIndex(factory, cache));
        var kyrgyz = new ProjectFilter { Countries = ["KG"], PageSize = 5 };
        var first = await search.SearchAsync(kyrgyz);
        log.Commands.Clear();

        // The same page asked again as another view (the sort named explicitly): its ids, count and rows come from what the
        // first read kept, with no query to the store.
        var again = await search.SearchAsync(kyrgyz with { Sort = ProjectSort.Name });
        Assert.Equal(first.Items.Select(r => r.Id), again.Items.Select(r => r.Id));
        Assert.Same(first.Items[0], again.Items[0]);
        Assert.Empty(log.Commands);

        // A data load (here a change made under the index, then the load's invalidation) brings the new name.
        var id = first.Items[0].Id;
        await using (var db = _store.CreateContext())
        {
            await db.Projects.Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Name, p => "AAA " + p.Name));
        }
        Assert.Equal(first.Items[0].Name, (await search.SearchAsync(kyrgyz)).Items[0].Name);
        cache.Invalidate();

        var reloaded = await search.SearchAsync(kyrgyz);

        Assert.Equal("AAA " + first.Items[0].Name, reloaded.Items.Single(r => r.Id == id).Name);
        Assert.NotEmpty(log.Commands);
    }

    [Fact]
    public async Task Related_projects_share_the_pillar_or_the_dimension_and_a_country_with_the_documents_projects_first()
    {
        // Expected from the files: same pillar (outside the pillars, same dimension with no pillar), a country in common,
        // not the project itself; the documents' projects first, each group by name then id; eight at most.
        foreach (var project in _data.Projects.Where(p => p.PillarId is not null || p.DimensionId is not null).Take(40))
        {
            var countries = project.Countries.Select(c => c.Id).ToList();
            var expected = _data.Projects
                .Where(o => o.Id != project.Id && (project.PillarId is not null ? o.PillarId == project.PillarId : o.PillarId is null && o.DimensionId == project.DimensionId)
                    && o.Countries.Any(c => countries.Contains(c.Id)))
                .OrderBy(o => o.DatasetId is not null).ThenBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal)
                .Take(8).Select(o => o.Id).ToList();

            var related = await _index.RelatedAsync(project.Id, project.PillarId, project.DimensionId, countries, 8);

            Assert.Equal(expected, related.Select(r => r.Id));
        }
    }

    [Fact]
    public async Task The_same_record_is_found_in_the_other_datasets_only()
    {
        var withRecords = _data.Projects.Where(p => p.DatasetRecordId is not null).ToList();
        Assert.NotEmpty(withRecords);
        foreach (var project in withRecords.Take(60))
        {
            var expected = withRecords.Where(o => o.DatasetRecordId == project.DatasetRecordId && o.DatasetId != project.DatasetId && o.Id != project.Id)
                .Select(o => o.Id).Order(StringComparer.Ordinal);

            var same = await _index.SameRecordAsync(project.Id, project.DatasetId, project.DatasetRecordId!.Value);

            Assert.Equal(expected, same.Select(r => r.ProjectId).Order(StringComparer.Ordinal));
        }
    }

    public static TheoryData<string> Filters => new()
    {
        "",
        "country=KZ",
        "country=KG&country=UZ",
        "pillar=infrastructure-connectivity",
        "dimension=security-cooperation",
        "sector=energy",
        "status=completed",
        "source=documents",
        "source=aiddata-gcof-1",
        "from=2015",
        "to=2010",
        "from=2008&to=2012",
        "company=china-road-and-bridge-corporation",
        "q=rail",
        "q=RAIL",
        "q=солнечн",
        "country=TJ&from=2005&q=road",
        "source=aiddata-public-diplomacy&status=ongoing&country=KZ",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_index_leaves_the_same_projects_as_the_filter_in_sql(string query)
    {
        var filter = Filter(query);
        await using var db = _store.CreateContext();
        var inSql = await ProjectSearch.Apply(db.Projects, filter).Select(p => p.Id).ToListAsync();

        var inIndex = await _index.MatchingIdsAsync(filter);

        Assert.Equal(inSql.Order(StringComparer.Ordinal), inIndex.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_are_in_name_order_then_id_and_the_same_on_every_page_cut()
    {
        var filter = new ProjectFilter { PageSize = 7 };
        var all = await _index.MatchingIdsAsync(filter);
        var pages = new List<string>();
        for (var page = 1; (page - 1) * 7 < all.Count; page++)
        {
            pages.AddRange((await _search.SearchAsync(filter with { Page = page })).Items.Select(p => p.Id));
        }

        Assert.Equal(all, pages);
        var names = _data.Projects.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        Assert.Equal(all, all.OrderBy(id => names[id], StringComparer.Ordinal).ThenBy(id => id, StringComparer.Ordinal));
    }

    // The projects page's own reading of a query string.
    private static ProjectFilter Filter(string query) => CentralAsiaBri.Web.Features.Projects.ProjectsView.FromQuery(
        new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)));
}

public sealed class SqliteProjectSearchTests() : ProjectSearchTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresProjectSearchTests() : ProjectSearchTests(StoreProvider.Postgres);
