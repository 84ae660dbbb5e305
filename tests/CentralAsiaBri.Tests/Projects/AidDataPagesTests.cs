using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Releases;

namespace CentralAsiaBri.Tests.Projects;

/// <summary>
/// AidData's rows on the pages, in the API and in the data package: filtered by source with the documents' projects,
/// badged, linked to AidData's record, with the dataset's licence (or that it is not confirmed) and citation; GCDF 3.0's
/// finance by region as a map layer, a table and a region page. Expectations come from the data files.
/// </summary>
public sealed class AidDataPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string path)
    {
        using var client = app.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(path));
    }

    /// <summary>Every row id the projects page lists for a query, page by page.</summary>
    private async Task<List<string>> ListedAsync(string query)
    {
        var ids = new List<string>();
        for (var page = 1; page < 100; page++)
        {
            var rows = (await GetAsync($"/projects?{query}&page={page}")).QuerySelectorAll("[data-project]").Select(e => e.GetAttribute("data-project")!).ToList();
            if (rows.Count == 0 || ids.Contains(rows[0]))
            {
                break;
            }
            ids.AddRange(rows);
        }
        return ids;
    }

    [Fact]
    public async Task The_source_filter_lists_one_dataset_each_row_badged_and_the_documents_without_a_badge()
    {
        var gcof = await ListedAsync("source=aiddata-gcof-1");
        Assert.Equal(s_data.Projects.Where(p => p.DatasetId == "aiddata-gcof-1").Select(p => p.Id).Order(), gcof.Order());

        var document = await GetAsync("/projects?source=aiddata-gcof-1");
        Assert.All(document.QuerySelectorAll("[data-project]"), row =>
            Assert.Equal("AidData GCOF 1.0", row.QuerySelector("[data-testid=dataset-badge]")?.TextContent.Trim()));
        Assert.Equal("aiddata-gcof-1", document.QuerySelector("[data-testid=filter-chip][data-filter=source]") is null ? null
            : document.QuerySelector("#facet-source option[selected]")?.GetAttribute("value"));
        var choices = document.QuerySelectorAll("#facet-source option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "documents", "aiddata-gcof-1", "aiddata-military-2", "aiddata-public-diplomacy"], choices);

        var documents = await GetAsync("/projects?source=documents");
        Assert.NotEmpty(documents.QuerySelectorAll("[data-project]"));
        Assert.Empty(documents.QuerySelectorAll("[data-testid=dataset-badge]"));
    }

    [Fact]
    public async Task Source_combines_with_the_other_filters_in_one_query()
    {
        var listed = await ListedAsync("source=aiddata-public-diplomacy&country=TJ&status=completed");

        var expected = s_data.Projects.Where(p => p.DatasetId == "aiddata-public-diplomacy" && p.Countries.Any(c => c.Id == "TJ") && p.Status == ProjectStatus.Completed)
            .Select(p => p.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed.Order());
    }

    [Fact]
    public async Task A_GCOF_project_page_shows_its_record_link_the_terms_not_confirmed_and_the_citation()
    {
        var document = await GetAsync("/projects/aiddata-gcof-39556");

        Assert.Equal("https://china.aiddata.org/projects/39556", document.QuerySelector("[data-testid=record-link]")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("[data-testid=dataset-row-note]"));
        var terms = document.QuerySelector("[data-testid=dataset-terms]")!;
        Assert.Equal("not confirmed", terms.QuerySelector("[data-testid=licence]")!.TextContent.Trim());
        Assert.Contains("Not confirmed", terms.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Dreher, A., Fuchs, A.", terms.QuerySelector("[data-testid=dataset-citation]")!.TextContent.Trim(), StringComparison.Ordinal);
        var amount = document.QuerySelector("[data-testid=dataset-facts] [data-testid=finance-amount]")!.TextContent;
        Assert.Contains("1,060,000,000 USD", amount, StringComparison.Ordinal);
        Assert.Contains("1,125,754,667 USD", document.QuerySelector("[data-testid=finance-deflated]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2014", document.QuerySelector("[data-testid=finance-deflated]")!.TextContent, StringComparison.Ordinal);
        // The public diplomacy record with the same AidData id is linked, not merged.
        Assert.Equal("projects/aiddata-pd-39556", document.QuerySelector("[data-testid=same-record] a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_military_finance_project_page_shows_its_licence_with_a_link_to_its_text()
    {
        var document = await GetAsync("/projects/aiddata-military-54377");

        var licence = document.QuerySelector("[data-testid=dataset-terms] [data-testid=licence]")!;
        Assert.Equal("ODC-By-1.0", licence.TextContent.Trim());
        Assert.Equal("https://opendatacommons.org/licenses/by/1-0/", licence.GetAttribute("href"));
        Assert.Contains("100,000,000 CNY", document.QuerySelector("[data-testid=finance-amount]")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The committed value and projects of every region, computed here from the file.</summary>
    private static Dictionary<string, (double Value, int Projects)> RegionsFromFile() => s_data.Rows<AidDataLocation>()
        .GroupBy(l => l.ShapeId)
        .ToDictionary(g => g.Key, g => (Math.Round(g.Sum(l => l.IntersectionRatioCommitmentValue ?? 0), 2, MidpointRounding.AwayFromZero), g.Count()));

    [Fact]
    public async Task The_regions_table_gives_each_regions_committed_value_and_projects_and_each_country_its_own()
    {
        var document = await GetAsync("/projects/regions");
        var expected = RegionsFromFile();

        var rows = document.QuerySelectorAll("[data-testid=finance-by-region] tbody tr").ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            var (value, projects) = expected[row.GetAttribute("data-region")!];
            Assert.Equal(value.ToString("#,0.##########", CultureInfo.GetCultureInfo("en")), cells[1]);
            Assert.Equal(projects.ToString(CultureInfo.InvariantCulture), cells[2]);
        }
        var kazakhstan = document.QuerySelector("[data-testid=finance-by-country] tr[data-country=KZ]")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("85", kazakhstan[1]);
        Assert.NotNull(document.QuerySelector("[data-testid=regions-gaps]"));
        Assert.Equal("ODC-By-1.0", document.QuerySelector("[data-testid=dataset-terms] [data-testid=licence]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_region_page_links_each_AidData_id_to_AidDatas_page_and_its_shares_add_up_to_the_regions_value()
    {
        var shape = s_data.Rows<AidDataLocation>().First(l => l.ShapeName == "Osh Region").ShapeId;
        var document = await GetAsync($"/projects/regions/{shape}");

        var ids = s_data.Rows<AidDataLocation>().Where(l => l.ShapeId == shape).Select(l => l.AidDataId.ToString(CultureInfo.InvariantCulture)).Order().ToList();
        var links = document.QuerySelectorAll("[data-testid=aiddata-record]").ToList();
        Assert.Equal(ids, links.Select(a => a.TextContent.Trim()).Order());
        Assert.All(links, a => Assert.Equal($"https://china.aiddata.org/projects/{a.TextContent.Trim()}", a.GetAttribute("href")));
        Assert.Contains(RegionsFromFile()[shape].Value.ToString("#,0.##########", CultureInfo.GetCultureInfo("en")),
            document.QuerySelector("[data-testid=region-value]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_layer_draws_one_linked_circle_per_region_only_when_asked()
    {
        var with = await GetAsync("/projects?layer=regions");
        var without = await GetAsync("/projects");

        var bubbles = with.QuerySelectorAll("[data-testid=region-bubble]").ToList();
        Assert.Equal(RegionsFromFile().Keys.Order(), bubbles.Select(b => b.GetAttribute("data-region")!).Order());
        Assert.All(bubbles, b => Assert.StartsWith("projects/regions/", b.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Empty(without.QuerySelectorAll("[data-testid=region-bubble]"));
        // The layer is kept by the filter links.
        Assert.Contains("layer=regions", with.QuerySelector("[data-testid=filter-chip], th a[href*=sort]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_filters_by_source_and_carries_the_dataset_licence_and_money_of_each_row()
    {
        using var client = app.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?source=aiddata-military-2&pageSize=100");

        Assert.Equal(38, page.GetProperty("total").GetInt32());
        var grant = page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "aiddata-military-54377");
        Assert.Equal("ODC-By-1.0", grant.GetProperty("dataset").GetProperty("licence").GetString());
        Assert.Equal("https://china.aiddata.org/projects/54377", grant.GetProperty("recordUrl").GetString());
        var finance = grant.GetProperty("finance");
        Assert.Equal((100000000d, "CNY", 14798489.49, 2017), (finance.GetProperty("amount").GetDouble(), finance.GetProperty("currency").GetString(),
            finance.GetProperty("deflatedUsd").GetDouble(), finance.GetProperty("deflatedBaseYear").GetInt32()));
        Assert.Equal(JsonValueKind.Null, grant.GetProperty("description").ValueKind);

        var csv = await client.GetStringAsync("/api/v1/projects.csv?source=aiddata-gcof-1");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = CsvLine.Split(lines[0]);
        Assert.Equal(189, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Equal("not confirmed", CsvLine.Split(line)[Array.IndexOf(header, "licence")]));
    }

    [Fact]
    public async Task The_regions_API_gives_the_sums_the_dataset_and_how_they_are_derived()
    {
        using var client = app.CreateClient();

        var regions = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions");

        Assert.Equal("ODC-By-1.0", regions.GetProperty("dataset").GetProperty("licence").GetString());
        Assert.Contains("Sums by the dashboard", regions.GetProperty("derivation").GetString(), StringComparison.Ordinal);
        var expected = RegionsFromFile();
        Assert.All(regions.GetProperty("regions").EnumerateArray(), r =>
            Assert.Equal(expected[r.GetProperty("id").GetString()!].Value, r.GetProperty("committedValueUsd2021").GetDouble()));
        // PROVENANCE.md of ../shared/reference/aiddata-gcdf3 sums Kazakhstan to 38.5 billion and counts 85 projects there.
        var kazakhstan = regions.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "KZ");
        Assert.Equal(85, kazakhstan.GetProperty("projects").GetInt32());
        Assert.Equal(38.5, Math.Round(kazakhstan.GetProperty("committedValueUsd2021").GetDouble() / 1e9, 1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/regions.csv")).StatusCode);
    }

    [Fact]
    public void The_data_package_names_each_AidData_files_licence_or_that_it_is_not_confirmed_and_its_citation()
    {
        var files = Directory.EnumerateFiles(TempDataDirectory.ProjectDataDirectory, "*.csv").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var zip = DataPackage.Zip(new ReleaseSummary("1.0.0", new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc), "tester", "", [.. files.Keys]),
            files, "dictionary", "http://localhost/");

        using var archive = new ZipArchive(new MemoryStream(zip));
        using var descriptor = JsonDocument.Parse(archive.GetEntry("datapackage.json")!.Open());
        var resources = descriptor.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("path").GetString()!);
        var military = resources["data/aiddata_military_projects.csv"];
        Assert.Equal("ODC-By-1.0", military.GetProperty("licenses")[0].GetProperty("name").GetString());
        Assert.StartsWith("AidData. (2021)", military.GetProperty("sources")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        var gcof = resources["data/aiddata_gcof_projects.csv"];
        Assert.False(gcof.TryGetProperty("licenses", out _));
        Assert.Contains("Not confirmed", gcof.GetProperty("description").GetString(), StringComparison.Ordinal);
        using var readme = new StreamReader(archive.GetEntry("README.md")!.Open(), Encoding.UTF8);
        Assert.Contains("`data/aiddata_public_diplomacy_projects.csv` (AidData public diplomacy): licence not confirmed", readme.ReadToEnd(), StringComparison.Ordinal);
    }
}
