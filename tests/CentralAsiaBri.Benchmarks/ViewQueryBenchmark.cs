using BenchmarkDotNet.Attributes;
using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Features.History;
using CentralAsiaBri.Web.Features.Projects;
using CentralAsiaBri.Web.Features.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// Issue 17: the queries the main views run (<see cref="ViewRenderBenchmark"/>), each on its own, through the app's own
/// query services over the same scale-set store. Queries a view runs on every request are measured as a request runs
/// them (the per-load caches they lean on warm); reads kept per data load (<c>DataLoadCache</c>) are measured as the
/// first view after a load pays them: the cache is cleared, then the read runs (marked "per load").
/// </summary>
[MemoryDiagnoser]
public class ViewQueryBenchmark
{
    private ScaleApp _app = default!;
    private DataLoadCache _perLoad = default!;
    private OverviewQuery _overview = default!;
    private ContentQueries _content = default!;
    private FrameworkQueries _framework = default!;
    private CatalogueQueries _catalogue = default!;
    private ObservationQueries _observations = default!;
    private HistoryQueries _history = default!;
    private ProjectSearch _search = default!;
    private ProjectFacetQuery _facets = default!;
    private ProjectIndex _index = default!;
    private ProjectFilter _filter = default!;
    private Web.Localization.TranslationCatalog _translations = default!;
    private Web.Store.LatestRelease _release = default!;
    private string _projectId = "";
    private IReadOnlyList<string> _pageIds = [];
    private ProductLine? _compositionLine;
    private string[] _observationFiles = [];

    [ParamsSource(nameof(Factors))]
    public int Factor { get; set; }

    public static IEnumerable<int> Factors() => ScaleApp.Factors();

