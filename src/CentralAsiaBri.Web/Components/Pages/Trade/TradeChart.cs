using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Web.Components.Charts;
using CentralAsiaBri.Web.Features.Trade;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Components.Pages.Trade;

/// <summary>The trade view's chart: a line per partner and reporter over the years, gaps kept as gaps.</summary>
public static class TradeChart
{
    /// <summary>
    /// The chart of <paramref name="points"/>: a line per partner and reporter. <paramref name="labels"/> and
    /// <paramref name="text"/> write its series, axis and unit in the reader's language (English without them).
    /// </summary>
    public static ChartJsConfig ToChart(this TradeView view, IReadOnlyList<TradePoint> points, ChartLabels? labels = null, IStringLocalizer<TradeText>? text = null)
    {
        labels ??= ChartLabels.English;
        var lines = points.GroupBy(p => (p.Row.PartnerId, p.Row.ReporterId)).ToList();
        var datasets = lines.Select((line, i) =>
        {
            var first = line.First().Row;
            var customs = first.ReporterId == TradeView.CustomsReporter;
            return new ChartJsDataset
            {
                Label = labels.Text("{0} ({1})", labels.Country(first.PartnerId!, first.PartnerName!), labels.Reporter(first.ReporterId!, first.ReporterName!).Text),
                Data = [.. WithGaps(line.ToList())],
                BorderColor = ChartPalette.Color(view.Countries.ToList().IndexOf(first.PartnerId!)),
                BackgroundColor = [ChartPalette.Color(view.Countries.ToList().IndexOf(first.PartnerId!))],
                BorderDash = customs ? null : [6, 4],
                PointStyle = [.. WithGaps(line.ToList()).Select(p => ChartPalette.PointStyle(QualifierOf(line, p)))],
                Qualifiers = [.. WithGaps(line.ToList()).Select(p => QualifierOf(line, p))],
                SpanGaps = false,
            };
        }).ToList();
        return new ChartJsConfig
        {
            Type = "line",
            Data = new ChartJsData { Datasets = datasets },
            Options = IndicatorCharts.LineOptions(view.InBillions(TradeLabels.FlowLabel(view.Flow, text), text), labels.Symbol(view.UnitSymbol), labels),
        };
    }

    /// <summary>A line's points with a null for every missing year between its first and last, so a gap is drawn as a gap.</summary>
    private static IEnumerable<ChartJsPoint> WithGaps(List<TradePoint> line)
    {
        var byYear = line.ToDictionary(p => p.Year);
        for (var year = line.Min(p => p.Year); year <= line.Max(p => p.Year); year++)
        {
            yield return new ChartJsPoint { X = year, Y = byYear.TryGetValue(year, out var p) ? Math.Round(p.Billions, 10) : null };
        }
    }

    private static string QualifierOf(IEnumerable<TradePoint> line, ChartJsPoint point) =>
        line.FirstOrDefault(p => p.Year == point.X && point.Y is not null)?.Row.Qualifier.ToSymbol() ?? "=";
}
