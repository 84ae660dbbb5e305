using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Web;

/// <summary>/claims over the project's data, and over copies with figures added, so its verdicts are seen to be computed.</summary>
public sealed class ClaimsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
    private static readonly string[] s_verdicts = ["consistent", "not-testable", "inconsistent", "mixed"];

    private static async Task<IHtmlDocument> GetAsync(AppFactory factory, string path)
    {
        using var client = factory.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(path));
    }

    private static string Verdict(IHtmlDocument document, string claim) =>
        document.QuerySelector($"[data-testid=claims-summary] tr[data-claim='{claim}']")!.GetAttribute("data-verdict")!;

    [Fact]
    public async Task Every_claim_of_the_file_is_shown_in_order_with_a_verdict_and_its_reading()
    {
        var document = await GetAsync(app, "/claims");

        var rows = document.QuerySelectorAll("[data-testid=claims-summary] tbody tr").ToList();
        Assert.Equal(s_data.Claims.OrderBy(c => c.SortOrder).Select(c => c.Id), rows.Select(r => r.GetAttribute("data-claim")));
        Assert.All(rows, r => Assert.Contains(r.GetAttribute("data-verdict"), s_verdicts));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Children[3].TextContent)));
        foreach (var claim in s_data.Claims)
        {
            var section = document.QuerySelector($"[data-claim-detail='{claim.Id}']")!;
            Assert.Contains(claim.Basis, section.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_the_data_here_the_ten_year_multiple_and_the_tracker_sums_are_not_testable_and_say_why()
    {
        var document = await GetAsync(app, "/claims");

        Assert.Equal("not-testable", Verdict(document, "trade-tripled-2015-2025"));
        var why = document.QuerySelector("[data-claim-detail='trade-tripled-2015-2025'] [data-testid=claim-lines] tr[data-reporter='china-gac']")!.TextContent;
        Assert.Contains("no figure for 2015 (CA5)", why, StringComparison.Ordinal);
        // The tracker's 2019 Fall edition ends in 2019: a year after it is not a year without deals, so the sum to 2025 is
        // not testable, and the reason names the years.
        Assert.Equal("not-testable", Verdict(document, "investment-ca5-2013-2025"));
        var investment = document.QuerySelector("[data-claim-detail='investment-ca5-2013-2025'] [data-testid=claim-verdict]")!.TextContent;
        Assert.Contains("2020, 2021, 2022, 2023, 2024, 2025", investment, StringComparison.Ordinal);
        Assert.Contains("(2005–2019)", investment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/framework")]
    [InlineData("/dimensions/economic-interdependence")]
    [InlineData("/dimensions/institutional-coordination")]
    [InlineData("/dimensions/security-cooperation")]
    [InlineData("/trade")]
    public async Task The_framework_dimension_and_trade_pages_link_to_the_claims(string path)
    {
        var document = await GetAsync(app, path);

        Assert.NotNull(document.QuerySelector("a[href='claims'][data-testid=claims-link]"));
    }

    [Fact]
    public async Task The_page_reads_in_Russian_and_Chinese_with_the_reasons_translated()
    {
        var russian = await GetAsync(app, "/claims?culture=ru");
        var chinese = await GetAsync(app, "/claims?culture=zh-Hans");

        Assert.Contains("нет цифры за 2015 (CA5)", russian.QuerySelector("[data-claim-detail='trade-tripled-2015-2025']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("缺少以下期间的数字：2015 (CA5)", chinese.QuerySelector("[data-claim-detail='trade-tripled-2015-2025']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Утверждения и данные", russian.QuerySelector("h1")!.TextContent.Trim());
        // The readings are translated data (translations.csv, kind claim).
        Assert.Contains("десять лет до 2025 года", russian.QuerySelector("[data-claim-detail='trade-tripled-2015-2025']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("截至2025年", chinese.QuerySelector("[data-claim-detail='trade-tripled-2015-2025']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_the_same_claims_lines_and_verdicts_as_codes()
    {
        using var client = app.CreateClient();

        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/claims"));

        var claims = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(s_data.Claims.OrderBy(c => c.SortOrder).Select(c => c.Id), claims.Select(c => c.GetProperty("id").GetString()));
        var tripled = claims.Single(c => c.GetProperty("id").GetString() == "trade-tripled-2015-2025");
        Assert.Equal("not-testable", tripled.GetProperty("verdict").GetString());
        Assert.Equal("china-ca5-trade-multiple-ten-years", tripled.GetProperty("statement").GetProperty("id").GetString());
        var customs = tripled.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("reporter").GetString() == "china-gac");
        Assert.Equal("missing-periods", customs.GetProperty("reason").GetString());
        Assert.Equal("2015 (CA5)", customs.GetProperty("reasonArguments")[0].GetString());

        // The CSV: a row per line of each claim (a claim without lines has one), the same codes.
        var csv = (await client.GetStringAsync("/api/v1/claims.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claim,statement,test,", csv[0], StringComparison.Ordinal);
        Assert.Equal(claims.Sum(c => Math.Max(1, c.GetProperty("lines").GetArrayLength())), csv.Length - 1);
        Assert.Contains(csv, l => l.StartsWith("trade-tripled-2015-2025,", StringComparison.Ordinal) && l.Contains(",china-gac,", StringComparison.Ordinal) && l.Contains("missing-periods", StringComparison.Ordinal));
    }

    // A customs figure for 2015 and the tracker's aggregates, added to a copy of the data.
    private static TempDataDirectory DataWith(double customs2015)
    {
        var data = new TempDataDirectory();
        var value = customs2015.ToString(System.Globalization.CultureInfo.InvariantCulture);
        data.AppendLine("trade_observations.csv",
            $"trade-ca5-china-gac-2015-turnover-test,trade-value,CN,CA5,turnover,,2015,2015-01-01,2015-12-31,=,{value},usd-billion,china-gac,web-globaltimes-cn-2026-01-18,A test figure.");
        // The tracker's real sums are replaced by the test's own edition, so the verdicts depend on these rows only.
        data.WriteLines("cgit_observations.csv", [data.ReadLines("cgit_observations.csv")[0]]);
        data.AppendLine("institutions.csv", "aei-test,American Enterprise Institute,international-dataset,,Test.,article ¶2");
        data.AppendLine("reporters.csv", "aei-test-edition,AEI tracker (test edition),international-organisation,aei-test,,,Test.,article ¶2");
        foreach (var (partner, year, millions) in new[] { ("KZ", 2013, 25000), ("UZ", 2019, 4000), ("KG", 2025, 2000) })
        {
            data.AppendLine("trade_observations.csv",
                $"cgit-test-{partner.ToLowerInvariant()}-{year},cgit-investment-value,CN,{partner},,,{year},{year}-01-01,{year}-12-31,=,{millions},usd-million,aei-test-edition,article ¶2,A test figure.");
        }
        return data;
    }

    private sealed class Factory(string dataDirectory) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Store:DataDirectory"] = dataDirectory };
    }

    [Theory]
    [InlineData(35.44, "consistent")]
    [InlineData(50, "inconsistent")]
    public async Task The_tripled_verdict_is_computed_from_the_stored_figures(double customs2015, string expected)
    {
        using var data = DataWith(customs2015);
        using var factory = new Factory(data.Path);

        var document = await GetAsync(factory, "/claims");

        Assert.Equal(expected, Verdict(document, "trade-tripled-2015-2025"));
        var line = document.QuerySelector("[data-claim-detail='trade-tripled-2015-2025'] tr[data-reporter='china-gac']")!;
        Assert.Equal(106.3 / customs2015, double.Parse(line.GetAttribute("data-figure")!, System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal(["trade-ca5-china-gac-2015-turnover-test", "trade-ca5-china-gac-2025-turnover"], line.QuerySelectorAll("[data-observation]").Select(e => e.GetAttribute("data-observation")));
        // The tracker's rows, once loaded, are evidence: 31 bn since 2013 confirms "more than 30 bn"; 2 bn since 2021 cannot refute it.
        Assert.Equal("consistent", Verdict(document, "investment-ca5-2013-2025"));
        Assert.Equal("not-testable", Verdict(document, "investment-ca5-2021-2025"));
        Assert.Contains("can neither confirm nor refute", document.QuerySelector("[data-claim-detail='investment-ca5-2021-2025'] tr[data-reporter='aei-test-edition']")!.TextContent, StringComparison.Ordinal);
    }
}
