using System.Collections.Frozen;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Store;

namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>
/// The trade page's canonical view for its cache key: countries, reporters, flow, currency, years, table and events as
/// <see cref="TradeView"/> reads them, so <c>countries=KG,KZ</c>, <c>countries=KZ,KG,KZ</c> or an out-of-range year
/// key the same entry as the view they mean. An absent <c>reporters</c> stays distinct from any named list, because what
/// it means (the default groups) comes from the store.
/// </summary>
public sealed class TradeViewKey : ICanonicalView
{
    private const string StoreDefault = "\u0001";

    public static IReadOnlySet<string> Covers { get; } =
        new[] { "countries", "reporters", "flow", "currency", "from", "to", "view", "events" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Canonical(IQueryCollection query)
    {
        return TradeView.Parse(query["countries"], query["reporters"], query["flow"], query["currency"],
            QueryValues.Number(query["from"]), QueryValues.Number(query["to"]), query["view"], query["events"], [StoreDefault]).ToQueryString();
    }
}
