namespace CentralAsiaBri.Data.Model;

/// <summary>
/// Where a project of one OECD CRS sector (as AidData codes it) belongs in the framework: its pillar and
/// dimension, or none, with the reason. Decided once per sector as documented data, never guessed per project.
/// </summary>
public sealed class SectorPillar : ICited
{
    /// <summary>The three-digit CRS sector code (210 is transport and storage).</summary>
    public int CrsCode { get; set; }
    /// <summary>The sector's name as AidData spells it.</summary>
    public required string CrsName { get; set; }
    /// <summary>Null when no pillar fits the sector as a whole.</summary>
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    /// <summary>The pillar's dimension, or a dimension alone for a sector no pillar fits; null when neither fits.</summary>
    public string? DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    /// <summary>Why the sector maps where it does, in the project's words.</summary>
    public required string Basis { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
