using Deque.AxeCore.Playwright;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int MaxPages = 150;

    /// <summary>
    /// Every page reachable from the home page by the site's own links (so a new page is checked without
    /// anyone listing it), at desktop width, with axe-core: no serious or critical violation; and at a phone's
    /// 360 px, nothing overflows the page horizontally.
    /// </summary>
    [Fact]
    public async Task Every_page_has_no_serious_or_critical_axe_violation_and_fits_a_phone_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync();
        var origin = new Uri(browser.BaseUrl);
        var queue = new Queue<string>([""]);
        var seen = new HashSet<string>([""], StringComparer.Ordinal);
        var seenPaths = new HashSet<string>(["/"], StringComparer.Ordinal);
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var checkedPages = 0;

        while (queue.Count > 0 && checkedPages < MaxPages)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"/{path} answered {response?.Status}");
            checkedPages++;

            var result = await page.RunAxe();
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"/{path}: {v.Id} ({v.Impact}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));

            // The same page on a phone: nothing may push it sideways (wide tables scroll inside their own box).
            await page.SetViewportSizeAsync(360, 740);
            await PageLayout.SettleAfterResizeAsync(page);
            problems.AddRange((await PageLayout.HorizontalOverflowAsync(page)).Select(o => $"/{path} at 360 px: {o}"));
            await page.SetViewportSizeAsync(1280, 900);

            foreach (var uri in await SiteLinks.PagesLinkedFromAsync(page, origin))
            {
                // One representative per page: the first query string seen for a path (the trade page's
                // chips alone lead to hundreds of views of one page); fragments are the same page. And at most
                // three pages of one shape (/history/observations/*: one per figure, hundreds since the IMF series).
                var next = uri.PathAndQuery.TrimStart('/');
                var shape = SiteLinks.Shape(uri.AbsolutePath);
                if (perShape.GetValueOrDefault(shape) < 3 && seenPaths.Add(uri.AbsolutePath) && seen.Add(next))
                {
                    perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(next);
                }
            }
        }

        await File.WriteAllLinesAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "axe-violations.txt"), problems);
        Assert.True(checkedPages > 20, $"only {checkedPages} pages were reached");
        Assert.Empty(problems);
        // Every page ran under the site's content security policy without anything blocked.
        Assert.Empty(browser.PolicyViolations);
    }
}
