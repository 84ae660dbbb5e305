using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>Builds the chart that fits an indicator's figures.</summary>
public static class IndicatorCharts
{
    /// <summary>
    /// An indicator's chart: its most common unit (figures in other units would need another axis, so they stay
    /// in the table: <c>NotCharted</c>); lines over years when every charted figure is a calendar year and there
    /// are three years or more, bars otherwise. <paramref name="name"/> is the indicator's name as shown (the
    /// axis title); <paramref name="labels"/> writes the series, bars and unit in the reader's language, and
    /// <c>Unit</c> comes back as the data's English symbol.
    /// </summary>
    public static (ChartJsConfig Chart, string Unit, int NotCharted) ForIndicator(string name, IReadOnlyList<ObservationRow> rows, ChartLabels? labels = null)
    {
        labels ??= ChartLabels.English;
        var unit = rows.GroupBy(r => r.UnitSymbol).OrderByDescending(g => g.Count()).First();
        var charted = unit.ToList();
        var years = charted.Where(r => r.IsCalendarYear).Select(r => r.PeriodEnd.Year).Distinct().Count();
        var chart = years >= 3 && charted.All(r => r.IsCalendarYear)
            ? Lines(charted, name, labels.Symbol(unit.Key), labels)
            : Bars([.. charted.Select(r => (labels.BarLabel(r), r))], name, labels.Symbol(unit.Key));
        return (chart, unit.Key, rows.Count - charted.Count);
    }

    /// <summary>
    /// Horizontal bars, one per figure: the shape for growth rates by product group and comparisons across
    /// countries, whose labels are long. A bound is drawn lighter and labelled with its qualifier. Labels, axis
    /// title and unit are shown as given (already in the reader's language).
    /// </summary>
    public static ChartJsConfig Bars(IReadOnlyList<(string Label, ObservationRow Row)> bars, string axisTitle, string unit) => new()
    {
        Type = "bar",
        Data = new ChartJsData
        {
            Labels = [.. bars.Select(b => b.Label)],
            Datasets =
            [
                new ChartJsDataset
                {
                    Label = axisTitle,
                    Data = [.. bars.Select((b, i) => new ChartJsPoint { X = b.Row.Value, Y = i })],
                    BackgroundColor = [.. bars.Select(b => ChartPalette.Fill(0, b.Row.Qualifier.ToSymbol()))],
                    BorderColor = ChartPalette.Color(0),
                    BorderWidth = 1,
                    Qualifiers = [.. bars.Select(b => b.Row.Qualifier.ToSymbol())],
                },
            ],
        },
        Options = new ChartJsOptions
        {
            IndexAxis = "y",
            Unit = unit,
            Scales = new ChartJsScales
            {
                X = new ChartJsScale { Type = "linear", BeginAtZero = true, Title = new ChartJsTitle { Text = axisTitle } },
                Y = new ChartJsScale { Type = "category" },
            },
            Plugins = new ChartJsPlugins { Legend = new ChartJsLegend { Display = false } },
        },
    };

    /// <summary>
    /// A line per series over years, for full-year figures of one unit; a missing year is a gap. Series are
    /// keyed by area, partner, flow, product group and reporter, so unlike things are never joined.
    /// </summary>
    public static ChartJsConfig Lines(IReadOnlyList<ObservationRow> rows, string axisTitle, string unit, ChartLabels? labels = null)
    {
        labels ??= ChartLabels.English;
        var series = rows.GroupBy(labels.SeriesLabel).ToList();
        return new ChartJsConfig
        {
            Type = "line",
            Data = new ChartJsData
            {
                Datasets = [.. series.Select((s, i) =>
                {
                    var byYear = s.GroupBy(r => r.PeriodEnd.Year).ToDictionary(g => g.Key, g => g.First());
                    var years = Enumerable.Range(byYear.Keys.Min(), byYear.Keys.Max() - byYear.Keys.Min() + 1).ToList();
                    return new ChartJsDataset
                    {
                        Label = s.Key,
                        Data = [.. years.Select(y => new ChartJsPoint { X = y, Y = byYear.TryGetValue(y, out var r) ? r.Value : null })],
                        BorderColor = ChartPalette.Color(i),
                        BackgroundColor = [ChartPalette.Color(i)],
                        PointStyle = [.. years.Select(y => byYear.TryGetValue(y, out var r) ? ChartPalette.PointStyle(r.Qualifier) : "circle")],
                        Qualifiers = [.. years.Select(y => byYear.TryGetValue(y, out var r) ? r.Qualifier.ToSymbol() : "=")],
                    };
                })],
            },
            Options = LineOptions(axisTitle, unit, labels),
        };
    }

    /// <summary>
    /// Options of every line chart: years on a linear x axis, data already in Chart.js's internal {x, y} form
    /// (no parsing), no animation, and decimation, so a series of thousands of points draws as fast as the
    /// canvas allows. The x axis is titled "Year" in the language of <paramref name="labels"/>.
    /// </summary>
    public static ChartJsOptions LineOptions(string axisTitle, string unit, ChartLabels? labels = null) => new()
    {
        Unit = unit,
        Animation = false,
        Parsing = false,
        Scales = new ChartJsScales
        {
            X = new ChartJsScale { Type = "linear", Title = new ChartJsTitle { Text = (labels ?? ChartLabels.English).Text("Year") }, Ticks = new ChartJsTicks { StepSize = 1 } },
            Y = new ChartJsScale { Type = "linear", BeginAtZero = true, Title = new ChartJsTitle { Text = axisTitle } },
        },
        Plugins = new ChartJsPlugins { Decimation = new ChartJsDecimation { Samples = 500 } },
    };
}
