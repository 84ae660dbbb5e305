using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Features.Trade;

namespace CentralAsiaBri.Web.Components.Pages.Trade;

/// <summary>China's customs and another reporter for the same partner, year and flow, with the gap between them.</summary>
/// <param name="PartnerId">The partner's id (KZ, CA5, …).</param>
/// <param name="PartnerName">The partner's name.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Flow">Exports, imports or turnover (as China's customs counts the direction).</param>
/// <param name="China">China's customs figure.</param>
/// <param name="Other">The other reporter's figure.</param>
/// <param name="OtherReporter">The other reporter's name.</param>
/// <param name="GapBillions">China's figure minus the other, in billions; null when either figure is a bound or an approximation.</param>
/// <param name="GapPercent">The gap as a percentage of the other reporter's figure; null likewise.</param>
public sealed record ReporterGap(string PartnerId, string PartnerName, int Year, TradeFlow Flow, TradePoint China, TradePoint Other, string OtherReporter,
    double? GapBillions, double? GapPercent);

public static class ReporterComparison
{
    /// <summary>
    /// Every full-year figure in US dollars that a partner's own statistics body, customs or an international
    /// organisation gives for a partner, year and flow that China's customs also reports. A gap is computed only
    /// between two exact figures: a gap from "more than 50" would be invented precision.
    /// </summary>
    public static IReadOnlyList<ReporterGap> Compare(IReadOnlyList<ObservationRow> rows, IReadOnlyList<ReporterView> reporters)
    {
        var byId = reporters.ToDictionary(r => r.Id);
        var yearly = rows.Where(r => r.IsCalendarYear && r.Currency == "USD" && r.Flow is not null && r.PartnerId is not null && r.ReporterId is not null).ToList();
        var china = yearly.Where(r => r.ReporterId == TradeView.DefaultReporter)
            .GroupBy(r => (r.PartnerId!, r.Flow!.Value, r.PeriodEnd.Year))
            .ToDictionary(g => g.Key, g => TradeSelection.PickOne(g.ToList()));
        return [.. yearly
            .Where(r => byId.TryGetValue(r.ReporterId!, out var reporter) && IsOtherSide(reporter, r.PartnerId!))
            .GroupBy(r => (Partner: r.PartnerId!, Flow: r.Flow!.Value, r.PeriodEnd.Year, Reporter: r.ReporterId!))
            .Where(g => china.ContainsKey((g.Key.Partner, g.Key.Flow, g.Key.Year)))
            .Select(g =>
            {
                var ours = china[(g.Key.Partner, g.Key.Flow, g.Key.Year)];
                var theirs = TradeSelection.PickOne(g.ToList());
                var exact = ours.Row.Qualifier == Qualifier.Exact && theirs.Row.Qualifier == Qualifier.Exact;
                var gap = exact ? Math.Round(ours.Billions - theirs.Billions, 6) : (double?)null;
                var percent = exact && theirs.Billions != 0 ? Math.Round((ours.Billions - theirs.Billions) / theirs.Billions * 100, 1) : (double?)null;
                return new ReporterGap(g.Key.Partner, ours.Row.PartnerName!, g.Key.Year, g.Key.Flow, ours, theirs, byId[g.Key.Reporter].Name, gap, percent);
            })
            .OrderBy(g => g.PartnerId == "CA5" ? 0 : 1).ThenBy(g => g.PartnerName, StringComparer.Ordinal).ThenBy(g => g.Year).ThenBy(g => g.Flow).ThenBy(g => g.OtherReporter, StringComparer.Ordinal)];
    }

    /// <summary>The partner's own statistics office or customs, or an international organisation; never a Chinese body or the media.</summary>
    private static bool IsOtherSide(ReporterView reporter, string partner) =>
        (reporter.Kind is ReporterKind.StatisticsOffice or ReporterKind.Customs && reporter.CountryId == partner)
        || reporter.Kind == ReporterKind.InternationalOrganisation && reporter.CountryId is null && reporter.Id != "china-central-asia-secretariat";
}
