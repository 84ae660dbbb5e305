using System.Globalization;
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

/// <summary>
/// One dataset's two reports of one flow: China's (exports to the partner, or imports from it) and the partner's
/// of the same goods (its imports from China, or its exports to China), with the mirror gap between them.
/// </summary>
/// <param name="PartnerId">The partner's id.</param>
/// <param name="PartnerName">The partner's name.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Flow">The flow as China sees it: exports (China's exports = the partner's imports from China) or imports.</param>
/// <param name="ChinaSide">The China-reported figure.</param>
/// <param name="PartnerSide">The partner-reported figure of the same flow.</param>
/// <param name="Gap">China's figure minus the partner's, exact in decimal, in the figures' own unit; null when either is a bound or an approximation.</param>
/// <param name="GapPercent">The gap as a percentage of the partner's figure, to one decimal; null likewise or when the partner's figure is zero.</param>
public sealed record MirrorGap(string PartnerId, string PartnerName, int Year, TradeFlow Flow, ObservationRow ChinaSide, ObservationRow PartnerSide,
    decimal? Gap, double? GapPercent);

public static class ReporterComparison
{
    /// <summary>
    /// The mirror gap of every dataset that holds both sides' reports (a partner-side reporter whose
    /// <see cref="ReporterView.MirrorOfId"/> names its China-side reporter): for every partner, year and flow where both
    /// give a full-year figure in the same unit, the two figures and China's minus the partner's. The difference is
    /// taken in decimal from the stored values, so 222.441 − 244.69 is −22.249, not a binary approximation of it.
    /// </summary>
    public static IReadOnlyList<MirrorGap> Mirror(IReadOnlyList<ObservationRow> rows, IReadOnlyList<ReporterView> reporters)
    {
        var pairs = reporters.Where(r => r.MirrorOfId is not null).ToDictionary(r => r.Id, r => r.MirrorOfId!);
        var yearly = rows.Where(r => r.IsCalendarYear && r.ProductGroup is null && r.Flow is TradeFlow.Exports or TradeFlow.Imports && r.PartnerId is not null && r.ReporterId is not null).ToList();
        var chinaSide = yearly.Where(r => pairs.ContainsValue(r.ReporterId!))
            .GroupBy(r => (Reporter: r.ReporterId!, Partner: r.PartnerId!, Flow: r.Flow!.Value, r.PeriodEnd.Year))
            .ToDictionary(g => g.Key, g => TradeSelection.PickOne(g.ToList()).Row);
        return [.. yearly.Where(r => pairs.ContainsKey(r.ReporterId!))
            .GroupBy(r => (Reporter: r.ReporterId!, Partner: r.PartnerId!, Flow: r.Flow!.Value, r.PeriodEnd.Year))
            .Select(g => (Key: g.Key, Partner: TradeSelection.PickOne(g.ToList()).Row,
                China: chinaSide.GetValueOrDefault((pairs[g.Key.Reporter], g.Key.Partner, g.Key.Flow, g.Key.Year))))
            .Where(x => x.China is not null && x.China.UnitId == x.Partner.UnitId)
            .Select(x =>
            {
                var exact = x.China!.Qualifier == Qualifier.Exact && x.Partner.Qualifier == Qualifier.Exact;
                var gap = exact ? Exact(x.China.Value) - Exact(x.Partner.Value) : (decimal?)null;
                var percent = gap is { } d && x.Partner.Value != 0 ? Math.Round((double)(d / Exact(x.Partner.Value)) * 100, 1) : (double?)null;
                return new MirrorGap(x.Key.Partner, x.Partner.PartnerName!, x.Key.Year, x.Key.Flow, x.China, x.Partner, gap, percent);
            })
            .OrderBy(g => g.PartnerName, StringComparer.Ordinal).ThenBy(g => g.Flow).ThenBy(g => g.Year)];
    }

    /// <summary>A stored value as the decimal its shortest round-trip text spells (171.682, never 171.68199999999999).</summary>
    private static decimal Exact(double value) => decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Every full-year figure in US dollars that a partner's own statistics body, customs or an international
    /// organisation gives for a partner, year and flow that China's customs also reports. A gap is computed only
    /// between two exact figures: a gap from "more than 50" would be invented precision.
    /// </summary>
    public static IReadOnlyList<ReporterGap> Compare(IReadOnlyList<ObservationRow> rows, IReadOnlyList<ReporterView> reporters)
    {
        var byId = reporters.ToDictionary(r => r.Id);
        var yearly = rows.Where(r => r.IsCalendarYear && r.ProductGroup is null && r.Currency == "USD" && r.Flow is not null && r.PartnerId is not null && r.ReporterId is not null).ToList();
        var china = yearly.Where(r => r.ReporterId == TradeView.CustomsReporter)
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
