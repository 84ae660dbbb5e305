namespace CentralAsiaBri.Data.Model;

/// <summary>One of the three dimensions of regional stability the paper assesses.</summary>
public sealed class StabilityDimension : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public required string Summary { get; set; }
    public List<Pillar> Pillars { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
