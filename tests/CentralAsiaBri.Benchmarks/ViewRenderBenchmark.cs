using BenchmarkDotNet.Attributes;
using CentralAsiaBri.Data;
using CentralAsiaBri.Web.Components.Pages;
using CentralAsiaBri.Web.Components.Pages.Indicators;
using CentralAsiaBri.Web.Components.Pages.Projects;
using CentralAsiaBri.Web.Components.Pages.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// Issue 17: where an uncached view spends its time. Each main view rendered whole (the page in the site's layout,
/// with <c>HtmlRenderer</c> over the app's own services, its queries included) over a store loaded with the scale set.
/// Nothing here goes through the output cache, so every render is what a request the cache cannot answer costs; what
/// the app keeps per data load (<c>DataLoadCache</c>, the translations, the latest release) is warm, as it is for every
/// request but the first after a load. <see cref="ViewRenderColdBenchmark"/> clears that too before each render.
/// </summary>
[MemoryDiagnoser]
public class ViewRenderBenchmark
{
    private ScaleApp _app = default!;
    private string _projectId = "";

    [ParamsSource(nameof(Factors))]
    public int Factor { get; set; }

    public static IEnumerable<int> Factors() => ScaleApp.Factors();

    [GlobalSetup]
    public async Task Setup()
    {
        _app = ScaleApp.Start(Factor);
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<CentralAsiaBriDbContext>>().CreateDbContextAsync())
        {
            _projectId = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        // Every view once, checked (the layout, the page's data, its query string), which also fills the per-load caches.
        const string Layout = "data-testid=\"data-release\"";
        await _app.CheckAsync<Home>("", null, Layout, "data-testid=\"headlines\"");
        await _app.CheckAsync<TradeExplorer>("trade?countries=KZ,KG&from=2010", null, Layout, "data-testid=\"paper-trade-figures\"", "from=2010");
        await _app.CheckAsync<IndicatorPage>("indicators/trade-value", Route("trade-value"), Layout, "data-testid=\"observations\"");
        await _app.CheckAsync<ProjectsIndex>("projects?country=KZ&q=rail&from=2005", null, Layout, "data-testid=\"result-count\"", "data-testid=\"filter-chip\"", "rail");
        await _app.CheckAsync<ProjectPage>("projects/" + Uri.EscapeDataString(_projectId), Route(_projectId), Layout, "data-testid=\"cite-text\"");
    }

    private static Dictionary<string, object?> Route(string id) => new() { ["Id"] = id };

    [GlobalCleanup]
    public async Task Cleanup() => await _app.DisposeAsync();

    /// <summary>Nothing in the warm class; the cold class forgets the per-load caches.</summary>
    protected virtual Task BeforeRenderAsync(ScaleApp app) => Task.CompletedTask;

    [Benchmark(Baseline = true, Description = "home /")]
    public async Task<int> Home()
    {
        await BeforeRenderAsync(_app);
        return await _app.RenderAsync<Home>("");
    }

    [Benchmark(Description = "trade /trade?countries=KZ,KG&from=2010")]
    public async Task<int> Trade()
    {
        await BeforeRenderAsync(_app);
        return await _app.RenderAsync<TradeExplorer>("trade?countries=KZ,KG&from=2010");
    }

    [Benchmark(Description = "indicator /indicators/trade-value")]
    public async Task<int> Indicator()
    {
        await BeforeRenderAsync(_app);
        return await _app.RenderAsync<IndicatorPage>("indicators/trade-value", Route("trade-value"));
    }

    [Benchmark(Description = "projects /projects?country=KZ&q=rail&from=2005")]
    public async Task<int> Projects()
    {
        await BeforeRenderAsync(_app);
        return await _app.RenderAsync<ProjectsIndex>("projects?country=KZ&q=rail&from=2005");
    }

    [Benchmark(Description = "project /projects/{first id}")]
    public async Task<int> Project()
    {
        await BeforeRenderAsync(_app);
        return await _app.RenderAsync<ProjectPage>("projects/" + Uri.EscapeDataString(_projectId), Route(_projectId));
    }
}

/// <summary>
/// The same renders, each the first after a data load: the per-load caches (project index, trade lines, timeline,
/// translations, latest release…) are cleared before every render, as <c>DataCache.EvictAsync</c> does after a load.
/// EF Core's compiled queries stay warm (they belong to the process, not to a load).
/// </summary>
public class ViewRenderColdBenchmark : ViewRenderBenchmark
{
    protected override Task BeforeRenderAsync(ScaleApp app) => app.EvictPerLoadCachesAsync();
}
