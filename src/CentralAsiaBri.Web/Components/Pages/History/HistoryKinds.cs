namespace CentralAsiaBri.Web.Components.Pages.History;

/// <summary>What has a history page (<c>/history/{kind}/{id}</c>), and the data files its rows come from.</summary>
public static class HistoryKinds
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["projects"] = ["projects.csv"],
        ["indicators"] = ["indicators.csv"],
        ["observations"] = ["observations.csv", "trade_observations.csv"],
        ["events"] = ["events.csv"],
        ["sources"] = ["sources.csv"],
    };

    public static string Href(string kind, string id) => $"history/{kind}/{Uri.EscapeDataString(id)}";
}
