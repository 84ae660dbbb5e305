using System.Text;
using CentralAsiaBri.BrowserTests.Pages;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class InvestmentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Analyst_opens_the_investment_view_from_the_nav_picks_Kazakhstan_reads_a_value_and_downloads_the_CSV()
    {
        var investment = new InvestmentPage(await browser.NewPageAsync());
        await investment.OpenFromNavigationAsync();
        Assert.Contains("China Global Investment Tracker", await investment.Page.Locator("[data-testid=cgit-citation]").InnerTextAsync(), StringComparison.Ordinal);

        // Kazakhstan only: the other four are chosen by default.
        foreach (var other in new[] { "KG", "TJ", "TM", "UZ" })
        {
            await investment.ToggleCountryAsync(other);
        }
        await investment.WaitForChartAsync();
        Assert.Contains("countries=KZ", investment.Page.Url, StringComparison.Ordinal);
        Assert.All(await investment.RowIdsAsync(), id => Assert.StartsWith("cgit-inv-kz-", id, StringComparison.Ordinal));

        // 2013: one tracked deal of 5,300 million US dollars; 2011: no tracked deal, so no row rather than a zero.
        Assert.Equal(("5300", "1"), await investment.RowAsync("cgit-inv-kz-2013-value"));
        Assert.Null(await investment.RowAsync("cgit-inv-kz-2011-value"));
        await investment.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "investment-kz.png"), FullPage = true });

        var csv = await investment.DownloadCsvAsync();
        var path = Path.Combine(BrowserFixture.ArtifactsDirectory, csv.SuggestedFilename);
        await csv.SaveAsAsync(path);
        Assert.Equal("china-central-asia-investment.csv", csv.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("partner,indicator_id,sector,year,value", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        // Exactly the table's rows, each carrying AEI's terms.
        Assert.Equal((await investment.RowIdsAsync()).Count, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains("All rights reserved", l, StringComparison.Ordinal));
    }
}
