using System.Text;
using System.Text.Json;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Features.Events;
using CentralAsiaBri.Web.Features.Observations;
using CentralAsiaBri.Web.Features.Projects;

namespace CentralAsiaBri.Tests.Projects;

/// <summary>A project, an observation and an event read the same in the API's JSON and in every CSV.</summary>
public sealed class OneShapeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CitationView s_cited = new("paper-ref4", "¶2", "A reference", "https://example.org/r4", 4, "2024");

    private static Dictionary<string, string> CsvRecord(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        return CsvLine.Split(lines[0]).Zip(CsvLine.Split(lines[1])).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void A_project_with_a_qualified_figure_reads_the_same_in_its_csv_row_and_its_json_record()
    {
        var row = new ProjectRow("expo", "Expo", ProjectKind.Platform, [new("KZ", "Kazakhstan"), new("CN", "China")],
            new NamedLink("unimpeded-trade", "Unimpeded trade"), new NamedLink("economic-interdependence", "Economic interdependence"), Sector.Trade,
            ProjectStatus.Operating, 2019, null, [new FigureView("investment", Qualifier.GreaterThan, 800, "m CNY", null, [s_cited])],
            [new NamedLink("acme", "Acme Co.")], "An expo.", [s_cited]);
        var record = ProjectRecords.From(row, "http://localhost/");

        var csv = CsvRecord(ProjectRecords.Csv([record]));
        var json = JsonSerializer.SerializeToElement(record, JsonSerializerOptions.Web);

        Assert.Equal(ProjectRecords.CsvHeader, csv.Keys);
        Assert.Equal(">", json.GetProperty("figures")[0].GetProperty("qualifier").GetString());
        Assert.Equal("investment > 800 m CNY", csv["figures"]);
        foreach (var (column, property) in new[] { ("id", "id"), ("kind", "kind"), ("pillar", "pillar"), ("dimension", "dimension"), ("sector", "sector"),
            ("status", "status"), ("url", "url") })
        {
            Assert.Equal(json.GetProperty(property).GetString(), csv[column]);
        }
        Assert.Equal(("unimpeded-trade", "economic-interdependence"), (csv["pillar"], csv["dimension"]));
        Assert.Equal("KZ;CN", csv["countries"]);
        Assert.Equal("2019", csv["start_year"]);
        Assert.Equal("paper-ref4 ¶2 <https://example.org/r4>", csv["sources"]);
    }

    [Fact]
    public void An_observation_reads_the_same_in_its_csv_row_and_its_json_record()
    {
        var row = new ObservationRow("o1", "trade-value", "CN", "China", "KZ", "Kazakhstan", TradeFlow.Exports, null, "2024", new DateOnly(2024, 1, 1),
            new DateOnly(2024, 12, 31), Qualifier.Exact, -4.25, false, null, null, "usd-billion", "bn USD", 1e9, "USD", "china-gac", "China's customs", null, [s_cited]);

        var csv = CsvRecord(ObservationRecords.Csv([row]));
        var json = JsonSerializer.SerializeToElement(ObservationRecords.From(row), JsonSerializerOptions.Web);

        foreach (var (column, property) in new[] { ("observation_id", "id"), ("indicator_id", "indicator"), ("area", "area"), ("partner", "partner"),
            ("flow", "flow"), ("period_start", "periodStart"), ("period_end", "periodEnd"), ("qualifier", "qualifier"), ("unit", "unit"), ("reporter", "reporter") })
        {
            Assert.Equal(json.GetProperty(property).GetString(), csv[column]);
        }
        // "=" alone runs nothing in a spreadsheet, so it is written as the data files write it; a negative number stays a number.
        Assert.Equal(("=", "-4.25"), (csv["qualifier"], csv["value"]));
    }

    [Fact]
    public void An_event_reads_the_same_in_its_csv_row_and_its_json_record()
    {
        var e = new EventView("summit", Qualifier.Approximately, "2025-06", null, "Summit", EventKind.Summit, "A summit.",
            [new("KZ", "Kazakhstan"), new("CN", "China")], [s_cited]);

        var csv = CsvRecord(EventRecords.Csv([e]));
        var json = JsonSerializer.SerializeToElement(EventRecords.From(e), JsonSerializerOptions.Web);

        Assert.Equal(json.GetProperty("dateQualifier").GetString(), csv["date_qualifier"]);
        Assert.Equal("≈", csv["date_qualifier"]);
        Assert.Equal(string.Join(";", json.GetProperty("countries").EnumerateArray().Select(c => c.GetString())), csv["countries"]);
    }

    [Fact]
    public async Task The_api_csv_and_the_page_download_of_an_indicator_are_the_same_file()
    {
        using var client = app.CreateClient();

        var api = await client.GetByteArrayAsync("/api/v1/indicators/trade-value/observations.csv");
        var page = await client.GetByteArrayAsync("/indicators/trade-value/data.csv");

        Assert.Equal(api, page);
    }
}
