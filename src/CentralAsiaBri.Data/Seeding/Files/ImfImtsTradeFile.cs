using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// imf_imts_trade.csv: the IMF's International Trade in Goods by partner country (IMTS, the successor of DOTS), in the
/// SDMX-CSV layout the IMF's data portal and SDMX API give for the dataflow IMF.STA:IMTS (ADR-024). Annual exports
/// (XG_FOB_USD, valued FOB) and imports (MG_CIF_USD, valued CIF) of China and the five states with each other, in US dollars.
/// </summary>
internal sealed class ImfImtsTradeFile : UpstreamTradeFile
{
    public const string Exports = "XG_FOB_USD";
    public const string Imports = "MG_CIF_USD";

    /// <summary>The attributes a figure keeps in its note, as the file gives them.</summary>
    private static readonly string[] KeptAttributes = ["SCALE", "UNIT", "STATUS"];

    public override string Name => "imf_imts_trade.csv";
    public override int ReadOrder => 98;
    public override IReadOnlyList<string> Columns { get; } =
        ["STRUCTURE", "STRUCTURE_ID", "ACTION", "COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE",
            "SCALE", "PRECISION", "DECIMALS_DISPLAYED", "TRADE_FLOW", "VALUATION", "UNIT", "DERIVATION_TYPE", "OVERLAP", "STATUS"];
    public override IReadOnlyList<string>? KeyColumns { get; } = ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD"];
    public override string UpstreamFormat => "the IMF's IMTS (International Trade in Goods by partner country), SDMX-CSV";
    protected override string SourceId => "imf-imts";
    protected override string ChinaReporterId => "imf-imts-china-reported";
    protected override string PartnerReporterId => "imf-imts-partner-reported";

    private protected override string? IdOf(IReadOnlyDictionary<string, string> fields) =>
        IdPart(fields["COUNTRY"]) is { } reporter && IdPart(fields["COUNTERPART_COUNTRY"]) is { } partner
            ? $"imf-imts-{reporter}-{(fields["INDICATOR"].Trim() == Exports ? "exports" : "imports")}-{partner}-{fields["TIME_PERIOD"].Trim()}"
            : null;

    private protected override UpstreamFigure? Map(CsvRow row)
    {
        var structure = row.Required("STRUCTURE_ID");
        var ok = true;
        if (structure.Length > 0 && !structure.StartsWith("IMF.STA:IMTS", StringComparison.Ordinal))
        {
            row.Error("STRUCTURE_ID", $"'{structure}' is not the IMF's IMTS dataflow (IMF.STA:IMTS)");
            ok = false;
        }
        if (row.Optional("ACTION") == "D")
        {
            row.Error("ACTION", "'D' deletes a series; it is not a figure. Import a file of figures (action I or R)");
            ok = false;
        }
        ok &= Expect(row, "FREQUENCY", "only annual figures are taken", "A");
        ok &= Expect(row, "INDICATOR", "only goods exports FOB and imports CIF in US dollars, DOTS's two tables, are taken", Exports, Imports);
        var pair = Pair(row, "COUNTRY", "COUNTERPART_COUNTRY");
        var year = Year(row, "TIME_PERIOD");
        var cell = row.Optional("OBS_VALUE");
        // A gap stays a gap: an observation without a value is not a figure, so it becomes no row.
        if (cell is null || cell == "NaN")
        {
            return null;
        }
        var value = Value(row, "OBS_VALUE");
        if (!ok || pair is not { } p || year is not { } y || value is not { } v)
        {
            return null;
        }
        var (country, indicator, counterpart) = (row.Required("COUNTRY"), row.Required("INDICATOR"), row.Required("COUNTERPART_COUNTRY"));
        var exported = indicator == Exports;
        // Seen from China: China's exports and the state's imports from China are exports.
        var flow = exported == p.ChinaReports ? TradeFlow.Exports : TradeFlow.Imports;
        var id = IdOf(row.Fields)!;
        var series = $"{structure} {country}.{indicator}.{counterpart}.A";
        var attributes = KeptAttributes.Select(c => (c, v: row.Optional(c))).Where(a => a.v is not null).Select(a => $"{a.c} {a.v}").ToList();
        return new UpstreamFigure(id, "TIME_PERIOD", p.ChinaReports, p.Partner, flow, null, y, v, cell, series,
            $"series {country}.{indicator}.{counterpart}.A period {y.ToString(CultureInfo.InvariantCulture)}",
            attributes.Count == 0 ? null : "IMTS attributes as given: " + string.Join(", ", attributes));
    }
}
