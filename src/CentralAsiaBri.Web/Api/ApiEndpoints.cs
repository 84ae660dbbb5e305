using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CentralAsiaBri.Web.Features;
using CentralAsiaBri.Web.Features.Claims;
using CentralAsiaBri.Web.Features.Events;
using CentralAsiaBri.Web.Features.Observations;
using CentralAsiaBri.Web.Features.Projects;
using CentralAsiaBri.Web.Store;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace CentralAsiaBri.Web.Api;

/// <summary>
/// The read-only open data API under /api/v1: every collection as paged JSON and as one CSV file, with the
/// filters of the pages. Errors are RFC 7807 problem details; every response carries an ETag.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting(ApiSetup.ApiPolicy)
            .RequireCors(ApiSetup.CorsPolicy)
            .CacheOutput(DataCache.InvariantPolicyName)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        var reference = api.MapGroup("").WithTags("Framework and reference");
        reference.MapGet("/countries", async (HttpContext http, ReferenceQueries queries, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await PagedAsync(http, paging, page => queries.GetCountriesAsync(page, ct), ToApi))
            .Produces<Paged<ApiCountry>>().ProducesValidationProblem()
            .WithSummary("Countries and regions").WithDescription("The five Central Asian states, China and the other areas figures refer to.");
        reference.MapGet("/countries.csv", async (HttpContext http, ReferenceQueries queries, CancellationToken ct) =>
                Csv(["id", "name", "kind", "parent", "focus", "sources"], (await queries.GetCountriesAsync(ct)).Select(c => (IReadOnlyList<string?>)
                    [c.Id, c.Name, Labels.Kebab(c.Kind), c.ParentId, c.IsFocus ? "true" : "false", Sources(c.Citations)]), "countries.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Countries and regions as CSV");

        reference.MapGet("/dimensions", async (HttpContext http, ReferenceQueries queries, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await PagedAsync(http, paging, page => queries.GetDimensionsAsync(page, ct),
                    d => new ApiDimension(d.Id, d.Name, d.Summary, d.PillarIds, Cite(d.Citations))))
            .Produces<Paged<ApiDimension>>().ProducesValidationProblem()
            .WithSummary("Stability dimensions").WithDescription("Economic interdependence, institutional coordination and security cooperation, with the pillars that feed each.");
        reference.MapGet("/dimensions.csv", async (ReferenceQueries queries, CancellationToken ct) =>
                Csv(["id", "name", "summary", "pillars", "sources"], (await queries.GetDimensionsAsync(ct)).Select(d => (IReadOnlyList<string?>)
                    [d.Id, d.Name, d.Summary, string.Join(";", d.PillarIds), Sources(d.Citations)]), "dimensions.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Stability dimensions as CSV");

        reference.MapGet("/pillars", async (HttpContext http, ReferenceQueries queries, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await PagedAsync(http, paging, page => queries.GetPillarsAsync(page, ct),
                    p => new ApiPillar(p.Id, p.Name, p.DimensionId, p.Summary, Cite(p.Citations))))
            .Produces<Paged<ApiPillar>>().ProducesValidationProblem()
            .WithSummary("Connectivity pillars").WithDescription("The five prongs: policy coordination, infrastructure connectivity, unimpeded trade, financial integration, people-to-people bonds.");
        reference.MapGet("/pillars.csv", async (ReferenceQueries queries, CancellationToken ct) =>
                Csv(["id", "name", "dimension", "summary", "sources"], (await queries.GetPillarsAsync(ct)).Select(p => (IReadOnlyList<string?>)
                    [p.Id, p.Name, p.DimensionId, p.Summary, Sources(p.Citations)]), "pillars.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Connectivity pillars as CSV");

        reference.MapGet("/translations", async (HttpContext http, ReferenceQueries queries, string? lang, string? kind, [AsParameters] PageQuery paging, CancellationToken ct) =>
                InvalidTranslationFilter(lang, kind) is { } problem ? problem
                    : await PagedAsync(http, paging, page => queries.GetTranslationsAsync(lang, kind, page, ct),
                        t => new ApiTranslation(t.Kind, t.Id, t.Field, t.Language, t.Text, Labels.Kebab(t.Basis), Cite(t.Citations))))
            .Produces<Paged<ApiTranslation>>().ProducesValidationProblem()
            .WithSummary("Names and texts in Chinese and Russian")
            .WithDescription("Countries, dimensions, pillars, indicators, units and the site's texts in Chinese (lang=zh) and Russian (lang=ru). Filter by lang and by kind (country, pillar, …). Every other collection is in English, the data's own language.");
        reference.MapGet("/translations.csv", async (ReferenceQueries queries, string? lang, string? kind, CancellationToken ct) =>
                InvalidTranslationFilter(lang, kind) is { } problem ? problem
                    : Csv(["kind", "id", "field", "lang", "text", "basis", "sources"], (await queries.GetTranslationsAsync(lang, kind, ct)).Select(t => (IReadOnlyList<string?>)
                        [t.Kind, t.Id, t.Field, t.Language, t.Text, Labels.Kebab(t.Basis), Sources(t.Citations)]), "translations.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().WithSummary("Names and texts in Chinese and Russian as CSV");

        reference.MapGet("/sources", async (HttpContext http, ReferenceQueries queries, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await PagedAsync(http, paging, page => queries.GetSourcesAsync(page, ct), ToApi))
            .Produces<Paged<ApiSource>>().ProducesValidationProblem()
            .WithSummary("Sources").WithDescription("The two source documents, the references they cite, the web pages behind the supplementary series and the datasets (the IMF's Direction of Trade Statistics), each with the publisher's terms of reuse where it sets any.");
        reference.MapGet("/sources.csv", async (ReferenceQueries queries, CancellationToken ct) =>
                Csv(["id", "kind", "authors", "title", "publisher", "published", "doi", "url", "cited_in", "reference_number", "note", "terms"],
                    (await queries.GetSourcesAsync(ct)).Select(s => (IReadOnlyList<string?>)
                    [s.Id, Labels.Kebab(s.Kind), string.Join("; ", s.Authors), s.Title, s.Publisher, s.Published, s.Doi, s.Url, s.CitedInId,
                        s.ReferenceNumber?.ToString(CultureInfo.InvariantCulture), s.Note, s.Terms]), "sources.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Sources as CSV");

        var indicators = api.MapGroup("/indicators").WithTags("Indicators");
        indicators.MapGet("", async (HttpContext http, CatalogueQueries queries, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await PagedAsync(http, paging, page => queries.GetIndicatorsAsync(page, ct), i => new ApiIndicator(i.Id, i.Name, i.Description, i.PillarId,
                    i.Observations, $"{BaseUrl(http)}api/v1/indicators/{i.Id}/observations")))
            .Produces<Paged<ApiIndicator>>().ProducesValidationProblem().WithSummary("Indicators");
        api.MapGet("/indicators.csv", async (CatalogueQueries queries, CancellationToken ct) =>
                Csv(["id", "name", "description", "pillar", "observations"], (await queries.GetIndicatorsAsync(ct)).Select(i => (IReadOnlyList<string?>)
                    [i.Id, i.Name, i.Description, i.PillarId, i.Observations.ToString(CultureInfo.InvariantCulture)]), "indicators.csv"))
            .WithTags("Indicators").Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Indicators as CSV");
        indicators.MapGet("/{id}", async (HttpContext http, ObservationQueries queries, string id, CancellationToken ct) =>
                await queries.GetIndicatorAsync(id, ct) is { } i
                    ? HashedContent.Json(http, new ApiIndicatorDetail(i.Id, i.Name, i.Description, Labels.Kebab(i.Quantity), i.PillarId, i.DimensionName,
                        Cite(i.Citations), $"{BaseUrl(http)}api/v1/indicators/{i.Id}/observations"))
                    : NotFound("indicator", id))
            .Produces<ApiIndicatorDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One indicator");
        indicators.MapGet("/{id}/observations", async (HttpContext http, ObservationQueries queries, string id, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await queries.GetIndicatorAsync(id, ct) is null
                    ? NotFound("indicator", id)
                    : await PagedAsync(http, paging, page => queries.GetObservationsAsync(id, page, ct), ObservationRecords.From))
            .Produces<Paged<ApiObservation>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An indicator's observations").WithDescription("Every figure of the indicator with its qualifier, unit, reporter and sources; a figure from a dataset adds whether the publisher marks it as an estimate, the cell as the dataset stores it and the publisher's name of its series, and each source its terms of reuse.");
        indicators.MapGet("/{id}/observations.csv", async (ObservationQueries queries, string id, CancellationToken ct) =>
                await queries.GetIndicatorAsync(id, ct) is null
                    ? NotFound("indicator", id)
                    : new HashedContent(ObservationRecords.Csv(await queries.GetObservationsAsync(id, ct)), CsvType, $"{id}.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("An indicator's observations as CSV");

        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("", async (HttpContext http, ProjectSearch search, [AsParameters] ProjectQuery query, [AsParameters] PageQuery paging, CancellationToken ct) =>
            {
                if (query.Validate() is { } problem)
                {
                    return problem;
                }
                var filter = query.ToFilter(paging.ToPaging());
                var result = await search.SearchAsync(filter, ct);
                var baseUrl = BaseUrl(http);
                return PagedResult(http, [.. result.Items.Select(p => ProjectRecords.From(p, baseUrl))], filter.Page, filter.PageSize, result.Total);
            })
            .Produces<Paged<ApiProject>>().ProducesValidationProblem()
            .WithSummary("Cooperation projects").WithDescription("Filtered as on the projects page: by country (repeatable), pillar, dimension, sector, status, the years a project was active, company, text and source (documents, or a dataset: aiddata-gcof-1, aiddata-public-diplomacy, aiddata-military-2). A dataset's row carries its dataset with the licence (null while its terms are not confirmed, which terms then says) and the citation it asks for, AidData's id and record page, and the money as the dataset gives it: the amount in its own currency and AidData's deflated US dollars with their base year, never converted.");
        api.MapGet("/projects.csv", async (HttpContext http, ProjectSearch search, [AsParameters] ProjectQuery query, CancellationToken ct) =>
            {
                if (query.Validate() is { } problem)
                {
                    return problem;
                }
                var rows = await search.ListAsync(query.ToFilter(), ct);
                return new HashedContent(ProjectRecords.Csv(rows.Select(p => ProjectRecords.From(p, BaseUrl(http)))), CsvType, "projects.csv");
            })
            .WithTags("Projects").Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem()
            .WithSummary("Cooperation projects as CSV").WithDescription("Every project the filters leave, in one file.");
        projects.MapGet("/{id}", async (HttpContext http, ProjectLookup lookup, string id, CancellationToken ct) =>
                await lookup.FindAsync(id, ct) is { } project ? HashedContent.Json(http, ProjectRecords.From(project, BaseUrl(http))) : NotFound("project", id))
            .Produces<ApiProject>().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One project");

        var regions = api.MapGroup("").WithTags("Finance by region");
        regions.MapGet("/regions", async (HttpContext http, RegionQueries queries, CancellationToken ct) =>
                HashedContent.Json(http, RegionRecords.From(await queries.GetAsync(ct), BaseUrl(http))))
            .Produces<ApiRegions>()
            .WithSummary("Chinese development finance by region")
            .WithDescription("AidData GCDF 3.0's committed value (constant 2021 US dollars) and project count by first-level region and by country, summed by the dashboard from AidData's shares; with the dataset's licence (ODC-By 1.0) and citation.");
        regions.MapGet("/regions.csv", async (HttpContext http, RegionQueries queries, CancellationToken ct) =>
                new HashedContent(RegionRecords.Csv(RegionRecords.From(await queries.GetAsync(ct), BaseUrl(http))), CsvType, "regions.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Chinese development finance by region as CSV");

        api.MapGet("/claims", async (HttpContext http, ClaimQueries queries, CancellationToken ct) =>
                HashedContent.Json(http, (await queries.GetResultsAsync(ct)).Select(ClaimRecords.From).ToList()))
            .WithTags("Claims against evidence").Produces<List<ApiClaim>>()
            .WithSummary("The documents' claims against the loaded series")
            .WithDescription("Each reading of a quantitative statement of the two documents (claims.csv), the figures of each reporter used to test it, the computed result and the verdict (consistent, not-testable, inconsistent; mixed when reporters disagree), computed from the store at request time. No currency is converted and no two reporters are joined.");
        api.MapGet("/claims.csv", async (ClaimQueries queries, CancellationToken ct) =>
                new HashedContent(ClaimRecords.Csv((await queries.GetResultsAsync(ct)).Select(ClaimRecords.From)), CsvType, "claims.csv"))
            .WithTags("Claims against evidence").Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("The documents' claims against the loaded series as CSV, a row per reporter's line");

        var events = api.MapGroup("/events").WithTags("Events");
        events.MapGet("", async (HttpContext http, FrameworkQueries queries, string? country, string? pillar, [AsParameters] PageQuery paging, CancellationToken ct) =>
                await PagedAsync(http, paging, page => queries.GetEventsAsync(country, pillar, page, ct), EventRecords.From))
            .Produces<Paged<ApiEvent>>().ProducesValidationProblem()
            .WithSummary("Timeline events").WithDescription("Summits, agreements and visits in date order, optionally of one country and one pillar.");
        api.MapGet("/events.csv", async (FrameworkQueries queries, string? country, string? pillar, CancellationToken ct) =>
                new HashedContent(EventRecords.Csv(await queries.GetEventsAsync(country, pillar, ct)), CsvType, "events.csv"))
            .WithTags("Events").Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("Timeline events as CSV");

        var history = api.MapGroup("/history").WithTags("Record history");
        history.MapGet("/{kind}/{id}", async (HttpContext http, HistoryQueries queries, string kind, string id, CancellationToken ct) =>
            {
                if (!Features.History.HistoryKinds.Files.TryGetValue(kind, out var files))
                {
                    return NotFound("kind of record", kind);
                }
                var revisions = await queries.GetHistoryAsync([.. files], id, ct);
                return revisions.Count == 0
                    ? NotFound(kind[..^1], id)
                    : HashedContent.Json(http, revisions.Select(r => new ApiRevision(r.Id, r.File, r.RowId, Labels.Kebab(r.Kind), r.ChangedAtUtc, r.ChangedBy, r.ImportId,
                        r.Old, r.New, r.Sources, r.Reason)).ToList());
            })
            .Produces<List<ApiRevision>>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A record's history").WithDescription("Every change to a project, indicator, observation, event or source (kind: projects, indicators, observations, events, sources), newest first; removed rows stay as tombstones.");

        // Anything else under /api is a 404 problem, not the site's HTML "not found" page.
        app.MapFallback("/api/{**rest}", (string? rest) => NotFound("resource", "/api/" + rest))
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]))
            .RequireRateLimiting(ApiSetup.ApiPolicy).RequireCors(ApiSetup.CorsPolicy).ExcludeFromDescription();
        return app;
    }

    private const string CsvType = "text/csv; charset=utf-8";

    private static HashedContent Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, string fileName) =>
        new(CsvFile.Write(header, rows), CsvType, fileName);

    private static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} '{id}'.");

    /// <summary>A 400 for a language or kind that translations.csv cannot have.</summary>
    private static IResult? InvalidTranslationFilter(string? lang, string? kind)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (lang is not null && !TranslationKinds.Languages.Contains(lang))
        {
            errors["lang"] = [$"'{lang}' is not one of {string.Join(", ", TranslationKinds.Languages)}"];
        }
        if (kind is not null && !TranslationKinds.Fields.ContainsKey(kind))
        {
            errors["kind"] = [$"'{kind}' is not one of {string.Join(", ", TranslationKinds.Fields.Keys)}"];
        }
        return errors.Count > 0 ? Results.ValidationProblem(errors) : null;
    }

    /// <summary>One page of a collection, read (and cut) by the query service in SQL, then shaped for the API.</summary>
    private static async Task<IResult> PagedAsync<TRow, T>(HttpContext http, PageQuery query, Func<Paging, Task<PageOf<TRow>>> read, Func<TRow, T> toApi)
    {
        var paging = query.ToPaging();
        var result = await read(paging);
        return PagedResult(http, [.. result.Items.Select(toApi)], paging.Number, paging.Size, result.Total);
    }

    private static HashedContent PagedResult<T>(HttpContext http, IReadOnlyList<T> items, int page, int pageSize, int total)
    {
        var next = (long)page * pageSize < total ? PageUrl(http, page + 1) : null;
        var previous = page > 1 ? PageUrl(http, Math.Min(page - 1, Math.Max(1, (total + pageSize - 1) / pageSize))) : null;
        var links = new List<string>();
        if (next is not null)
        {
            links.Add($"<{next}>; rel=\"next\"");
        }
        if (previous is not null)
        {
            links.Add($"<{previous}>; rel=\"prev\"");
        }
        if (links.Count > 0)
        {
            http.Response.Headers.Link = string.Join(", ", links);
        }
        return HashedContent.Json(http, new Paged<T>(items, page, pageSize, total, next, previous));
    }

    private static string PageUrl(HttpContext http, int page)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))));
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{builder.ToQueryString()}";
    }

    internal static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";

    private static IReadOnlyList<ApiCitation> Cite(IEnumerable<CitationView> citations) => ApiCitations.From(citations);

    private static string Sources(IEnumerable<CitationView> citations) => ApiCitations.CsvText(Cite(citations));

    private static ApiCountry ToApi(CountryView c) => new(c.Id, c.Name, Labels.Kebab(c.Kind), c.ParentId, c.IsFocus, Cite(c.Citations));

    private static ApiSource ToApi(SourceDetail s) =>
        new(s.Id, Labels.Kebab(s.Kind), s.Authors, s.Title, s.Publisher, s.Published, s.Doi, s.Url, s.CitedInId, s.ReferenceNumber, s.Note, s.Terms);
}

/// <summary>The projects filter of the API, bound from the query string and checked strictly (the pages are lenient).</summary>
public sealed class ProjectQuery
{
    /// <summary>Country id (repeatable: any of them), e.g. KZ.</summary>
    public string[]? Country { get; init; }
    /// <summary>Pillar id, e.g. infrastructure-connectivity.</summary>
    public string? Pillar { get; init; }
    /// <summary>Stability dimension id, e.g. economic-interdependence.</summary>
    public string? Dimension { get; init; }
    /// <summary>Sector, e.g. energy or transport.</summary>
    public string? Sector { get; init; }
    /// <summary>Status, e.g. operating or under-construction.</summary>
    public string? Status { get; init; }
    /// <summary>Projects active in or after this year.</summary>
    public int? From { get; init; }
    /// <summary>Projects active in or before this year.</summary>
    public int? To { get; init; }
    /// <summary>Company id.</summary>
    public string? Company { get; init; }
    /// <summary>Text in the name or description.</summary>
    public string? Q { get; init; }
    /// <summary>Where rows come from: documents (the paper and article), or a dataset id such as aiddata-gcof-1.</summary>
    public string? Source { get; init; }
    /// <summary>name, status, start or sector.</summary>
    public string? Sort { get; init; }
    public bool? Desc { get; init; }

    /// <summary>The filters that the framework's validation does not check (page and pageSize are <see cref="PageQuery"/>'s).</summary>
    public IResult? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Sector is not null && QueryValues.Enum<Sector>(Sector.Replace("-", "", StringComparison.Ordinal)) is null)
        {
            errors["sector"] = [$"unknown sector; one of {string.Join(", ", Enum.GetValues<Sector>().Select(s => Labels.Kebab(s)))}"];
        }
        if (Status is not null && QueryValues.Enum<ProjectStatus>(Status.Replace("-", "", StringComparison.Ordinal)) is null)
        {
            errors["status"] = [$"unknown status; one of {string.Join(", ", Enum.GetValues<ProjectStatus>().Select(s => Labels.Kebab(s)))}"];
        }
        if (Sort is not null && QueryValues.Enum<ProjectSort>(Sort) is null)
        {
            errors["sort"] = ["one of name, status, start, sector"];
        }
        if (From is < 1900 or > 2100)
        {
            errors["from"] = ["a year between 1900 and 2100"];
        }
        if (To is < 1900 or > 2100)
        {
            errors["to"] = ["a year between 1900 and 2100"];
        }
        return errors.Count > 0 ? Results.ValidationProblem(errors) : null;
    }

    /// <summary>The filter, of one page when <paramref name="paging"/> is given (the collection), else of every row (the CSV).</summary>
    public ProjectFilter ToFilter(Paging? paging = null) =>
        ProjectsView.Parse(Country, Pillar, Dimension, Sector, Status, From, To, Company, Q, Sort, Desc, paging?.Number, Source) with
        {
            PageSize = paging?.Size ?? ApiEndpoints.DefaultPageSize,
        };
}
