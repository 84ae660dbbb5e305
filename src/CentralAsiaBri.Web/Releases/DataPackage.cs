using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CentralAsiaBri.Data.Import;

namespace CentralAsiaBri.Web.Releases;

/// <summary>
/// A release as a Frictionless Data package (https://specs.frictionlessdata.io/data-package/): a zip with the
/// CSV files under <c>data/</c>, a README (the data dictionary, how to cite, licence) and <c>datapackage.json</c>
/// describing every file as a tabular resource with its fields and their types.
/// </summary>
public static class DataPackage
{
    public const string Name = "china-central-asia-cooperation";

    public static byte[] Zip(ReleaseSummary release, IReadOnlyDictionary<string, byte[]> files, string dictionary, string homepage)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Add(zip, $"data/{name}", content);
            }
            Add(zip, "README.md", Encoding.UTF8.GetBytes(Readme(release, files, dictionary, homepage)));
            Add(zip, "datapackage.json", Encoding.UTF8.GetBytes(Descriptor(release, files, homepage).ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }

    public static string Citation(ReleaseSummary release, string homepage) =>
        $"CentralAsiaBri. ({release.PublishedAtUtc.Year}). China–Central Asia cooperation data (Version {release.Version}) [Data set]. {homepage}data";

    private static string Readme(ReleaseSummary release, IReadOnlyDictionary<string, byte[]> files, string dictionary, string homepage) => $"""
        # CentralAsiaBri data release {release.Version}

        Published {release.PublishedAtUtc:yyyy-MM-dd} by {release.PublishedBy}. {homepage}

        ## How to cite
        {Citation(release, homepage)}

        Cite the original sources as well: every row names them in its `sources` column (see `data/sources.csv`).

        ## Licence
        The figures are facts reported by the sources each row cites; their publishers' terms apply to those
        sources. Where a publisher sets terms of its own, `data/sources.csv` gives them in its `terms` column and
        `datapackage.json` lists that source under `sources`: the IMF's Direction of Trade Statistics
        (`data/imf_dots_trade.csv`) may be reused on condition that the IMF is cited as the source;
        `data/cgit_observations.csv` holds only this project's yearly sums and deal counts of AEI's China Global
        Investment Tracker, whose publishers keep all rights and allow use with citation: cite them wherever those
        sums are shown, and do not expect AEI's deals here. The compilation, the project's own descriptions and this package carry no licence of their own
        yet: ask the maintainers before republishing them wholesale.

        The files of bulk datasets (AidData's) carry their publisher's terms; cite the dataset wherever you show
        its figures (also in `datapackage.json`, on each resource, and in `data/datasets.csv`):
        {DatasetTerms(files)}

        ## Files
        `data/*.csv` (UTF-8, RFC 4180, one header row), described field by field in `datapackage.json`
        (Frictionless Data tabular data package) and in the dictionary below. Qualifiers (`=`, `>`, `<`, `≈`) are
        data: a value with `>` is a lower bound, never the value itself.

        ## Changes in this release
        {release.Changelog}

        ---

        {dictionary}
        """;

    private static JsonObject Descriptor(ReleaseSummary release, IReadOnlyDictionary<string, byte[]> files, string homepage) => new()
    {
        ["profile"] = "tabular-data-package",
        ["name"] = Name,
        ["title"] = "China–Central Asia cooperation: indicators, projects and events (CentralAsiaBri)",
        ["version"] = release.Version,
        ["created"] = release.PublishedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["homepage"] = homepage,
        ["sources"] = new JsonArray([.. TermedSources(files).Select(s => (JsonNode)s)]),
        ["resources"] = new JsonArray([.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (JsonNode)Resource(f.Key, f.Value, Datasets(files)))]),
    };

    /// <summary>
    /// The sources whose publishers set terms of reuse (sources.csv's <c>terms</c>), as the package's <c>sources</c>:
    /// title, path (the publisher's record) and the terms, so the condition travels with the package.
    /// </summary>
    private static IEnumerable<JsonObject> TermedSources(IReadOnlyDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue("sources.csv", out var content))
        {
            yield break;
        }
        var (header, rows) = Read(content);
        int Column(string name) => Array.IndexOf(header, name);
        var (id, title, url, terms) = (Column("id"), Column("title"), Column("url"), Column("terms"));
        if (terms < 0)
        {
            yield break;
        }
        foreach (var row in rows.Where(r => terms < r.Length && r[terms].Length > 0))
        {
            var source = new JsonObject { ["id"] = row[id], ["title"] = row[title] };
            if (url >= 0 && row[url].Length > 0)
            {
                source["path"] = row[url];
            }
            source["terms"] = row[terms];
            yield return source;
        }
    }

    /// <summary>A bulk dataset's terms as datasets.csv states them.</summary>
    private sealed record DatasetTermsRow(string Id, string Name, string? Licence, string? LicenceUrl, string Terms, string Citation);

    /// <summary>The datasets of datasets.csv in this release (none when the release has no such file).</summary>
    private static Dictionary<string, DatasetTermsRow> Datasets(IReadOnlyDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue("datasets.csv", out var content))
        {
            return [];
        }
        var (header, rows) = Read(content);
        string? Field(string[] row, string column) => Array.IndexOf(header, column) is >= 0 and var i && i < row.Length && row[i].Length > 0 ? row[i] : null;
        return rows.Where(r => Field(r, "id") is not null).ToDictionary(r => Field(r, "id")!, r => new DatasetTermsRow(Field(r, "id")!, Field(r, "name") ?? "",
            Field(r, "licence"), Field(r, "licence_url"), Field(r, "terms") ?? "", Field(r, "citation") ?? ""), StringComparer.Ordinal);
    }

    private static string DatasetTerms(IReadOnlyDictionary<string, byte[]> files)
    {
        var datasets = Datasets(files);
        var lines = Data.Seeding.DataFileRegistry.All.Where(d => d.Dataset is not null && files.ContainsKey(d.Name) && datasets.ContainsKey(d.Dataset))
            .Select(d => datasets[d.Dataset!] is var t
                ? $"- `data/{d.Name}` ({t.Name}): licence {t.Licence ?? "not confirmed"}. {t.Terms} Cite: {t.Citation}"
                : "");
        return string.Join("\n", lines);
    }

    /// <summary>One file as a tabular resource: its fields, each typed by what every value in it is.</summary>
    private static JsonObject Resource(string file, byte[] content, IReadOnlyDictionary<string, DatasetTermsRow> datasets)
    {
        var (header, rows) = Read(content);
        var fields = new JsonArray([.. header.Select((column, i) => (JsonNode)new JsonObject
        {
            ["name"] = column,
            ["type"] = TypeOf(rows.Select(r => i < r.Length ? r[i] : "")),
        })]);
        var schema = new JsonObject { ["fields"] = fields };
        if (Data.Seeding.DataFileRegistry.KeyColumns(file, header) is { } key)
        {
            schema["primaryKey"] = new JsonArray([.. key.Select(c => (JsonNode)c)]);
        }
        var resource = new JsonObject
        {
            ["profile"] = "tabular-data-resource",
            ["name"] = Path.GetFileNameWithoutExtension(file).Replace('_', '-'),
            ["path"] = $"data/{file}",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = schema,
        };
        // A bulk dataset's file carries its publisher's licence (or says it is not confirmed) and the citation it asks for.
        if (Data.Seeding.DataFileRegistry.Find(file)?.Dataset is { } id && datasets.TryGetValue(id, out var dataset))
        {
            resource["description"] = $"Rows of {dataset.Name}, as the dataset gives them. Terms: {dataset.Terms}";
            resource["sources"] = new JsonArray(new JsonObject { ["title"] = dataset.Citation });
            if (dataset.Licence is not null)
            {
                resource["licenses"] = new JsonArray(new JsonObject { ["name"] = dataset.Licence, ["path"] = dataset.LicenceUrl, ["title"] = dataset.Licence });
            }
        }
        return resource;
    }

    /// <summary>integer, number or date when every non-empty value is one; string otherwise.</summary>
    private static string TypeOf(IEnumerable<string> values)
    {
        var present = values.Where(v => v.Length > 0).ToList();
        if (present.Count == 0)
        {
            return "string";
        }
        if (present.All(v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            return "integer";
        }
        if (present.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return "number";
        }
        return present.All(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) ? "date" : "string";
    }

    /// <summary>A file's header and records, as the package's readers will parse it.</summary>
    public static (string[] Header, List<string[]> Rows) Read(byte[] content) => Data.Seeding.DataFiles.ReadRecords(content);
}
