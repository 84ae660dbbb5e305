using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Charts;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Components.Pages.Trade;

/// <summary>
/// The trade explorer's view state, as it stands in the query string (so a URL reopens the same view), and
/// what it selects: one line per partner and reporter, full calendar years only, in one currency. Reporters are
/// never mixed in a line: China's customs and a partner's statistics office measure different things.
/// </summary>
public sealed record TradeView
{
    public const string DefaultReporter = "china-gac";
    public static readonly IReadOnlyList<string> Partners = ["CA5", "KZ", "KG", "TJ", "TM", "UZ"];
    public static readonly IReadOnlyList<string> DefaultCountries = ["KZ", "KG", "TJ", "TM", "UZ"];

    public IReadOnlyList<string> Countries { get; init; } = DefaultCountries;
    public IReadOnlyList<string> Reporters { get; init; } = [DefaultReporter];
    public TradeFlow Flow { get; init; } = TradeFlow.Turnover;
    public string Currency { get; init; } = "USD";
    public int? From { get; init; }
    public int? To { get; init; }
    public bool ShowTable { get; init; }

    /// <summary>The events timeline drawn over the chart (off by default: 16 markers over 30 years clutter it).</summary>
    public bool ShowEvents { get; init; }

    /// <summary>Reads the view from query values; anything unknown falls back to the default.</summary>
    public static TradeView Parse(string? countries, string? reporters, string? flow, string? currency, int? from, int? to, string? view, string? events = null) => new()
    {
        Countries = SplitList(countries, c => Partners.Contains(c)) is { Count: > 0 } cs ? cs : DefaultCountries,
        Reporters = SplitList(reporters, r => r.Length is > 0 and <= 100) is { Count: > 0 } rs ? rs : [DefaultReporter],
        Flow = QueryValues.Enum<TradeFlow>(flow) ?? TradeFlow.Turnover,
        Currency = currency is "CNY" ? "CNY" : "USD",
        From = from is >= 1990 and <= 2100 ? from : null,
        To = to is >= 1990 and <= 2100 ? to : null,
        ShowTable = view == "table",
        ShowEvents = events == "on",
    };

    private static List<string> SplitList(string? value, Func<string, bool> allowed) =>
        [.. (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(allowed).Distinct()];

    /// <summary>The query string of this view (defaults left out, so links stay short).</summary>
    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>();
        if (!Countries.SequenceEqual(DefaultCountries))
        {
            query["countries"] = string.Join(',', Countries);
        }
        if (Reporters is not [DefaultReporter])
        {
            query["reporters"] = string.Join(',', Reporters);
        }
        if (Flow != TradeFlow.Turnover)
        {
            query["flow"] = Flow.ToString().ToLowerInvariant();
        }
        if (Currency != "USD")
        {
            query["currency"] = Currency;
        }
        if (From is { } from)
        {
            query["from"] = from.ToString(CultureInfo.InvariantCulture);
        }
        if (To is { } to)
        {
            query["to"] = to.ToString(CultureInfo.InvariantCulture);
        }
        if (ShowTable)
        {
            query["view"] = "table";
        }
        if (ShowEvents)
        {
            query["events"] = "on";
        }
        return QueryHelpers.AddQueryString("", query);
    }

    public TradeView ToggleCountry(string country) => this with
    {
        Countries = Countries.Contains(country)
            ? Countries.Count > 1 ? [.. Countries.Where(c => c != country)] : Countries
            : [.. Partners.Where(p => p == country || Countries.Contains(p))],
    };

    public TradeView ToggleReporter(string reporter) => this with
    {
        Reporters = Reporters.Contains(reporter)
            ? Reporters.Count > 1 ? [.. Reporters.Where(r => r != reporter)] : Reporters
            : [.. Reporters, reporter],
    };

    /// <summary>The figures this view shows: one per line and year (see <see cref="PickOne"/>).</summary>
    public IReadOnlyList<TradePoint> Select(IEnumerable<ObservationRow> rows) =>
        rows.Where(r => r.IsCalendarYear && r.Flow == Flow && r.Currency == Currency
                && r.PartnerId is { } p && Countries.Contains(p) && r.ReporterId is { } rep && Reporters.Contains(rep)
                && (From is null || r.PeriodEnd.Year >= From) && (To is null || r.PeriodEnd.Year <= To))
            .GroupBy(r => (r.PartnerId, r.ReporterId, r.PeriodEnd.Year))
            .Select(g => PickOne(g.ToList()))
            .OrderBy(p => Countries.ToList().IndexOf(p.Row.PartnerId!)).ThenBy(p => p.Row.ReporterName).ThenBy(p => p.Year)
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

