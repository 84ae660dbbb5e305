using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Features.Projects;

namespace CentralAsiaBri.Tests.Projects;

public sealed class ProjectExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Csv_and_json_hold_the_same_filtered_projects()
    {
        using var client = app.CreateClient();

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/projects/data.csv?country=KG&pillar=infrastructure-connectivity"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/projects/data.json?country=KG&pillar=infrastructure-connectivity"));

        Assert.StartsWith("\uFEFF" + string.Join(',', ProjectRecords.CsvHeader), csv, StringComparison.Ordinal);
        var csvIds = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Order().ToList();
        var jsonIds = json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order().ToList();
        Assert.Equal(jsonIds, csvIds);
        Assert.Contains("batken-solar-power-plant", csvIds);
        Assert.Equal(csvIds.Count, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Json_keeps_qualifiers_units_and_sources()
    {
        using var client = app.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/projects/data.json?q=exhibition&source=documents");

        var exhibition = json.GetProperty("projects").EnumerateArray().Single();
        var figure = exhibition.GetProperty("figures")[0];
        Assert.Equal((">", 800.0, "m CNY"), (figure.GetProperty("qualifier").GetString(), figure.GetProperty("value").GetDouble(), figure.GetProperty("unit").GetString()));
        Assert.Contains(exhibition.GetProperty("sources").EnumerateArray(), s => s.GetProperty("source").GetString() == "paper-ref4");
    }

    [Fact]
    public void Csv_neutralises_a_description_that_a_spreadsheet_would_run()
    {
        var row = new ProjectRow("x", "=HYPERLINK(\"http://evil\")", ProjectKind.Project, [], null, new NamedLink("economic-interdependence", "Economic interdependence"), Sector.Energy,
            ProjectStatus.Unknown, null, null, [], [], "+cmd|' /C calc'!A0", []);

        var csv = Encoding.UTF8.GetString(ProjectRecords.Csv([ProjectRecords.From(row, "http://localhost/")]));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'+cmd|' /C calc'!A0,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Apa_reference_of_the_paper_inverts_authors_and_links_the_doi()
    {
        var paper = new SourceView("paper", SourceKind.Document, ["Yutian Zhu", "Ruixin Wang"], "The Impact of China's \"Belt and Road\" Initiative on Economic Stability in Central Asia",
            "Proceedings of the 4th International Conference on International Law and Legal Policy", "2025", "10.54254/2753-7048/2025.30478", null);
        var article = new SourceView("article", SourceKind.Document, ["Nikola Mikovic"], "Central Asian states look to China for shared development, stability",
            "chinadiplomacy.org.cn", "2025-11-25", null, null);

        Assert.Equal("Zhu, Y., & Wang, R. (2025). The Impact of China's \"Belt and Road\" Initiative on Economic Stability in Central Asia. " +
            "Proceedings of the 4th International Conference on International Law and Legal Policy. https://doi.org/10.54254/2753-7048/2025.30478", Apa.Reference(paper));
        Assert.Equal("Mikovic, N. (2025, November 25). Central Asian states look to China for shared development, stability. chinadiplomacy.org.cn.", Apa.Reference(article));
    }

    [Fact]
    public async Task Project_page_offers_a_citation_with_its_stable_url()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/projects/batken-solar-power-plant?utm=x");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var url = document.QuerySelector("[data-testid=stable-url]")!.TextContent;
        Assert.EndsWith("/projects/batken-solar-power-plant", url, StringComparison.Ordinal);
        Assert.Contains($"600-megawatt solar power plant in Batken [Data set entry, data release 1.0.0]. China–Central Asia cooperation dashboard. {url}",
            document.QuerySelector("[data-testid=cite-text]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mikovic, N. (2025, November 25).", html, StringComparison.Ordinal);
    }
}
