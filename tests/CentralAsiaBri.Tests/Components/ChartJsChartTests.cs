using Bunit;
using CentralAsiaBri.Web.Components.Charts;
using Microsoft.JSInterop;

namespace CentralAsiaBri.Tests.Components;

public sealed class ChartJsChartTests : BunitContext
{
    private readonly BunitJSModuleInterop _module;

    public ChartJsChartTests()
    {
        _module = JSInterop.SetupModule("./Components/Charts/ChartJsChart.razor.js");
        _module.SetupVoid("create", _ => true).SetVoidResult();
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        _module.SetupVoid("downloadPng", _ => true).SetVoidResult();
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
    };

    private IRenderedComponent<ChartJsChart> RenderChart(ChartJsConfig config, string? png = null) =>
        Render<ChartJsChart>(p => p
            .Add(c => c.Config, config)
            .Add(c => c.AriaLabel, "Trade turnover, billion USD")
            .Add(c => c.RowHeader, "Year")
            .Add(c => c.Unit, "bn USD")
            .Add(c => c.PngFileName, png));

    [Fact]
    public void First_render_imports_the_module_once_and_creates_the_chart_with_the_config()
    {
        var config = LineConfig((2023, 41, "="), (2024, 43.82, "="));

        var chart = RenderChart(config);

        var create = Assert.Single(_module.Invocations, i => i.Identifier == "create");
        Assert.Same(config, create.Arguments[1]);
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "import");
        Assert.Equal("img", chart.Find("canvas").GetAttribute("role"));
        Assert.Equal("Trade turnover, billion USD", chart.Find("canvas").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_new_config_updates_the_existing_chart_instead_of_creating_another()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")));
        var next = LineConfig((2023, 41, "="), (2024, 43.82, "="));

        chart.Render(p => p.Add(c => c.Config, next));

        Assert.Single(_module.Invocations, i => i.Identifier == "create");
        var update = Assert.Single(_module.Invocations, i => i.Identifier == "update");
        Assert.Same(next, update.Arguments[1]);
    }

    [Fact]
    public void Rendering_again_with_the_same_config_sends_nothing()
    {
        var config = LineConfig((2023, 41, "="));
        var chart = RenderChart(config);

        chart.Render(p => p.Add(c => c.Config, config));

        Assert.DoesNotContain(_module.Invocations, i => i.Identifier == "update");
    }

    [Fact]
    public async Task Disposing_destroys_the_chart_instance()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")));

        await chart.Instance.DisposeAsync();

        Assert.Single(_module.Invocations, i => i.Identifier == "destroy");
    }

    [Fact]
    public async Task Disposing_after_the_circuit_closed_does_not_throw()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")));
        _module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("circuit gone"));

        var exception = await Record.ExceptionAsync(async () => await chart.Instance.DisposeAsync());

        Assert.Null(exception);
    }

    [Fact]
    public void Table_has_the_same_numbers_with_qualifiers_and_gaps()
    {
        var chart = RenderChart(LineConfig((2021, 25, "="), (2022, null, "="), (2023, 30, ">")));

        var rows = chart.FindAll("table tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();

        Assert.Equal(["2021 | 25 bn USD", "2022 | –", "2023 | > 30 bn USD"], rows);
        Assert.Equal("Trade turnover, billion USD", chart.Find("table caption").TextContent);
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
    public void Png_button_downloads_through_the_module()
    {
        var chart = RenderChart(LineConfig((2023, 41, "=")), png: "trade.png");

        chart.Find("[data-testid=download-png]").Click();

        var download = Assert.Single(_module.Invocations, i => i.Identifier == "downloadPng");
        Assert.Equal("trade.png", download.Arguments[1]);
    }
}
