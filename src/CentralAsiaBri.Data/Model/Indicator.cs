namespace CentralAsiaBri.Data.Model;

/// <summary>What is measured; its observations are the figures.</summary>
public sealed class Indicator : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    public Quantity Quantity { get; set; }
    public List<Observation> Observations { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
