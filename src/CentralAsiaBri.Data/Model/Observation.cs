namespace CentralAsiaBri.Data.Model;

/// <summary>One figure: an indicator's value for an area (and partner) over a period, as its source states it.</summary>
public sealed class Observation : ICited
{
    public required string Id { get; set; }
    public required string IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public required string AreaId { get; set; }
    public Country? Area { get; set; }
    public string? PartnerId { get; set; }
    public Country? Partner { get; set; }
    public TradeFlow? Flow { get; set; }
    public string? ProductGroup { get; set; }
    public required string Period { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public Qualifier Qualifier { get; set; }
    public double Value { get; set; }
    /// <summary>True when the publisher marks the value as its own estimate (the IMF's "e"), not a reported figure.</summary>
    public bool Estimate { get; set; }
    /// <summary>The value's cell exactly as the source file stores it (float artefacts and flags included); null where the row was transcribed from text.</summary>
    public string? SourceValue { get; set; }
    /// <summary>The publisher's own identification of the series the value belongs to; null where the source has none.</summary>
    public string? SourceSeries { get; set; }
    public required string UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>Whose statistic this is (China's customs, a national statistics office, …); null when the source does not say.</summary>
    public string? ReporterId { get; set; }
    public Reporter? Reporter { get; set; }
    public string? Note { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
