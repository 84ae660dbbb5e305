using System.Text;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Web;

public sealed class TradePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Table_view_is_rendered_on_the_server_for_the_view_in_the_url()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ,KG&from=2013&to=2024&view=table"));

        var rows = document.QuerySelectorAll("[data-testid=trade-table] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Children[0].TextContent is "Kazakhstan" or "Kyrgyzstan", r.Children[0].TextContent));
        Assert.Equal("true", document.QuerySelector("a[data-country=KZ]")!.GetAttribute("data-selected"));
        Assert.Equal("false", document.QuerySelector("a[data-country=UZ]")!.GetAttribute("data-selected"));
        Assert.Equal("trade/data.csv?countries=KZ,KG&from=2013&to=2024",
            Uri.UnescapeDataString(document.QuerySelector("[data-testid=download-csv]")!.GetAttribute("href")!));
    }

    [Fact]
    public async Task By_default_China_customs_stand_against_the_partners_statistics_and_the_other_groups_are_one_click_away()
    {
        using var client = app.CreateClient();
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
        var sides = data.Rows<Data.Model.Reporter>().ToDictionary(r => r.Id, r => r.Institution!.Side);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade"));

        var groups = document.QuerySelector("[data-testid=reporter-groups]")!;
        // Headings in the order of the sides; China's customs and the partner's statistics shown, the rest behind one fold.
        Assert.Equal(["china-customs", "partner-statistics"], groups.Children.Where(c => c.HasAttribute("data-side")).Select(c => c.GetAttribute("data-side")));
        var more = groups.QuerySelector("details[data-testid=more-reporters]")!;
        Assert.False(more.HasAttribute("open"));
        // (No unattributed figure is a full-year turnover of one of the five states, so that group has nothing to offer here.)
        Assert.Equal(["china-other", "international-dataset", "official-statement"],
            more.QuerySelectorAll("[data-side]").Select(g => g.GetAttribute("data-side")));
        Assert.Equal("The partner's statistics", groups.QuerySelector("[data-side=partner-statistics] > span")!.TextContent.Trim());
        Assert.All(groups.QuerySelectorAll("[data-side]"), g => Assert.All(g.QuerySelectorAll("a[data-reporter]"),
            a => Assert.Equal(g.GetAttribute("data-side"), Kebab(sides[a.GetAttribute("data-reporter")!]))));
        // Every chip of the two shown groups is chosen, none behind the fold; the five Uzbek labels are five chips.
        var chosen = groups.QuerySelectorAll("a[data-selected=true]").Select(a => a.GetAttribute("data-reporter")!).ToList();
        Assert.Contains("china-gac", chosen);
        Assert.Contains("uzbekistan-statistics-agency", chosen);
        Assert.All(chosen, id => Assert.Contains(sides[id], new[] { Data.Model.InstitutionSide.ChinaCustoms, Data.Model.InstitutionSide.PartnerStatistics }));
        Assert.Empty(more.QuerySelectorAll("a[data-selected=true]"));
        Assert.Equal(groups.QuerySelectorAll("[data-side=china-customs] a, [data-side=partner-statistics] a").Length, chosen.Count);
        // The chart draws both sides, and links keep leaving the default reporters out.
        var config = document.QuerySelector("cab-chart#trade-chart")!.GetAttribute("config")!;
        Assert.Contains("China General Administration of Customs", config, StringComparison.Ordinal);
        Assert.Contains("Uzbekistan Statistics Agency", config, StringComparison.Ordinal);
        Assert.Equal("trade/data.csv", document.QuerySelector("[data-testid=download-csv]")!.GetAttribute("href"));
        Assert.Contains("China's customs against the partner's statistics", document.QuerySelector("[data-testid=trade-view-chosen]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_naming_reporters_keeps_its_meaning_and_opens_the_fold_that_holds_a_chosen_one()
    {
        using var client = app.CreateClient();

        var customs = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?reporters=china-gac"));
        var mofcom = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=CA5&reporters=china-gac,china-mofcom"));
        var exports = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ&flow=exports"));

        Assert.Equal(["china-gac"], customs.QuerySelectorAll("a[data-reporter][data-selected=true]").Select(a => a.GetAttribute("data-reporter")));
        Assert.Equal("trade/data.csv?reporters=china-gac", Uri.UnescapeDataString(customs.QuerySelector("[data-testid=download-csv]")!.GetAttribute("href")!));
        // A chosen reporter of another group brings its group out of the fold.
        Assert.Equal("true", mofcom.QuerySelector("[data-testid=reporter-groups] > [data-side=china-other] a[data-reporter=china-mofcom]")!.GetAttribute("data-selected"));
        // On exports the IMF's two DOTS lines are among the defaults, under the IMF's name.
        var imf = exports.QuerySelector("[data-testid=reporter-groups] > [data-side=international-dataset] [data-institution=imf]")!;
        Assert.Equal(["imf-dots-china-reported", "imf-dots-partner-reported"],
            imf.QuerySelectorAll("a[data-selected=true]").Select(a => a.GetAttribute("data-reporter")).Order());
    }

    private static string Kebab(Data.Model.InstitutionSide side) => Dataset.CsvRowNames.ToKebabCase(side.ToString());

    [Fact]
    public async Task Chart_view_renders_the_numbers_as_a_table_before_any_script_runs()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ&from=2024&to=2024"));

        var figure = document.QuerySelector("cab-chart#trade-chart")!;
        Assert.Contains("\"type\":\"line\"", figure.GetAttribute("config"), StringComparison.Ordinal);
        var cells = figure.QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();
        Assert.Contains("43.82 bn USD", cells);
    }

    [Fact]
    public async Task Csv_download_holds_the_rows_of_the_table()
    {
        using var client = app.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ,KG&from=2013&to=2024&view=table"));

        var response = await client.GetAsync("/trade/data.csv?countries=KZ,KG&from=2013&to=2024");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var ids = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[9]).ToList();
        Assert.Equal(page.QuerySelectorAll("[data-testid=trade-table] tbody tr").Select(r => r.GetAttribute("data-observation")), ids);
    }

    [Fact]
    public async Task The_IMF_lines_run_from_1992_with_estimates_marked_and_the_IMFs_terms_under_the_table()
    {
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(
            "/trade?countries=KZ&flow=exports&reporters=imf-dots-china-reported,imf-dots-partner-reported&view=table"));
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(
            "/trade/data.csv?countries=KZ&flow=exports&reporters=imf-dots-china-reported,imf-dots-partner-reported")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(CsvLine.Split).ToList();

        var rows = document.QuerySelectorAll("[data-testid=trade-table] tbody tr");
        Assert.Equal(58, rows.Length);
        Assert.Equal("1992", rows[0].Children[2].TextContent);
        var estimate = document.QuerySelector("tr[data-observation=imf-dots-kz-imports-cn-1992]")!;
        Assert.NotNull(estimate.QuerySelector("[data-estimate=true]"));
        Assert.Null(document.QuerySelector("tr[data-observation=imf-dots-cn-exports-kz-1992] [data-estimate]"));
        Assert.NotNull(document.QuerySelector("[data-testid=estimates-note]"));
        Assert.NotNull(document.QuerySelector("[data-testid=source-terms] [data-source=imf-dots]"));
        var header = csv[0].ToList();
        var estimated = csv.Single(r => r[header.IndexOf("observation_id")] == "imf-dots-kz-imports-cn-1992");
        Assert.Equal("true", estimated[header.IndexOf("estimate")]);
        Assert.Contains("IMF is cited as the source", estimated[header.IndexOf("terms")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporters_page_gives_the_mirror_gap_for_every_year_both_sides_report_computed_from_the_stored_values()
    {
        using var client = app.CreateClient();
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory).Observations.Where(o => o.Id.StartsWith("imf-dots-", StringComparison.Ordinal)).ToList();
        // Every partner, year and flow where both the China-reported and the partner-reported figure exist.
        var expected = data.Where(o => o.ReporterId == "imf-dots-partner-reported")
            .Count(p => data.Any(c => c.ReporterId == "imf-dots-china-reported" && c.PartnerId == p.PartnerId && c.Flow == p.Flow && c.PeriodEnd == p.PeriodEnd));

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade/reporters"));

        var rows = document.QuerySelectorAll("[data-testid=mirror-gaps] tbody tr");
        Assert.Equal(288, expected);
        Assert.Equal(expected, rows.Length);
        // Kazakhstan 1992: China's exports 222.441 against Kazakhstan's imports from China 244.69 (an IMF estimate).
        var kz = document.QuerySelector("[data-testid=mirror-gaps-KZ] tr[data-year='1992'][data-flow=exports]")!;
        Assert.Equal("imf-dots-cn-exports-kz-1992", kz.QuerySelector("[data-value=china]")!.GetAttribute("data-observation"));
        Assert.Equal("imf-dots-kz-imports-cn-1992", kz.QuerySelector("[data-value=partner]")!.GetAttribute("data-observation"));
        Assert.NotNull(kz.QuerySelector("[data-value=partner] [data-estimate=true]"));
        Assert.Equal("-22.249", kz.QuerySelector("[data-gap]")!.GetAttribute("data-gap"));
        Assert.Equal("-9.1", kz.QuerySelector("[data-gap-percent]")!.GetAttribute("data-gap-percent"));
        // Tajikistan reported nothing for 2000: no mirror row, no invented one.
        Assert.Null(document.QuerySelector("[data-testid=mirror-gaps-TJ] tr[data-year='2000']"));
        Assert.NotNull(document.QuerySelector("[data-testid=mirror-gaps] [data-testid=source-terms] [data-source=imf-dots]"));
        // The China-reported DOTS line is China's own statistic: never shown as "the other side" of China's customs.
        Assert.DoesNotContain(document.QuerySelectorAll("[data-testid=reporter-gaps] tbody tr"), r => r.Children[4].TextContent.Contains("China-reported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_indicator_page_renders_and_offers_its_csv()
    {
        using var client = app.CreateClient();
        var index = new HtmlParser().ParseDocument(await client.GetStringAsync("/indicators"));
        var ids = index.QuerySelectorAll("[data-indicator]").Select(e => e.GetAttribute("data-indicator")!).ToList();
        Assert.NotEmpty(ids);

        foreach (var id in ids)
        {
            // The table is cut into pages of 200 (at real size an indicator has tens of thousands of figures): every
            // figure is on exactly one page, and the CSV has them all.
            var figures = new List<string>();
            for (var number = 1; ; number++)
            {
                var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/indicators/{id}?page={number}"));
                var rows = page.QuerySelectorAll("[data-testid=observations] tbody tr").Select(r => r.GetAttribute("data-observation")!).ToList();
                Assert.InRange(rows.Count, 1, CentralAsiaBri.Web.Components.Pages.Indicators.IndicatorPage.PageSize);
                figures.AddRange(rows);
                if (page.QuerySelector("[data-testid=figure-pages] li:last-child.disabled") is not null || page.QuerySelector("[data-testid=figure-pages]") is null)
                {
                    break;
                }
            }
            var csv = await client.GetStringAsync($"/indicators/{id}/data.csv");
            Assert.Equal(figures.Count, figures.Distinct().Count());
            Assert.Equal(figures.Count, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
        }
    }

    [Fact]
    public async Task Unknown_indicator_is_a_404()
    {
        using var client = app.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/indicators/no-such-thing/data.csv")).StatusCode);
    }
}

public sealed class OutputCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/trade?countries=KZ")]
    [InlineData("/indicators/trade-growth-yoy")]
    public async Task Read_pages_set_no_cookie_and_are_served_from_the_output_cache(string path)
    {
        using var client = app.CreateClient();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        Assert.False(first.Headers.Contains("Set-Cookie"));
        // The output cache adds Age to a response it serves from its store.
        Assert.True(second.Headers.Age is not null, $"{path} was not served from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }
}

public sealed class EnhancedNavigationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Enhanced_navigation_requests_bypass_the_output_cache_and_keep_the_allow_header()
    {
        using var client = app.CreateClient();
        using var plain = await client.GetAsync("/recommendations");

        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/recommendations");
            request.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
            using var response = await client.SendAsync(request);

            Assert.Null(response.Headers.Age);
            Assert.Equal(["allow"], response.Headers.GetValues("blazor-enhanced-nav"));
        }
    }

    [Fact]
    public async Task Events_are_off_by_default_and_on_in_the_url_list_each_marker_with_its_link_and_sources()
    {
        using var client = app.CreateClient();

        var off = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ"));
        var on = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ&events=on"));

        Assert.DoesNotContain("\"annotation\"", off.QuerySelector("cab-chart")!.GetAttribute("config"), StringComparison.Ordinal);
        Assert.Equal("trade?countries=KZ&events=on", off.QuerySelector("[data-testid=toggle-events]")!.GetAttribute("href"));
        Assert.Empty(off.QuerySelectorAll("[data-testid=event-markers] li"));
        Assert.Contains("\"annotation\"", on.QuerySelector("cab-chart")!.GetAttribute("config"), StringComparison.Ordinal);
        Assert.Equal("trade?countries=KZ", on.QuerySelector("[data-testid=toggle-events]")!.GetAttribute("href"));
        var summit = on.QuerySelector("[data-testid=event-markers] li[data-event=second-china-central-asia-summit]")!;
        Assert.Equal("events#second-china-central-asia-summit", summit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("article ¶6", summit.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_has_an_anchor_for_every_event_a_marker_links_to()
    {
        using var client = app.CreateClient();

        var timeline = new HtmlParser().ParseDocument(await client.GetStringAsync("/events"));

        Assert.NotNull(timeline.GetElementById("second-china-central-asia-summit"));
    }

    [Fact]
    public async Task Reporters_are_compared_side_by_side_with_a_gap_only_between_exact_figures()
    {
        using var client = app.CreateClient();
        var data = Data.Seeding.CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
        double Billions(string reporter) => data.Observations
            .Where(o => o.ReporterId == reporter && o.PartnerId == "KZ" && o.Flow == Data.Model.TradeFlow.Turnover && o.PeriodEnd == new DateOnly(2024, 12, 31)
                && o.PeriodStart == new DateOnly(2024, 1, 1) && o.Qualifier == Data.Model.Qualifier.Exact)
            .Select(o => o.Value * data.Units.Single(u => u.Id == o.UnitId).Scale / 1e9).OrderByDescending(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).First();
        var expectedGap = Math.Round(Billions("china-gac") - Billions("eurasian-development-bank"), 6);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade/reporters"));

        var kazakhstan = page.QuerySelectorAll("[data-testid=reporter-gaps] tr[data-partner=KZ][data-year='2024'][data-flow=turnover]")
            .Single(r => r.TextContent.Contains("Eurasian Development Bank", StringComparison.Ordinal));
        Assert.Equal(expectedGap, double.Parse(kazakhstan.QuerySelectorAll("td")[6].GetAttribute("data-gap")!, System.Globalization.CultureInfo.InvariantCulture), 6);
        // A bound on either side ("> 2.2") leaves the gap empty rather than inventing one.
        var bounded = page.QuerySelectorAll("[data-testid=reporter-gaps] tbody tr").Where(r => r.QuerySelectorAll("td")[3].TextContent.TrimStart().StartsWith('>')).ToList();
        Assert.NotEmpty(bounded);
        Assert.All(bounded, r => Assert.Equal("—", r.QuerySelectorAll("td")[6].TextContent.Trim()));
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=gap-sources] a[href^='https://']").Length);
    }
}

public sealed class CompressionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/projects?country=KG")]
    [InlineData("/trade?countries=KZ")]
    public async Task A_page_comes_compressed_when_asked_and_plain_otherwise_from_the_same_cache(string url)
    {
        using var client = app.CreateClient();

        using var plain = await client.GetAsync(url);
        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, url);
        compressedRequest.Headers.AcceptEncoding.ParseAdd("br");
        using var compressed = await client.SendAsync(compressedRequest);
        using var plainAgain = await client.GetAsync(url);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync();
        await using var brotli = new System.IO.Compression.BrotliStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        Assert.Equal(html, await reader.ReadToEndAsync());
        Assert.Equal(html, await plainAgain.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin/sign-in")]
    [InlineData("/api/v1/projects?country=KG")]
    public async Task Maintainer_pages_and_the_api_are_never_compressed(string url)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"{url} answered {response.StatusCode}");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
