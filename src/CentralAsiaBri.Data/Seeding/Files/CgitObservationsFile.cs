namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// cgit_observations.csv: yearly sums and deal counts of AEI's China Global Investment Tracker per country and sector,
/// written by data/scripts/cgit_aggregates.py from one edition (ADR-023). The observations' schema, read after the
/// other observation files (ids are unique across all of them); every figure names the edition as its reporter.
/// </summary>
internal sealed class CgitObservationsFile : ObservationsFile
{
    public override string Name => "cgit_observations.csv";
    public override int ReadOrder => 96;
    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "units.csv", "countries.csv", "indicators.csv", "reporters.csv", "observations.csv", "trade_observations.csv", "imf_dots_trade.csv"];
    protected override bool RequiresReporter => true;
}
