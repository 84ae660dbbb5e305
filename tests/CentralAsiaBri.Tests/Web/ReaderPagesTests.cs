using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Web;

public sealed class ReaderPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string path)
    {
        using var client = app.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(path));
    }

    [Theory]
    [InlineData("KG", null)]
    [InlineData(null, "infrastructure-connectivity")]
    [InlineData("UZ", "policy-coordination")]
    public async Task Timeline_lists_the_events_of_a_country_and_pillar_in_date_order(string? country, string? pillar)
    {
        var document = await GetAsync($"/events?country={country}&pillar={pillar}");

        var shown = document.QuerySelectorAll("[data-testid=timeline] [data-event]").Select(e => e.GetAttribute("data-event")!).ToList();
        var expected = s_data.Events
            .Where(e => (country is null || e.Countries.Any(c => c.Id == country)) && (pillar is null || e.PillarId == pillar))
            .OrderBy(e => e.Date, StringComparer.Ordinal).Select(e => e.Id).ToList();
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task Indicators_are_grouped_under_all_five_pillars()
    {
        var document = await GetAsync("/indicators");

        Assert.Equal(s_data.Pillars.OrderBy(p => p.SortOrder).Select(p => p.Id), document.QuerySelectorAll("[data-pillar-section]").Select(s => s.GetAttribute("data-pillar-section")));
    }

    [Fact]
    public async Task Trade_page_lists_the_documents_other_trade_figures_with_their_qualifiers()
    {
        var document = await GetAsync("/trade");

        var rows = document.QuerySelectorAll("[data-testid=paper-trade-figures] tbody tr").ToDictionary(r => r.GetAttribute("data-observation")!, r => r.TextContent);
        Assert.Contains("11.099 bn CNY", rows["jiangsu-exports-ca5-h1-2025"], StringComparison.Ordinal);
        Assert.Contains("< 0.2", rows["china-ca5-intra-industry-trade-index-1996-2013"], StringComparison.Ordinal);
        Assert.Contains("≈ 300", rows["ca5-enterprises-on-china-ecommerce-2022"], StringComparison.Ordinal);
        Assert.DoesNotContain(rows.Keys, id => id.StartsWith("trade-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_glossary_term_in_a_text_links_to_its_entry_and_the_text_carries_no_script()
    {
        var document = await GetAsync("/dimensions/security-cooperation");

        var links = document.QuerySelectorAll(".rich-text a[href^='glossary#']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("glossary#belt-and-road-initiative", links);
        Assert.Empty(document.QuerySelectorAll(".rich-text script"));
    }
}

public sealed class GlossaryLinkerTests
{
    private sealed class Glossary : IDisposable
    {
        public TestStore Store { get; } = new();

        public void Dispose() => Store.Dispose();
    }

    [Fact]
    public async Task Raw_html_and_script_urls_in_data_are_not_rendered()
    {
        using var glossary = new Glossary();
        var linker = new CentralAsiaBri.Web.Content.GlossaryLinker(new CentralAsiaBri.Data.Queries.ContentQueries(glossary.Store.Factory, new CentralAsiaBri.Data.Queries.DataLoadCache(), new CentralAsiaBri.Data.Queries.ProjectIndex(glossary.Store.Factory, new CentralAsiaBri.Data.Queries.DataLoadCache())),
            new CentralAsiaBri.Web.Localization.DataText(new CentralAsiaBri.Web.Localization.TranslationCatalog(glossary.Store.Factory)),
            new CentralAsiaBri.Data.Queries.DataLoadCache());

        var html = await linker.ToHtmlAsync(
            "A <script>alert(1)</script>, [a link](javascript:alert(1)), <javascript:alert(2)>, [away](//evil.example/x), <b>bold</b> " +
            "and [fine](https://example.org/a) [here](glossary#bri).");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html.Replace("&lt;javascript:alert(2)&gt;", "", StringComparison.Ordinal).Split("href=").Skip(1).Select(h => h.Split('"')[1]), StringComparer.Ordinal);
        Assert.DoesNotContain("href=\"//", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"glossary#bri\"", html, StringComparison.Ordinal);
        Assert.All(html.Split("href=\"").Skip(1), h => Assert.False(h.StartsWith("javascript", StringComparison.OrdinalIgnoreCase), h));
    }
}

public sealed class RobustPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/projects?page=abc&desc=1&from=x&to=99999999999")]
    [InlineData("/projects?status=planned,agreed&sector=1&sort=3")]
    [InlineData("/trade?from=abc&to=&flow=imports,turnover")]
    [InlineData("/events?country=<script>&pillar=x")]
    public async Task Malformed_query_values_are_ignored_not_errors(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/projects/no-such-project")]
    [InlineData("/indicators/no-such-indicator")]
    [InlineData("/dimensions/no-such-dimension")]
    [InlineData("/pillars/no-such-pillar")]
    public async Task Unknown_ids_are_404(string path)
    {
        using var client = app.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_wrongly_cased_id_does_not_replace_the_real_page_in_the_cache()
    {
        using var client = app.CreateClient();

        var wrong = await client.GetAsync("/projects/BATKEN-SOLAR-POWER-PLANT");
        var right = await client.GetAsync("/projects/batken-solar-power-plant");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("600 MW", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