    [GlobalSetup]
    public async Task Setup()
    {
        _app = ScaleApp.Start(Factor);
        var services = _app.Services;
        _perLoad = services.GetRequiredService<DataLoadCache>();
        _overview = services.GetRequiredService<OverviewQuery>();
        _content = services.GetRequiredService<ContentQueries>();
        _framework = services.GetRequiredService<FrameworkQueries>();
        _catalogue = services.GetRequiredService<CatalogueQueries>();
        _observations = services.GetRequiredService<ObservationQueries>();
        _history = services.GetRequiredService<HistoryQueries>();
        _search = services.GetRequiredService<ProjectSearch>();
        _facets = services.GetRequiredService<ProjectFacetQuery>();
        _index = services.GetRequiredService<ProjectIndex>();
        _translations = services.GetRequiredService<Web.Localization.TranslationCatalog>();
        _release = services.GetRequiredService<Web.Store.LatestRelease>();
        await using (var db = await services.GetRequiredService<IDbContextFactory<CentralAsiaBriDbContext>>().CreateDbContextAsync())
        {
            _projectId = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        // The projects page's own reading of /projects?country=KZ&q=rail&from=2005.
        _filter = ProjectsView.Parse(["KZ"], null, null, null, null, 2005, null, null, "rail", null, null, 1);
        // The indicator page's first page of its table (IndicatorPage.PageSize figures), and the trade page's default composition line.
        _pageIds = [.. (await _observations.GetObservationIdsAsync("trade-value")).Take(Web.Components.Pages.Indicators.IndicatorPage.PageSize)];
        var view = TradeView.Parse("KZ,KG", null, null, null, 2010, null, null, null, TradeView.DefaultReportersOf(await _observations.GetReportersAsync()));
        _compositionLine = TradeComposition.Choose(await _observations.GetProductLinesAsync("trade-value"), view, null, null, null);
        _observationFiles = [.. HistoryKinds.Files["observations"]];
        await Warm();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _app.DisposeAsync();

    /// <summary>Fills the per-load caches the every-request queries lean on (the project index, the trade lines).</summary>
    private async Task Warm()
    {
        await _index.PageAsync(_filter);
        await _observations.GetProductLinesAsync("trade-value");
        await _observations.GetObservationIdsAsync("trade-value");
    }

    // Every request.

    [Benchmark(Baseline = true, Description = "indicator: GetIndicatorAsync (one row by key)")]
    public async Task<object?> IndicatorRow() => await _observations.GetIndicatorAsync("trade-value");

    [Benchmark(Description = "indicator: GetObservationsByIdAsync (a page of 200)")]
    public async Task<int> IndicatorPageRows() => (await _observations.GetObservationsByIdAsync(_pageIds)).Count;

    [Benchmark(Description = "indicator: GetLastChangesAsync (the page's 200)")]
    public async Task<int> IndicatorLastChanges() => (await _history.GetLastChangesAsync(_observationFiles, _pageIds)).Count;

    [Benchmark(Description = "projects: ProjectSearch.SearchAsync (index + 25 rows)")]
    public async Task<int> ProjectsSearch() => (await _search.SearchAsync(_filter)).Total;

    [Benchmark(Description = "projects: ProjectIndex.PageAsync (index only)")]
    public async Task<int> ProjectsIndexPage() => (await _index.PageAsync(_filter)).Total;

    [Benchmark(Description = "projects: ProjectFacetQuery.GetAsync")]
    public async Task<int> ProjectsFacets() => (await _facets.GetAsync(_filter)).Facets.Countries.Count;

    [Benchmark(Description = "project: ContentQueries.GetProjectAsync")]
    public async Task<object?> ProjectDetail() => await _content.GetProjectAsync(_projectId);

    // Once per data load: cleared, then read (what the first view after a load pays).

    [Benchmark(Description = "per load: OverviewQuery.GetAsync (home)")]
    public async Task<object> HomeOverview()
    {
        _perLoad.Invalidate();
        return await _overview.GetAsync();
    }

    [Benchmark(Description = "per load: GetHeadlinesAsync (home)")]
    public async Task<int> HomeHeadlines()
    {
        _perLoad.Invalidate();
        return (await _content.GetHeadlinesAsync()).Count;
    }

    [Benchmark(Description = "per load: GetLatestEventsAsync(5) (home)")]
    public async Task<int> HomeLatestEvents()
    {
        _perLoad.Invalidate();
        return (await _framework.GetLatestEventsAsync(5)).Count;
    }

    [Benchmark(Description = "per load: GetFrameworkAsync (home)")]
    public async Task<int> HomeFramework()
    {
        _perLoad.Invalidate();
        return (await _catalogue.GetFrameworkAsync()).Count;
    }

    [Benchmark(Description = "per load: GetAllGoodsAsync (trade, indicator)")]
    public async Task<int> TradeAllGoods()
    {
        _perLoad.Invalidate();
        return (await _observations.GetAllGoodsAsync("trade-value")).Count;
    }

    [Benchmark(Description = "per load: GetProductLinesAsync (trade)")]
    public async Task<int> TradeProductLines()
    {
        _perLoad.Invalidate();
        return (await _observations.GetProductLinesAsync("trade-value")).Count;
    }

    [Benchmark(Description = "per load: composition line rows + sum (trade)")]
    public async Task<int> TradeCompositionSum()
    {
        if (_compositionLine is not { } line)
        {
            return 0;
        }
        // The product lines stay cached (the page read them first); the chosen line's figures are read and summed.
        var rows = await _observations.GetProductRowsAsync("trade-value", line);
        return TradeComposition.Sum(line, rows).Figures;
    }

    [Benchmark(Description = "per load: GetReportersAsync (trade)")]
    public async Task<int> TradeReporters()
    {
        _perLoad.Invalidate();
        return (await _observations.GetReportersAsync()).Count;
    }

    [Benchmark(Description = "per load: GetDocumentFiguresAsync (trade)")]
    public async Task<int> TradeDocumentFigures()
    {
        _perLoad.Invalidate();
        return (await _observations.GetDocumentFiguresAsync("unimpeded-trade")).Count;
    }

    [Benchmark(Description = "per load: GetEventsAsync (all; trade, indicator)")]
    public async Task<int> AllEvents()
    {
        _perLoad.Invalidate();
        return (await _framework.GetEventsAsync(null, null)).Count;
    }

    [Benchmark(Description = "per load: GetObservationIdsAsync (indicator)")]
    public async Task<int> IndicatorObservationIds()
    {
        _perLoad.Invalidate();
        return (await _observations.GetObservationIdsAsync("trade-value")).Count;
    }

    [Benchmark(Description = "per load: project index read + PageAsync (projects)")]
    public async Task<int> ProjectsIndexLoad()
    {
        _perLoad.Invalidate();
        return (await _index.PageAsync(_filter)).Total;
    }

    // Also cleared by a data load, outside DataLoadCache: read by every page (the layout's footer, every data text).

    [Benchmark(Description = "per load: TranslationCatalog.GetAsync (every page)")]
    public async Task<int> Translations()
    {
        _translations.Invalidate();
        return (await _translations.GetAsync()).Count;
    }

    [Benchmark(Description = "per load: LatestRelease.GetAsync (every page's footer)")]
    public async Task<object?> LatestRelease()
    {
        _release.Invalidate();
        return await _release.GetAsync();
    }
}
