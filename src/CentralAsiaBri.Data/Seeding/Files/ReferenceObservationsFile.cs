namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// reference_observations.csv: the reference table's series other than trade (investment, freight trains, energy
/// imports, shares of trade, travellers, students …), one indicator per series, written by
/// data/scripts/reference_observations.py. The observations' schema; every figure names its reporter.
/// </summary>
internal sealed class ReferenceObservationsFile : ObservationsFile
{
    public override string Name => "reference_observations.csv";
    public override int ReadOrder => 97;
    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "units.csv", "countries.csv", "indicators.csv", "reporters.csv", "observations.csv", "trade_observations.csv", "imf_dots_trade.csv",
            "cgit_observations.csv"];
    protected override bool RequiresReporter => true;
}
