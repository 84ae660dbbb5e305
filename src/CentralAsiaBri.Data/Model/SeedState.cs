namespace CentralAsiaBri.Data.Model;

/// <summary>The one row that remembers which data files the store was last seeded from.</summary>
public sealed class SeedState
{
    public const int SingletonId = 1;
    public int Id { get; set; } = SingletonId;
    /// <summary>SHA-256 over the names and bytes of the CSV files, hex.</summary>
    public required string ContentHash { get; set; }
    public DateTime SeededAtUtc { get; set; }
    public int RowCount { get; set; }
}
