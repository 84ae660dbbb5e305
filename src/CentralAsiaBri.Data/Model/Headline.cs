namespace CentralAsiaBri.Data.Model;

/// <summary>A headline figure of the home page: a caption for one observation or project figure.</summary>
public sealed class Headline : ICited
{
    public required string Id { get; set; }
    public int SortOrder { get; set; }
    public required string Label { get; set; }
    public string? ObservationId { get; set; }
    public Observation? Observation { get; set; }
    public string? ProjectFigureId { get; set; }
    public ProjectFigure? ProjectFigure { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
