using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Web;

public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    [Fact]
    public async Task Home_page_shows_the_counts_of_the_seeded_store()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        var document = new HtmlParser().ParseDocument(html);
        string Count(string label) => document.QuerySelector($"[data-count='{label}']")!.TextContent.Trim();
        Assert.Equal(s_data.Indicators.Count.ToString(), Count("indicators"));
        Assert.Equal(s_data.Observations.Count.ToString(), Count("observations"));
        Assert.Equal(s_data.Projects.Count.ToString(), Count("projects"));
        Assert.Equal(s_data.Sources.Count.ToString(), Count("sources"));
        Assert.Equal(s_data.Events.Count.ToString(), Count("events"));
    }

    [Fact]
    public async Task Home_page_lists_projects_for_each_of_the_six_countries()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        var rows = document.QuerySelectorAll("[data-testid='projects-per-country'] tbody tr")
            .ToDictionary(r => r.GetAttribute("data-country")!, r => int.Parse(r.QuerySelector("td")!.TextContent));
        Assert.Equal(["CN", "KG", "KZ", "TJ", "TM", "UZ"], rows.Keys.Order());
        foreach (var (country, count) in rows)
        {
            Assert.Equal(s_data.Projects.Count(p => p.Countries.Any(c => c.Id == country)), count);
        }
        Assert.True(rows["KG"] > 0);
    }

    [Theory]
    [InlineData("/indicators", "data-indicator")]
    [InlineData("/projects", "data-project")]
    [InlineData("/framework", "data-pillar")]
    public async Task Each_audience_section_lists_rows_from_the_store(string path, string rowAttribute)
    {
        using var client = app.CreateClient();

        // A paged list is read page by page until a page comes back empty.
        var ids = new List<string?>();
        for (var page = 1; page < 100; page++)
        {
            var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"{path}?page={page}"));
            var rows = document.QuerySelectorAll($"[{rowAttribute}]").Select(e => e.GetAttribute(rowAttribute)).ToList();
            if (rows.Count == 0 || (page > 1 && rows.SequenceEqual(ids.Take(rows.Count))))
            {
                break;
            }
            ids.AddRange(rows);
        }
        var expected = rowAttribute switch
        {
            "data-indicator" => s_data.Indicators.Select(i => i.Id),
            "data-project" => s_data.Projects.Select(p => p.Id),
            _ => s_data.Pillars.Select(p => p.Id),
        };
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public async Task Health_endpoint_reports_the_store_healthy()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Layout_serves_bootstrap_from_the_copied_npm_package()
    {
        using var client = app.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var href = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("bootstrap.min", StringComparison.Ordinal));

        var css = await client.GetStringAsync(href);

        Assert.Contains("Bootstrap  v5.3.8", css, StringComparison.Ordinal);
    }
}
