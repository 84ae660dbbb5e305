using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>
/// imf_dots_trade.csv: the IMF's DOTS values for China and the five states, both sides' reports, loaded without
/// rounding, with the estimate flag as data and the cell as stored; and the new columns of sources.csv and reporters.csv.
/// </summary>
public sealed class ImfDotsTradeFileTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static IReadOnlyList<Observation> Dots() =>
        [.. CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory).Observations.Where(o => o.Id.StartsWith("imf-dots-", StringComparison.Ordinal))];

    private DataError SingleError() => Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors);

    [Fact]
    public void All_578_values_load_as_two_reporters_lines_from_1992_to_2020_with_28_estimates()
    {
        var dots = Dots();

        Assert.Equal(578, dots.Count);
        Assert.Equal(290, dots.Count(o => o.ReporterId == "imf-dots-china-reported"));
        Assert.Equal(288, dots.Count(o => o.ReporterId == "imf-dots-partner-reported"));
        Assert.Equal(28, dots.Count(o => o.Estimate));
        Assert.All(dots.Where(o => o.Estimate), o => Assert.Equal("imf-dots-partner-reported", o.ReporterId));
        Assert.Equal(1992, dots.Min(o => o.PeriodEnd.Year));
        Assert.Equal(2020, dots.Max(o => o.PeriodEnd.Year));
        Assert.All(dots, o => Assert.Equal(("CN", "usd-million", Qualifier.Exact), (o.AreaId, o.UnitId, o.Qualifier)));
        // Gaps stay gaps: Tajikistan reported nothing for 2000, so there is no partner-reported row for it.
        Assert.DoesNotContain(dots, o => o.PartnerId == "TJ" && o.ReporterId == "imf-dots-partner-reported" && o.PeriodEnd.Year == 2000);
    }

    [Fact]
    public void A_float_artefact_is_the_same_number_not_a_rounded_one_and_the_cell_is_kept()
    {
        var dots = Dots();

        var artefact = Assert.Single(dots, o => o.Id == "imf-dots-cn-exports-kz-1993");
        Assert.Equal("171.68199999999999", artefact.SourceValue);
        Assert.Equal(double.Parse("171.68199999999999", CultureInfo.InvariantCulture), artefact.Value);
        Assert.Equal("171.682", artefact.Value.ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal("China, P.R.: Mainland | Exports, FOB to Partner Countries | Kazakhstan, Rep. of", artefact.SourceSeries);
        // The partner's imports from China are China's exports to it, seen from China; the IMF's own wording stays in the series.
        var mirror = Assert.Single(dots, o => o.Id == "imf-dots-kz-imports-cn-1992");
        Assert.Equal((TradeFlow.Exports, "KZ", true, "244.69 e"), (mirror.Flow!.Value, mirror.PartnerId!, mirror.Estimate, mirror.SourceValue!));
        Assert.Equal("Kazakhstan, Rep. of | Imports, CIF from Partner Countries | China, P.R.: Mainland", mirror.SourceSeries);
        Assert.Equal(["imf-dots", "imf-dots-copy-leblanc"], mirror.Citations.Select(c => c.SourceId));
    }

    [SourceDocumentsFact]
    public void Every_cell_of_the_reference_file_is_a_row_with_the_same_number_to_the_last_bit()
    {
        var dots = Dots().ToDictionary(o => o.Id);
        // ../shared/reference beside ../shared/seeds: the file the data was made from (PROVENANCE.md there).
        var reference = Path.Combine(SourceDocumentsFactAttribute.SeedsDirectory!, "..", "reference", "imf-dots-china-ca", "dots_china_centralasia_long.csv");
        var lines = File.ReadAllLines(reference).Skip(1).Select(CsvLine.Split).ToList();
        var iso = new Dictionary<string, string>
        {
            ["China, P.R.: Mainland"] = "cn", ["Kazakhstan, Rep. of"] = "kz", ["Kyrgyz Rep."] = "kg",
            ["Tajikistan, Rep. of"] = "tj", ["Turkmenistan"] = "tm", ["Uzbekistan, Rep. of"] = "uz",
        };

        Assert.Equal(578, lines.Count);
        foreach (var f in lines)
        {
            var id = $"imf-dots-{iso[f[3]]}-{(f[1] == "Exports, FOB" ? "exports" : "imports")}-{iso[f[4]]}-{f[6]}";
            var row = dots[id];
            Assert.Equal(f[7], row.SourceValue);
            var number = f[7].EndsWith(" e", StringComparison.Ordinal) ? f[7][..^2] : f[7];
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(number, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(row.Value));
            Assert.Equal(f[7].EndsWith(" e", StringComparison.Ordinal), row.Estimate);
        }
    }

    [Fact]
    public void A_value_that_is_not_the_cells_number_is_rejected()
    {
        // 171.68 would be the cell 171.68199999999999 rounded away.
        var line = _data.SetField("imf_dots_trade.csv", "id", "imf-dots-cn-exports-kz-1993", "value", "171.68");

        Assert.Equal(new DataError("imf_dots_trade.csv", line, "value", "'171.68' is not the number of the cell '171.68199999999999' (values are never rounded)"), SingleError());
    }

    [Fact]
    public void An_estimate_column_that_disagrees_with_the_cells_flag_is_rejected_both_ways()
    {
        var flagged = _data.SetField("imf_dots_trade.csv", "id", "imf-dots-kz-imports-cn-1992", "estimate", "false");
        var unflagged = _data.SetField("imf_dots_trade.csv", "id", "imf-dots-cn-exports-kz-1992", "estimate", "true");

        var errors = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

        Assert.Equal(
            [
                new DataError("imf_dots_trade.csv", unflagged, "estimate", "is 'true' but the cell '222.441' carries no estimate flag"),
                new DataError("imf_dots_trade.csv", flagged, "estimate", "is 'false' but the cell '244.69 e' carries the estimate flag 'e'"),
            ],
            errors.OrderBy(e => e.Line));
    }

    [Fact]
    public void A_cell_that_is_not_a_number_with_an_optional_flag_is_rejected()
    {
        var line = _data.SetField("imf_dots_trade.csv", "id", "imf-dots-cn-exports-kz-1992", "source_value", "222.441 est.");

        Assert.Equal(new DataError("imf_dots_trade.csv", line, "source_value", "'222.441 est.' is not a number, optionally followed by the estimate flag ' e'"), SingleError());
    }

    [Fact]
    public void A_figure_without_its_series_or_cell_is_rejected()
    {
        var line = _data.SetField("imf_dots_trade.csv", "id", "imf-dots-cn-exports-kz-1992", "source_series", "");

        Assert.Equal(new DataError("imf_dots_trade.csv", line, "source_series", "a value is required"), SingleError());
    }

    [Fact]
    public void An_id_already_used_by_the_supplementary_series_is_rejected_naming_both_files()
    {
        var taken = _data.FindRow("trade_observations.csv", _ => true);
        var line = _data.SetField("imf_dots_trade.csv", "id", "imf-dots-cn-exports-kz-1992", "id", taken.Fields["id"]);

        var error = SingleError();

        Assert.Equal(("imf_dots_trade.csv", line, "id"), (error.File, error.Line, error.Column));
        Assert.StartsWith($"duplicate id '{taken.Fields["id"]}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_IMFs_terms_travel_in_sources_csv_and_the_partner_line_names_its_mirror()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        var dots = Assert.Single(data.Sources, s => s.Id == "imf-dots");
        Assert.Equal(SourceKind.Dataset, dots.Kind);
        Assert.Contains("IMF is cited as the source", dots.Terms, StringComparison.Ordinal);
        Assert.Equal("https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85", dots.Url);
        Assert.Null(Assert.Single(data.Sources, s => s.Id == "paper").Terms);
        Assert.Equal("imf-dots-china-reported", Assert.Single(data.Reporters, r => r.Id == "imf-dots-partner-reported").MirrorOfId);
        // The upstream datasets' partner lines (ADR-024) are mirrors too; no other reporter is.
        string[] partnerLines = ["imf-dots-partner-reported", "imf-imts-partner-reported", "un-comtrade-partner-reported"];
        Assert.Equal(["imf-dots-china-reported", "imf-imts-china-reported", "un-comtrade-china-reported"],
            partnerLines.Select(id => Assert.Single(data.Reporters, r => r.Id == id).MirrorOfId));
        Assert.All(data.Reporters.Where(r => !partnerLines.Contains(r.Id)), r => Assert.Null(r.MirrorOfId));
    }

    [Fact]
    public void A_mirror_that_is_not_a_China_side_report_is_rejected()
    {
        var line = _data.SetField("reporters.csv", "id", "imf-dots-partner-reported", "mirror_of", "eurasian-development-bank");

        Assert.Equal(new DataError("reporters.csv", line, "mirror_of",
            "names 'eurasian-development-bank', but the mirror of a partner-side report is a China-side report (country_id CN) and this row is not one"), SingleError());
    }

    [Fact]
    public void An_unknown_mirror_is_rejected()
    {
        var line = _data.SetField("reporters.csv", "id", "imf-dots-partner-reported", "mirror_of", "imf-dots-elsewhere");

        Assert.Equal(new DataError("reporters.csv", line, "mirror_of", "unknown reporter 'imf-dots-elsewhere' (not in reporters.csv)"), SingleError());
    }
}
