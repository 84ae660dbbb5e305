namespace CentralAsiaBri.Data.Model;

/// <summary>A dated happening: a summit, treaty, agreement, visit, statement.</summary>
public sealed class TimelineEvent : ICited
{
    public required string Id { get; set; }
    /// <summary><see cref="Qualifier.LessThan"/> when the source only says it happened before a date ("recently").</summary>
    public Qualifier DateQualifier { get; set; }
    /// <summary>ISO 8601, possibly partial; sorts correctly as text.</summary>
    public required string Date { get; set; }
    public string? EndDate { get; set; }
    public required string Title { get; set; }
    public EventKind Kind { get; set; }
    public List<Country> Countries { get; set; } = [];
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    public required string DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    public List<Project> Projects { get; set; } = [];
    public required string Description { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
