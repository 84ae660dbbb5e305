using System.Text.Json;
using CentralAsiaBri.Web.Components.Charts;

namespace CentralAsiaBri.BrowserTests;

[Trait("Category", "Browser")]
[Collection(ReaderSite.Name)]
public sealed class ChartPerformanceTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_synthetic_10000_point_series_is_decimated_without_parsing_or_animation()
    {
        // Deterministic synthetic series (never stored, never mixed with real data).
        var points = Enumerable.Range(0, 10_000).Select(i => new ChartJsPoint { X = 1900 + (i / 100.0), Y = Math.Round(50 + (30 * Math.Sin(i / 50.0)), 3) }).ToList();
        var config = new ChartJsConfig
        {
            Type = "line",
            Data = new ChartJsData { Datasets = [new ChartJsDataset { Label = "synthetic", Data = points }] },
            Options = IndicatorCharts.LineOptions("synthetic", "units"),
        };
        var page = await browser.NewPageAsync();
        await page.GotoAsync("trade");
        await Pages.TradePage.WaitForChartAsync(page, "trade-chart");

        var result = await page.EvaluateAsync<JsonElement>("""
            async (json) => {
              const element = document.createElement('cab-chart');
              element.setAttribute('config', json);
              element.setAttribute('height', '400px');
              element.style.width = '800px';
              const drawn = new Promise((resolve) => element.addEventListener('cab-chart-drawn', resolve, { once: true }));
              document.body.appendChild(element);
              await drawn;
              const chart = element.chart;
              const result = {
                source: chart.data.datasets[0]._data ? chart.data.datasets[0]._data.length : chart.data.datasets[0].data.length,
                drawn: chart.getDatasetMeta(0).data.length,
                // The decimation plugin keeps the original points in _data and draws a thinned copy.
                decimated: Array.isArray(chart.data.datasets[0]._data),
                animation: chart.options.animation,
                parsing: chart.options.parsing,
              };
              element.remove();
              return result;
            }
            """, JsonSerializer.Serialize(config));

        Assert.Equal(10_000, result.GetProperty("source").GetInt32());
        Assert.True(result.GetProperty("decimated").GetBoolean());
        Assert.InRange(result.GetProperty("drawn").GetInt32(), 1, 500);
        Assert.False(result.GetProperty("animation").GetBoolean());
        Assert.False(result.GetProperty("parsing").GetBoolean());
    }
}
