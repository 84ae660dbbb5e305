using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// datasets.csv: the bulk datasets shown row by row (AidData's), each a source of sources.csv, with its terms of
/// reuse, the publisher's record page and where its rows sit in the framework.
/// </summary>
internal sealed class DatasetsFile : DataFileDescriptor<Dataset>
{
    public override string Name => "datasets.csv";
    // Before projects.csv, whose entity the AidData files share: projects name their dataset.
    public override int ReadOrder => 104;
    public override string RowName => "dataset";
    public override IReadOnlyList<string> Columns { get; } =
        ["id", "name", "licence", "licence_url", "terms", "record_url", "pillar_id", "dimension_id", "placement", "citation", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv", "pillars.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Dataset> datasets)
    {
        foreach (var row in rows)
        {
            var id = row.Slug("id");
            // A dataset is one of the sources rows cite: its id must be a source's.
            var source = id.Length == 0 ? null : row.Reference("id", data.Lookup<Source>());
            var pillar = row.OptionalReference("pillar_id", data.Lookup<Pillar>());
            var dimension = row.OptionalReference("dimension_id", data.Lookup<StabilityDimension>());
            if (row.Optional("pillar_id") is not null && row.Optional("dimension_id") is null)
            {
                row.Error("dimension_id", "a dataset placed under a pillar needs that pillar's dimension");
            }
            else if (pillar is not null && dimension is not null && pillar.DimensionId != dimension.Id)
            {
                row.Error("dimension_id", $"is '{dimension.Id}' but pillar '{pillar.Id}' belongs to '{pillar.DimensionId}'");
            }
            var licence = row.Optional("licence");
            var licenceUrl = HttpUrl(row, "licence_url");
            if (licence is not null && licenceUrl is null)
            {
                row.Error("licence_url", "a licence needs the URL of its text");
            }
            var recordUrl = HttpUrl(row, "record_url");
            if (recordUrl is not null && !recordUrl.Contains("{id}", StringComparison.Ordinal))
            {
                row.Error("record_url", "the record page needs '{id}' where the record's id goes");
            }
            var dataset = new Dataset
            {
                Id = id,
                Source = source,
                Name = row.Required("name"),
                Licence = licence,
                LicenceUrl = licenceUrl,
                Terms = row.Required("terms"),
                RecordUrl = recordUrl,
                PillarId = pillar?.Id,
                Pillar = pillar,
                DimensionId = dimension?.Id,
                Dimension = dimension,
                Placement = row.Required("placement"),
                Citation = row.Required("citation"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            datasets.Add(id, dataset, row);
        }
    }

    private static string? HttpUrl(CsvRow row, string column)
    {
        var text = row.Optional(column);
        if (text is not null && !(Uri.TryCreate(text.Replace("{id}", "1", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            row.Error(column, $"'{text}' is not an http(s) URL");
        }
        return text;
    }
}
