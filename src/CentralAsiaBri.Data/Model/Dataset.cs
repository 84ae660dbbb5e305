namespace CentralAsiaBri.Data.Model;

/// <summary>
/// A bulk dataset whose rows the dashboard shows as they are (AidData's): the name its badge shows, its terms of
/// reuse, how its records are linked back to the publisher, and where its rows sit in the framework.
/// Its id is the id of its row in sources.csv.
/// </summary>
public sealed class Dataset : ICited
{
    public required string Id { get; set; }
    public Source? Source { get; set; }
    /// <summary>The short name of the badge and the filter ("AidData GCOF 1.0").</summary>
    public required string Name { get; set; }
    /// <summary>The licence's short name ("ODC-By-1.0"); null while the terms are not confirmed.</summary>
    public string? Licence { get; set; }
    public string? LicenceUrl { get; set; }
    /// <summary>The terms of reuse as far as they are known, in the project's words (says so when not confirmed).</summary>
    public required string Terms { get; set; }
    /// <summary>The publisher's page of one record, with <c>{id}</c> for the record's id.</summary>
    public string? RecordUrl { get; set; }
    /// <summary>The pillar every row of the dataset belongs to; null when rows are placed by their sector, or not at all.</summary>
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    /// <summary>The dimension every row belongs to (the pillar's, when there is one); null when placed by sector, or not at all.</summary>
    public string? DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    /// <summary>How the dataset's rows are placed in the framework and why, in the project's words.</summary>
    public required string Placement { get; set; }
    /// <summary>The citation the publisher asks for.</summary>
    public required string Citation { get; set; }
    public List<Citation> Citations { get; set; } = [];

    /// <summary>The publisher's page of a record, or null when the dataset links none.</summary>
    public static string? RecordLink(string? template, int? recordId) =>
        template is null || recordId is null ? null : template.Replace("{id}", recordId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
