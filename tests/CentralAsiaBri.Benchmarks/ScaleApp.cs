using System.Globalization;
using CentralAsiaBri.ScaleData;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// The real app (its own <c>Program</c>, DI container and start-up) over a SQLite store loaded with a generated
/// scale set (issue 17: <see cref="ScaleDataGenerator"/> at a factor, seed 20261204). The set and the store are made
/// once per factor in the temp folder (<c>cab-bench-scale-{factor}</c>; the app's start-up seeds it with its own
/// <c>DatabaseSeeder</c>, about 5 s at 1×, 13 s at 10×, 60 s at 100×) and reused by every benchmark process after that;
/// delete the folder to load it afresh (after <c>data/</c> changed: the folder does not notice). No request goes through the output cache: views are rendered with
/// <see cref="HtmlRenderer"/> in a scope of their own, as a request would.
/// </summary>
public sealed class ScaleApp : IAsyncDisposable
{
    /// <summary>The factors the view benchmarks run at: CAB_BENCH_FACTORS (e.g. "1,10,100"), 1 and 10 by default.</summary>
    public static IEnumerable<int> Factors() =>
        (Environment.GetEnvironmentVariable("CAB_BENCH_FACTORS") is { Length: > 0 } text ? text : "1,10")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => int.Parse(f, CultureInfo.InvariantCulture));

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly WebApplicationFactory<Program> _factory;

    private ScaleApp(WebApplicationFactory<Program> factory) => _factory = factory;

    public IServiceProvider Services => _factory.Services;

    /// <summary>Generates (once) the set at <paramref name="factor"/>, starts the app over its store and waits until it is loaded.</summary>
    public static ScaleApp Start(int factor)
    {
        var root = RepositoryRoot();
        var folder = Path.Combine(Path.GetTempPath(), $"cab-bench-scale-{factor.ToString(CultureInfo.InvariantCulture)}");
        var data = Path.Combine(folder, "data");
        var ready = Path.Combine(folder, "ready");
        if (!File.Exists(ready))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            new ScaleDataGenerator(Path.Combine(root, "data"), factor).WriteTo(data);
        }
        // WebApplicationFactory finds the app's content root by this variable when the benchmark runs from a folder of its own.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CENTRALASIABRI_WEB", Path.Combine(root, "src", "CentralAsiaBri.Web"));
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Store:ConnectionString", $"Data Source={Path.Combine(folder, "store.db")}");
            host.UseSetting("Store:DataDirectory", data);
            // No other process writes this store: the change watcher would only add noise.
            host.UseSetting("Store:ChangePollSeconds", "3600");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        // The first use starts the host: Program migrates the store and seeds it when the files changed.
        _ = factory.Services;
        File.WriteAllText(ready, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return new ScaleApp(factory);
    }

    /// <summary>
    /// Renders the page <typeparamref name="TPage"/> inside the site's layout for <paramref name="relativeUrl"/>, in a
    /// new scope (what a request gets): the query string reaches its <c>[SupplyParameterFromQuery]</c> properties through
    /// the scope's <see cref="NavigationManager"/>. Returns the HTML's length.
    /// </summary>
    public async Task<int> RenderAsync<TPage>(string relativeUrl, IReadOnlyDictionary<string, object?>? routeValues = null)
        where TPage : IComponent => (await RenderHtmlAsync<TPage>(relativeUrl, routeValues)).Length;

    /// <summary>
    /// Renders once and stops the benchmark unless the HTML holds every one of <paramref name="markers"/>: a render that
    /// failed quietly (an error page, a view that missed its query string) must not be measured as a fast one.
    /// </summary>
    public async Task CheckAsync<TPage>(string relativeUrl, IReadOnlyDictionary<string, object?>? routeValues, params string[] markers)
        where TPage : IComponent
    {
        var html = await RenderHtmlAsync<TPage>(relativeUrl, routeValues);
        if (markers.FirstOrDefault(m => !html.Contains(m, StringComparison.Ordinal)) is { } missing)
        {
            throw new InvalidOperationException($"/{relativeUrl} rendered without {missing}: {html[..Math.Min(html.Length, 2000)]}");
        }
    }

    private async Task<string> RenderHtmlAsync<TPage>(string relativeUrl, IReadOnlyDictionary<string, object?>? routeValues)
        where TPage : IComponent
    {
        CultureInfo.CurrentCulture = English;
        CultureInfo.CurrentUICulture = English;
        await using var scope = Services.CreateAsyncScope();
        var navigation = scope.ServiceProvider.GetRequiredService<NavigationManager>();
        ((IHostEnvironmentNavigationManager)navigation).Initialize("http://localhost/", "http://localhost/" + relativeUrl);
        // What the localization middleware does for every page request: the translations of the data, read per load.
        await scope.ServiceProvider.GetRequiredService<Web.Localization.DataText>().LoadAsync();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(RouteView.RouteData)] = new RouteData(typeof(TPage), routeValues ?? new Dictionary<string, object?>()),
            [nameof(RouteView.DefaultLayout)] = typeof(Web.Components.Layout.MainLayout),
        });
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<RouteView>(parameters);
            return output.ToHtmlString();
        });
    }

    /// <summary>Forgets what the app keeps per data load (what a data load does): the next view reads the store again.</summary>
    public Task EvictPerLoadCachesAsync() => Web.Store.DataCache.EvictAsync(Services).AsTask();

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CentralAsiaBri.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("CentralAsiaBri.sln not found above " + AppContext.BaseDirectory);
    }
}
