using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Releases;

namespace CentralAsiaBri.Tests.Admin;

/// <summary>Record history and citable releases, end to end through the admin pages (an app of its own: it changes the data).</summary>
public sealed class HistoryAndReleaseTests : IDisposable
{
    private readonly MaintainerApp _app = new();
    private readonly TempDataDirectory _data = new();

    public void Dispose()
    {
        _app.Dispose();
        _data.Dispose();
    }

    private (string, byte[]) File(string name) => (name, System.IO.File.ReadAllBytes(Path.Combine(_data.Path, name)));

    [Fact]
    public async Task An_import_that_changes_a_figure_shows_in_its_history_and_in_the_next_releases_changelog_and_citation()
    {
        using var client = await _app.SignedInClientAsync();
        using var reader = _app.CreateClient();
        Assert.Contains("Data release 1.0.0", await reader.GetStringAsync("/projects"), StringComparison.Ordinal);
        var (_, row) = _data.FindRow("trade_observations.csv", r => r["qualifier"] == "=");
        _data.SetField("trade_observations.csv", "id", row["id"], "value", "461.25");

        Assert.Equal(HttpStatusCode.OK, (await MaintainerApp.UploadAsync(client, [File("trade_observations.csv")], wantJson: true)).StatusCode);
        var history = new HtmlParser().ParseDocument(await reader.GetStringAsync($"/history/observations/{row["id"]}"));
        var api = JsonDocument.Parse(await reader.GetStringAsync($"/api/v1/history/observations/{row["id"]}")).RootElement;

        var latest = history.QuerySelector("[data-testid=revisions] li")!;
        Assert.Equal("changed", latest.GetAttribute("data-kind"));
        Assert.Contains($"by {MaintainerApp.Name}", latest.TextContent, StringComparison.Ordinal);
        var value = latest.QuerySelector("tr[data-column=value]")!.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal([row["value"], "461.25"], value);
        Assert.Equal(["changed", "added"], api.EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal("461.25", api[0].GetProperty("after").GetProperty("value").GetString());
        // The indicator's table says when each figure last changed, and links its history.
        var indicator = new HtmlParser().ParseDocument(await reader.GetStringAsync("/indicators/trade-value"));
        var link = indicator.QuerySelector($"tr[data-observation='{row["id"]}'] a[href^='history/observations/']")!;
        Assert.StartsWith(_app.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), link.TextContent.Trim(), StringComparison.Ordinal);

        // Publish the next release from the admin page: its changelog names the change.
        var fields = await MaintainerApp.FormFieldsAsync(client, "/admin", "form[data-testid=release-form]");
        fields["bump"] = "Minor";
        var publish = await client.PostAsync("/admin", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var releases = new HtmlParser().ParseDocument(await reader.GetStringAsync("/data"));
        var release = releases.QuerySelector("[data-release='1.1.0']")!;
        Assert.Contains($"- {row["id"]}: value: {row["value"]} → 461.25 ({MaintainerApp.Name}", release.QuerySelector("[data-testid=changelog]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(releases.QuerySelector("[data-release='1.0.0']"));
        var project = await reader.GetStringAsync("/projects/batken-solar-power-plant");
        Assert.Contains("data release 1.1.0", project, StringComparison.Ordinal);
        Assert.Contains("History", new HtmlParser().ParseDocument(project).QuerySelector("[data-testid=last-changed]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_row_stays_as_a_tombstone_with_the_reason()
    {
        using var client = await _app.SignedInClientAsync();
        using var reader = _app.CreateClient();
        // A trade figure no headline points at can go.
        var headlined = _data.ReadLines("headlines.csv").SelectMany(CsvLine.Split).ToHashSet(StringComparer.Ordinal);
        var (line, row) = _data.FindRow("trade_observations.csv", r => !headlined.Contains(r["id"]));
        _data.WriteLines("trade_observations.csv", _data.ReadLines("trade_observations.csv").Where((_, i) => i != line - 1));

        Assert.Equal(HttpStatusCode.OK, (await MaintainerApp.UploadAsync(client, [File("trade_observations.csv")], wantJson: true)).StatusCode);
        var history = new HtmlParser().ParseDocument(await reader.GetStringAsync($"/history/observations/{row["id"]}"));

        var tombstone = history.QuerySelector("[data-testid=revisions] li")!;
        Assert.Equal("removed", tombstone.GetAttribute("data-kind"));
        Assert.Contains($"Reason: left out of the file imported by {MaintainerApp.Name}", tombstone.TextContent, StringComparison.Ordinal);
        Assert.Contains(row["sources"].Split(';')[0].Trim(), tombstone.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_downloaded_data_package_validates_against_its_own_datapackage_json()
    {
        using var reader = _app.CreateClient();
        var expected = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        var response = await reader.GetAsync("/data/releases/1.0.0.zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var descriptor = JsonDocument.Parse(zip.GetEntry("datapackage.json")!.Open()).RootElement;

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1.0.0", descriptor.GetProperty("version").GetString());
        Assert.NotNull(zip.GetEntry("README.md"));
        Assert.Contains("How to cite", new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd(), StringComparison.Ordinal);
        // The IMF's terms travel with its figures: the package names the source and its condition.
        var imf = Assert.Single(descriptor.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "imf-dots");
        Assert.Equal("https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85", imf.GetProperty("path").GetString());
        Assert.Contains("IMF is cited as the source", imf.GetProperty("terms").GetString(), StringComparison.Ordinal);
        var resources = descriptor.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(CsvDataSetReader.FileNames.Order(StringComparer.Ordinal), resources.Select(r => Path.GetFileName(r.GetProperty("path").GetString()!)));
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            using var content = new MemoryStream();
            zip.GetEntry(path)!.Open().CopyTo(content);
            var (header, rows) = DataPackage.Read(content.ToArray());
            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().Select(f => (Name: f.GetProperty("name").GetString()!, Type: f.GetProperty("type").GetString()!)).ToList();
            Assert.Equal(fields.Select(f => f.Name), header);
            foreach (var row in rows)
            {
                Assert.Equal(header.Length, row.Length);
                for (var i = 0; i < fields.Count; i++)
                {
                    Assert.True(row[i].Length == 0 || Conforms(row[i], fields[i].Type), $"{path}: '{row[i]}' is not a {fields[i].Type} ({fields[i].Name})");
                }
            }
            if (schema.TryGetProperty("primaryKey", out var key))
            {
                var indexes = key.EnumerateArray().Select(k => Array.IndexOf(header, k.GetString())).ToList();
                Assert.DoesNotContain(-1, indexes);
                Assert.Equal(rows.Count, rows.Select(r => string.Join('\u001f', indexes.Select(i => r[i]))).Distinct(StringComparer.Ordinal).Count());
            }
        }
        // projects.csv holds the documents' projects; AidData's records are in their own files.
        Assert.Equal(expected.Projects.Count(p => p.DatasetId is null), DataPackage.Read(ReadEntry(zip, "data/projects.csv")).Rows.Count);
        // The types say what the columns hold, so a tool reading the package gets numbers and dates, not text.
        string TypeOf(string file, string column) => resources.Single(r => r.GetProperty("path").GetString() == $"data/{file}")
            .GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == column).GetProperty("type").GetString()!;
        Assert.Equal("integer", TypeOf("projects.csv", "start_year"));
        Assert.Equal("number", TypeOf("trade_observations.csv", "value"));
        Assert.Equal("date", TypeOf("trade_observations.csv", "period_end"));
        Assert.Equal("string", TypeOf("projects.csv", "name"));
    }

    private static byte[] ReadEntry(ZipArchive zip, string path)
    {
        using var content = new MemoryStream();
        zip.GetEntry(path)!.Open().CopyTo(content);
        return content.ToArray();
    }

    /// <summary>Frictionless table schema types, as the descriptor declares them.</summary>
    private static bool Conforms(string value, string type) => type switch
    {
        "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "string" => true,
        _ => false,
    };
}
