using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Pages.Trade;
using CentralAsiaBri.Web.Features.Trade;

namespace CentralAsiaBri.Tests.Trade;

public sealed class TradeViewTests
{
    private static ObservationRow Row(string id, string partner, string reporter, int year, double value, Qualifier qualifier = Qualifier.Exact,
        TradeFlow flow = TradeFlow.Turnover, string unit = "usd-billion", double scale = 1e9, bool fullYear = true) =>
        new(id, "trade-value", "CN", "China", partner, partner + " name", flow, null, year.ToString(), new DateOnly(year, 1, 1),
            fullYear ? new DateOnly(year, 12, 31) : new DateOnly(year, 6, 30), qualifier, value, false, null, null, unit, "bn USD", scale, "USD",
            reporter, reporter + " name", null, []);

    [Fact]
    public void Query_string_round_trips_the_view()
    {
        var view = TradeView.Parse("KZ,KG", "china-gac,kazakhstan-stat", "exports", "USD", 2013, 2024, "table");

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(view.ToQueryString());
        string? Get(string key) => query.TryGetValue(key, out var value) ? value.ToString() : null;
        var again = TradeView.Parse(Get("countries"), Get("reporters"), Get("flow"), Get("currency"),
            int.Parse(Get("from")!), int.Parse(Get("to")!), Get("view"));

        Assert.Equal(["KZ", "KG"], again.Countries);
        Assert.Equal(["china-gac", "kazakhstan-stat"], again.Reporters);
        Assert.Equal((TradeFlow.Exports, 2013, 2024, true), (again.Flow, again.From, again.To, again.ShowTable));
    }

    [Fact]
    public void Default_view_has_an_empty_query_string_and_unknown_values_fall_back_to_defaults()
    {
        Assert.Equal("", new TradeView().ToQueryString());

        var view = TradeView.Parse("XX,<script>", "", "sideways", "EUR", 1200, 99999, "pie");

        Assert.Equal(TradeView.DefaultCountries, view.Countries);
        Assert.Equal([TradeView.CustomsReporter], view.Reporters);
        Assert.Equal((TradeFlow.Turnover, "USD", (int?)null, (int?)null, false), (view.Flow, view.Currency, view.From, view.To, view.ShowTable));
        Assert.Equal("", view.ToQueryString());
    }

    [Fact]
    public void Without_a_reporters_parameter_the_view_means_the_default_groups_and_a_named_list_keeps_its_meaning()
    {
        ReporterView[] reporters =
        [
            new("china-gac", "GAC", ReporterKind.Customs, "CN", Side: InstitutionSide.ChinaCustoms, InstitutionId: "china-gac"),
            new("china-mofcom", "MOFCOM", ReporterKind.Ministry, "CN", Side: InstitutionSide.ChinaOther, InstitutionId: "china-mofcom"),
            new("kz-stat", "KZ stat", ReporterKind.StatisticsOffice, "KZ", Side: InstitutionSide.PartnerStatistics, InstitutionId: "kz-stat"),
            new("edb", "EDB", ReporterKind.InternationalOrganisation, null, Side: InstitutionSide.InternationalDataset, InstitutionId: "edb"),
            new("dots-cn", "DOTS CN", ReporterKind.InternationalOrganisation, "CN", Side: InstitutionSide.InternationalDataset, InstitutionId: "imf"),
            new("dots-partner", "DOTS partner", ReporterKind.InternationalOrganisation, null, "dots-cn", InstitutionSide.InternationalDataset, "imf"),
            new("pm", "PM", ReporterKind.GovernmentOfficial, "KZ", Side: InstitutionSide.OfficialStatement, InstitutionId: "pm"),
        ];
        var defaults = TradeView.DefaultReportersOf(reporters);

        // China's customs, the partner's statistics and both lines of the mirror pair; not MOFCOM, the EDB or officials.
        Assert.Equal(["china-gac", "dots-cn", "dots-partner", "kz-stat"], defaults);
        var view = TradeView.Parse("KZ", null, null, null, null, null, null, defaultReporters: defaults);
        Assert.Equal(defaults, view.Reporters);
        Assert.True(view.ReportersAreDefault);
        Assert.Equal("?countries=KZ", view.ToQueryString());
        // One click off the default set writes the list; a link naming China's customs alone keeps meaning it alone.
        Assert.Equal("?countries=KZ&reporters=china-gac,dots-cn,dots-partner", Uri.UnescapeDataString(view.ToggleReporter("kz-stat").ToQueryString()));
        var customsOnly = TradeView.Parse("KZ", "china-gac", null, null, null, null, null, defaultReporters: defaults);
        Assert.Equal(["china-gac"], customsOnly.Reporters);
        Assert.Equal("?countries=KZ&reporters=china-gac", customsOnly.ToQueryString());
    }

