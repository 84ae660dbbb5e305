using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CentralAsiaBri.Tests.Support.UpstreamFiles;

namespace CentralAsiaBri.Tests.Web;

/// <summary>The app after a maintainer imported a Comtrade extract by HS chapter (built by the test; ADR-024).</summary>
public sealed class ComtradeLoadedApp : AppFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var file = Csv(ComtradeColumns,
        [
            Comtrade("CHN", "X", "KAZ", "2021", "TOTAL", "All Commodities", "13900000000"),
            Comtrade("CHN", "X", "KAZ", "2021", "61", "Apparel, knitted", "1000000000.25"),
            Comtrade("CHN", "X", "KAZ", "2021", "62", "Apparel, not knitted", "500000000.5"),
            Comtrade("CHN", "X", "KAZ", "2021", "84", "Machinery", "3000000000"),
            Comtrade("CHN", "X", "KAZ", "2022", "61", "Apparel, knitted", "1200000000"),
            Comtrade("CHN", "X", "KAZ", "2022", "99", "Commodities not specified", "10000000"),
            Comtrade("KAZ", "X", "CHN", "2022", "26", "Ores, slag and ash", "2500000000"),
        ]);
        var report = await Services.GetRequiredService<DataImporter>().ImportAsync([new ImportFile("TradeData_2022.csv", file)], "maintainer-a", "cli");
        Assert.True(report.Applied, report.ToText());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The composition section and the new figures on the API, with and without product data loaded.</summary>
public sealed class TradeCompositionTests(ComtradeLoadedApp app) : IClassFixture<ComtradeLoadedApp>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Product_data_shows_as_stacked_bars_by_HS_section_per_year_with_a_table_and_the_sources_terms()
    {
        using var client = app.CreateClient();

        var document = Parser.ParseDocument(await client.GetStringAsync("/trade"));

        var section = document.QuerySelector("[data-testid=composition]")!;
        Assert.Null(section.QuerySelector("[data-testid=no-product-data]"));
        // Defaults: the first reporter with product data, the first chosen country that has some, exports.
        Assert.Equal("true", section.QuerySelector("a[data-mix-reporter=un-comtrade-china-reported]")!.GetAttribute("aria-current"));
        Assert.Equal(["KZ"], section.QuerySelectorAll("a[data-mix-partner]").Select(a => a.GetAttribute("data-mix-partner")));
        var config = JsonDocument.Parse(section.QuerySelector("cab-chart")!.GetAttribute("config")!).RootElement;
        Assert.Equal("bar", config.GetProperty("type").GetString());
        Assert.True(config.GetProperty("options").GetProperty("scales").GetProperty("y").GetProperty("stacked").GetBoolean());
        Assert.Equal(["2021", "2022"], config.GetProperty("data").GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var datasets = config.GetProperty("data").GetProperty("datasets").EnumerateArray().ToDictionary(d => d.GetProperty("label").GetString()!,
            d => d.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("y").ValueKind == JsonValueKind.Null ? (double?)null : p.GetProperty("y").GetDouble()).ToList());
        // Chapters 61 and 62 are section XI, summed in decimal; 84 is XVI; 99 belongs to no section; the total is not a section.
        Assert.Equal(["HS section XI (chapters 50–63)", "HS section XVI (chapters 84–85)", "Chapters outside the HS sections"], datasets.Keys);
        Assert.Equal([1500.00000075, 1200], datasets["HS section XI (chapters 50–63)"]);
        Assert.Equal([3000, null], datasets["HS section XVI (chapters 84–85)"]);
        // The table alternative: one row a year, one column a section, the gap shown as a gap.
        var table = section.QuerySelector("table")!;
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("un-comtrade", section.QuerySelector("[data-testid=source-terms]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_composition_view_lives_in_the_query_string_and_the_totals_line_ignores_chapter_figures()
    {
        using var client = app.CreateClient();

        var document = Parser.ParseDocument(await client.GetStringAsync("/trade?countries=KZ&mixReporter=un-comtrade-partner-reported&mixFlow=imports&view=table"));

        var section = document.QuerySelector("[data-testid=composition]")!;
        Assert.Equal("true", section.QuerySelector("a[data-mix-reporter=un-comtrade-partner-reported]")!.GetAttribute("aria-current"));
        Assert.Equal("true", section.QuerySelector("a[data-mix-flow=imports]")!.GetAttribute("aria-current"));
        var config = JsonDocument.Parse(section.QuerySelector("cab-chart")!.GetAttribute("config")!).RootElement;
        Assert.Equal("HS section V (chapters 25–27)", config.GetProperty("data").GetProperty("datasets")[0].GetProperty("label").GetString());
        // The trade view's own links keep the composition's choices.
        Assert.Contains("mixReporter=un-comtrade-partner-reported", document.QuerySelector("a[data-country=KG]")!.GetAttribute("href"), StringComparison.Ordinal);
        // The main chart shows totals only: with UN Comtrade China-reported chosen, its one point is the TOTAL row of 2021 (13.9 bn).
        var totals = Parser.ParseDocument(await client.GetStringAsync("/trade?countries=KZ&flow=exports&reporters=un-comtrade-china-reported&view=table"));
        var rows = totals.QuerySelectorAll("[data-testid=trade-table] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("2021", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(13.9.ToString(CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_and_its_CSV_carry_the_imported_figures_with_the_datasets_terms()
    {
        using var client = app.CreateClient();

        var csv = (await client.GetStringAsync("/api/v1/indicators/trade-value/observations.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(CsvLine.Split).ToList();
        var header = csv[0].ToList();
        var row = csv.Single(r => r[header.IndexOf("observation_id")] == "un-comtrade-cn-exports-kz-61-2021");
        Assert.Equal(("61 Apparel, knitted", "1000000000.25", "1000000000.25", "un-comtrade-china-reported"),
            (row[header.IndexOf("product_group")], row[header.IndexOf("value")], row[header.IndexOf("source_value")], row[header.IndexOf("reporter")]));
        Assert.StartsWith("un-comtrade CHN X KAZ H6 61 2021", row[header.IndexOf("sources")], StringComparison.Ordinal);
        // The figure's history page (linked from the indicator's table) finds the import's revision under the figure's id.
        var history = await client.GetAsync("/history/observations/un-comtrade-cn-exports-kz-61-2021");
        Assert.Equal(System.Net.HttpStatusCode.OK, history.StatusCode);
        Assert.Contains("maintainer-a", await history.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        JsonElement? item = null;
        for (var page = 1; item is null; page++)
        {
            var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/indicators/trade-value/observations?pageSize=100&page={page}")).RootElement;
            var items = json.GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            item = items.Cast<JsonElement?>().FirstOrDefault(i => i!.Value.GetProperty("id").GetString() == "un-comtrade-kz-exports-cn-26-2022");
        }
        Assert.Equal("imports", item.Value.GetProperty("flow").GetString());
        var source = item.Value.GetProperty("sources").EnumerateArray().Single();
        Assert.Equal("un-comtrade", source.GetProperty("source").GetString());
        Assert.Contains("written permission of the UN Statistics Division", source.GetProperty("terms").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>A fresh clone ships the upstream files with their header only: the composition says no product data is loaded.</summary>
public sealed class TradeCompositionEmptyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Without_product_data_the_section_says_none_is_loaded()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade"));

        var section = document.QuerySelector("[data-testid=composition]")!;
        Assert.NotNull(section.QuerySelector("[data-testid=no-product-data]"));
        Assert.Null(section.QuerySelector("cab-chart"));
    }
}
