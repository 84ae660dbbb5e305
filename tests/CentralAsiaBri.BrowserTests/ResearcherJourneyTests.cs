using System.Text;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class ResearcherJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Researcher_filters_to_Kyrgyzstan_and_infrastructure_opens_Batken_copies_its_citation_and_downloads_the_csv()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("projects");

        var filters = page.Locator("[data-testid=project-filters]");
        await filters.Locator("#country-KG").CheckAsync();
        await filters.Locator("#facet-pillar").SelectOptionAsync("infrastructure-connectivity");
        await filters.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("country=KG", StringComparison.Ordinal) && url.Contains("pillar=infrastructure-connectivity", StringComparison.Ordinal));

        var rows = page.Locator("[data-testid=projects] tbody tr");
        await Assertions.Expect(rows.Locator("[href='projects/batken-solar-power-plant']")).ToBeVisibleAsync();
        // With AidData's records the matches can fill more than one page of 25: the count is all of them.
        var shown = int.Parse(await page.Locator("[data-testid=result-count] strong").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Min(shown, 25), await rows.EvaluateAllAsync<int>("rows => rows.length"));
        // The map is shaded by the filter: Kyrgyzstan holds every match, Kazakhstan none.
        var map = page.Locator("[data-testid=project-map]");
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), await map.Locator("a[data-country=KG]").GetAttributeAsync("data-count"));
        Assert.Equal("0", await map.Locator("a[data-country=KZ]").GetAttributeAsync("data-count"));
        Assert.NotEqual("#ffffff", await map.Locator("a[data-country=KG] path").GetAttributeAsync("fill"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "projects-kg-infrastructure.png"), FullPage = true });

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=download-csv]").ClickAsync());
        var csvPath = Path.Combine(BrowserFixture.ArtifactsDirectory, "projects-kg-infrastructure.csv");
        await csv.SaveAsAsync(csvPath);
        var lines = (await File.ReadAllTextAsync(csvPath, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(shown, lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("batken-solar-power-plant,", StringComparison.Ordinal));

        await rows.Locator("[href='projects/batken-solar-power-plant']").ClickAsync();
        await page.WaitForURLAsync("**/projects/batken-solar-power-plant");
        await Assertions.Expect(page.Locator("[data-testid=project-figures]")).ToContainTextAsync("600 MW");
        await Assertions.Expect(page.Locator("[data-testid=project-sources]")).ToContainTextAsync("article ¶9");
        await page.Locator("[data-testid=copy-citation]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=copy-citation]")).ToContainTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("600-megawatt solar power plant in Batken [Data set entry, data release 1.0.0]", copied, StringComparison.Ordinal);
        Assert.EndsWith("/projects/batken-solar-power-plant", copied, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "project-batken.png"), FullPage = true });
    }

    [Fact]
    public async Task Clicking_a_country_on_the_map_filters_by_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("projects");

        await page.Locator("[data-testid=project-map] a[data-country=TJ]").ClickAsync();

        await page.WaitForURLAsync("**/projects?country=TJ");
        await Assertions.Expect(page.Locator("#country-TJ")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-testid=projects] tbody tr")).ToHaveCountAsync(
            Math.Min(25, int.Parse(await page.Locator("[data-testid=result-count] strong").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Researcher_shows_AidDatas_finance_by_region_on_the_map_opens_a_region_and_follows_a_project_to_AidDatas_record()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("projects?source=aiddata-gcof-1");
        await Assertions.Expect(page.Locator("[data-testid=projects] [data-testid=dataset-badge]").First).ToHaveTextAsync("AidData GCOF 1.0");

        await page.Locator("[data-testid=show-regions]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("layer=regions", StringComparison.Ordinal) && url.Contains("source=aiddata-gcof-1", StringComparison.Ordinal));
        var bubbles = page.Locator("[data-testid=project-map] [data-testid=region-bubble]");
        await Assertions.Expect(page.Locator("[data-testid=region-layer-note]")).ToBeVisibleAsync();
        Assert.True(await bubbles.CountAsync() > 30);
        await Assertions.Expect(page.Locator("[data-testid=region-layer-note]")).ToContainTextAsync("summed by the dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "projects-region-layer.png"), FullPage = true });

        // Circles overlap where regions are small, so the region is opened as a keyboard user would: focus, then Enter.
        var osh = bubbles.Filter(new() { Has = page.Locator("title", new() { HasTextString = "Osh Region" }) });
        var label = await osh.GetAttributeAsync("aria-label");
        Assert.StartsWith("Osh Region: ", label, StringComparison.Ordinal);
        await osh.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/projects/regions/*");

        await Assertions.Expect(page.Locator("[data-testid=region-name]")).ToContainTextAsync("Osh Region");
        var value = await page.Locator("[data-testid=region-value]").InnerTextAsync();
        Assert.Contains(value.Replace(" USD", "", StringComparison.Ordinal), label, StringComparison.Ordinal);
        var records = page.Locator("[data-testid=aiddata-record]");
        Assert.Equal(await page.Locator("[data-testid=region-projects-table] tbody tr").CountAsync(), await records.CountAsync());
        Assert.Equal("https://china.aiddata.org/projects/" + (await records.First.InnerTextAsync()).Trim(), await records.First.GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("[data-testid=dataset-terms] [data-testid=licence]")).ToHaveTextAsync("ODC-By-1.0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "region-osh.png"), FullPage = true });

        // The regions table lists the same region with the same value.
        await page.Locator(".breadcrumb a[href='projects/regions']").ClickAsync();
        await page.WaitForURLAsync("**/projects/regions");
        await Assertions.Expect(page.Locator("[data-testid=finance-by-region] tbody tr", new() { HasTextString = "Osh Region" })).ToContainTextAsync(value.Replace(" USD", "", StringComparison.Ordinal));
    }
}
