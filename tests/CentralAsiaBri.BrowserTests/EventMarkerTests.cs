using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class EventMarkerTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_legend_shows_the_events_and_the_Astana_summit_marker_leads_to_the_summit()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("trade?countries=CA5,KZ");
        var chart = page.Locator("cab-chart").First;
        await page.WaitForFunctionAsync("() => document.querySelector('cab-chart')?.chart?.legend?.legendHitBoxes?.length > 0");

        // The legend's last entry is "Events (n)", crossed out; a click turns the overlay on through the URL.
        await chart.ScrollIntoViewIfNeededAsync();
        var legendEntry = await page.EvaluateAsync<System.Text.Json.JsonElement>(@"() => {
            const c = document.querySelector('cab-chart').chart;
            const items = c.legend.legendItems, boxes = c.legend.legendHitBoxes, last = items.length - 1;
            const r = c.canvas.getBoundingClientRect();
            return { text: items[last].text, hidden: items[last].hidden, x: r.left + boxes[last].left + boxes[last].width / 2, y: r.top + boxes[last].top + boxes[last].height / 2 };
        }");
        Assert.StartsWith("Events (", legendEntry.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(legendEntry.GetProperty("hidden").GetBoolean());
        await page.Mouse.ClickAsync((float)legendEntry.GetProperty("x").GetDouble(), (float)legendEntry.GetProperty("y").GetDouble());
        // Enhanced navigation: the URL changes without a load event.
        await page.WaitForFunctionAsync("() => location.search.includes('events=on')");
        await page.WaitForFunctionAsync("() => !!document.querySelector('cab-chart')?.chart?.options?.plugins?.annotation?.annotations");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "trade-events.png"), FullPage = true });

        // The marker of June 2025 is labelled with its numbers, and clicking it opens the summit on the timeline.
        await page.Locator("cab-chart").First.ScrollIntoViewIfNeededAsync();
        var marker = await page.EvaluateAsync<System.Text.Json.JsonElement>(@"() => {
            const c = document.querySelector('cab-chart').chart;
            const a = Object.values(c.options.plugins.annotation.annotations).find(m => m.titles.some(t => t.includes('Astana')));
            const r = c.canvas.getBoundingClientRect();
            return { href: a.href, x: r.left + c.scales.x.getPixelForValue(a.value), y: r.top + (c.chartArea.top + c.chartArea.bottom) / 2 };
        }");
        Assert.Equal("events#second-china-central-asia-summit", marker.GetProperty("href").GetString());
        await page.Mouse.ClickAsync((float)marker.GetProperty("x").GetDouble(), (float)marker.GetProperty("y").GetDouble());
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/events') && location.hash === '#second-china-central-asia-summit'");
        await Assertions.Expect(page.Locator("#second-china-central-asia-summit")).ToContainTextAsync("Astana");
        Assert.Empty(browser.PolicyViolations);
    }
}
