namespace CentralAsiaBri.Data.Model;

public sealed class Organisation : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? CountryId { get; set; }
    public Country? Country { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
