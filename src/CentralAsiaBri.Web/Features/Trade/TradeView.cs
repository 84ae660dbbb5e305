using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>
/// The trade explorer's view state, as it stands in the query string (so a URL reopens the same view): the page,
/// the embed and the CSV download read it. What it selects is <see cref="TradeSelection"/>; its chart and labels
/// are the page's (<c>Components/Pages/Trade</c>); its CSV is <see cref="TradeCsv"/>.
/// </summary>
public sealed record TradeView
{
    /// <summary>China's customs: the reporter whose lines are drawn solid and that the comparison page measures others against.</summary>
    public const string CustomsReporter = "china-gac";
    public static readonly IReadOnlyList<string> Partners = ["CA5", "KZ", "KG", "TJ", "TM", "UZ"];
    public static readonly IReadOnlyList<string> DefaultCountries = ["KZ", "KG", "TJ", "TM", "UZ"];

    /// <summary>The sides shown without a click (ADR-021): China's customs against the partner's statistics.</summary>
    public static readonly IReadOnlyList<InstitutionSide> DefaultSides = [InstitutionSide.ChinaCustoms, InstitutionSide.PartnerStatistics];

    public IReadOnlyList<string> Countries { get; init; } = DefaultCountries;

    /// <summary>
    /// The reporters a link without a <c>reporters</c> parameter means: those of the default groups
    /// (<see cref="DefaultReportersOf"/>), or China's customs alone where the caller knows no reporters.
    /// </summary>
    public IReadOnlyList<string> DefaultReporters { get; init; } = [CustomsReporter];
    public IReadOnlyList<string> Reporters { get; init; } = [CustomsReporter];

    /// <summary>True when the chosen reporters are the default groups' (so the link leaves them out).</summary>
    public bool ReportersAreDefault => Reporters.Order(StringComparer.Ordinal).SequenceEqual(DefaultReporters.Order(StringComparer.Ordinal));

    /// <summary>
    /// The reporters of the default groups: every reporter of China's customs and of the partners' statistics, and both
    /// lines of a dataset that holds both sides' reports (the IMF's DOTS: China-reported and partner-reported, the only
    /// full series of exports and imports). Which reporters these are is data (institutions.csv, reporters.csv).
    /// </summary>
    public static IReadOnlyList<string> DefaultReportersOf(IEnumerable<ReporterView> reporters)
    {
        var all = reporters.ToList();
        var mirrored = all.Where(r => r.MirrorOfId is not null).SelectMany(r => new[] { r.Id, r.MirrorOfId! }).ToHashSet(StringComparer.Ordinal);
        var defaults = all.Where(r => (r.Side is { } side && DefaultSides.Contains(side)) || mirrored.Contains(r.Id))
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        return defaults.Count > 0 ? defaults : [CustomsReporter];
    }
    public TradeFlow Flow { get; init; } = TradeFlow.Turnover;
    public string Currency { get; init; } = "USD";
    public int? From { get; init; }
    public int? To { get; init; }
    public bool ShowTable { get; init; }

    /// <summary>The events timeline drawn over the chart (off by default: 16 markers over 30 years clutter it).</summary>
    public bool ShowEvents { get; init; }

    /// <summary>Reads the view from query values; anything unknown falls back to the default.</summary>
    /// <remarks>
    /// <paramref name="defaultReporters"/> is what an absent <c>reporters</c> parameter means (the default groups); a link
    /// that names reporters keeps meaning exactly those.
    /// </remarks>
    public static TradeView Parse(string? countries, string? reporters, string? flow, string? currency, int? from, int? to, string? view, string? events = null,
        IReadOnlyList<string>? defaultReporters = null) => new()
    {
        // In the page's order whatever the link's, so one view has one form (and one cache entry).
        Countries = SplitList(countries, c => Partners.Contains(c)) is { Count: > 0 } cs ? [.. Partners.Where(cs.Contains)] : DefaultCountries,
        DefaultReporters = defaultReporters is { Count: > 0 } ? defaultReporters : [CustomsReporter],
        Reporters = SplitList(reporters, r => r.Length is > 0 and <= 100) is { Count: > 0 } rs ? rs
            : defaultReporters is { Count: > 0 } ? defaultReporters : [CustomsReporter],
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
        if (!ReportersAreDefault)
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

    /// <summary>The English symbol of the unit the view is drawn in: "bn USD", "bn CNY".</summary>
    public string UnitSymbol => $"bn {Currency}";
}
