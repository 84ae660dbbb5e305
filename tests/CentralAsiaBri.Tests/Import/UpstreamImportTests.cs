using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CentralAsiaBri.Tests.Support.UpstreamFiles;

namespace CentralAsiaBri.Tests.Import;

/// <summary>
/// The upstream formats (ADR-024) through the ordinary import: a download under the portal's own name is recognised by
/// its header and imported as its data file, all or nothing, with history; a bad row and a wrong column set change nothing.
/// </summary>
public sealed class UpstreamImportTests : IAsyncLifetime, IDisposable
{
    private readonly TestStore _store = new(StoreProvider.Sqlite);
    private readonly TempDataDirectory _data = new();

    public Task InitializeAsync() => _store.Seeder.SeedAsync(_data.Path);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }

    private static byte[] ImtsFile(params Dictionary<string, string>[] rows) => Csv(ImtsColumns, rows);

    private static byte[] ComtradeFile(params Dictionary<string, string>[] rows) => Csv(ComtradeColumns, rows);

    private async Task<List<Observation>> ObservationsAsync(string prefix)
    {
        await using var db = _store.CreateContext();
        return await db.Observations.AsNoTracking().Include(o => o.Citations).Where(o => o.Id.StartsWith(prefix)).OrderBy(o => o.Id).ToListAsync();
    }

    [Fact]
    public async Task An_IMTS_download_under_its_own_name_is_recognised_by_its_header_and_applied_as_imf_imts_trade_csv()
    {
        var download = ImtsFile(
            Imts("CHN", "XG_FOB_USD", "KAZ", "2023", "24700000000"),
            Imts("CHN", "MG_CIF_USD", "KAZ", "2023", "16400000000"),
            Imts("KAZ", "MG_CIF_USD", "CHN", "2023", "11500000000.5"),
            Imts("KAZ", "XG_FOB_USD", "CHN", "2023", "15300000000"),
            // A gap stays a gap: an observation without a value becomes no row.
            Imts("KAZ", "XG_FOB_USD", "CHN", "2022", ""));

        var report = await _store.Importer.ImportAsync([new ImportFile("IMF.STA_IMTS_1.0.0_20260101.csv", download)], "maintainer-a", "web");

        Assert.True(report.Applied, report.ToText());
        var recognised = Assert.Single(report.Recognised);
        Assert.Equal(("IMF.STA_IMTS_1.0.0_20260101.csv", "imf_imts_trade.csv"), (recognised.UploadedName, recognised.DataFile));
        Assert.Contains("imported as imf_imts_trade.csv", report.ToText(), StringComparison.Ordinal);
        // The file keeps all five rows as given (its history counts them); the gap is no figure.
        Assert.Equal(("imf_imts_trade.csv", 0, 5), (Assert.Single(report.Changes).Name, report.Changes[0].RowsBefore, report.Changes[0].RowsAfter));
        var rows = await ObservationsAsync("imf-imts-");
        Assert.Equal(4, rows.Count);
        Assert.All(rows, o => Assert.Equal(("CN", "KZ", "usd", "trade-value", "2023"), (o.AreaId, o.PartnerId!, o.UnitId, o.IndicatorId, o.Period)));
        // Flows are seen from China: Kazakhstan's imports from China are China's exports, on the partner-reported line.
        var mirror = Assert.Single(rows, o => o.Id == "imf-imts-kz-imports-cn-2023");
        Assert.Equal((TradeFlow.Exports, "imf-imts-partner-reported", 11500000000.5, "11500000000.5"), (mirror.Flow!.Value, mirror.ReporterId!, mirror.Value, mirror.SourceValue!));
        Assert.Equal("IMF.STA:IMTS(1.0.0) KAZ.MG_CIF_USD.CHN.A", mirror.SourceSeries);
        var citation = Assert.Single(mirror.Citations);
        Assert.Equal(("imf-imts", "series KAZ.MG_CIF_USD.CHN.A period 2023"), (citation.SourceId, citation.Location));
        Assert.Equal((TradeFlow.Imports, "imf-imts-china-reported"), (rows.Single(o => o.Id == "imf-imts-cn-imports-kz-2023").Flow!.Value, rows.Single(o => o.Id == "imf-imts-cn-imports-kz-2023").ReporterId));
        await using var db = _store.CreateContext();
        Assert.Equal("imf_imts_trade.csv", (await db.ImportRecords.AsNoTracking().Include(r => r.Files).SingleAsync(r => r.Id == report.RecordId)).Files.Single().Name);
        Assert.Equal(download, (await db.DataFiles.AsNoTracking().SingleAsync(f => f.Name == "imf_imts_trade.csv")).Content);
        Assert.Equal(5, await db.Revisions.CountAsync(r => r.File == "imf_imts_trade.csv" && r.Kind == RevisionKind.Added));
    }

    [Fact]
    public async Task A_Comtrade_extract_by_chapter_is_applied_with_its_chapters_as_product_groups_and_a_changed_figure_is_a_revision()
    {
        Dictionary<string, string>[] rows =
        [
            Comtrade("CHN", "X", "KGZ", "2022", "TOTAL", "All Commodities", "15400000000"),
            Comtrade("CHN", "X", "KGZ", "2022", "61", "Articles of apparel and clothing accessories; knitted or crocheted", "2100000000"),
            Comtrade("CHN", "X", "KGZ", "2022", "62", "Articles of apparel and clothing accessories; not knitted or crocheted", "1900000000"),
            Comtrade("KGZ", "M", "CHN", "2022", "84", "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof", "300000000"),
        ];

        var first = await _store.Importer.ImportAsync([new ImportFile("TradeData_1_15_2026_9_30_12.csv", ComtradeFile(rows))], "maintainer-a", "web");

        Assert.True(first.Applied, first.ToText());
        Assert.Equal("comtrade_trade.csv", Assert.Single(first.Recognised).DataFile);
        var stored = await ObservationsAsync("un-comtrade-");
        Assert.Equal(4, stored.Count);
        var total = Assert.Single(stored, o => o.Id == "un-comtrade-cn-exports-kg-total-2022");
        Assert.Null(total.ProductGroup);
        var apparel = Assert.Single(stored, o => o.Id == "un-comtrade-cn-exports-kg-61-2022");
        Assert.Equal(("61 Articles of apparel and clothing accessories; knitted or crocheted", "un-comtrade-china-reported", TradeFlow.Exports),
            (apparel.ProductGroup!, apparel.ReporterId!, apparel.Flow!.Value));
        Assert.Equal(("un-comtrade", "CHN X KGZ H6 61 2022"), (apparel.Citations.Single().SourceId, apparel.Citations.Single().Location));
        // Kyrgyzstan's imports from China are China's exports seen from China, on the partner-reported line.
        var machinery = Assert.Single(stored, o => o.Id == "un-comtrade-kg-imports-cn-84-2022");
        Assert.Equal((TradeFlow.Exports, "un-comtrade-partner-reported", "KG"), (machinery.Flow!.Value, machinery.ReporterId!, machinery.PartnerId!));

        // The next release of the same extract changes one figure: one revision, under the figure's id (its history page).
        rows[1]["primaryValue"] = rows[1]["fobvalue"] = "2100000001";
        var second = await _store.Importer.ImportAsync([new ImportFile("comtrade_trade.csv", ComtradeFile(rows))], "maintainer-b", "cli");

        Assert.True(second.Applied, second.ToText());
        Assert.Empty(second.Recognised);
        Assert.Equal((0, 1, 0), (second.Changes[0].Added, second.Changes[0].Changed, second.Changes[0].Removed));
        await using var db = _store.CreateContext();
        var revision = await db.Revisions.AsNoTracking().SingleAsync(r => r.File == "comtrade_trade.csv" && r.Kind == RevisionKind.Changed);
        Assert.Equal(("un-comtrade-cn-exports-kg-61-2022", "maintainer-b"), (revision.RowId, revision.ChangedBy));
    }

    [Fact]
    public async Task An_IMTS_file_with_one_quarterly_row_is_rejected_by_file_line_and_column_and_changes_nothing()
    {
        var before = await _store.FingerprintAsync();
        var file = ImtsFile(
            Imts("CHN", "XG_FOB_USD", "UZB", "2023", "9000000000"),
            Imts("CHN", "XG_FOB_USD", "UZB", "2023-Q1", "2000000000", ("FREQUENCY", "Q")));

        var report = await _store.Importer.ImportAsync([new ImportFile("imts.csv", file)], "maintainer-a", "web");

        Assert.False(report.Applied);
        Assert.Contains(report.Errors, e => (e.File, e.Line, e.Column) == ("imf_imts_trade.csv", 3, "FREQUENCY") && e.Reason.Contains("only annual figures", StringComparison.Ordinal));
        Assert.All(report.Errors, e => Assert.Equal(("imf_imts_trade.csv", 3), (e.File, e.Line)));
        Assert.Contains("imts.csv was recognised by its header", report.ToText(), StringComparison.Ordinal);
        Assert.Equal(before, await _store.FingerprintAsync());
    }

    [Fact]
    public async Task A_Comtrade_row_of_another_country_or_a_4_digit_heading_is_refused_with_its_reason_and_nothing_changes()
    {
        var before = await _store.FingerprintAsync();
        var file = ComtradeFile(
            Comtrade("CHN", "X", "TJK", "2021", "TOTAL", "All Commodities", "2300000000"),
            Comtrade("CHN", "X", "RUS", "2021", "TOTAL", "All Commodities", "67000000000"),
            Comtrade("CHN", "X", "TJK", "2021", "8703", "Motor cars", "5000000"));

        var report = await _store.Importer.ImportAsync([new ImportFile("comtrade_trade.csv", file)], "maintainer-a", "web");

        Assert.False(report.Applied);
        Assert.Equal([("comtrade_trade.csv", 3, "partnerISO"), ("comtrade_trade.csv", 4, "cmdCode")], report.Errors.Select(e => (e.File, e.Line, e.Column)));
        Assert.Contains("is not China's trade with Kazakhstan", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("2-digit chapter", report.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Equal(before, await _store.FingerprintAsync());
    }

    [Fact]
    public async Task A_file_with_a_wrong_column_set_is_refused_under_the_data_files_name_and_not_recognised_under_another()
    {
        var before = await _store.FingerprintAsync();
        // The legacy Comtrade layout's value column instead of primaryValue.
        var columns = ComtradeColumns.Select(c => c == "primaryValue" ? "Trade Value (US$)" : c).ToArray();
        var file = Csv(columns, [Comtrade("CHN", "X", "TKM", "2020", "TOTAL", "All Commodities", "400000000")]);

        var asDataFile = await _store.Importer.ImportAsync([new ImportFile("comtrade_trade.csv", file)], "maintainer-a", "web");
        var asDownload = await _store.Importer.ImportAsync([new ImportFile("TradeData.csv", file)], "maintainer-a", "web");

        Assert.False(asDataFile.Applied);
        Assert.Contains(asDataFile.Errors, e => (e.File, e.Line, e.Column, e.Reason) == ("comtrade_trade.csv", 1, "primaryValue", "the header lacks this column"));
        Assert.Contains(asDataFile.Errors, e => (e.File, e.Line, e.Column) == ("comtrade_trade.csv", 1, "Trade Value (US$)"));
        Assert.False(asDownload.Applied);
        Assert.Empty(asDownload.Recognised);
        Assert.Contains("not one of the data files", Assert.Single(asDownload.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await _store.FingerprintAsync());
    }
}
