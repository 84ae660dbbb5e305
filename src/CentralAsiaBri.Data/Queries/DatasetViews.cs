namespace CentralAsiaBri.Data.Queries;

/// <summary>
/// A bulk dataset as pages, downloads and the API show it beside its rows: its badge name, licence (null while
/// not confirmed), terms in the project's words, the citation it asks for, and its record page (<c>{id}</c>).
/// </summary>
public sealed record DatasetView(string Id, string Name, string? Licence, string? LicenceUrl, string Terms, string Citation, string? RecordUrlTemplate)
{
    /// <summary>The publisher's page of one of the dataset's records.</summary>
    public string? RecordUrl(int? recordId) => Model.Dataset.RecordLink(RecordUrlTemplate, recordId);
}

/// <summary>
/// A dataset row's money as the dataset gives it: the amount in its own currency, and the dataset's deflated US
/// dollars with their base year (null when not documented), never converted or rounded; status, flow and sector in
/// the dataset's words.
/// </summary>
public sealed record FinanceView(
    double? Amount, string? Currency, double? DeflatedUsd, int? DeflatedBaseYear, string SourceStatus, string FlowType, string FlowClass,
    int? CrsCode, string? CrsName, bool YearEstimated, bool Recommended, bool Umbrella, IReadOnlyList<string> SourceUrls);
