using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using CentralAsiaBri.Web.Components.Charts;

namespace CentralAsiaBri.Tests.Components;

public sealed class ChartJsChartTests : BunitContext
{
    public ChartJsChartTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        // The services every component of the site is given: UI strings and the data's translations (none
        // loaded: the tests run in the English of the current culture).
        Services.AddLocalization();
        Services.AddScoped(_ => new CentralAsiaBri.Web.Localization.DataText(new CentralAsiaBri.Web.Localization.TranslationCatalog(null!)));
    }

    private static ChartJsConfig LineConfig(params (double Year, double? Value, string Qualifier)[] points) => new()
    {
        Type = "line",
        Data = new ChartJsData
        {
            Datasets =
            [
                new ChartJsDataset
                {
                    Label = "Kazakhstan (China customs)",
                    Data = [.. points.Select(p => new ChartJsPoint { X = p.Year, Y = p.Value })],
                    Qualifiers = [.. points.Select(p => p.Qualifier)],
                },
            ],
        },
        Options = IndicatorCharts.LineOptions("Trade turnover, billion USD", "bn USD"),
    };

    private IRenderedComponent<ChartJsChart> RenderChart(ChartJsConfig config, string? png = null) =>
        Render<ChartJsChart>(p => p
            .Add(c => c.Id, "trade-chart")
            .Add(c => c.Config, config)
            .Add(c => c.AriaLabel, "Trade turnover, billion USD")
            .Add(c => c.RowHeader, "Year")
            .Add(c => c.Unit, "bn USD")
            .Add(c => c.PngFileName, png));

    [Fact]
    public void Renders_the_config_as_chart_js_json_on_the_cab_chart_element_without_any_js_interop()
    {
        var chart = RenderChart(LineConfig((2023, 41, "="), (2024, 43.82, "=")));

        var element = chart.Find("cab-chart");
        using var json = JsonDocument.Parse(element.GetAttribute("config")!);
        var root = json.RootElement;
        Assert.Equal("line", root.GetProperty("type").GetString());
        Assert.False(root.GetProperty("options").GetProperty("animation").GetBoolean());
        Assert.False(root.GetProperty("options").GetProperty("parsing").GetBoolean());
        Assert.Equal("linear", root.GetProperty("options").GetProperty("scales").GetProperty("x").GetProperty("type").GetString());
        var point = root.GetProperty("data").GetProperty("datasets")[0].GetProperty("data")[1];
        Assert.Equal((2024, 43.82), (point.GetProperty("x").GetDouble(), point.GetProperty("y").GetDouble()));
        // Null members are left out: Chart.js reads an explicit null as a value and fails.
        Assert.False(root.GetProperty("options").TryGetProperty("indexAxis", out _));
        Assert.Equal("Trade turnover, billion USD", element.GetAttribute("label"));
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void A_new_config_changes_the_attribute_of_the_same_element()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")));
        var before = chart.Find("cab-chart").GetAttribute("config");

        chart.Render(p => p.Add(c => c.Config, LineConfig((2023, 41, "="), (2024, 43.82, "="))));

        var after = chart.Find("cab-chart").GetAttribute("config");
        Assert.NotEqual(before, after);
        Assert.Contains("43.82", after, StringComparison.Ordinal);
        Assert.Single(chart.FindAll("cab-chart"));
    }

    [Fact]
    public void Table_has_the_same_numbers_with_qualifiers_and_gaps()
    {
        var chart = RenderChart(LineConfig((2021, 25, "="), (2022, null, "="), (2023, 30, ">")));

        var rows = chart.FindAll("table tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();

        Assert.Equal(["2021 | 25 bn USD", "2022 | –", "2023 | > 30 bn USD"], rows);
        Assert.Equal("Trade turnover, billion USD", chart.Find("table caption").TextContent);
        Assert.Equal("Kazakhstan (China customs)", chart.Find("table thead th:nth-child(2)").TextContent);
    }

    [Fact]
    public void Horizontal_bar_table_reads_the_value_from_the_x_axis()
    {
        var config = new ChartJsConfig
        {
            Type = "bar",
            Data = new ChartJsData
            {
                Labels = ["sugar-related products (H1 2023)", "agricultural products (2022)"],
                Datasets = [new ChartJsDataset { Label = "Growth", Data = [new() { X = 1677.64, Y = 0 }, new() { X = 50, Y = 1 }], Qualifiers = ["=", ">"] }],
            },
            Options = new ChartJsOptions { IndexAxis = "y" },
        };

        var table = ChartTable.From(config);

        Assert.Equal(new ChartCell(1677.64, "="), table.Cells[0, 0]);
        Assert.Equal(new ChartCell(50, ">"), table.Cells[1, 0]);
    }

    [Fact]
    public void Png_button_names_the_file_for_the_element_to_save()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")), png: "trade.png");

        Assert.Equal("trade.png", chart.Find("cab-chart [data-testid=download-png]").GetAttribute("data-chart-png"));
    }

    [Fact]
    public void Without_a_file_name_there_is_no_png_button()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")));

        Assert.Empty(chart.FindAll("[data-testid=download-png]"));
    }
}
