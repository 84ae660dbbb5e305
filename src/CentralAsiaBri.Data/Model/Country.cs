namespace CentralAsiaBri.Data.Model;

/// <summary>A country (ISO 3166-1), a group of countries or a sub-national area (ISO 3166-2).</summary>
public sealed class Country : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public CountryKind Kind { get; set; }
    public string? ParentId { get; set; }
    public Country? Parent { get; set; }
    /// <summary>True for the six states the dashboard is about.</summary>
    public bool IsFocus { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
