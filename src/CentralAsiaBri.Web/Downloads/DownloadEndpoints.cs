using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Charts;
using CentralAsiaBri.Web.Components.Pages.Investment;
using CentralAsiaBri.Web.Components.Pages.Projects;
using CentralAsiaBri.Web.Components.Pages.Trade;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Features.Investment;
using CentralAsiaBri.Web.Features.Observations;
using CentralAsiaBri.Web.Features.Projects;
using CentralAsiaBri.Web.Features.Trade;
using CentralAsiaBri.Web.Localization;
using CentralAsiaBri.Web.Store;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Downloads;

/// <summary>
/// CSV and JSON downloads of what the pages show, from the same view state (the query string, read by the
/// features' view types) and written as the same records as the API.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder root)
    {
        var app = root.MapGroup("").WithTags("Page downloads");
        // Contents stay English and invariant in every language; only the file's name follows the reader's (the
        // same name as the page link's download attribute, since the browser prefers this header's).
        app.MapGet("/trade/data.csv", async (ObservationQueries queries, IStringLocalizer<TradeText> text, string? countries, string? reporters, string? flow,
            string? currency, string? from, string? to, CancellationToken cancellationToken) =>
        {
            var view = TradeView.Parse(countries, reporters, flow, currency, QueryValues.Number(from), QueryValues.Number(to), view: null,
                defaultReporters: TradeView.DefaultReportersOf(await queries.GetReportersAsync(cancellationToken)));
            var points = view.Select(await queries.GetAllGoodsAsync("trade-value", cancellationToken));
            return Results.File(TradeCsv.Write(points), "text/csv; charset=utf-8", ChartLabels.FileName(text["TradeFileName"], "csv"));
        }).CacheOutput(DataCache.PolicyName);

        app.MapGet("/investment/data.csv", async (ObservationQueries queries, IStringLocalizer<InvestmentText> text, string? countries, string? series,
            string? sector, string? from, string? to, CancellationToken cancellationToken) =>
        {
            var view = InvestmentView.Parse(countries, series, sector, QueryValues.Number(from), QueryValues.Number(to));
            var points = view.Select(await queries.GetObservationsAsync(view.ValueIndicator, cancellationToken),
                await queries.GetObservationsAsync(view.DealsIndicator, cancellationToken));
            return Results.File(InvestmentCsv.Write(points), "text/csv; charset=utf-8", ChartLabels.FileName(text["InvestmentFileName"], "csv"));
        }).CacheOutput(DataCache.PolicyName);

        app.MapGet("/indicators/{id}/data.csv", async (ObservationQueries queries, DataText dataText, string id, CancellationToken cancellationToken) =>
        {
            if (await queries.GetIndicatorAsync(id, cancellationToken) is not { } indicator)
            {
                return Results.NotFound();
            }
            var rows = await queries.GetObservationsAsync(id, cancellationToken);
            return Results.File(ObservationRecords.Csv(rows), "text/csv; charset=utf-8",
                ChartLabels.FileName(DataText.IsEnglish ? id : dataText.Indicator(id, indicator.Name), "csv"));
        }).CacheOutput(DataCache.PolicyName);
        app.MapGet("/projects/data.csv", async (HttpRequest request, ProjectSearch search, IStringLocalizer<ProjectsText> text, CancellationToken cancellationToken) =>
        {
            var rows = await search.ListAsync(ProjectsView.FromQuery(request.Query), cancellationToken);
            var baseUrl = BaseUrl(request);
            return Results.File(ProjectRecords.Csv(rows.Select(p => ProjectRecords.From(p, baseUrl))), "text/csv; charset=utf-8", text["projects.csv"].Value);
        }).CacheOutput(DataCache.PolicyName);

        app.MapGet("/projects/data.json", async (HttpRequest request, ProjectSearch search, CancellationToken cancellationToken) =>
        {
            var rows = await search.ListAsync(ProjectsView.FromQuery(request.Query), cancellationToken);
            // The same records as the API's /api/v1/projects, all matching rows at once.
            var baseUrl = BaseUrl(request);
            return Results.Json(new { total = rows.Count, projects = rows.Select(p => ProjectRecords.From(p, baseUrl)) });
        }).CacheOutput(DataCache.PolicyName);
        return root;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
