namespace CentralAsiaBri.Data.Model;

/// <summary>A document, a reference a document cites, a web page or a dataset.</summary>
public sealed class Source
{
    public required string Id { get; set; }
    public SourceKind Kind { get; set; }
    public List<string> Authors { get; set; } = [];
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    /// <summary>ISO 8601 date, as precise as known ("2025", "2025-06-18").</summary>
    public string? Published { get; set; }
    public string? Doi { get; set; }
    public string? Url { get; set; }
    public string? CitedInId { get; set; }
    public Source? CitedIn { get; set; }
    public int? ReferenceNumber { get; set; }
    public string? Note { get; set; }
    /// <summary>The publisher's terms of reuse and the citation they ask for; shown wherever the source's figures appear. Null when none are recorded.</summary>
    public string? Terms { get; set; }
}
