using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class StudentJourneyTests(BrowserFixture browser)
{
    public static TheoryData<string, int, int> Widths => new()
    {
        { "phone", 360, 740 },
        { "desktop", 1280, 900 },
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Student_goes_from_home_to_security_cooperation_its_evidence_and_the_recommendations(string device, int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        async Task Shot(string step) => await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"student-{device}-{step}.png"), FullPage = true });

        await page.GotoAsync("");
        await Shot("1-home");
        // The framework diagram's box is a link; a phone reader taps it like any other.
        await page.Locator("svg a[href='dimensions/security-cooperation']").First.ClickAsync();
        await page.WaitForURLAsync("**/dimensions/security-cooperation");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Security cooperation");
        await Assertions.Expect(page.Locator("#meaning + .rich-text")).Not.ToBeEmptyAsync();
        await Shot("2-dimension");
        Assert.False(await HasHorizontalScrollAsync(page), "the page scrolls sideways");

        var visa = page.Locator("[data-testid=dimension-projects] [data-project=china-uzbekistan-mutual-visa-exemption]");
        await Assertions.Expect(visa).ToContainTextAsync("paper §2 ¶5");
        await visa.Locator("a[href='projects/china-uzbekistan-mutual-visa-exemption']").ClickAsync();
        await page.WaitForURLAsync("**/projects/china-uzbekistan-mutual-visa-exemption");
        await Assertions.Expect(page.Locator("[data-testid=project-sources]")).ToContainTextAsync("paper §2 ¶5");
        await Shot("3-visa-exemption");

        await page.GoBackAsync();
        await page.Locator("#recommendations ~ ul a[href^='recommendations#']").First.ClickAsync();
        await page.WaitForURLAsync("**/recommendations#*");
        await Assertions.Expect(page.Locator("[data-recommendation]")).ToHaveCountAsync(3);
        await Shot("4-recommendations");
        Assert.False(await HasHorizontalScrollAsync(page), "the page scrolls sideways");
    }

    [Fact]
    public async Task A_printed_page_keeps_its_text_and_citations_without_navigation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("dimensions/security-cooperation");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".breadcrumb")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("cite.citation").First).ToBeVisibleAsync();
        await page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "print-security-cooperation.pdf") });
    }

    private static Task<bool> HasHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
}
