using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Queries;

/// <summary>What a claim's evidence says about it. <see cref="Mixed"/> only sums up lines that disagree; each line has one of the other three.</summary>
public enum ClaimVerdict { Consistent, NotTestable, Inconsistent, Mixed }

/// <summary>Why a line (or a claim) has its verdict; each has a sentence in the pages' resources (<c>Reason.{name}</c>) filled with <see cref="ClaimLine.Arguments"/>.</summary>
public enum ClaimReason
{
    /// <summary>The claim names no test (claims.csv test "none"); its basis says why.</summary>
    NoTest,
    /// <summary>No row of the indicator is loaded. {0} indicator id.</summary>
    IndicatorNotLoaded,
    /// <summary>Rows of the indicator are loaded, none for the claim's area, partners, flow and product group (or reporters). {0} indicator id.</summary>
    NoMatchingRows,
    /// <summary>The reporter has no figure for some periods. {0} the periods and partners missing.</summary>
    MissingPeriods,
    /// <summary>A year lies outside the years the reporter's rows cover (absent rows counted as zero). {0} the years, {1} first and {2} last year covered.</summary>
    OutsideCoverage,
    /// <summary>Only a bound or an approximate figure for some periods. {0} the periods.</summary>
    OnlyApproximate,
    /// <summary>The reporter's figures are in another currency than the claim's. {0} theirs, {1} the claim's.</summary>
    CurrencyMismatch,
    /// <summary>No one currency has figures for every period. {0} the currencies found.</summary>
    MixedCurrencies,
    /// <summary>The first period's figure is zero: no multiple or rate. {0} the period.</summary>
    ZeroBase,
    /// <summary>The figure satisfies the claim's bound. {0} figure, {1} qualifier symbol, {2} stated value.</summary>
    Meets,
    /// <summary>The figure does not satisfy the claim's bound. Same arguments.</summary>
    Fails,
    /// <summary>The figure is within the band around an "=" or "≈" value. {0} figure, {1} low, {2} high.</summary>
    WithinBand,
    /// <summary>The figure is outside that band. Same arguments.</summary>
    OutsideBand,
    /// <summary>The series counts only part of the claim's quantity and its figure can neither confirm nor refute it. {0} figure, {1} symbol, {2} value.</summary>
    LowerBoundOnly,
    /// <summary>The claim's lines disagree (a summary of a claim, not of a line).</summary>
    LinesDisagree,
    /// <summary>Every testable line agrees (a summary). {0} the number of lines.</summary>
    LinesAgree,
    /// <summary>Several lines, none testable (a summary; each line says what it lacks). {0} the number of lines.</summary>
    NoLineTestable,
}

/// <summary>A claim as claims.csv reads it, with the document's figure it tests.</summary>
public sealed record ClaimDefinition(
    string Id,
    ObservationRow Stated,
    ClaimTest Test,
    string? IndicatorId,
    string? AreaId,
    IReadOnlyList<string> PartnerIds,
    TradeFlow? Flow,
    string? ProductGroup,
    IReadOnlyList<string> ReporterIds,
    ClaimPeriod? From,
    ClaimPeriod? To,
    AbsentRows AbsentRows,
    EvidenceScope EvidenceScope,
    double? TolerancePercent,
    string Basis,
    IReadOnlyList<CitationView> Citations);

/// <summary>
/// The evidence of one reporter (in one currency): the figures used, the computed figure, the verdict and why.
/// <paramref name="Figure"/> is a multiple, a rate in percent or a sum in the claim's unit; null when nothing could be computed.
/// </summary>
public sealed record ClaimLine(
    string? ReporterId,
    string? ReporterName,
    string? Currency,
    IReadOnlyList<ObservationRow> Inputs,
    double? Figure,
    ClaimVerdict Verdict,
    ClaimReason Reason,
    IReadOnlyList<object> Arguments);

/// <summary>A claim with its evidence lines and the verdict they add up to.</summary>
public sealed record ClaimResult(ClaimDefinition Claim, IReadOnlyList<ClaimLine> Lines, ClaimVerdict Verdict, ClaimReason Reason, IReadOnlyList<object> Arguments);

