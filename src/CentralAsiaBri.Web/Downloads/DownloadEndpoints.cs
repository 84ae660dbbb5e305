using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Pages.Projects;
using CentralAsiaBri.Web.Components.Pages.Trade;
using CentralAsiaBri.Web.Components.Charts;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Localization;
using Microsoft.Extensions.Localization;
using CentralAsiaBri.Web.Store;

namespace CentralAsiaBri.Web.Downloads;

/// <summary>CSV downloads of what the pages show, from the same view state (the query string).</summary>
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
            var view = TradeView.Parse(countries, reporters, flow, currency, QueryValues.Number(from), QueryValues.Number(to), view: null);
            var points = view.Select(await queries.GetObservationsAsync("trade-value", cancellationToken));
            return Results.File(TradeView.ToCsv(points), "text/csv; charset=utf-8", ChartLabels.FileName(text["TradeFileName"], "csv"));
        }).CacheOutput(DataCache.PolicyName);

        app.MapGet("/indicators/{id}/data.csv", async (ObservationQueries queries, DataText dataText, string id, CancellationToken cancellationToken) =>
        {
            if (await queries.GetIndicatorAsync(id, cancellationToken) is not { } indicator)
            {
                return Results.NotFound();
            }
            var rows = await queries.GetObservationsAsync(id, cancellationToken);
            return Results.File(ObservationsCsv(rows), "text/csv; charset=utf-8",
                ChartLabels.FileName(DataText.IsEnglish ? id : dataText.Indicator(id, indicator.Name), "csv"));
        }).CacheOutput(DataCache.PolicyName);
        app.MapGet("/projects/data.csv", async (HttpRequest request, ProjectSearch search, IStringLocalizer<ProjectsText> text, CancellationToken cancellationToken) =>
        {
            var rows = await search.ListAsync(ProjectFilterFrom(request), cancellationToken);
            return Results.File(ProjectsCsv(rows, BaseUrl(request)), "text/csv; charset=utf-8", text["projects.csv"].Value);
        }).CacheOutput(DataCache.PolicyName);

        app.MapGet("/projects/data.json", async (HttpRequest request, ProjectSearch search, CancellationToken cancellationToken) =>
        {
            var rows = await search.ListAsync(ProjectFilterFrom(request), cancellationToken);
            // The same records as the API's /api/v1/projects, all matching rows at once.
            var baseUrl = BaseUrl(request);
            return Results.Json(new { total = rows.Count, projects = rows.Select(p => Api.ApiEndpoints.ToApi(p, baseUrl)) });
        }).CacheOutput(DataCache.PolicyName);
        return root;
    }

    private static ProjectFilter ProjectFilterFrom(HttpRequest request)
    {
        var q = request.Query;
        return ProjectsView.Parse(q["country"], q["pillar"], q["dimension"], q["sector"], q["status"], QueryValues.Number(q["from"]), QueryValues.Number(q["to"]),
            q["company"], q["q"], q["sort"], QueryValues.Bool(q["desc"]), null);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    public static readonly IReadOnlyList<string> ProjectsHeader =
    [
        "id", "name", "kind", "countries", "pillar", "dimension", "sector", "status", "start_year", "end_year", "figures", "companies",
        "description", "sources", "url",
    ];

    public static byte[] ProjectsCsv(IEnumerable<ProjectRow> rows, string baseUrl) => CsvFile.Write(ProjectsHeader, rows.Select(p => (IReadOnlyList<string?>)
    [
        p.Id, p.Name, Labels.Kebab(p.Kind), string.Join(";", p.Countries.Select(c => c.Id)), p.Pillar?.Name, p.Dimension.Name, Labels.Kebab(p.Sector), Labels.Kebab(p.Status),
        p.StartYear?.ToString(CultureInfo.InvariantCulture), p.EndYear?.ToString(CultureInfo.InvariantCulture),
        string.Join("; ", p.Figures.Select(f => $"{f.Label} {f.Qualifier.ToWords()} {CsvFile.Number(f.Value)} {f.UnitSymbol}")),
        string.Join("; ", p.Companies.Select(c => c.Name)), p.Description,
        string.Join("; ", p.Citations.Select(c => c.Url is null ? c.Label : $"{c.Label} <{c.Url}>")), $"{baseUrl}projects/{p.Id}",
    ]));

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
