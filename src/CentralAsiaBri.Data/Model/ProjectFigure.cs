namespace CentralAsiaBri.Data.Model;

/// <summary>A figure of a project: its length, capacity, cost, …</summary>
public sealed class ProjectFigure : ICited
{
    public required string Id { get; set; }
    public required string ProjectId { get; set; }
    public Project? Project { get; set; }
    public FigureMeasure Measure { get; set; }
    public Qualifier Qualifier { get; set; }
    public double Value { get; set; }
    public required string UnitId { get; set; }
    public Unit? Unit { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
