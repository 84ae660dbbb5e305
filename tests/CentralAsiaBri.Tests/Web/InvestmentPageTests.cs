using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Web;

/// <summary>
/// The investment view (ADR-023): AEI's tracker as yearly sums per country with deal counts, the view in the query
/// string, AEI's citation and terms with the figures on the page, in the CSV and in the API, and the new indicators
/// reachable from their pillar and dimension pages.
/// </summary>
public sealed class InvestmentPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static List<string[]> Csv(byte[] body) => [.. Encoding.UTF8.GetString(body).TrimStart('\uFEFF')
        .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(CsvLine.Split)];

    [Fact]
    public async Task The_page_shows_every_countrys_yearly_totals_with_deal_counts_and_AEIs_citation_and_terms()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/investment"));

        var rows = document.QuerySelectorAll("[data-testid=investment-table] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches("^cgit-inv-[a-z]{2}-[0-9]{4}-value$", r.GetAttribute("data-observation")!));
        var kz2013 = document.QuerySelector("tr[data-observation=cgit-inv-kz-2013-value]")!;
        Assert.Equal("5300", kz2013.QuerySelector("[data-testid=value]")!.TextContent.Trim());
        Assert.Equal("1", kz2013.QuerySelector("[data-testid=deals]")!.TextContent.Trim());
        // A year without a tracked deal is a gap, not a zero row.
        Assert.Null(document.QuerySelector("tr[data-observation=cgit-inv-kz-2011-value]"));
        Assert.NotNull(document.QuerySelector("cab-chart#investment-chart"));
        // Every UI string is a text, not its resource key.
        Assert.DoesNotContain("ChartCaption", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("BySectorIntro", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("China Global Investment Tracker (2019 Fall edition)", document.QuerySelector("[data-testid=cgit-citation]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("100 million", document.QuerySelector("[data-testid=cgit-citation]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("[data-testid=source-terms] [data-source=aei-cgit-2019-fall]"));
        Assert.NotEmpty(document.QuerySelectorAll("[data-testid=sector-table] tbody tr"));
        // The reference table's investment figures beside them, each with its reporter and source.
        var stock = document.QuerySelector("[data-testid=reference-investment] tr[data-observation=ref-fdi-stock-ca5-2012]")!;
        Assert.Contains("MOFCOM", stock.TextContent, StringComparison.Ordinal);
        Assert.NotNull(stock.QuerySelector("a[href='indicators/fdi-stock']"));
        Assert.NotNull(document.QuerySelector("nav a[href=investment][data-testid=nav-investment]"));
    }

    [Fact]
    public async Task Countries_series_sector_and_years_come_from_the_query_string()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/investment?countries=KG&series=construction&from=2014&to=2015"));
        var energy = new HtmlParser().ParseDocument(await client.GetStringAsync("/investment?countries=KZ&sector=Energy"));

        var rows = document.QuerySelectorAll("[data-testid=investment-table] tbody tr").Select(r => r.GetAttribute("data-observation")).ToList();
        Assert.Equal(["cgit-con-kg-2014-value", "cgit-con-kg-2015-value"], rows);
        Assert.Equal("4", document.QuerySelector("tr[data-observation=cgit-con-kg-2014-value] [data-testid=deals]")!.TextContent.Trim());
        Assert.Equal("true", document.QuerySelector("a[data-country=KG]")!.GetAttribute("data-selected"));
        Assert.Equal("false", document.QuerySelector("a[data-country=KZ]")!.GetAttribute("data-selected"));
        Assert.Equal("true", document.QuerySelector("a[data-series=construction]")!.GetAttribute("aria-current"));
        Assert.Equal("investment/data.csv?countries=KG&series=construction&from=2014&to=2015",
            Uri.UnescapeDataString(document.QuerySelector("[data-testid=download-csv]")!.GetAttribute("href")!));
        Assert.All(energy.QuerySelectorAll("[data-testid=investment-table] tbody tr"),
            r => Assert.Matches("^cgit-inv-kz-[0-9]{4}-energy-value$", r.GetAttribute("data-observation")!));
        Assert.Equal("true", energy.QuerySelector("a[data-sector=Energy]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_CSV_is_exactly_the_rows_shown_with_AEIs_terms_on_every_row()
    {
        using var client = app.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/investment?countries=KZ,UZ&from=2010"));
        var csv = Csv(await client.GetByteArrayAsync("/investment/data.csv?countries=KZ,UZ&from=2010"));

        var header = csv[0].ToList();
        Assert.Equal(["partner", "indicator_id", "sector", "year", "value", "unit", "deals", "reporter", "observation_id", "sources", "terms"], header);
        Assert.Equal(page.QuerySelectorAll("[data-testid=investment-table] tbody tr").Select(r => r.GetAttribute("data-observation")),
            csv.Skip(1).Select(r => r[header.IndexOf("observation_id")]));
        Assert.All(csv.Skip(1), r =>
        {
            Assert.Contains("All rights reserved", r[header.IndexOf("terms")], StringComparison.Ordinal);
            Assert.Contains("aei.org", r[header.IndexOf("sources")], StringComparison.Ordinal);
            Assert.True(int.Parse(r[header.IndexOf("year")], System.Globalization.CultureInfo.InvariantCulture) >= 2010);
        });
    }

    [Fact]
    public async Task The_API_gives_the_sums_as_observations_with_AEIs_terms()
    {
        using var client = app.CreateClient();

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/indicators/cgit-investment-value/observations?pageSize=500")).RootElement;

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, "cgit_observations.csv")).Count(l => l.Contains(",cgit-investment-value,", StringComparison.Ordinal)), items.Count);
        var kz = items.Single(i => i.GetProperty("id").GetString() == "cgit-inv-kz-2013-value");
        Assert.Equal(5300, kz.GetProperty("value").GetDouble());
        Assert.Equal("aei-cgit-2019-fall-edition", kz.GetProperty("reporter").GetString());
        var source = kz.GetProperty("sources").EnumerateArray().First();
        Assert.Equal("aei-cgit-2019-fall", source.GetProperty("source").GetString());
        Assert.Contains("never the deals themselves", source.GetProperty("terms").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_indicator_page_of_AEIs_sums_carries_AEIs_terms_under_its_figures()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/indicators/cgit-construction-value"));

        Assert.NotNull(document.QuerySelector("[data-testid=source-terms] [data-source=aei-cgit-2019-fall]"));
        Assert.Contains("100 million", document.QuerySelector("h1")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/pillars/financial-integration", new[] { "cgit-investment-value", "cgit-investment-deals", "fdi-stock", "investment-cumulative", "joint-projects-value" })]
    [InlineData("/pillars/infrastructure-connectivity", new[] { "cgit-construction-value", "freight-trains-china-europe", "road-share-of-trade", "contracted-projects-turnover-cumulative" })]
    [InlineData("/pillars/unimpeded-trade", new[] { "gas-imports-value", "share-of-china-trade", "china-share-of-ca-trade", "agri-imports-value", "trade-discrepancy" })]
    [InlineData("/pillars/people-to-people-bonds", new[] { "tourist-arrivals", "visitor-entries", "visa-free-visits", "visa-free-max-stay", "students-abroad" })]
    [InlineData("/dimensions/institutional-coordination", new[] { "cgit-investment-value", "fdi-stock" })]
    [InlineData("/dimensions/economic-interdependence", new[] { "cgit-construction-deals", "freight-trains-xinjiang-ports", "oil-imports-pipeline" })]
    [InlineData("/dimensions/security-cooperation", new[] { "students-abroad", "visa-free-visits" })]
    public async Task The_new_indicators_are_linked_from_their_pillar_and_dimension_pages_and_their_pages_render(string page, string[] indicators)
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(page));

        foreach (var id in indicators)
        {
            Assert.NotNull(document.QuerySelector($"a[href='indicators/{id}']"));
            var indicator = await client.GetAsync($"/indicators/{id}");
            Assert.True(indicator.IsSuccessStatusCode, $"/indicators/{id}: {indicator.StatusCode}");
        }
    }

    [Theory]
    [InlineData("zh-Hans", "中国在中亚的投资和承包工程", "投资")]
    [InlineData("ru", "Китайские инвестиции и строительство в Центральной Азии", "Инвестиции")]
    public async Task The_view_and_its_nav_link_speak_the_readers_language(string culture, string heading, string nav)
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"/investment?culture={culture}"));

        Assert.Equal(heading, document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(nav, document.QuerySelector("[data-testid=nav-investment]")!.TextContent.Trim());
    }
}
