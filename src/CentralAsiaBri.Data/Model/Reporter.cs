namespace CentralAsiaBri.Data.Model;

/// <summary>
/// The owner of a statistic. Trade between the same two countries differs by reporter (transit, re-exports,
/// methods), so a series never mixes reporters.
/// </summary>
public sealed class Reporter : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ReporterKind Kind { get; set; }
    /// <summary>
    /// The body this name stands for (ADR-021). The loader requires it; the store allows null only so that a store
    /// seeded before institutions existed can take the migration before its next load fills it.
    /// </summary>
    public string? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public string? CountryId { get; set; }
    public Country? Country { get; set; }
    public string? Note { get; set; }
    /// <summary>
    /// For the partner-reported line of a dataset that has both sides' reports (the IMF's DOTS), the reporter of the
    /// China-reported line of the same flows: the pair whose difference is the mirror gap. Null otherwise.
    /// </summary>
    public string? MirrorOfId { get; set; }
    public Reporter? MirrorOf { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
