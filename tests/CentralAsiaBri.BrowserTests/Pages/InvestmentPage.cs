using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests.Pages;

/// <summary>The investment view (AEI's tracker as yearly sums), as an analyst uses it.</summary>
public sealed class InvestmentPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Table => Page.Locator("[data-testid=investment-table]");

    /// <summary>Opens the view from the site's main navigation, as a reader arriving on the home page does.</summary>
    public async Task OpenFromNavigationAsync()
    {
        await Page.GotoAsync("");
        await Page.Locator("[data-testid=nav-investment]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/investment", StringComparison.Ordinal));
        await WaitForChartAsync();
    }

    public Task WaitForChartAsync() => TradePage.WaitForChartAsync(Page, "investment-chart");

    /// <summary>Clicks a country chip and waits until the page shows the new selection.</summary>
    public async Task ToggleCountryAsync(string iso)
    {
        var chip = Page.Locator($"[data-testid=investment-controls] a[data-country={iso}]");
        var expected = await chip.GetAttributeAsync("data-selected") == "true" ? "false" : "true";
        await chip.ClickAsync();
        await Page.Locator($"[data-testid=investment-controls] a[data-country={iso}][data-selected={expected}]").WaitForAsync();
    }

    /// <summary>The value and deal count shown for one country-year, or null where the table has no such row.</summary>
    public async Task<(string Value, string Deals)?> RowAsync(string observationId)
    {
        var row = Table.Locator($"tr[data-observation={observationId}]");
        if (await row.CountAsync() == 0)
        {
            return null;
        }
        return ((await row.Locator("[data-testid=value]").InnerTextAsync()).Trim(), (await row.Locator("[data-testid=deals]").InnerTextAsync()).Trim());
    }

    public async Task<IReadOnlyList<string>> RowIdsAsync()
    {
        var ids = new List<string>();
        foreach (var row in await Table.Locator("tbody tr").AllAsync())
        {
            ids.Add((await row.GetAttributeAsync("data-observation"))!);
        }
        return ids;
    }

    public async Task<IDownload> DownloadCsvAsync() =>
        await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-csv]").ClickAsync());
}
