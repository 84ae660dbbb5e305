using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests.Pages;

/// <summary>The trade explorer, as an analyst uses it.</summary>
public sealed class TradePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Chart => Page.Locator("#trade-chart");

    public ILocator Table => Page.Locator("[data-testid=trade-table]");

    public async Task OpenAsync(string query = "")
    {
        await Page.GotoAsync("trade" + query);
        await WaitForChartAsync();
    }

    /// <summary>The chart element has drawn its Chart.js instance.</summary>
    public Task WaitForChartAsync() => WaitForChartAsync(Page, "trade-chart");

    public static async Task WaitForChartAsync(IPage page, string id) =>
        await page.WaitForFunctionAsync($"() => document.getElementById('{id}')?.chart?.canvas != null");

    /// <summary>The id Chart.js gave the trade chart's instance: it stays the same while the chart is updated in place.</summary>
    public Task<string> ChartInstanceIdAsync() => Page.EvaluateAsync<string>("() => String(document.getElementById('trade-chart').chart.id)");

    /// <summary>Clicks a country chip and waits until the page shows the new selection.</summary>
    public async Task ToggleCountryAsync(string iso)
    {
        var chip = Page.Locator($"[data-testid=trade-controls] a[data-country={iso}]");
        var pressed = await chip.GetAttributeAsync("data-selected");
        await chip.ClickAsync();
        var expected = pressed == "true" ? "false" : "true";
        await Page.Locator($"[data-testid=trade-controls] a[data-country={iso}][data-selected={expected}]").WaitForAsync();
    }

    public async Task<bool> IsCountrySelectedAsync(string iso) =>
        await Page.Locator($"[data-testid=trade-controls] a[data-country={iso}]").GetAttributeAsync("data-selected") == "true";

    public async Task SetYearsAsync(int from, int to)
    {
        await Page.SelectOptionAsync("#from", from.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.SelectOptionAsync("#to", to.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("[data-testid=year-range] button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains($"from={from}", StringComparison.Ordinal) && url.Contains($"to={to}", StringComparison.Ordinal));
    }

    public Task ShowTableAsync() => Page.Locator("[data-testid=view-table]").ClickAsync();

    public async Task<IDownload> DownloadAsync(string testId) =>
        await Page.RunAndWaitForDownloadAsync(() => Page.Locator($"[data-testid={testId}]").First.ClickAsync());

    /// <summary>Rows of the table view as "partner | reporter | year | value | as stated" (source column left out).</summary>
    public async Task<IReadOnlyList<string>> TableRowsAsync()
    {
        var rows = await Table.Locator("tbody tr").AllAsync();
        var result = new List<string>();
        foreach (var row in rows)
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            result.Add(string.Join(" | ", cells.Take(5)));
        }
        return result;
    }

    /// <summary>How many Chart.js instances live on the page: a leak shows as more than the page draws.</summary>
    public Task<int> ChartInstanceCountAsync() =>
        Page.EvaluateAsync<int>("() => globalThis.Chart ? Object.keys(globalThis.Chart.instances).length : 0");
}
