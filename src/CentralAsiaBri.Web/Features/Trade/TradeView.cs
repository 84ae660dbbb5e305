using System.Globalization;
using CentralAsiaBri.Data.Model;
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

    /// <summary>The English symbol of the unit the view is drawn in: "bn USD", "bn CNY".</summary>
    public string UnitSymbol => $"bn {Currency}";
}
