using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Web.Features.Trade;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Components.Pages.Trade;

/// <summary>What a trade view shows, in words: titles, axis labels and currency phrases, in the reader's language with <see cref="TradeText"/>.</summary>
public static class TradeLabels
{
    /// <summary>
    /// What the chart shows, in words: "Trade turnover between China and Kazakhstan, Kyrgyzstan"; in the reader's
    /// language with <paramref name="text"/>, the partners' names given by <paramref name="partnerName"/> and
    /// joined by <paramref name="separator"/>.
    /// </summary>
    public static string Title(this TradeView view, Func<string, string> partnerName, IStringLocalizer<TradeText>? text = null, string separator = ", ") =>
        Text(text, view.Flow switch
        {
            TradeFlow.Exports => "China's exports between China and {0}",
            TradeFlow.Imports => "China's imports between China and {0}",
            _ => "Trade turnover between China and {0}",
        }, string.Join(separator, view.Countries.Select(partnerName)));

    /// <summary>"Trade turnover, billion USD" (十亿美元, млрд долл. США): a label with the view's unit.</summary>
    public static string InBillions(this TradeView view, string label, IStringLocalizer<TradeText>? text = null) =>
        Text(text, "{0}, billion {1}", label, view.CurrencyName(text));

    /// <summary>The view's currency as the unit phrase says it: the ISO code in English, 美元 or долл. США in translation.</summary>
    public static string CurrencyName(this TradeView view, IStringLocalizer<TradeText>? text) => text is null ? view.Currency : text[$"Currency.{view.Currency}"].Value;

    /// <summary>A flow as a heading says it: "China's exports", "Trade turnover".</summary>
    public static string FlowLabel(TradeFlow flow, IStringLocalizer<TradeText>? text = null) => Text(text, flow switch
    {
        TradeFlow.Exports => "China's exports",
        TradeFlow.Imports => "China's imports",
        _ => "Trade turnover",
    });

    /// <summary>A side as the data files write it: "china-customs", "partner-statistics".</summary>
    public static string SideId(InstitutionSide side) => CsvSide(side.ToString());


    private static string CsvSide(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A string of <see cref="TradeText"/> whose key is its English text; the English itself without a localizer.</summary>
    private static string Text(IStringLocalizer<TradeText>? text, string key, params object[] args) =>
        text is null ? string.Format(CultureInfo.InvariantCulture, key, args) : text[key, args].Value;
}
