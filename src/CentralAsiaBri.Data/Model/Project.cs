namespace CentralAsiaBri.Data.Model;

/// <summary>
/// A project, programme, platform, plan, agreement or mechanism of cooperation, from the documents (projects.csv)
/// or a row of a bulk dataset (AidData's files), which keeps the dataset's own id and its money.
/// </summary>
public sealed class Project : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ProjectKind Kind { get; set; }
    public List<Country> Countries { get; set; } = [];
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    /// <summary>Required in projects.csv; null for a dataset row whose sector fits no dimension.</summary>
    public string? DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    /// <summary>The documents' sector; null for a dataset row, which has its dataset's CRS sector in <see cref="Finance"/>.</summary>
    public Sector? Sector { get; set; }
    public ProjectStatus Status { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? Location { get; set; }
    /// <summary>In the project's words; null for a dataset row, which shows its fields and links to the publisher's record.</summary>
    public string? Description { get; set; }
    /// <summary>The dataset the row comes from (AidData's); null for the documents' projects.</summary>
    public string? DatasetId { get; set; }
    public Dataset? Dataset { get; set; }
    /// <summary>The dataset's own id of the record (AidData's project id).</summary>
    public int? DatasetRecordId { get; set; }
    /// <summary>The money as the dataset records it; null for the documents' projects.</summary>
    public ProjectFinance? Finance { get; set; }
    public List<ProjectFigure> Figures { get; set; } = [];
    public List<ProjectOrganisation> Organisations { get; set; } = [];
    public List<TimelineEvent> Events { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];

    /// <summary>
    /// The name, description and location as the text search reads them: <see cref="TextSearch.Fold"/>ed, so one
    /// LIKE over one column finds "ташкент" in "Ташкент" on SQLite (whose LIKE and lower() fold ASCII only) and on
    /// PostgreSQL alike. Computed from the fields; stored so that the search folds the query, never every row.
    /// </summary>
    public string SearchText
    {
        get => TextSearch.Fold(string.Join('\n', Name, Description, Location));
        // Read back from the store and ignored: the fields are the truth.
        private set { }
    }
}
