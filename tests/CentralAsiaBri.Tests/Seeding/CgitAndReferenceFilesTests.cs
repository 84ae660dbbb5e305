using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>
/// cgit_observations.csv (AEI's tracker as yearly sums and deal counts, one edition; ADR-023) and
/// reference_observations.csv (the reference table's series other than trade): every row loads as an observation
/// under its indicator and reporter, the sums agree with AEI's deals, and a bad row is rejected with file, line and column.
/// </summary>
public sealed class CgitAndReferenceFilesTests : IDisposable
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
    private static readonly string[] s_cgitIndicators = ["cgit-investment-value", "cgit-investment-deals", "cgit-construction-value", "cgit-construction-deals"];

    private static readonly string[] s_states = ["KZ", "KG", "TJ", "TM", "UZ"];

    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static int DataLines(string file) => File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, file)).Length - 1;

    private static List<Observation> Cgit() => [.. s_data.Observations.Where(o => o.Id.StartsWith("cgit-", StringComparison.Ordinal))];

    private static List<Observation> Reference() => [.. s_data.Observations.Where(o => o.Id.StartsWith("ref-", StringComparison.Ordinal))];

    private IReadOnlyList<DataError> Errors() => Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

    /// <summary>../shared/reference/cgit beside ../shared/seeds, or null in a clone without it.</summary>
    private static string ReferenceFile(params string[] parts) =>
        Path.Combine([SourceDocumentsFactAttribute.SeedsDirectory!, "..", "reference", .. parts]);

    [Fact]
    public void Every_row_of_the_CGIT_file_is_one_of_the_four_indicators_of_one_edition_and_never_a_zero()
    {
        var rows = Cgit();

        Assert.Equal(DataLines("cgit_observations.csv"), rows.Count);
        Assert.Equal(s_cgitIndicators.Order(), rows.Select(o => o.IndicatorId).Distinct().Order());
        Assert.All(rows, o =>
        {
            Assert.Equal(("CN", "aei-cgit-2019-fall-edition", Qualifier.Exact, (TradeFlow?)null), (o.AreaId, o.ReporterId!, o.Qualifier, o.Flow));
            Assert.Contains(o.PartnerId, s_states);
            Assert.Equal(o.IndicatorId.EndsWith("-value", StringComparison.Ordinal) ? "usd-million" : "count", o.UnitId);
            Assert.Equal((new DateOnly(o.PeriodEnd.Year, 1, 1), new DateOnly(o.PeriodEnd.Year, 12, 31)), (o.PeriodStart!.Value, o.PeriodEnd));
            Assert.Equal("aei-cgit-2019-fall", o.Citations[0].SourceId);
            // Gaps stay gaps: a year without a tracked deal has no row, so no figure is zero.
            Assert.True(o.Value > 0, o.Id);
        });
    }

    [Fact]
    public void Each_country_years_total_is_the_sum_of_its_sectors_and_every_value_has_its_deal_count()
    {
        var rows = Cgit();

        foreach (var stem in new[] { "cgit-investment", "cgit-construction" })
        {
            foreach (var measure in new[] { "value", "deals" })
            {
                var series = rows.Where(o => o.IndicatorId == $"{stem}-{measure}").ToList();
                var totals = series.Where(o => o.ProductGroup is null).ToList();
                Assert.NotEmpty(totals);
                Assert.All(totals, t => Assert.Equal(t.Value,
                    series.Where(o => o.ProductGroup is not null && o.PartnerId == t.PartnerId && o.PeriodEnd == t.PeriodEnd).Sum(o => o.Value)));
            }
            var values = rows.Where(o => o.IndicatorId == $"{stem}-value").Select(o => (o.PartnerId, o.PeriodEnd.Year, o.ProductGroup)).Order().ToList();
            var deals = rows.Where(o => o.IndicatorId == $"{stem}-deals").Select(o => (o.PartnerId, o.PeriodEnd.Year, o.ProductGroup)).Order().ToList();
            Assert.Equal(values, deals);
        }
    }

    [SourceDocumentsFact]
    public void The_sums_and_counts_are_those_of_AEIs_deals_in_the_edition_read()
    {
        var rows = Cgit().ToDictionary(o => o.Id);
        foreach (var (file, stem) in new[] { ("cgit_2019fall_investments_centralasia.csv", "inv"), ("cgit_2019fall_construction_contracts_centralasia.csv", "con") })
        {
            var lines = File.ReadAllLines(ReferenceFile("cgit", file)).Skip(1).Select(CsvLine.Split).ToList();
            var iso = new Dictionary<string, string> { ["Kazakhstan"] = "kz", ["Kyrgyzstan"] = "kg", ["Tajikistan"] = "tj", ["Turkmenistan"] = "tm", ["Uzbekistan"] = "uz" };
            var totals = lines.GroupBy(f => (Country: iso[f[8]], Year: f[0]))
                .Select(g => (g.Key, Sum: g.Sum(f => decimal.Parse(f[3], CultureInfo.InvariantCulture)), Count: g.Count())).ToList();

            // One total row per country-year with a deal, and no other total rows.
            Assert.Equal(totals.Count, rows.Values.Count(o => o.Id.StartsWith($"cgit-{stem}-", StringComparison.Ordinal) && o.ProductGroup is null && o.IndicatorId.EndsWith("-value", StringComparison.Ordinal)));
            foreach (var (key, sum, count) in totals)
            {
                Assert.Equal((double)sum, rows[$"cgit-{stem}-{key.Country}-{key.Year}-value"].Value);
                Assert.Equal(count, rows[$"cgit-{stem}-{key.Country}-{key.Year}-deals"].Value);
            }
            Assert.Equal(lines.Count, (int)rows.Values.Where(o => o.Id.StartsWith($"cgit-{stem}-", StringComparison.Ordinal) && o.ProductGroup is null && o.IndicatorId.EndsWith("-deals", StringComparison.Ordinal)).Sum(o => o.Value));
        }
        // Spot checks: Kazakhstan 2013, one investment of 5,300 million in energy; Turkmenistan 2009, one gas contract of 3,130 million.
        Assert.Equal((5300d, 1d), (rows["cgit-inv-kz-2013-energy-value"].Value, rows["cgit-inv-kz-2013-energy-deals"].Value));
        Assert.Equal(3130d, rows["cgit-con-tm-2009-value"].Value);
    }

    [Fact]
    public void Investment_sits_under_financial_integration_construction_under_infrastructure_and_AEIs_terms_travel_with_its_source()
    {
        var pillars = s_data.Indicators.ToDictionary(i => i.Id, i => i.PillarId);

        Assert.Equal(("financial-integration", "financial-integration"), (pillars["cgit-investment-value"], pillars["cgit-investment-deals"]));
        Assert.Equal(("infrastructure-connectivity", "infrastructure-connectivity"), (pillars["cgit-construction-value"], pillars["cgit-construction-deals"]));
        Assert.All(s_cgitIndicators, id => Assert.Contains("100 million", s_data.Indicators.Single(i => i.Id == id).Description, StringComparison.Ordinal));
        var aei = Assert.Single(s_data.Sources, s => s.Id == "aei-cgit-2019-fall");
        Assert.Equal(SourceKind.Dataset, aei.Kind);
        Assert.Contains("never the deals themselves", aei.Terms, StringComparison.Ordinal);
        Assert.Contains("aei-cgit-2019-fall", Assert.Single(s_data.Sources, s => s.Id == "aei-cgit-copy-bluesky").Terms, StringComparison.Ordinal);
        Assert.Equal(InstitutionSide.InternationalDataset, s_data.Rows<Reporter>().Single(r => r.Id == "aei-cgit-2019-fall-edition").Institution!.Side);
    }

    [SourceDocumentsFact]
    public void Every_series_of_the_reference_table_but_trade_is_a_row_under_an_indicator_of_its_own()
    {
        var table = File.ReadAllLines(ReferenceFile("supplementary_trade.csv")).Skip(1).Select(CsvLine.Split).Where(f => f[0] != "trade").ToList();
        var rows = Reference();

        Assert.Equal(table.Count, rows.Count);
        Assert.Equal(DataLines("reference_observations.csv"), rows.Count);
        // One indicator per series, with as many rows as the series has.
        var perSeries = table.GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.Count());
        var perIndicator = rows.GroupBy(o => o.IndicatorId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(perSeries.Values.Order(), perIndicator.Values.Order());
        Assert.Equal(perSeries.Count, perIndicator.Count);
        // Values unchanged, in the source's scale: the table's values, as a multiset.
        Assert.Equal(table.Select(f => double.Parse(f[6], CultureInfo.InvariantCulture)).Order(), rows.Select(o => o.Value).Order());
    }

    [Fact]
    public void Reference_rows_keep_qualifier_period_and_reporter_as_the_sources_give_them_under_the_right_pillars()
    {
        var rows = Reference().ToDictionary(o => o.Id);
        var pillars = s_data.Indicators.ToDictionary(i => i.Id, i => i.PillarId);

        Assert.All(rows.Values, o => Assert.NotNull(o.ReporterId));
        // "billion (exceeded)" is > 14; "billion (almost)" is ≈ 15; a stock has no first day.
        var stock = rows["ref-fdi-stock-ca5-2021"];
        Assert.Equal((Qualifier.GreaterThan, 14d, "usd-billion", "china-mofcom", (DateOnly?)null), (stock.Qualifier, stock.Value, stock.UnitId, stock.ReporterId!, stock.PeriodStart));
        Assert.Equal(Qualifier.Approximately, rows["ref-fdi-stock-ca5-2022-2"].Qualifier);
        // A part of a year keeps its days; a cumulative total is its own indicator.
        var trains = rows["ref-freight-trains-china-europe-cn-2022"];
        Assert.Equal(("Jan–Nov 2022", new DateOnly(2022, 1, 1), new DateOnly(2022, 11, 30)), (trains.Period, trains.PeriodStart!.Value, trains.PeriodEnd));
        Assert.Equal("freight-trains-china-europe-cumulative", rows["ref-freight-trains-china-europe-cumulative-cn-2023"].IndicatorId);
        // Travellers are counted where they go: Chinese students in Kazakhstan and Kazakh students in China.
        Assert.Equal(("KZ", "CN", 1500d), (rows["ref-students-abroad-kz-cn-2010"].AreaId, rows["ref-students-abroad-kz-cn-2010"].PartnerId!, rows["ref-students-abroad-kz-cn-2010"].Value));
        Assert.Equal(("CN", "KZ", 7874d), (rows["ref-students-abroad-cn-kz-2010"].AreaId, rows["ref-students-abroad-cn-kz-2010"].PartnerId!, rows["ref-students-abroad-cn-kz-2010"].Value));
        Assert.Equal("financial-integration", pillars["fdi-stock"]);
        Assert.Equal("infrastructure-connectivity", pillars["freight-trains-china-europe"]);
        Assert.Equal("unimpeded-trade", pillars["gas-imports-value"]);
        Assert.Equal("people-to-people-bonds", pillars["students-abroad"]);
        Assert.Equal("people-to-people-bonds", pillars["visa-free-visits"]);
    }

    [Fact]
    public void A_CGIT_value_that_is_not_a_number_is_rejected_with_file_line_and_column()
    {
        var line = _data.SetField("cgit_observations.csv", "id", "cgit-inv-kz-2013-value", "value", "5,300");

        var error = Assert.Single(Errors());

        Assert.Equal(("cgit_observations.csv", line, "value"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_reference_row_without_its_reporter_or_with_an_unknown_indicator_is_rejected()
    {
        var reporter = _data.SetField("reference_observations.csv", "id", "ref-fdi-stock-ca5-2012", "reporter_id", "");
        var indicator = _data.SetField("reference_observations.csv", "id", "ref-road-share-of-trade-ca5-2020", "indicator_id", "road-share");

        var errors = Errors().OrderBy(e => e.Line).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Equal(new DataError("reference_observations.csv", reporter, "reporter_id", "a supplementary trade figure needs its reporter (whose statistic it is)"), errors.Single(e => e.Line == reporter));
        Assert.Equal(("reference_observations.csv", indicator, "indicator_id"), (errors.Single(e => e.Line == indicator).File, indicator, errors.Single(e => e.Line == indicator).Column));
    }

    [Fact]
    public void A_CGIT_id_already_used_by_another_observations_file_is_rejected_naming_the_file()
    {
        var taken = _data.FindRow("trade_observations.csv", _ => true);
        var line = _data.SetField("cgit_observations.csv", "id", "cgit-inv-kz-2013-value", "id", taken.Fields["id"]);

        var error = Assert.Single(Errors());

        Assert.Equal(("cgit_observations.csv", line, "id"), (error.File, error.Line, error.Column));
        Assert.StartsWith($"duplicate id '{taken.Fields["id"]}'", error.Reason, StringComparison.Ordinal);
    }
}
