namespace CentralAsiaBri.Data.Model;

/// <summary>
/// One AidData GCDF 3.0 project's share in one first-level region (oblast, region, velayat): the part of the
/// project's geography in it and the commitment value that share carries, as AidData gives them. The files carry
/// no title, sector or year, so a location says where and how much, not what.
/// </summary>
public sealed class AidDataLocation : ICited
{
    public int AidDataId { get; set; }
    /// <summary>The geoBoundaries unit's id.</summary>
    public required string ShapeId { get; set; }
    public required string ShapeName { get; set; }
    public required string CountryId { get; set; }
    public Country? Country { get; set; }
    public double IntersectionRatio { get; set; }
    public double EvenSplitRatio { get; set; }
    /// <summary>Commitment (constant 2021 USD) times <see cref="IntersectionRatio"/>; null where AidData records no amount.</summary>
    public double? IntersectionRatioCommitmentValue { get; set; }
    /// <summary>Commitment (constant 2021 USD) times <see cref="EvenSplitRatio"/>; null where AidData records no amount.</summary>
    public double? EvenSplitRatioCommitmentValue { get; set; }
    public double CentroidLongitude { get; set; }
    public double CentroidLatitude { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
