using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// A trade file kept in the column layout an upstream portal gives (ADR-024): its columns are the portal's, and its
/// reader maps each row to an <see cref="Observation"/> the way the other trade files hold them (area China, partner
/// the state, flows seen from China, one reporter line per reporting side). Only China's annual goods trade with the
/// five states is taken; any other row is refused with its reason, so a file is imported whole or not at all.
/// </summary>
internal abstract class UpstreamTradeFile : DataFileDescriptor<Observation>
{
    /// <summary>The states whose trade with China the dashboard follows, by ISO 3166 alpha-3 and alpha-2 code.</summary>
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["CHN"] = "CN", ["KAZ"] = "KZ", ["KGZ"] = "KG", ["TJK"] = "TJ", ["TKM"] = "TM", ["UZB"] = "UZ",
        ["CN"] = "CN", ["KZ"] = "KZ", ["KG"] = "KG", ["TJ"] = "TJ", ["TM"] = "TM", ["UZ"] = "UZ",
    };

    public sealed override string RowName => "observation";

    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "units.csv", "countries.csv", "indicators.csv", "reporters.csv", "observations.csv", "trade_observations.csv", "imf_dots_trade.csv"];

    /// <summary>
    /// The portal and format this file's layout is, in a maintainer's words ("the IMF's IMTS, SDMX-CSV"). A file
    /// uploaded under another name whose header is exactly <see cref="DataFileDescriptor.Columns"/> is imported as this file.
    /// </summary>
    public abstract string UpstreamFormat { get; }

    /// <summary>The source (sources.csv) every row cites: the dataset.</summary>
    protected abstract string SourceId { get; }

    /// <summary>The reporter line of China's own reports; <see cref="PartnerReporterId"/> is the partner's, its mirror.</summary>
    protected abstract string ChinaReporterId { get; }

    protected abstract string PartnerReporterId { get; }

    public sealed override string? HistoryKind => "observations";

    /// <summary>The observation id of a row, made from its key fields; null when its countries are not China and a state.</summary>
    private protected abstract string? IdOf(IReadOnlyDictionary<string, string> fields);

    internal sealed override string? HistoryRowId(IReadOnlyDictionary<string, string> fields) => IdOf(fields);

    /// <summary>A country code of the file (alpha-3 or alpha-2) as the lower-case alpha-2 of an id part; null for another country.</summary>
    private protected static string? IdPart(string code) => Countries.GetValueOrDefault(code.Trim())?.ToLowerInvariant();

    /// <summary>One upstream row as the fields the store keeps; null when the row is refused (its errors recorded) or skipped.</summary>
    private protected abstract UpstreamFigure? Map(CsvRow row);

    private protected sealed override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Observation> observations)
    {
        var countries = data.Lookup<Country>();
        var sources = data.Lookup<Source>();
        var reporters = data.Lookup<Reporter>();
        var units = data.Lookup<Unit>();
        var indicators = data.Lookup<Indicator>();
        foreach (var row in rows)
        {
            if (Map(row) is not { } figure)
            {
                continue;
            }
            var reporterId = figure.ReporterIsChina ? ChinaReporterId : PartnerReporterId;
            if (!sources.TryGet(SourceId, out var source) || !reporters.TryGet(reporterId, out var reporter)
                || !units.TryGet("usd", out var unit) || !indicators.TryGet("trade-value", out var indicator)
                || !countries.TryGet("CN", out var china) || !countries.TryGet(figure.PartnerId, out var partner))
            {
                row.Error(figure.IdColumn, $"the rows this file needs are missing: source '{SourceId}', reporter '{reporterId}', unit 'usd', indicator 'trade-value' and countries CN and {figure.PartnerId} must exist");
                continue;
            }
            var observation = new Observation
            {
                Id = figure.Id,
                IndicatorId = indicator.Id,
                Indicator = indicator,
                AreaId = china.Id,
                Area = china,
                PartnerId = partner.Id,
                Partner = partner,
                Flow = figure.Flow,
                ProductGroup = figure.ProductGroup,
                Period = figure.Year.ToString(CultureInfo.InvariantCulture),
                PeriodStart = new DateOnly(figure.Year, 1, 1),
                PeriodEnd = new DateOnly(figure.Year, 12, 31),
                Qualifier = Qualifier.Exact,
                Value = figure.Value,
                SourceValue = figure.SourceValue,
                SourceSeries = figure.SourceSeries,
                UnitId = unit.Id,
                Unit = unit,
                ReporterId = reporter.Id,
                Reporter = reporter,
                Note = figure.Note,
                Citations = [new Citation { SourceId = source.Id, Location = figure.Location }],
            };
            observations.Add(observation.Id, observation, row, figure.IdColumn);
        }
    }

    /// <summary>
    /// The two countries of a row: one must be China and the other one of the five states. Returns the state's id and
    /// whether China is the reporter, or null (with the error on the row).
    /// </summary>
    private protected static (string Partner, bool ChinaReports)? Pair(CsvRow row, string reporterColumn, string partnerColumn)
    {
        var reporterCode = row.Required(reporterColumn);
        var partnerCode = row.Required(partnerColumn);
        if (reporterCode.Length == 0 || partnerCode.Length == 0)
        {
            return null;
        }
        var reporter = Countries.GetValueOrDefault(reporterCode);
        var partner = Countries.GetValueOrDefault(partnerCode);
        if (reporter is null || partner is null || (reporter == "CN") == (partner == "CN"))
        {
            var column = reporter is null ? reporterColumn : partnerColumn;
            row.Error(column, $"'{reporterCode}' trading with '{partnerCode}' is not China's trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan (ISO codes CHN, KAZ, KGZ, TJK, TKM, UZB); filter the download to those pairs");
            return null;
        }
        return reporter == "CN" ? (partner, true) : (reporter, false);
    }

    /// <summary>A value cell as a number, kept exactly (never rounded); null with an error otherwise.</summary>
    private protected static double? Value(CsvRow row, string column)
    {
        var text = row.Required(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }
        row.Error(column, $"'{text}' is not a number");
        return null;
    }

    /// <summary>A four-digit year; null with an error otherwise.</summary>
    private protected static int? Year(CsvRow row, string column)
    {
        var text = row.Required(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            return year;
        }
        row.Error(column, $"'{text}' is not a year: only annual figures are taken (four digits)");
        return null;
    }

    /// <summary>Refuses a row whose field is not one of the accepted codes.</summary>
    private protected static bool Expect(CsvRow row, string column, string why, params string[] accepted)
    {
        var text = row.Required(column);
        if (accepted.Contains(text, StringComparer.Ordinal))
        {
            return true;
        }
        if (text.Length > 0)
        {
            row.Error(column, $"'{text}' is not taken: {why} (accepted: {string.Join(", ", accepted)})");
        }
        return false;
    }

    /// <summary>A slug part from an upstream code: lower case, anything else than letters and digits a hyphen.</summary>
    private protected static string Slug(string code) =>
        string.Join('-', new string([.. code.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>What a mapper takes from one upstream row.</summary>
internal sealed record UpstreamFigure(string Id, string IdColumn, bool ReporterIsChina, string PartnerId, TradeFlow Flow, string? ProductGroup,
    int Year, double Value, string SourceValue, string SourceSeries, string Location, string? Note);
