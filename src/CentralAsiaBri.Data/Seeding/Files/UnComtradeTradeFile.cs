using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// comtrade_trade.csv: UN Comtrade's standard extract of final annual goods data (the columns of Comtrade+'s "Get
/// data" download and of the comtradeapicall getFinalData call, ADR-024), for China and the five states with each other:
/// all products (cmdCode TOTAL) or HS 2-digit chapters, exports (X) and imports (M), primary value in US dollars.
/// </summary>
internal sealed class UnComtradeTradeFile : UpstreamTradeFile
{
    /// <summary>The flags a figure keeps in its note, as the file gives them.</summary>
    private static readonly string[] KeptFlags = ["isReported", "isAggregate", "legacyEstimationFlag"];

    public override string Name => "comtrade_trade.csv";
    public override int ReadOrder => 99;
    public override IReadOnlyList<string> Columns { get; } =
        ["typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc",
            "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
            "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc",
            "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt",
            "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate"];
    public override IReadOnlyList<string>? KeyColumns { get; } =
        ["typeCode", "freqCode", "period", "reporterISO", "flowCode", "partnerISO", "partner2Code", "classificationCode", "cmdCode", "customsCode", "mosCode", "motCode"];
    public override string UpstreamFormat => "UN Comtrade's final data extract (Comtrade+ download, getFinalData), CSV";
    protected override string SourceId => "un-comtrade";
    protected override string ChinaReporterId => "un-comtrade-china-reported";
    protected override string PartnerReporterId => "un-comtrade-partner-reported";

    private protected override string? IdOf(IReadOnlyDictionary<string, string> fields) =>
        IdPart(fields["reporterISO"]) is { } reporter && IdPart(fields["partnerISO"]) is { } partner
            ? $"un-comtrade-{reporter}-{(fields["flowCode"].Trim() == "X" ? "exports" : "imports")}-{partner}-{Slug(fields["cmdCode"])}-{fields["period"].Trim()}"
            : null;

    private protected override UpstreamFigure? Map(CsvRow row)
    {
        var ok = Expect(row, "typeCode", "only goods (C) are taken", "C");
        ok &= Expect(row, "freqCode", "only annual figures are taken", "A");
        ok &= Expect(row, "flowCode", "only exports (X) and imports (M) are taken", "X", "M");
        // Totals over the second partner, customs procedure, mode of supply and transport: one figure per product.
        ok &= Expect(row, "partner2Code", "only totals over the second partner (0, World) are taken", "0");
        ok &= Expect(row, "customsCode", "only totals over customs procedures (C00) are taken", "C00");
        ok &= Expect(row, "mosCode", "only totals over modes of supply (0) are taken", "0");
        ok &= Expect(row, "motCode", "only totals over modes of transport (0) are taken", "0");
        var classification = row.Required("classificationCode");
        if (classification.Length > 0 && !classification.StartsWith('H'))
        {
            row.Error("classificationCode", $"'{classification}' is not the Harmonized System (HS, H0–H6); only HS figures are taken");
            ok = false;
        }
        var cmd = row.Required("cmdCode");
        if (cmd.Length > 0 && cmd != "TOTAL" && !(cmd.Length == 2 && cmd.All(char.IsAsciiDigit)))
        {
            row.Error("cmdCode", $"'{cmd}' is not taken: only all products (TOTAL) or an HS 2-digit chapter (01–99)");
            ok = false;
        }
        var pair = Pair(row, "reporterISO", "partnerISO");
        var year = Year(row, "period");
        var value = Value(row, "primaryValue");
        if (!ok || pair is not { } p || year is not { } y || value is not { } v)
        {
            return null;
        }
        var exported = row.Required("flowCode") == "X";
        var flow = exported == p.ChinaReports ? TradeFlow.Exports : TradeFlow.Imports;
        var yearText = y.ToString(CultureInfo.InvariantCulture);
        var id = IdOf(row.Fields)!;
        var product = cmd == "TOTAL" ? null : $"{cmd} {row.Optional("cmdDesc")}".Trim();
        var series = $"{classification} {cmd} | {row.Optional("reporterDesc") ?? row.Required("reporterISO")} | {row.Optional("flowDesc") ?? row.Required("flowCode")} | {row.Optional("partnerDesc") ?? row.Required("partnerISO")}";
        var flags = KeptFlags.Select(c => (c, v: row.Optional(c))).Where(a => a.v is not null).Select(a => $"{a.c} {a.v}").ToList();
        return new UpstreamFigure(id, "cmdCode", p.ChinaReports, p.Partner, flow, product, y, v, row.Required("primaryValue"), series,
            $"{row.Required("reporterISO")} {row.Required("flowCode")} {row.Required("partnerISO")} {classification} {cmd} {yearText}",
            flags.Count == 0 ? null : "Comtrade flags as given: " + string.Join(", ", flags));
    }
}