    [Fact]
    public void Lines_never_mix_reporters_and_skip_part_years_other_flows_and_years_out_of_range()
    {
        var view = TradeView.Parse("KZ", "china-gac,kz-stat", null, null, 2013, 2024, null);
        ObservationRow[] rows =
        [
            Row("gac-2013", "KZ", "china-gac", 2013, 28.5),
            Row("kz-2013", "KZ", "kz-stat", 2013, 22.53),
            Row("gac-2024", "KZ", "china-gac", 2024, 43.82),
            Row("gac-2025", "KZ", "china-gac", 2025, 48.7),
            Row("gac-h1", "KZ", "china-gac", 2023, 18.25, fullYear: false),
            Row("gac-exports", "KZ", "china-gac", 2023, 20, flow: TradeFlow.Exports),
            Row("gac-kg", "KG", "china-gac", 2023, 19.8),
        ];

        var points = view.Select(rows);
        var chart = view.ToChart(points);

        Assert.Equal(["gac-2013", "gac-2024", "kz-2013"], points.Select(p => p.Row.Id).Order());
        Assert.Equal(2, chart.Data.Datasets.Count);
        var customs = Assert.Single(chart.Data.Datasets, d => d.Label.Contains("china-gac name", StringComparison.Ordinal));
        // 2013 and 2024 with the years between drawn as gaps, never interpolated.
        Assert.Equal(12, customs.Data.Count);
        Assert.Equal([28.5, null, null, null, null, null, null, null, null, null, null, 43.82], customs.Data.Select(p => p.Y));
    }

    [Fact]
    public void Values_are_converted_to_billions_but_keep_their_qualifier()
    {
        var view = TradeView.Parse("TJ", null, null, null, null, null, null);

        var point = Assert.Single(view.Select([Row("tj", "TJ", "china-gac", 2012, 1700, Qualifier.GreaterThan, unit: "usd-million", scale: 1e6)]));

        Assert.Equal(1.7, point.Billions, 9);
        Assert.Equal(">", Assert.Single(view.ToChart([point]).Data.Datasets).Qualifiers![0]);
    }

    [Fact]
    public void Of_two_publications_of_one_figure_the_exact_one_with_more_digits_is_drawn()
    {
        var view = TradeView.Parse("KZ", null, null, null, null, null, null);

        var point = Assert.Single(view.Select(
        [
            Row("a-rounded", "KZ", "china-gac", 2025, 48.6, Qualifier.GreaterThan),
            Row("b-exact", "KZ", "china-gac", 2025, 48.7),
            Row("c-short", "KZ", "china-gac", 2025, 49),
        ]));

        Assert.Equal(("b-exact", 2), (point.Row.Id, point.Alternatives));
    }

    [Fact]
    public void Csv_has_one_row_per_point_with_its_source()
    {
        var view = TradeView.Parse("KZ", null, null, null, null, null, null);
        var points = view.Select([Row("gac-2024", "KZ", "china-gac", 2024, 43.82) with
        {
            Citations = [new CitationView("web-x", null, "A page", "https://example.org/a", null, "2025-01-20")],
        }]);

        var lines = System.Text.Encoding.UTF8.GetString(TradeCsv.Write(points)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', TradeCsv.Header), lines[0]);
        Assert.Equal("KZ name,china-gac name,turnover,2024,exact,43.82,usd-billion,43.82,USD,gac-2024,https://example.org/a,0,false,", lines[1]);
    }
}
