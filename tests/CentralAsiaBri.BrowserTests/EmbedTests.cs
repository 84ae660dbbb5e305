using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class EmbedTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_page_on_another_port_shows_the_embedded_chart_while_the_site_itself_refuses_the_frame()
    {
        // "Another site": a page served by a second web server on another loopback port.
        var embed = $"{browser.BaseUrl}embed/trade?countries=KZ,KG&events=on";
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Host</title></head><body>
            <iframe id="embedded" title="Embedded chart" src="{embed}" width="900" height="560"></iframe>
            <iframe id="site" title="The site itself" src="{browser.BaseUrl}trade?countries=KZ" width="900" height="300"></iframe>
            </body></html>
            """;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var host = builder.Build();
        host.MapGet("/", () => Results.Content(html, "text/html"));
        await host.StartAsync();
        var hostUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Assert.NotEqual(new Uri(hostUrl).Port, new Uri(browser.BaseUrl).Port);

        var page = await browser.NewPageAsync();
        // The site's own page in a frame is refused: Chromium navigates that frame to its error page. Listen
        // before loading, so the navigation cannot be missed.
        var refused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.FrameNavigated += (_, frame) =>
        {
            if (frame.Url.StartsWith("chrome-error:", StringComparison.Ordinal))
            {
                refused.TrySetResult();
            }
        };
        await page.GotoAsync(hostUrl);

        var frame = page.FrameLocator("#embedded");
        await Microsoft.Playwright.Assertions.Expect(frame.Locator("cab-chart")).ToBeVisibleAsync();
        var embedded = page.Frames.Single(f => f.Url.StartsWith(embed.Split('?')[0], StringComparison.Ordinal));
        await embedded.WaitForFunctionAsync("() => document.querySelector('cab-chart')?.chart?.options?.plugins?.annotation?.annotations");
        Assert.Contains("Kazakhstan", await embedded.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        // The site's own page is blocked by its frame-ancestors policy: Chromium shows its error page instead.
        await refused.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Contains(page.Frames, f => f.Url.StartsWith("chrome-error:", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Frames, f => f.Url.StartsWith($"{browser.BaseUrl}trade", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "embed-on-another-site.png"), FullPage = true });

        // The embed page on its own passes the same accessibility check as every other page.
        var alone = await browser.NewPageAsync();
        await alone.GotoAsync(embed);
        var axe = await alone.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        await host.StopAsync();
    }
}
