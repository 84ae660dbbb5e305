namespace CentralAsiaBri.Data.Model;

/// <summary>
/// The body behind one or more reporters (ADR-021): a reporter is a name a source printed, the institution is who
/// that name stands for, with the side whose statistic its figures are. Labels are merged into one institution only
/// where a stored source says they name the same body.
/// </summary>
public sealed class Institution : ICited
{
    public required string Id { get; set; }
    /// <summary>The institution's name as the sources give it (its current one where they say which).</summary>
    public required string Name { get; set; }
    public InstitutionSide Side { get; set; }
    public string? CountryId { get; set; }
    public Country? Country { get; set; }
    public string? Note { get; set; }
    public List<InstitutionName> Names { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A name an institution has borne, with the dates its sources give (partial ISO dates, blank where none say).</summary>
public sealed class InstitutionName : ICited
{
    public required string InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public required string Name { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
