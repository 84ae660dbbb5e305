using CentralAsiaBri.Data.Seeding;

namespace CentralAsiaBri.Web.Features.History;

/// <summary>
/// What has a history page (<c>/history/{kind}/{id}</c>), and the data files its rows come from: each data file
/// declares its <see cref="DataFileDescriptor.HistoryKind"/>.
/// </summary>
public static class HistoryKinds
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Files = DataFileRegistry.All
        .Where(f => f.HistoryKind is not null)
        .GroupBy(f => f.HistoryKind!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.Name)], StringComparer.Ordinal);

    public static string Href(string kind, string id) => $"history/{kind}/{Uri.EscapeDataString(id)}";
}
