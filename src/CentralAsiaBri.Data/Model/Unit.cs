namespace CentralAsiaBri.Data.Model;

public sealed class Unit
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Symbol { get; set; }
    public Quantity Quantity { get; set; }
    public string? Currency { get; set; }
    public double Scale { get; set; } = 1;
}
