using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Features;

/// <summary>
/// Where a record comes from: a source id (see /api/v1/sources), the place in it, its title and link, and the
/// publisher's terms of reuse where the source sets any (they travel with every figure taken from it).
/// </summary>
public sealed record ApiCitation(string Source, string? Location, string Title, string? Url, string? Terms = null)
{
    /// <summary>"paper §3 ¶2", as a page and a CSV cell write it.</summary>
    public string Label => Location is null ? Source : $"{Source} {Location}";
}

/// <summary>Citations as every record gives them (JSON) and writes them in one CSV cell.</summary>
public static class ApiCitations
{
    public static IReadOnlyList<ApiCitation> From(IEnumerable<CitationView> citations) =>
        [.. citations.Select(c => new ApiCitation(c.SourceId, c.Location, c.SourceTitle, c.Url, c.Terms))];

    /// <summary>One CSV cell: "paper §3 ¶2; article ¶9 &lt;https://…&gt;".</summary>
    public static string CsvText(IEnumerable<ApiCitation> citations) =>
        string.Join("; ", citations.Select(c => c.Url is null ? c.Label : $"{c.Label} <{c.Url}>"));
}
