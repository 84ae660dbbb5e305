using System.Text;
using CentralAsiaBri.BrowserTests.Pages;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class TradeExplorerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Analyst_picks_two_countries_and_years_downloads_csv_and_png_and_reopens_the_view_from_its_url()
    {
        var trade = new TradePage(await browser.NewPageAsync());
        await trade.OpenAsync();
        var instance = await trade.ChartInstanceIdAsync();

        // Kazakhstan and Kyrgyzstan only: the other three are selected by default.
        foreach (var other in new[] { "TJ", "TM", "UZ" })
        {
            await trade.ToggleCountryAsync(other);
        }
        await trade.WaitForChartAsync();
        Assert.Equal(instance, await trade.ChartInstanceIdAsync());
        Assert.Contains("Kyrgyzstan", await trade.Page.Locator("#trade-chart table thead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Uzbekistan", await trade.Page.Locator("#trade-chart table thead").InnerTextAsync(), StringComparison.Ordinal);
        await trade.SetYearsAsync(2013, 2024);
        await trade.WaitForChartAsync();

        Assert.True(await trade.IsCountrySelectedAsync("KZ"));
        Assert.True(await trade.IsCountrySelectedAsync("KG"));
        Assert.False(await trade.IsCountrySelectedAsync("UZ"));
        Assert.Contains("countries=KZ%2CKG", trade.Page.Url, StringComparison.Ordinal);
        Assert.Contains("from=2013", trade.Page.Url, StringComparison.Ordinal);
        Assert.Contains("to=2024", trade.Page.Url, StringComparison.Ordinal);
        // Switching countries (enhanced navigation) updated the chart in place: the same Chart.js instance,
        // and still one instance per chart on the page. The year form is a full page load, so compare
        // the instance before it.
        Assert.Equal(2, await trade.ChartInstanceCountAsync());
        await trade.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "trade-chart-kz-kg.png"), FullPage = true });

        var png = await trade.DownloadAsync("download-png");
        var pngPath = Path.Combine(BrowserFixture.ArtifactsDirectory, png.SuggestedFilename);
        await png.SaveAsAsync(pngPath);
        Assert.Equal("china-central-asia-trade.png", png.SuggestedFilename);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(pngPath)).Take(4));

        await trade.ShowTableAsync();
        await trade.Table.WaitForAsync();
        Assert.Contains("view=table", trade.Page.Url, StringComparison.Ordinal);
        var rows = await trade.TableRowsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.StartsWith("Kazakhstan", StringComparison.Ordinal) || r.StartsWith("Kyrgyzstan", StringComparison.Ordinal), r));
        Assert.All(rows, r => Assert.InRange(int.Parse(r.Split(" | ")[2]), 2013, 2024));

        var csv = await trade.DownloadAsync("download-csv");
        var csvPath = Path.Combine(BrowserFixture.ArtifactsDirectory, csv.SuggestedFilename);
        await csv.SaveAsAsync(csvPath);
        var csvLines = (await File.ReadAllTextAsync(csvPath, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("partner,reporter,flow,year", csvLines[0], StringComparison.Ordinal);
        // The CSV holds exactly the rows of the table.
        Assert.Equal(rows.Count, csvLines.Length - 1);

        // The URL alone reopens the same view in a new tab.
        var copy = new TradePage(await trade.Page.Context.NewPageAsync());
        await copy.Page.GotoAsync(trade.Page.Url);
        await copy.Table.WaitForAsync();
        Assert.Equal(rows, await copy.TableRowsAsync());

        // Back returns to the chart of the same selection.
        await trade.Page.GoBackAsync();
        await trade.WaitForChartAsync();
        Assert.DoesNotContain("view=table", trade.Page.Url, StringComparison.Ordinal);
        Assert.Contains("countries=KZ%2CKG", trade.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicator_page_draws_a_lower_bound_as_a_labelled_bound()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("indicators/trade-growth-yoy");
        await TradePage.WaitForChartAsync(page, "indicator-chart");

        // The accessible table under the chart states the bound, not a bare number.
        var cells = await page.Locator("#indicator-chart table td").AllInnerTextsAsync();
        Assert.Contains(cells, c => c.StartsWith("> 50", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "indicator-trade-growth-yoy.png"), FullPage = true });
    }
}

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class ChartLifecycleTests(BrowserFixture browser)
{
    [Fact]
    public async Task Leaving_a_page_by_enhanced_navigation_destroys_its_charts()
    {
        var trade = new TradePage(await browser.NewPageAsync());
        await trade.OpenAsync();
        Assert.Equal(2, await trade.ChartInstanceCountAsync());

        // The navigation bar's link is followed by Blazor's enhanced navigation: the page is patched, not reloaded.
        await trade.Page.EvaluateAsync("() => { window.sameDocument = true; }");
        await trade.Page.Locator("nav a[href=projects]").ClickAsync();
        await trade.Page.Locator("[data-testid=projects]").WaitForAsync();

        Assert.True(await trade.Page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.Equal(0, await trade.ChartInstanceCountAsync());
    }
}