    /// <summary>
    /// The chart of <paramref name="points"/>: a line per partner and reporter. <paramref name="labels"/> and
    /// <paramref name="text"/> write its series, axis and unit in the reader's language (English without them).
    /// </summary>
    public ChartJsConfig ToChart(IReadOnlyList<TradePoint> points, ChartLabels? labels = null, IStringLocalizer<TradeText>? text = null)
    {
        labels ??= ChartLabels.English;
        var lines = points.GroupBy(p => (p.Row.PartnerId, p.Row.ReporterId)).ToList();
        var datasets = lines.Select((line, i) =>
        {
            var first = line.First().Row;
            var customs = first.ReporterId == DefaultReporter;
            return new ChartJsDataset
            {
                Label = labels.Text("{0} ({1})", labels.Country(first.PartnerId!, first.PartnerName!), labels.Reporter(first.ReporterName!).Text),
                Data = [.. WithGaps(line.ToList())],
                BorderColor = ChartPalette.Color(Countries.ToList().IndexOf(first.PartnerId!)),
                BackgroundColor = [ChartPalette.Color(Countries.ToList().IndexOf(first.PartnerId!))],
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
            Options = IndicatorCharts.LineOptions(InBillions(FlowLabel(Flow, text), text), labels.Symbol(UnitSymbol), labels),
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

    /// <summary>The English symbol of the unit the view is drawn in: "bn USD", "bn CNY".</summary>
    public string UnitSymbol => $"bn {Currency}";

    /// <summary>
    /// What the chart shows, in words: "Trade turnover between China and Kazakhstan, Kyrgyzstan"; in the reader's
    /// language with <paramref name="text"/>, the partners' names given by <paramref name="partnerName"/> and
    /// joined by <paramref name="separator"/>.
    /// </summary>
    public string Title(Func<string, string> partnerName, IStringLocalizer<TradeText>? text = null, string separator = ", ") =>
        Text(text, Flow switch
        {
            TradeFlow.Exports => "China's exports between China and {0}",
            TradeFlow.Imports => "China's imports between China and {0}",
            _ => "Trade turnover between China and {0}",
        }, string.Join(separator, Countries.Select(partnerName)));

    /// <summary>"Trade turnover, billion USD" (十亿美元, млрд долл. США): a label with the view's unit.</summary>
    public string InBillions(string label, IStringLocalizer<TradeText>? text = null) =>
        Text(text, "{0}, billion {1}", label, CurrencyName(text));

    /// <summary>The view's currency as the unit phrase says it: the ISO code in English, 美元 or долл. США in translation.</summary>
    public string CurrencyName(IStringLocalizer<TradeText>? text) => text is null ? Currency : text[$"Currency.{Currency}"].Value;

    /// <summary>A flow as a heading says it: "China's exports", "Trade turnover".</summary>
    public static string FlowLabel(TradeFlow flow, IStringLocalizer<TradeText>? text = null) => Text(text, flow switch
    {
        TradeFlow.Exports => "China's exports",
        TradeFlow.Imports => "China's imports",
        _ => "Trade turnover",
    });

    /// <summary>A string of <see cref="TradeText"/> whose key is its English text; the English itself without a localizer.</summary>
    private static string Text(IStringLocalizer<TradeText>? text, string key, params object[] args) =>
        text is null ? string.Format(CultureInfo.InvariantCulture, key, args) : text[key, args].Value;

    public static readonly IReadOnlyList<string> CsvHeader =
        ["partner", "reporter", "flow", "year", "qualifier", "value", "unit", "value_billion", "currency", "observation_id", "sources", "alternative_figures"];

    /// <summary>Exactly the points the chart and table show, with their sources.</summary>
    public static byte[] ToCsv(IReadOnlyList<TradePoint> points) => CsvFile.Write(CsvHeader, points.Select(p => (IReadOnlyList<string?>)
    [
        p.Row.PartnerName, p.Row.ReporterName, p.Row.Flow?.ToString().ToLowerInvariant(), p.Year.ToString(CultureInfo.InvariantCulture),
        p.Row.Qualifier.ToWords(), CsvFile.Number(p.Row.Value), p.Row.UnitId, CsvFile.Number(Math.Round(p.Billions, 10)), p.Row.Currency,
        p.Row.Id, string.Join("; ", p.Row.Citations.Select(c => c.Url ?? c.Label)), p.Alternatives.ToString(CultureInfo.InvariantCulture),
    ]));
}

/// <summary>One point of a trade line: the observation it shows and its value in billions of the currency.</summary>
public sealed record TradePoint(ObservationRow Row, int Year, double Billions, int Alternatives);
