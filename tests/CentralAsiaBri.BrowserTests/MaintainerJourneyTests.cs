using System.Text;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
public sealed class MaintainerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cab-upload-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A copy of a data file with one field of one row replaced; returns its path and the row's line number.</summary>
    private (string Path, int Line) Edited(string file, int dataRow, string column, string value)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", file), Encoding.UTF8);
        var header = lines[0].Split(',');
        var fields = lines[dataRow].Split(',');
        fields[Array.IndexOf(header, column)] = value;
        lines[dataRow] = string.Join(',', fields);
        var folder = Directory.CreateDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return (path, dataRow + 1);
    }

    [Fact]
    public async Task Maintainer_signs_in_sees_a_bad_file_rejected_by_line_then_a_good_one_in_the_chart_at_once()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("admin");
        await page.WaitForURLAsync("**/admin/sign-in?**");
        await page.GetByLabel("Name").FillAsync(BrowserFixture.MaintainerName);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.MaintainerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import data" })).ToBeVisibleAsync();

        // Row 3 of trade_observations.csv (line 4) gets a value that is not a number.
        var (bad, line) = Edited("trade_observations.csv", 3, "value", "lots");
        await page.GetByLabel("CSV data files").SetInputFilesAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate and import" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/imports/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Rejected");
        await Assertions.Expect(page.Locator(".import-report")).ToContainTextAsync($"trade_observations.csv line {line}, column 'value'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "import-rejected.png"), FullPage = true });

        // The first data row is the commerce ministry's 1992 turnover with all five states: give it a value to find.
        await page.GotoAsync("admin");
        var (good, _) = Edited("trade_observations.csv", 1, "value", "461.25");
        await page.GetByLabel("CSV data files").SetInputFilesAsync(good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate and import" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/imports/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Applied");

        var id = File.ReadAllLines(good)[1].Split(',')[0];
        var api = await page.APIRequest.GetAsync("api/v1/indicators/trade-value/observations?pageSize=500");
        Assert.Contains($"\"id\":\"{id}\"", await api.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("461.25", await api.TextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("trade?countries=CA5&reporters=china-mofcom");
        // The chart draws billions: 461.25 million is 0.46125.
        Assert.Contains("0.46125", await page.Locator("cab-chart").First.GetAttributeAsync("config") ?? "", StringComparison.Ordinal);
        Assert.Empty(browser.PolicyViolations);
    }
}

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class ApiReferenceTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_api_reference_page_lists_the_endpoints_from_the_openapi_document()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("api/docs/");

        await Assertions.Expect(page.GetByText("Cooperation projects").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByText("CentralAsiaBri open data API").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "api-reference.png") });
        Assert.Empty(browser.PolicyViolations);
    }
}
