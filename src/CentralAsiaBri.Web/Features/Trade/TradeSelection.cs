using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>One point of a trade line: the observation it shows and its value in billions of the currency.</summary>
public sealed record TradePoint(ObservationRow Row, int Year, double Billions, int Alternatives)
{
    /// <summary>The terms of reuse its sources set (the IMF's for a DOTS figure), joined by " | "; empty when none do.</summary>
    public string Terms => string.Join(" | ", Row.Citations.Select(c => c.Terms).OfType<string>().Distinct());
}

/// <summary>
/// The selection rule of a trade view: one line per partner and reporter, full calendar years only, in one
/// currency. Reporters are never mixed in a line: China's customs and a partner's statistics office measure
/// different things.
/// </summary>
public static class TradeSelection
{
    /// <summary>The figures this view shows: one per line and year (see <see cref="PickOne"/>), totals only (a product group's figure is composition, ADR-024).</summary>
    public static IReadOnlyList<TradePoint> Select(this TradeView view, IEnumerable<ObservationRow> rows) =>
        rows.Where(r => r.IsCalendarYear && r.ProductGroup is null && r.Flow == view.Flow && r.Currency == view.Currency
                && r.PartnerId is { } p && view.Countries.Contains(p) && r.ReporterId is { } rep && view.Reporters.Contains(rep)
                && (view.From is null || r.PeriodEnd.Year >= view.From) && (view.To is null || r.PeriodEnd.Year <= view.To))
            .GroupBy(r => (r.PartnerId, r.ReporterId, r.PeriodEnd.Year))
            .Select(g => PickOne(g.ToList()))
            .OrderBy(p => view.Countries.ToList().IndexOf(p.Row.PartnerId!)).ThenBy(p => p.Row.ReporterName).ThenBy(p => p.Year)
            .ToList();

    /// <summary>
    /// Where one reporter's figure for a year was published more than once (two reposts, or a rounded and an
    /// exact value), the line shows the exact figure with the most digits; the others are counted as alternatives.
    /// </summary>
    public static TradePoint PickOne(List<ObservationRow> sameYear)
    {
        var best = sameYear
            .OrderBy(r => r.Qualifier == Qualifier.Exact ? 0 : 1)
            .ThenByDescending(r => Digits(r.Value))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .First();
        return new TradePoint(best, best.PeriodEnd.Year, best.Value * best.UnitScale / 1e9, sameYear.Count - 1);
    }

    private static int Digits(double value) => value.ToString(CultureInfo.InvariantCulture).Count(char.IsAsciiDigit);
}
