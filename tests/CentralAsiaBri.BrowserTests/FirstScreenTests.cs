using System.Globalization;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

/// <summary>
/// The three audiences' first pages at a phone's 360 px and a desktop's 1280 px, in each language: the answer
/// (the chart, the first results, the dimension's text) is in the first screen, nothing pushes the page
/// sideways, the folded controls open on demand, and axe-core finds nothing serious or critical. The phone's
/// first screens are kept as pictures in the browser artifacts.
/// </summary>
[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class FirstScreenTests(BrowserFixture browser)
{
    public static TheoryData<string, int, int, string> Screens()
    {
        var data = new TheoryData<string, int, int, string>();
        foreach (var locale in new[] { "en", "zh-CN", "ru" })
        {
            data.Add("phone", 360, 740, locale);
            data.Add("desktop", 1280, 900, locale);
        }
        return data;
    }

    private static readonly Dictionary<string, string> s_kyrgyzstan = new() { ["en"] = "Kyrgyzstan", ["zh-CN"] = "吉尔吉斯斯坦", ["ru"] = "Кыргызстан" };
    private static readonly Dictionary<string, string> s_kazakhstan = new() { ["en"] = "Kazakhstan", ["zh-CN"] = "哈萨克斯坦", ["ru"] = "Казахстан" };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Analyst_sees_the_trade_chart_first_and_opens_the_view_controls_on_demand(string device, int width, int height, string locale)
    {
        var page = await browser.NewPageAsync(width, height, locale);
        var problems = new List<string>();

        await page.GotoAsync("trade");
        await Pages.TradePage.WaitForChartAsync(page, "trade-chart");
        await Shot(page, "analyst", device, locale, "1-trade");
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("#trade-chart")), 0, 0.75);

        var controls = page.Locator("[data-testid=trade-controls]");
        var summary = page.Locator("[data-testid=trade-view-summary] > summary");
        if (device == "phone")
        {
            // Folded into one line that says what is chosen; open on demand.
            await Assertions.Expect(controls).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("[data-testid=trade-view-chosen]")).ToContainTextAsync(s_kazakhstan[locale]);
            await summary.ClickAsync();
            await Assertions.Expect(controls).ToBeVisibleAsync();
            await Shot(page, "analyst", device, locale, "2-controls-open");
        }
        else
        {
            await Assertions.Expect(summary).ToBeHiddenAsync();
            await Assertions.Expect(controls).ToBeVisibleAsync();
        }
        problems.AddRange(await PageLayout.HorizontalOverflowAsync(page));
        problems.AddRange(await PageLayout.SeriousAxeViolationsAsync(page));

        // A chosen country is a link like any other; the new view opens with the chart first again.
        await controls.Locator("a[data-country=KZ]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("countries=KG", StringComparison.Ordinal) && !url.Contains("KZ", StringComparison.Ordinal));
        await Pages.TradePage.WaitForChartAsync(page, "trade-chart");
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("#trade-chart")), 0, 0.75);
        if (device == "phone")
        {
            await Assertions.Expect(page.Locator("[data-testid=trade-view-chosen]")).Not.ToContainTextAsync(s_kazakhstan[locale]);
        }

        await page.GotoAsync("indicators/trade-growth-yoy");
        await Pages.TradePage.WaitForChartAsync(page, "indicator-chart");
        await Shot(page, "analyst", device, locale, "3-indicator");
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("#indicator-chart")), 0, 0.85);
        problems.AddRange(await PageLayout.HorizontalOverflowAsync(page));
        problems.AddRange(await PageLayout.SeriousAxeViolationsAsync(page));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Researcher_sees_the_count_and_first_results_first_and_removes_a_filter_chip(string device, int width, int height, string locale)
    {
        var page = await browser.NewPageAsync(width, height, locale);
        var problems = new List<string>();

        await page.GotoAsync("projects?country=KG");
        await Shot(page, "researcher", device, locale, "1-projects");
        var rows = page.Locator("[data-testid=projects] tbody tr");
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("[data-testid=result-count]")), 0, 0.8);
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(rows.First), 0, 0.85);

        var chips = page.Locator("[data-testid=filter-chip]");
        await Assertions.Expect(chips).ToHaveCountAsync(1);
        await Assertions.Expect(chips.First).ToContainTextAsync(s_kyrgyzstan[locale]);

        var form = page.Locator("[data-testid=project-filters]");
        var toggle = page.Locator("[data-testid=filters-toggle]");
        if (device == "phone")
        {
            await Assertions.Expect(form).ToBeHiddenAsync();
            await Assertions.Expect(toggle).ToContainTextAsync("1");
            await toggle.ClickAsync();
            await Assertions.Expect(form).ToBeVisibleAsync();
            await Assertions.Expect(form.Locator("#country-KG")).ToBeCheckedAsync();
            await Shot(page, "researcher", device, locale, "2-filters-open");
        }
        else
        {
            await Assertions.Expect(toggle).ToBeHiddenAsync();
            await Assertions.Expect(form).ToBeVisibleAsync();
            // Every column of the table fits its box at desktop width: nothing hides at the right edge.
            var clipped = await page.Locator("[data-testid=projects]").EvaluateAsync<double>("t => t.parentElement.scrollWidth - t.parentElement.clientWidth");
            Assert.True(clipped <= 1, $"the projects table is {clipped}px wider than its box");
        }
        problems.AddRange(await PageLayout.HorizontalOverflowAsync(page));
        problems.AddRange(await PageLayout.SeriousAxeViolationsAsync(page));

        // Counted, not the rows shown: with AidData's records both views fill a page of 25.
        var count = page.Locator("[data-testid=result-count] strong");
        var filtered = int.Parse(await count.InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo(locale));
        await chips.First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("country=", StringComparison.Ordinal));
        await Assertions.Expect(chips).ToHaveCountAsync(0);
        Assert.True(int.Parse(await count.InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo(locale)) > filtered,
            "removing the only filter shows more projects");

        await rows.First.Locator("th a").First.ClickAsync();
        await page.WaitForURLAsync("**/projects/*");
        await Assertions.Expect(page.Locator("[data-testid=project-sources]")).ToBeVisibleAsync();
        await Shot(page, "researcher", device, locale, "3-project");
        problems.AddRange(await PageLayout.HorizontalOverflowAsync(page));
        problems.AddRange(await PageLayout.SeriousAxeViolationsAsync(page));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Student_reads_a_dimension_from_the_first_screen_and_the_framework_without_sideways_scrolling(string device, int width, int height, string locale)
    {
        var page = await browser.NewPageAsync(width, height, locale);
        var problems = new List<string>();

        await page.GotoAsync("dimensions/security-cooperation");
        await Shot(page, "student", device, locale, "1-dimension");
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("h1")), 0, 0.4);
        Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("#meaning + .rich-text")), 0, 0.85);
        problems.AddRange(await PageLayout.HorizontalOverflowAsync(page));
        problems.AddRange(await PageLayout.SeriousAxeViolationsAsync(page));

        foreach (var path in new[] { "framework", "challenges" })
        {
            await page.GotoAsync(path);
            await Shot(page, "student", device, locale, path == "framework" ? "2-framework" : "3-challenges");
            Assert.InRange(await PageLayout.TopInFirstScreenAsync(page.Locator("h1")), 0, 0.4);
            problems.AddRange(await PageLayout.HorizontalOverflowAsync(page));
            problems.AddRange(await PageLayout.SeriousAxeViolationsAsync(page));
        }

        Assert.Empty(problems);
    }

    /// <summary>The first screen as the reader sees it (not the full page), kept with the run's artifacts.</summary>
    private static async Task Shot(IPage page, string journey, string device, string locale, string step) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "first-screen", $"{journey}-{device}-{locale.ToLower(CultureInfo.InvariantCulture)}-{step}.png") });
}
