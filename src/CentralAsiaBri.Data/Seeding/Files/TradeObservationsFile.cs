namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// trade_observations.csv: the supplementary trade series, in the schema of observations.csv and read after it
/// (ids are unique across both); every figure names its reporter.
/// </summary>
internal sealed class TradeObservationsFile : ObservationsFile
{
    public override string Name => "trade_observations.csv";
    public override int ReadOrder => 90;
    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "units.csv", "countries.csv", "indicators.csv", "reporters.csv", "observations.csv"];
    protected override bool RequiresReporter => true;
}
