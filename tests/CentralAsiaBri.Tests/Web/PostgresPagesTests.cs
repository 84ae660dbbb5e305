using System.Net;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Tests.Admin;
using CentralAsiaBri.Tests.Store;
using CentralAsiaBri.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CentralAsiaBri.Tests.Web;

/// <summary>
/// Every page reachable from the home page, rendered on PostgreSQL. Its queries complete asynchronously (SQLite's
/// mostly complete at once), so a page renders once before its data has arrived: a page that assumes its data
/// fails only on PostgreSQL, which the SQLite tests cannot see.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresPagesTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await PostgresServer.Instance.CreateEmptyDatabaseAsync();

    public Task DisposeAsync() => PostgresServer.Instance.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Every_page_linked_from_the_site_renders_on_postgres()
    {
        using var app = new PostgresInstance(_connectionString);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.Redirect, (await MaintainerApp.SignInAsync(client, MaintainerApp.Name, MaintainerApp.Password)).StatusCode);
        await MaintainerApp.UploadAsync(client, [("units.csv", File.ReadAllBytes(Path.Combine(TempDataDirectory.ProjectDataDirectory, "units.csv")))]);

        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/", "/admin" };
        var queue = new Queue<string>(seen);
        var failures = new List<string>();
        while (queue.Count > 0 && seen.Count < 400)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                // Site-relative links (the pages use <base href="/">), one of each path and query, no downloads or sign-out.
                if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal)
                    || href.Contains("language/", StringComparison.Ordinal) || href.Contains("sign-out", StringComparison.Ordinal))
                {
                    continue;
                }
                var target = "/" + href.TrimStart('/').Split('#')[0].TrimStart('.');
                if (seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }
        Assert.True(seen.Count > 40, $"only {seen.Count} pages found");
        Assert.Empty(failures);
    }
}
