using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Features.Trade;
using static CentralAsiaBri.Tests.Support.UpstreamFiles;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>The upstream trade files as the loader reads them from a folder (a seed), and the HS section table (ADR-024).</summary>
public sealed class UpstreamTradeFilesTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private void Write(string file, byte[] content) => File.WriteAllBytes(Path.Combine(_data.Path, file), content);

    [Fact]
    public void The_shipped_files_are_the_portals_headers_with_no_figures_and_declare_the_portals_keys()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        Assert.DoesNotContain(data.Observations, o => o.Id.StartsWith("imf-imts-", StringComparison.Ordinal) || o.Id.StartsWith("un-comtrade-", StringComparison.Ordinal));
        Assert.Equal(string.Join(',', ImtsColumns), File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, "imf_imts_trade.csv")).Single());
        Assert.Equal(string.Join(',', ComtradeColumns), File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, "comtrade_trade.csv")).Single());
        Assert.Equal(["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD"], DataFileRegistry.KeyColumns("imf_imts_trade.csv", ImtsColumns));
        Assert.Contains("cmdCode", DataFileRegistry.KeyColumns("comtrade_trade.csv", ComtradeColumns)!);
    }

    [Fact]
    public void A_folder_with_an_IMTS_file_seeds_its_figures_unrounded_with_the_datasets_citation()
    {
        Write("imf_imts_trade.csv", Csv(ImtsColumns,
        [
            Imts("CHN", "XG_FOB_USD", "TKM", "2024", "1234567890.123"),
            Imts("TKM", "XG_FOB_USD", "CHN", "2024", "9.8765432101E9"),
        ]));

        var imts = CsvDataSetReader.Read(_data.Path).Observations.Where(o => o.Id.StartsWith("imf-imts-", StringComparison.Ordinal)).ToDictionary(o => o.Id);

        Assert.Equal(1234567890.123, imts["imf-imts-cn-exports-tm-2024"].Value);
        // Turkmenistan's exports to China are China's imports, on the partner-reported line; the cell stays as written.
        var mirror = imts["imf-imts-tm-exports-cn-2024"];
        Assert.Equal((TradeFlow.Imports, 9876543210.1, "9.8765432101E9", "imf-imts-partner-reported"), (mirror.Flow!.Value, mirror.Value, mirror.SourceValue!, mirror.ReporterId!));
        Assert.Equal("IMTS attributes as given: SCALE 6, UNIT USD", mirror.Note);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (mirror.PeriodStart!.Value, mirror.PeriodEnd));
    }

    [Fact]
    public void A_balance_row_a_deletion_and_the_same_figure_twice_are_each_refused_on_their_line()
    {
        Write("imf_imts_trade.csv", Csv(ImtsColumns,
        [
            Imts("CHN", "XG_FOB_USD", "TJK", "2024", "100"),
            Imts("CHN", "TBG_USD", "TJK", "2024", "50"),
            Imts("CHN", "MG_CIF_USD", "TJK", "2024", "50", ("ACTION", "D")),
            Imts("CN", "XG_FOB_USD", "TJ", "2024", "100"),
        ]));

        var errors = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

        Assert.Equal([(3, "INDICATOR"), (4, "ACTION"), (5, "TIME_PERIOD")], errors.Select(e => (e.Line, e.Column)));
        Assert.All(errors, e => Assert.Equal("imf_imts_trade.csv", e.File));
        Assert.Contains("duplicate id 'imf-imts-cn-exports-tj-2024'", errors[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapters_map_to_the_21_HS_sections_and_the_chapters_for_national_use_to_none()
    {
        Assert.Equal(21, HsSections.All.Count);
        // Every chapter 1–97 is in exactly one section (77, reserved for future use, within base metals' XV).
        Assert.All(Enumerable.Range(1, 97), c => Assert.Single(HsSections.All, s => c >= s.FirstChapter && c <= s.LastChapter));
        Assert.Equal(("V", "25–27"), (HsSections.Of(27)!.Numeral, HsSections.Of(27)!.Chapters));
        Assert.Equal(("XIV", "71"), (HsSections.Of(71)!.Numeral, HsSections.Of(71)!.Chapters));
        Assert.Equal("XV", HsSections.Of(77)!.Numeral);
        Assert.Null(HsSections.Of(98));
        Assert.Null(HsSections.Of(99));
        Assert.Equal(84, HsSections.ChapterOf("84 Nuclear reactors, boilers, machinery"));
        Assert.Null(HsSections.ChapterOf("mechanical and electrical products"));
        Assert.Null(HsSections.ChapterOf("8703 Motor cars"));
    }
}
