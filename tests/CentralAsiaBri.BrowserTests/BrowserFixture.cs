using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

/// <summary>
/// The real app on a loopback port (Kestrel, a fresh SQLite file seeded by the app's own start-up) and one
/// headless Chromium from Debian's package, shared by the tests of a class or of a collection (<see cref="ReaderSite"/>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly AppServer _server = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots and downloads of a run are kept (TestResults/browser, git-ignored).</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(
        Path.Combine(Environment.GetEnvironmentVariable("BROWSER_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "browser-artifacts"))).FullName;

    public async Task InitializeAsync()
    {
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _server.StartServer();
        var addresses = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/') + "/";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // Without the network-related flags Chromium keeps trying to reach Google's hosts from a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page in a new browser context of the given viewport; <paramref name="locale"/> is the browser's
    /// language (its Accept-Language), which the site follows when no cookie or query names one.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        // Browser console output and page errors go to a log beside the screenshots: the first place to look
        // when a journey times out on CI.
        var log = Path.Combine(ArtifactsDirectory, "browser-console.log");
        page.Console += (_, message) =>
        {
            AppendLog(log, $"{message.Type}: {message.Text}");
            // Chromium reports every blocked script, style or connection on the console.
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (s_logLock)
                {
                    _policyViolations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) => AppendLog(log, $"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                AppendLog(log, $"HTTP {response.Status}: {response.Url}");
            }
        };
        return page;
    }

    private static readonly Lock s_logLock = new();
    private readonly List<string> _policyViolations = [];

    /// <summary>Content-security-policy violations the browser reported on any page of this fixture so far.</summary>
    public IReadOnlyList<string> PolicyViolations
    {
        get
        {
            lock (s_logLock)
            {
                return [.. _policyViolations];
            }
        }
    }

    /// <summary>The maintainer account the app under test knows (its hash is made at start-up; nothing is stored).</summary>
    public const string MaintainerName = "grace";
    public const string MaintainerPassword = "browser journey passphrase";

    private static void AppendLog(string path, string line)
    {
        lock (s_logLock)
        {
            File.AppendAllText(path, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}{Environment.NewLine}");
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _server.Dispose();

    private sealed class AppServer : WebApplicationFactory<Program>
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("cab-browser-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Store:ConnectionString", $"Data Source={Path.Combine(_directory, "app.db")}");
            builder.UseSetting("Maintainers:Accounts:0:Name", MaintainerName);
            builder.UseSetting("Maintainers:Accounts:0:PasswordHash", Web.Admin.MaintainerCredentials.Hash(MaintainerPassword));
            builder.UseEnvironment("Testing");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
