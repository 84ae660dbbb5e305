namespace CentralAsiaBri.Data.Model;

/// <summary>How a claim is tested against the loaded series (claims.csv <c>test</c>; ADR-025).</summary>
public enum ClaimTest
{
    /// <summary>value(to) / value(from) of one reporter's line: "tripled" is 3 times.</summary>
    GrowthMultiple,
    /// <summary>(value(to) / value(from) − 1) × 100 of one reporter's line: a growth rate in percent.</summary>
    GrowthRate,
    /// <summary>The sum of one reporter's yearly figures over the years from … to, in the claim's currency.</summary>
    SumOverPeriod,
    /// <summary>No loaded series measures what the claim states; the basis says why.</summary>
    None,
}

/// <summary>What a year without a row means in a claim's evidence.</summary>
public enum AbsentRows
{
    /// <summary>A gap: the reporter published nothing for it, so nothing can be computed.</summary>
    Gap,
    /// <summary>
    /// Nothing to count (a deal tracker lists deals, and a year without a deal has no row): zero, but only within the
    /// years the reporter's rows of the indicator cover; outside them it is a gap.
    /// </summary>
    Zero,
}

/// <summary>Whether the evidence counts what the claim counts, or only a part of it.</summary>
public enum EvidenceScope
{
    /// <summary>The series measures the claim's quantity.</summary>
    Same,
    /// <summary>
    /// The series counts only part of it (a tracker of deals of USD 100 million or more): its figure is a lower bound,
    /// so it can confirm "more than" and refute "less than", "about" or "exactly" when above them, and nothing else.
    /// </summary>
    LowerBound,
}

/// <summary>
/// One reading of a quantitative statement of the two documents (an observation without a reporter) and the test
/// that holds it against the loaded series. The verdict is never stored: it is computed from the store.
/// </summary>
public sealed class Claim : ICited
{
    public required string Id { get; set; }
    public int SortOrder { get; set; }
    /// <summary>The document's figure this claim reads (observations.csv).</summary>
    public required string ObservationId { get; set; }
    public Observation? Observation { get; set; }
    public ClaimTest Test { get; set; }
    /// <summary>The evidence's indicator. Not a reference: a claim may name a series that is not loaded yet (it is then not testable).</summary>
    public string? IndicatorId { get; set; }
    public string? AreaId { get; set; }
    /// <summary>';'-separated partners whose figures are added up for each period (one partner: its own figure).</summary>
    public string? PartnerIds { get; set; }
    public TradeFlow? Flow { get; set; }
    public string? ProductGroup { get; set; }
    /// <summary>';'-separated reporters to test against, each separately; null for every reporter with figures.</summary>
    public string? ReporterIds { get; set; }
    /// <summary>First period: "2015" or "2022-H1".</summary>
    public string? From { get; set; }
    /// <summary>Last period, same form.</summary>
    public string? To { get; set; }
    public AbsentRows AbsentRows { get; set; }
    public EvidenceScope EvidenceScope { get; set; }
    /// <summary>The band around an "=" or "≈" figure that still counts as consistent, in percent of the figure.</summary>
    public double? TolerancePercent { get; set; }
    /// <summary>How the statement was read (years, scope, band), in the project's words.</summary>
    public required string Basis { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
