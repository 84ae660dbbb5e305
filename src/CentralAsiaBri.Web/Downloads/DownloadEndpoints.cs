using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Pages.Trade;
using CentralAsiaBri.Web.Store;

namespace CentralAsiaBri.Web.Downloads;

/// <summary>CSV downloads of what the pages show, from the same view state (the query string).</summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/trade/data.csv", async (ObservationQueries queries, string? countries, string? reporters, string? flow,
            string? currency, int? from, int? to, CancellationToken cancellationToken) =>
        {
            var view = TradeView.Parse(countries, reporters, flow, currency, from, to, view: null);
            var points = view.Select(await queries.GetObservationsAsync("trade-value", cancellationToken));
            return Results.File(TradeView.ToCsv(points), "text/csv; charset=utf-8", "china-central-asia-trade.csv");
        }).CacheOutput(DataCache.PolicyName);

        app.MapGet("/indicators/{id}/data.csv", async (ObservationQueries queries, string id, CancellationToken cancellationToken) =>
        {
            if (await queries.GetIndicatorAsync(id, cancellationToken) is null)
            {
                return Results.NotFound();
            }
            var rows = await queries.GetObservationsAsync(id, cancellationToken);
            return Results.File(ObservationsCsv(rows), "text/csv; charset=utf-8", $"{id}.csv");
        }).CacheOutput(DataCache.PolicyName);
        return app;
    }

    public static readonly IReadOnlyList<string> ObservationsHeader =
    [
        "observation_id", "indicator_id", "area", "partner", "flow", "product_group", "period", "period_start", "period_end",
        "qualifier", "value", "unit", "currency", "reporter", "sources", "note",
    ];

    public static byte[] ObservationsCsv(IEnumerable<ObservationRow> rows) => CsvFile.Write(ObservationsHeader, rows.Select(r => (IReadOnlyList<string?>)
    [
        r.Id, r.IndicatorId, r.AreaName, r.PartnerName, r.Flow?.ToString().ToLowerInvariant(), r.ProductGroup, r.Period,
        r.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Qualifier.ToWords(), CsvFile.Number(r.Value), r.UnitId, r.Currency, r.ReporterName,
        string.Join("; ", r.Citations.Select(c => c.Url is null ? c.Label : $"{c.Label} <{c.Url}>")), r.Note,
    ]));
}
