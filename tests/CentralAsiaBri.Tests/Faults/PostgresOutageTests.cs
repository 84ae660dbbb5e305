using System.Diagnostics;
using System.Net;
using CentralAsiaBri.Tests.Admin;
using CentralAsiaBri.Tests.Store;
using CentralAsiaBri.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CentralAsiaBri.Tests.Faults;

/// <summary>
/// PostgreSQL goes away while the app serves, and comes back. Meanwhile the probe says unhealthy, a page never
/// cached answers 503 with the site's own page and Retry-After (never a stack trace), the API answers 503 problem
/// details, an import is refused with its reason and changes nothing; pages already cached keep being served.
/// When the server is back, everything works again within seconds, without restarting the app.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresOutageTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private PostgresServer? _server;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _server = PostgresServer.StartPrivate();
        if (_server is not null)
        {
            _connectionString = await _server.CreateEmptyDatabaseAsync();
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            _server?.Stop();
        }
        catch (InvalidOperationException)
        {
            // Already stopped: the test failed while the server was down.
        }
        return Task.CompletedTask;
    }

    [PrivatePostgresFact]
    public async Task While_the_database_is_down_the_site_says_so_and_refuses_imports_then_recovers_by_itself()
    {
        using var app = new PostgresInstance(_connectionString);
        using var reader = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        reader.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Equal("Healthy", await reader.GetStringAsync("/health"));
        using var maintainer = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        maintainer.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.Redirect, (await MaintainerApp.SignInAsync(maintainer, MaintainerApp.Name, MaintainerApp.Password)).StatusCode);
        var form = await MaintainerApp.ImportFormFieldsAsync(maintainer);
        using var data = new TempDataDirectory();
        var (_, row) = data.FindRow("trade_observations.csv", _ => true);
        data.SetField("trade_observations.csv", "id", row["id"], "value", "777777.5");
        (string, byte[])[] upload = [("trade_observations.csv", File.ReadAllBytes(Path.Combine(data.Path, "trade_observations.csv")))];
        var warm = await reader.GetAsync("/projects?country=KZ");
        Assert.True(warm.StatusCode == HttpStatusCode.OK, await warm.Content.ReadAsStringAsync());   // now in the output cache

        _server!.Stop();

        var health = await reader.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());

        // A view never asked before that needs the store (one project's page; a list of projects whose rows the index
        // kept in memory can still be drawn without it).
        var page = await reader.GetAsync("/projects/batken-solar-power-plant");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 page says when to come back");
        Assert.Contains("data-testid=\"store-unavailable\"", html, StringComparison.Ordinal);
        Assert.Contains("site-navbar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);

        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/projects?country=UZ&pageSize=3");
        apiRequest.Headers.Accept.ParseAdd("application/json");
        var api = await reader.SendAsync(apiRequest);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(api.Headers.RetryAfter);

        var refused = await MaintainerApp.UploadAsync(maintainer, upload, wantJson: true, formFields: form);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("nothing was changed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // What was cached before the outage is still served.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/projects?country=KZ")).StatusCode);

        _server.Start();
        var back = Stopwatch.StartNew();
        while (await reader.GetStringAsync("/health") is not "Healthy" && back.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }
        // The first requests after the return may still meet a connection the server closed; within seconds none do.
        HttpStatusCode status;
        do
        {
            status = (await reader.GetAsync("/projects?country=TJ&q=asked-after-the-outage")).StatusCode;
        }
        while (status != HttpStatusCode.OK && back.Elapsed < TimeSpan.FromSeconds(30));
        output.WriteLine($"Healthy and serving new views {back.Elapsed.TotalSeconds:0.00} s after the server accepted connections again");
        Assert.True(back.Elapsed < TimeSpan.FromSeconds(10), $"recovered after {back.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/projects?country=UZ&pageSize=3")).StatusCode);
        var applied = await MaintainerApp.UploadAsync(maintainer, upload, wantJson: true, formFields: form);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("777777.5", await reader.GetStringAsync("/api/v1/indicators/trade-value/observations?pageSize=500"), StringComparison.Ordinal);
    }
}
