using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Charts;

namespace CentralAsiaBri.Tests.Components;

public sealed class EventMarkersTests
{
    private static EventView Event(string id, string date, EventKind kind = EventKind.Meeting) =>
        new(id, Qualifier.Exact, date, null, "Title of " + id, kind, "Description.", [new NamedLink("KZ", "Kazakhstan")], []);

    private static ChartJsConfig YearsChart(params double[] years) => new()
    {
        Type = "line",
        Data = new ChartJsData { Datasets = [new ChartJsDataset { Label = "Kazakhstan", Data = [.. years.Select(y => new ChartJsPoint { X = y, Y = 1 })] }] },
        Options = IndicatorCharts.LineOptions("Trade", "bn USD"),
    };

    [Theory]
    [InlineData("2025", 2025.0)]
    [InlineData("2025-07", 2025.4959)]
    [InlineData("2025-06-18", 2025.4603)]
    [InlineData("2024-12-31", 2024.9973)]
    public void Dates_become_fractional_years(string date, double expected) =>
        Assert.Equal(expected, EventMarkers.Position(date), 4);

    [Fact]
    public void Shown_events_in_the_range_become_lines_that_link_to_the_timeline_with_summits_first()
    {
        var events = new[]
        {
            Event("too-early", "2001"), Event("declaration", "2025-06", EventKind.Declaration), Event("summit", "2025-06", EventKind.Summit),
            Event("visit", "2023-05"),
        };

        var (config, markers) = EventMarkers.Overlay(YearsChart(2013, 2025), events, shown: true, "trade");

        Assert.Equal(["visit", "summit", "declaration"], markers.Select(m => m.Event.Id));
        Assert.Equal([1, 2, 3], markers.Select(m => m.Number));
        var lines = config.Options.Plugins.Annotation!.Annotations.Values.OrderBy(a => a.Value).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("events#summit", lines[1].Href);
        Assert.Equal(["2–3"], lines[1].Label.Content);
        Assert.Equal(2, lines[1].Titles.Count);
        Assert.Equal(new ChartEventsOverlay(3, true, "trade"), config.Options.Events);
        // The axis reaches past the June 2025 line, which lies after the last figure's point (2025.0).
        Assert.Equal(2026, config.Options.Scales!.X!.Max);
    }

    [Fact]
    public void Hidden_events_add_only_the_legend_entry()
    {
        var (config, markers) = EventMarkers.Overlay(YearsChart(2013, 2024), [Event("visit", "2023-05")], shown: false, "trade?events=on");

        Assert.Empty(markers);
        Assert.Null(config.Options.Plugins.Annotation);
        Assert.Equal(new ChartEventsOverlay(1, false, "trade?events=on"), config.Options.Events);
    }

    [Fact]
    public void A_chart_of_categories_gets_no_overlay()
    {
        var bars = IndicatorCharts.Bars([], "Growth", "%");

        var (config, markers) = EventMarkers.Overlay(bars, [Event("visit", "2023-05")], shown: true, "x");

        Assert.Same(bars, config);
        Assert.Empty(markers);
    }
}
