using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// imf_dots_trade.csv: the IMF's Direction of Trade Statistics for China and the five states, 1992–2020, both
/// sides' reports. The observations' schema plus what a dataset cell carries: the IMF's estimate flag, the cell
/// exactly as stored and the IMF's labels of the series. Read after the other trade files (ids are unique across all three).
/// </summary>
internal sealed class ImfDotsTradeFile : ObservationsFile
{
    /// <summary>The IMF's flag for an estimated value, at the end of a cell: "128.11 e".</summary>
    public const string EstimateFlag = " e";

    public override string Name => "imf_dots_trade.csv";
    public override int ReadOrder => 95;
    public override IReadOnlyList<string> Columns { get; } =
        ["id", "indicator_id", "area_id", "partner_id", "flow", "product_group", "period", "period_start", "period_end", "qualifier", "value",
            "estimate", "source_value", "source_series", "unit_id", "reporter_id", "sources", "note"];
    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "units.csv", "countries.csv", "indicators.csv", "reporters.csv", "observations.csv", "trade_observations.csv"];
    protected override bool RequiresReporter => true;

    private protected override void ReadDetails(CsvRow row, Observation observation)
    {
        observation.Estimate = row.Boolean("estimate");
        observation.SourceValue = row.Required("source_value");
        observation.SourceSeries = row.Required("source_series");
        var cell = observation.SourceValue;
        if (cell.Length == 0)
        {
            return;
        }
        // The cell is the figure: its flag must be the estimate column, its number the value column, to the last bit.
        var flagged = cell.EndsWith(EstimateFlag, StringComparison.Ordinal);
        if (flagged != observation.Estimate)
        {
            row.Error("estimate", flagged
                ? $"is '{Kebab(observation.Estimate)}' but the cell '{cell}' carries the estimate flag 'e'"
                : $"is '{Kebab(observation.Estimate)}' but the cell '{cell}' carries no estimate flag");
        }
        var number = flagged ? cell[..^EstimateFlag.Length] : cell;
        if (!double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stored)
            || !double.IsFinite(stored))
        {
            row.Error("source_value", $"'{cell}' is not a number, optionally followed by the estimate flag ' e'");
        }
        else if (row.Optional("value") is not null && BitConverter.DoubleToInt64Bits(stored) != BitConverter.DoubleToInt64Bits(observation.Value))
        {
            row.Error("value", $"'{row.Optional("value")}' is not the number of the cell '{cell}' (values are never rounded)");
        }
    }

    private static string Kebab(bool value) => value ? "true" : "false";
}
