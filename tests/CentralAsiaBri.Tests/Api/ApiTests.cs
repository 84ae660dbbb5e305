using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Tests.Api;

public sealed class ApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string[]> CsvRows(string text) =>
        [.. text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(CsvLine.Split)];

    [Fact]
    public async Task Projects_filtered_by_country_come_as_json_and_as_csv()
    {
        using var client = app.CreateClient();
        var expected = s_data.Projects.Where(p => p.Countries.Any(c => c.Id == "KG")).Select(p => p.Id).Order().ToList();

        var json = await JsonAsync(await client.GetAsync("/api/v1/projects?country=KG&pageSize=500"));
        var csv = await client.GetAsync("/api/v1/projects.csv?country=KG");

        Assert.Equal(expected.Count, json.GetProperty("total").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected, items.Select(p => p.GetProperty("id").GetString()!).Order());
        Assert.All(items, p => Assert.Contains("KG", p.GetProperty("countries").EnumerateArray().Select(c => c.GetString())));
        Assert.All(items, p => Assert.NotEmpty(p.GetProperty("sources").EnumerateArray()));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = CsvRows(await csv.Content.ReadAsStringAsync());
        Assert.Equal("id", rows[0][0]);
        Assert.Equal(expected, rows.Skip(1).Select(r => r[0]).Order());
    }

    [Fact]
    public async Task Collections_are_paged_with_links_to_the_next_page()
    {
        using var client = app.CreateClient();

        var first = await client.GetAsync("/api/v1/indicators/trade-value/observations?pageSize=10");
        var page = await JsonAsync(first);

        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal(s_data.Observations.Count(o => o.IndicatorId == "trade-value"), page.GetProperty("total").GetInt32());
        var next = page.GetProperty("next").GetString()!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains($"<{next}>; rel=\"next\"", first.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        var second = await JsonAsync(await client.GetAsync(next));
        Assert.Empty(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())
            .Intersect(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())));
    }

    [Fact]
    public async Task Observations_keep_their_qualifier_value_and_sources()
    {
        using var client = app.CreateClient();
        var expected = s_data.Observations.First(o => o.IndicatorId == "trade-value" && o.Qualifier != Data.Model.Qualifier.Exact);

        var page = await JsonAsync(await client.GetAsync("/api/v1/indicators/trade-value/observations?pageSize=500"));

        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == expected.Id);
        Assert.Equal(Data.Model.QualifierSymbols.ToSymbol(expected.Qualifier), item.GetProperty("qualifier").GetString());
        Assert.Equal(expected.Value, item.GetProperty("value").GetDouble());
        Assert.Equal(expected.Citations.Select(c => c.SourceId).Order(), item.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString()).Order());
    }

    [Fact]
    public async Task A_DOTS_figure_carries_its_estimate_flag_cell_series_and_the_IMFs_terms_in_json_and_csv()
    {
        using var client = app.CreateClient();

        // The 1992 figures come first (period order); Kazakhstan's imports from China in 1992 are an IMF estimate.
        var page = await JsonAsync(await client.GetAsync("/api/v1/indicators/trade-value/observations?pageSize=100"));
        var csv = CsvRows(await (await client.GetAsync("/api/v1/indicators/trade-value/observations.csv")).Content.ReadAsStringAsync());
        var sources = await JsonAsync(await client.GetAsync("/api/v1/sources?pageSize=500"));

        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "imf-dots-kz-imports-cn-1992");
        Assert.True(item.GetProperty("estimate").GetBoolean());
        Assert.Equal(244.69, item.GetProperty("value").GetDouble());
        Assert.Equal("244.69 e", item.GetProperty("sourceValue").GetString());
        Assert.Equal("Kazakhstan, Rep. of | Imports, CIF from Partner Countries | China, P.R.: Mainland", item.GetProperty("sourceSeries").GetString());
        Assert.Equal("imf-dots-partner-reported", item.GetProperty("reporter").GetString());
        var dataset = item.GetProperty("sources").EnumerateArray().Single(c => c.GetProperty("source").GetString() == "imf-dots");
        Assert.Contains("IMF is cited as the source", dataset.GetProperty("terms").GetString(), StringComparison.Ordinal);
        var header = csv[0].ToList();
        var row = csv.Single(r => r[header.IndexOf("observation_id")] == "imf-dots-kz-imports-cn-1992");
        Assert.Equal(("true", "244.69 e", "244.69"), (row[header.IndexOf("estimate")], row[header.IndexOf("source_value")], row[header.IndexOf("value")]));
        Assert.Equal("false", csv.Single(r => r[header.IndexOf("observation_id")] == "imf-dots-cn-exports-kz-1993")[header.IndexOf("estimate")]);
        // Not rounded on the way out: the stored 171.68199999999999 is written as the same number, 171.682.
        Assert.Equal("171.682", csv.Single(r => r[header.IndexOf("observation_id")] == "imf-dots-cn-exports-kz-1993")[header.IndexOf("value")]);
        var imf = sources.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "imf-dots");
        Assert.Equal(("dataset", "https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85"), (imf.GetProperty("kind").GetString(), imf.GetProperty("url").GetString()));
        Assert.Contains("imf.org/external/terms.htm", imf.GetProperty("terms").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/projects?pageSize=0", "pageSize")]
    [InlineData("/api/v1/projects?page=0", "page")]
    [InlineData("/api/v1/projects?sector=spaceflight", "sector")]
    [InlineData("/api/v1/countries?pageSize=501", "pageSize")]
    public async Task Bad_parameters_get_a_validation_problem(string url, string parameter)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/api/v1/events?page=0&pageSize=0")]
    [InlineData("/api/v1/projects?page=-1&pageSize=501")]
    [InlineData("/api/v1/indicators/trade-value/observations?page=0&pageSize=1000")]
    public async Task Both_paging_errors_are_named_as_the_query_string_names_them(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["page", "pageSize"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/indicators/no-such-indicator")]
    [InlineData("/api/v1/indicators/no-such-indicator/observations")]
    [InlineData("/api/v1/projects/no-such-project")]
    [InlineData("/api/v1/no-such-collection")]
    [InlineData("/api/v1/projects?page=x")]
    public async Task Errors_are_problem_details(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Writing_to_the_api_is_not_allowed()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/projects", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/projects/batken-solar-power-plant")]
    [InlineData("/api/v1/countries.csv")]
    [InlineData("/api/v1/events")]
    public async Task A_client_holding_the_current_version_gets_304(string url)
    {
        using var client = app.CreateClient();

        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(conditional);
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        var third = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(etag, third.Headers.ETag);
    }

    /// <summary>The API's route patterns, from the app's own endpoint list.</summary>
    private List<string> ApiRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimEnd('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal) && !r.Contains("**", StringComparison.Ordinal))
            .Distinct()];

    [Fact]
    public async Task Every_collection_is_also_a_csv_file_and_every_endpoint_answers()
    {
        using var client = app.CreateClient();
        var routes = ApiRoutes();
        var collections = routes.Where(r => !r.EndsWith(".csv", StringComparison.Ordinal) && !r.EndsWith("{id}", StringComparison.Ordinal)).ToList();

        Assert.Contains("/api/v1/projects", collections);
        foreach (var collection in collections)
        {
            Assert.Contains(collection + ".csv", routes);
        }
        foreach (var route in routes)
        {
            var url = route.Replace("history/{kind}/{id}", "history/projects/batken-solar-power-plant", StringComparison.Ordinal)
                .Replace("indicators/{id}", "indicators/trade-value", StringComparison.Ordinal)
                .Replace("projects/{id}", "projects/batken-solar-power-plant", StringComparison.Ordinal);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.Equal(url.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_every_api_endpoint_and_the_reference_page_loads_it()
    {
        using var client = app.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var reference = await client.GetAsync("/api/docs/");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Empty(ApiRoutes().Except(paths));
        Assert.Contains("/projects/data.csv", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/admin", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ClientKeyTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void Requests_count_per_IPv4_address_and_per_IPv6_network(string address, string key) =>
        Assert.Equal(key, CentralAsiaBri.Web.Api.ApiSetup.ClientKey(System.Net.IPAddress.Parse(address)));
}

/// <summary>An app whose API allows three requests per window, so the limit can be reached in a test.</summary>
public sealed class TightlyLimitedApp : AppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:ApiPermitLimit"] = "3",
        ["RateLimits:ApiWindowSeconds"] = "600",
        ["RateLimits:SignInPermitLimit"] = "2",
        ["RateLimits:SignInWindowSeconds"] = "600",
    };
}

public sealed class RateLimitTests(TightlyLimitedApp app) : IClassFixture<TightlyLimitedApp>
{
    [Fact]
    public async Task Past_the_limit_the_api_answers_429_with_retry_after_and_pages_are_not_limited()
    {
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync($"/api/v1/countries?page={i + 1}");
            statuses.Add(last.StatusCode);
        }
        var page = await client.GetAsync("/projects");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_too()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/admin/sign-in")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
