namespace CentralAsiaBri.Data.Model;

/// <summary>A project, programme, platform, plan, agreement or mechanism of cooperation.</summary>
public sealed class Project : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ProjectKind Kind { get; set; }
    public List<Country> Countries { get; set; } = [];
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    public required string DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    public Sector Sector { get; set; }
    public ProjectStatus Status { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? Location { get; set; }
    public required string Description { get; set; }
    public List<ProjectFigure> Figures { get; set; } = [];
    public List<ProjectOrganisation> Organisations { get; set; } = [];
    public List<TimelineEvent> Events { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
