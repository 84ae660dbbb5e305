using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>sources.csv: the documents, the references they cite and the web pages every row's citations name.</summary>
internal sealed class SourcesFile : DataFileDescriptor<Source>
{
    public override string Name => "sources.csv";
    public override int ReadOrder => 10;
    public override string RowName => "source";
    public override IReadOnlyList<string> Columns { get; } =
        ["id", "kind", "authors", "title", "publisher", "published", "doi", "url", "cited_in", "reference_number", "note", "terms"];
    public override string? HistoryKind => "sources";

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Source> sources)
    {
        foreach (var row in rows)
        {
            var source = new Source
            {
                Id = row.Slug("id"),
                Kind = row.Enum<SourceKind>("kind"),
                Authors = [.. row.List("authors")],
                Title = row.Required("title"),
                Publisher = row.Optional("publisher"),
                Published = row.OptionalPartialDate("published"),
                Doi = row.Optional("doi"),
                Url = row.Optional("url"),
                CitedInId = row.Optional("cited_in"),
                ReferenceNumber = row.Optional("reference_number") is null ? null : row.Integer("reference_number"),
                Note = row.Optional("note"),
                Terms = row.Optional("terms"),
            };
            if (source.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                row.Error("url", $"'{url}' is not an http(s) URL");
            }
            if (source.Kind == SourceKind.Reference && (source.CitedInId is null || source.ReferenceNumber is null))
            {
                row.Error("cited_in", "a reference needs cited_in and reference_number");
            }
            sources.Add(source.Id, source, row);
        }
        // cited_in points into the same file, so it is checked once the whole file is known.
        foreach (var row in rows)
        {
            if (row.Optional("cited_in") is not null)
            {
                row.OptionalReference("cited_in", sources);
            }
        }
    }
}
