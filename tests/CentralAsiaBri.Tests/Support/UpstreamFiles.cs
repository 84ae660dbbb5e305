using System.Text;

namespace CentralAsiaBri.Tests.Support;

/// <summary>
/// Small files in the upstream layouts of ADR-024, built by the tests (no real figure is stored): the IMF's IMTS as
/// SDMX-CSV (its columns in the order the IMF's SDMX API writes them) and UN Comtrade's final-data extract (the 47
/// columns of a Comtrade+ download). Each row gives only the fields a test cares about; the others take the values
/// a download of China's annual trade with a state has.
/// </summary>
public static class UpstreamFiles
{
    public static readonly string[] ImtsColumns =
        ["STRUCTURE", "STRUCTURE_ID", "ACTION", "COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE",
            "SCALE", "PRECISION", "DECIMALS_DISPLAYED", "TRADE_FLOW", "VALUATION", "UNIT", "DERIVATION_TYPE", "OVERLAP", "STATUS"];

    public static readonly string[] ComtradeColumns =
        ["typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc",
            "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
            "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc",
            "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt",
            "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate"];

    private static readonly Dictionary<string, (string Code, string Name)> M49 = new()
    {
        ["CHN"] = ("156", "China"), ["KAZ"] = ("398", "Kazakhstan"), ["KGZ"] = ("417", "Kyrgyzstan"), ["TJK"] = ("762", "Tajikistan"),
        ["TKM"] = ("795", "Turkmenistan"), ["UZB"] = ("860", "Uzbekistan"), ["RUS"] = ("643", "Russian Federation"),
    };

    /// <summary>One IMTS observation: reporting country, indicator, counterpart, period, value; <paramref name="change"/> overrides any column.</summary>
    public static Dictionary<string, string> Imts(string country, string indicator, string counterpart, string period, string value,
        params (string Column, string Value)[] change)
    {
        var row = new Dictionary<string, string>
        {
            ["STRUCTURE"] = "dataflow", ["STRUCTURE_ID"] = "IMF.STA:IMTS(1.0.0)", ["ACTION"] = "I", ["COUNTRY"] = country, ["INDICATOR"] = indicator,
            ["COUNTERPART_COUNTRY"] = counterpart, ["FREQUENCY"] = "A", ["TIME_PERIOD"] = period, ["OBS_VALUE"] = value, ["SCALE"] = "6",
            ["PRECISION"] = "", ["DECIMALS_DISPLAYED"] = "", ["TRADE_FLOW"] = "", ["VALUATION"] = "", ["UNIT"] = "USD", ["DERIVATION_TYPE"] = "",
            ["OVERLAP"] = "", ["STATUS"] = "",
        };
        foreach (var (column, v) in change)
        {
            row[column] = v;
        }
        return row;
    }

    /// <summary>One Comtrade record: reporter, flow (X or M), partner, year, commodity code and name, primary value.</summary>
    public static Dictionary<string, string> Comtrade(string reporter, string flow, string partner, string year, string cmdCode, string cmdDesc, string value,
        params (string Column, string Value)[] change)
    {
        var row = ComtradeColumns.ToDictionary(c => c, _ => "");
        row["typeCode"] = "C";
        row["freqCode"] = "A";
        row["refPeriodId"] = year + "0101";
        row["refYear"] = year;
        row["refMonth"] = "52";
        row["period"] = year;
        (row["reporterCode"], row["reporterDesc"]) = M49[reporter];
        row["reporterISO"] = reporter;
        row["flowCode"] = flow;
        row["flowDesc"] = flow == "X" ? "Export" : "Import";
        (row["partnerCode"], row["partnerDesc"]) = M49[partner];
        row["partnerISO"] = partner;
        (row["partner2Code"], row["partner2ISO"], row["partner2Desc"]) = ("0", "W00", "World");
        (row["classificationCode"], row["classificationSearchCode"], row["isOriginalClassification"]) = ("H6", "HS", "True");
        (row["cmdCode"], row["cmdDesc"], row["aggrLevel"], row["isLeaf"]) = (cmdCode, cmdDesc, cmdCode == "TOTAL" ? "0" : "2", "False");
        (row["customsCode"], row["customsDesc"], row["mosCode"], row["motCode"], row["motDesc"]) = ("C00", "TOTAL CPC", "0", "0", "TOTAL MOT");
        (row["qtyUnitCode"], row["qtyUnitAbbr"], row["qty"], row["isQtyEstimated"]) = ("-1", "N/A", "0", "False");
        (row["altQtyUnitCode"], row["altQtyUnitAbbr"], row["altQty"], row["isAltQtyEstimated"]) = ("-1", "N/A", "0", "False");
        (row["netWgt"], row["isNetWgtEstimated"], row["grossWgt"], row["isGrossWgtEstimated"]) = ("0", "False", "0", "False");
        (row["cifvalue"], row["fobvalue"], row["primaryValue"]) = (flow == "M" ? value : "", flow == "X" ? value : "", value);
        (row["legacyEstimationFlag"], row["isReported"], row["isAggregate"]) = ("0", "True", "False");
        foreach (var (column, v) in change)
        {
            row[column] = v;
        }
        return row;
    }

    /// <summary>The file's bytes: the header in the given column order, then the rows (RFC 4180, UTF-8, as the portals write).</summary>
    public static byte[] Csv(IReadOnlyList<string> columns, IEnumerable<Dictionary<string, string>> rows)
    {
        var text = new StringBuilder(string.Join(',', columns)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', columns.Select(c => Quote(row.GetValueOrDefault(c, ""))))).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
