namespace CentralAsiaBri.Data.Model;

/// <summary>
/// The money of a project as a dataset records it (AidData's rows): the amount in the currency the source gives,
/// never converted, and the dataset's own deflated US dollar value with its base year, each as its own field.
/// Texts (status, flow, sector) are the dataset's words, kept as given.
/// </summary>
public sealed class ProjectFinance
{
    /// <summary>The amount as the dataset gives it, in <see cref="Currency"/>; null when it records none.</summary>
    public double? Amount { get; set; }
    /// <summary>ISO 4217 code as given; null when the dataset states none.</summary>
    public string? Currency { get; set; }
    /// <summary>The dataset's deflated (constant) US dollar value; null when it gives none.</summary>
    public double? DeflatedUsd { get; set; }
    /// <summary>The base year of <see cref="DeflatedUsd"/>; null when the dataset does not document it.</summary>
    public int? DeflatedBaseYear { get; set; }
    /// <summary>The project's status in the dataset's words ("Pipeline: Commitment").</summary>
    public required string SourceStatus { get; set; }
    public required string FlowType { get; set; }
    public required string FlowClass { get; set; }
    /// <summary>The OECD CRS sector code and name as the dataset gives them.</summary>
    public int? CrsCode { get; set; }
    public string? CrsName { get; set; }
    /// <summary>The dataset marks the year as uncertain or estimated.</summary>
    public bool YearEstimated { get; set; }
    /// <summary>The dataset recommends the row for aggregates (not a pledge, umbrella, cancelled or suspended row).</summary>
    public bool Recommended { get; set; }
    /// <summary>An umbrella record whose money other records also count.</summary>
    public bool Umbrella { get; set; }
    /// <summary>The dataset's own sources for the row: URLs as it gives them.</summary>
    public List<string> SourceUrls { get; set; } = [];
}