/// <summary>
/// Holds each claim against the loaded series (ADR-025). Pure: it sees the rows it is given, never the store.
/// One line per reporter (and currency), never two reporters in one line; no currency is converted (figures of
/// one currency in different scales are, through their units' scales); only exact figures are evidence; a missing
/// figure makes the line not testable and names the periods.
/// </summary>
public static class ClaimEvaluator
{
    /// <summary>Evaluates a claim against every row of its indicator (the rows of other indicators are ignored).</summary>
    public static ClaimResult Evaluate(ClaimDefinition claim, IReadOnlyList<ObservationRow> rows)
    {
        if (claim.Test == ClaimTest.None || claim.IndicatorId is null || claim.From is not { } from || claim.To is not { } to)
        {
            return Summary(claim, [], ClaimReason.NoTest);
        }
        var ofIndicator = rows.Where(r => r.IndicatorId == claim.IndicatorId && r.ReporterId is not null && r.Id != claim.Stated.Id).ToList();
        if (ofIndicator.Count == 0)
        {
            return Summary(claim, [], ClaimReason.IndicatorNotLoaded, claim.IndicatorId);
        }
        var selected = ofIndicator.Where(r => r.AreaId == claim.AreaId && r.PartnerId is { } p && claim.PartnerIds.Contains(p)
                && r.Flow == claim.Flow && r.ProductGroup == claim.ProductGroup
                && (claim.ReporterIds.Count == 0 || claim.ReporterIds.Contains(r.ReporterId!)))
            .ToList();
        if (selected.Count == 0)
        {
            return Summary(claim, [], ClaimReason.NoMatchingRows, claim.IndicatorId);
        }
        var periods = claim.Test == ClaimTest.SumOverPeriod
            ? Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => new ClaimPeriod(y, 0)).ToList()
            : [from, to];
        var lines = selected.GroupBy(r => r.ReporterId!)
            .OrderBy(g => g.First().ReporterName, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => Lines(claim, periods, g.ToList(), ofIndicator.Where(r => r.ReporterId == g.Key).ToList()))
            .ToList();
        return Summary(claim, lines, null);
    }

    private static ClaimResult Summary(ClaimDefinition claim, List<ClaimLine> lines, ClaimReason? reason, params object[] arguments)
    {
        if (reason is { } r)
        {
            return new ClaimResult(claim, lines, ClaimVerdict.NotTestable, r, arguments);
        }
        var verdicts = lines.Select(l => l.Verdict).Where(v => v != ClaimVerdict.NotTestable).Distinct().ToList();
        return verdicts.Count switch
        {
            0 when lines.Count == 1 => new ClaimResult(claim, lines, ClaimVerdict.NotTestable, lines[0].Reason, lines[0].Arguments),
            0 => new ClaimResult(claim, lines, ClaimVerdict.NotTestable, ClaimReason.NoLineTestable, [lines.Count]),
            1 => new ClaimResult(claim, lines, verdicts[0], ClaimReason.LinesAgree, [lines.Count(l => l.Verdict == verdicts[0])]),
            _ => new ClaimResult(claim, lines, ClaimVerdict.Mixed, ClaimReason.LinesDisagree, []),
        };
    }

    // One reporter's rows: a line per currency that has a figure for every period, else one line saying what is missing.
    private static IEnumerable<ClaimLine> Lines(ClaimDefinition claim, List<ClaimPeriod> periods, List<ObservationRow> rows, List<ObservationRow> reporterRows)
    {
        var reporterId = rows[0].ReporterId;
        var reporterName = rows[0].ReporterName;
        ClaimLine NotTestable(string? currency, IReadOnlyList<ObservationRow> inputs, ClaimReason reason, params object[] arguments) =>
            new(reporterId, reporterName, currency, inputs, null, ClaimVerdict.NotTestable, reason, arguments);

        var claimCurrency = claim.Test == ClaimTest.SumOverPeriod ? claim.Stated.Currency : null;
        // Every (period, partner) point and the figures published for it.
        var points = periods.SelectMany(p => claim.PartnerIds.Select(partner => (Period: p, Partner: partner,
                Rows: rows.Where(r => r.PartnerId == partner && r.PeriodStart == p.Start && r.PeriodEnd == p.End).ToList())))
            .ToList();

        // A year outside the reporter's rows is never counted as zero.
        var coveredFrom = reporterRows.Min(r => r.PeriodEnd.Year);
        var coveredTo = reporterRows.Max(r => r.PeriodEnd.Year);
        var absentIsZero = claim.AbsentRows == AbsentRows.Zero;
        if (absentIsZero)
        {
            var outside = periods.Where(p => p.Year < coveredFrom || p.Year > coveredTo).Select(p => p.ToString()).ToList();
            if (outside.Count > 0)
            {
                yield return NotTestable(null, [], ClaimReason.OutsideCoverage, string.Join(", ", outside), coveredFrom, coveredTo);
                yield break;
            }
        }
        var missing = points.Where(p => p.Rows.Count == 0 && !absentIsZero).Select(Label).ToList();
        if (missing.Count > 0)
        {
            yield return NotTestable(null, [], ClaimReason.MissingPeriods, string.Join(", ", missing));
            yield break;
        }
        var inexact = points.Where(p => p.Rows.Count > 0 && p.Rows.All(r => r.Qualifier != Qualifier.Exact)).ToList();
        if (inexact.Count > 0)
        {
            yield return NotTestable(null, [.. inexact.SelectMany(p => p.Rows)], ClaimReason.OnlyApproximate, string.Join(", ", inexact.Select(Label)));
            yield break;
        }
        var present = points.Where(p => p.Rows.Count > 0).ToList();
        var currencies = present.Count == 0
            ? [claimCurrency]
            : present.Select(p => p.Rows.Where(r => r.Qualifier == Qualifier.Exact).Select(r => r.Currency).ToHashSet())
                .Aggregate((a, b) => { a.IntersectWith(b); return a; })
                .OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (claimCurrency is not null)
        {
            if (!currencies.Contains(claimCurrency))
            {
                var found = present.SelectMany(p => p.Rows).Select(r => r.Currency ?? "—").Distinct().Order(StringComparer.Ordinal);
                yield return NotTestable(null, [], ClaimReason.CurrencyMismatch, string.Join(", ", found), claimCurrency);
                yield break;
            }
            currencies = [claimCurrency];
        }
        else if (currencies.Count == 0)
        {
            var found = present.Select(p => $"{Label(p)}: {string.Join("/", p.Rows.Select(r => r.Currency ?? "—").Distinct().Order(StringComparer.Ordinal))}");
            yield return NotTestable(null, [], ClaimReason.MixedCurrencies, string.Join("; ", found));
            yield break;
        }
        foreach (var currency in currencies)
        {
            var picked = present.Select(p => (p.Period, Row: PickOne(p.Rows.Where(r => r.Qualifier == Qualifier.Exact && r.Currency == currency)))).ToList();
            double Total(ClaimPeriod period) => picked.Where(p => p.Period == period).Sum(p => p.Row.Value * p.Row.UnitScale);
            var inputs = picked.Select(p => p.Row).ToList();
            double figure;
            if (claim.Test == ClaimTest.SumOverPeriod)
            {
                figure = picked.Sum(p => p.Row.Value * p.Row.UnitScale) / claim.Stated.UnitScale;
            }
            else
            {
                var first = Total(periods[0]);
                if (first == 0)
                {
                    yield return NotTestable(currency, inputs, ClaimReason.ZeroBase, periods[0].ToString());
                    continue;
                }
                var multiple = Total(periods[^1]) / first;
                figure = claim.Test == ClaimTest.GrowthMultiple ? multiple : (multiple - 1) * 100;
            }
            var (verdict, reason, arguments) = Compare(claim, figure);
            yield return new ClaimLine(reporterId, reporterName, currency, inputs, figure, verdict, reason, arguments);
        }
    }

    private static string Label((ClaimPeriod Period, string Partner, List<ObservationRow> Rows) point) => $"{point.Period} ({point.Partner})";

    /// <summary>Holds a computed figure against the stated one, by the stated qualifier (and the claim's band for "=" and "≈").</summary>
    public static (ClaimVerdict Verdict, ClaimReason Reason, object[] Arguments) Compare(ClaimDefinition claim, double figure)
    {
        var stated = claim.Stated.Value;
        var qualifier = claim.Stated.Qualifier;
        var lowerBound = claim.EvidenceScope == EvidenceScope.LowerBound;
        if (qualifier is Qualifier.Exact or Qualifier.Approximately)
        {
            var band = Math.Abs(stated) * (claim.TolerancePercent ?? 0) / 100;
            var (low, high) = (stated - band, stated + band);
            if (figure > high)
            {
                return (ClaimVerdict.Inconsistent, ClaimReason.OutsideBand, [figure, low, high]);
            }
            if (lowerBound)
            {
                // The true value is at least the figure: within or below the band says nothing.
                return (ClaimVerdict.NotTestable, ClaimReason.LowerBoundOnly, [figure, qualifier.ToSymbol(), stated]);
            }
            return figure >= low
                ? (ClaimVerdict.Consistent, ClaimReason.WithinBand, [figure, low, high])
                : (ClaimVerdict.Inconsistent, ClaimReason.OutsideBand, [figure, low, high]);
        }
        var meets = qualifier switch
        {
            Qualifier.GreaterThan => figure > stated,
            Qualifier.AtLeast => figure >= stated,
            Qualifier.LessThan => figure < stated,
            _ => figure <= stated,
        };
        var upward = qualifier is Qualifier.GreaterThan or Qualifier.AtLeast;
        object[] args = [figure, qualifier.ToSymbol(), stated];
        if (lowerBound && meets != upward)
        {
            // A lower bound confirms "more than" when above it and refutes "less than" when above it; nothing else.
            return (ClaimVerdict.NotTestable, ClaimReason.LowerBoundOnly, args);
        }
        return meets ? (ClaimVerdict.Consistent, ClaimReason.Meets, args) : (ClaimVerdict.Inconsistent, ClaimReason.Fails, args);
    }

    /// <summary>
    /// One figure where a reporter published the same period more than once (reposts, a rounded and an exact value, two
    /// scales): the one with the most digits, then the first id, the trade page's rule.
    /// </summary>
    private static ObservationRow PickOne(IEnumerable<ObservationRow> sameCurrency) => sameCurrency
        .OrderByDescending(r => r.Value.ToString(CultureInfo.InvariantCulture).Count(char.IsAsciiDigit))
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .First();
}
