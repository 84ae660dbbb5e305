namespace CentralAsiaBri.Data.Model;

public sealed class Challenge : ICited
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public List<StabilityDimension> Dimensions { get; set; } = [];
    public List<Pillar> Pillars { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
