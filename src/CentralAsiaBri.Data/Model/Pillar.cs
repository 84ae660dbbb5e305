namespace CentralAsiaBri.Data.Model;

/// <summary>One prong of the five-pronged connectivity framework; it feeds one stability dimension.</summary>
public sealed class Pillar : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    public int SortOrder { get; set; }
    public required string Summary { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
