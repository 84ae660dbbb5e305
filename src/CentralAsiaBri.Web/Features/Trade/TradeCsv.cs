using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Web.Downloads;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>
/// The trade page's CSV: exactly the points the chart and table show, with their sources. Unlike the
/// observations' CSV (the API's record) it is the chart's data as a reader sees it: partner and reporter by
/// name, the qualifier in words, each source by its link, plus the view's year, value in billions and the
/// number of alternative figures; since issue 16 also the publisher's estimate flag and the terms of reuse of the
/// row's sources (the IMF's for its DOTS figures), appended after the first release's columns.
/// </summary>
public static class TradeCsv
{
    public static byte[] Write(IReadOnlyList<TradePoint> points) => CsvFile.Write(points, new TradeCsvMap());

    public static IReadOnlyList<string> Header { get; } = CsvFile.Header(new TradeCsvMap());
}

public sealed class TradeCsvMap : ClassMap<TradePoint>
{
    public TradeCsvMap()
    {
        Map(p => p.Row.PartnerName).Name("partner");
        Map(p => p.Row.ReporterName).Name("reporter");
        Map(p => p.Row.Flow).Name("flow").Convert(a => a.Value.Row.Flow?.ToString().ToLowerInvariant());
        Map(p => p.Year).Name("year");
        Map(p => p.Row.Qualifier).Name("qualifier").Convert(a => a.Value.Row.Qualifier.ToWords());
        Map(p => p.Row.Value).Name("value").Convert(a => CsvFile.Number(a.Value.Row.Value));
        Map(p => p.Row.UnitId).Name("unit");
        Map(p => p.Billions).Name("value_billion").Convert(a => CsvFile.Number(Math.Round(a.Value.Billions, 10)));
        Map(p => p.Row.Currency).Name("currency");
        Map(p => p.Row.Id).Name("observation_id");
        Map(p => p.Row.Citations).Name("sources").Convert(a => string.Join("; ", a.Value.Row.Citations.Select(c => c.Url ?? c.Label)));
        Map(p => p.Alternatives).Name("alternative_figures").Convert(a => a.Value.Alternatives.ToString(CultureInfo.InvariantCulture));
        Map(p => p.Row.Estimate).Name("estimate").Convert(a => a.Value.Row.Estimate ? "true" : "false");
        Map(p => p.Terms).Name("terms");
    }
}
