namespace CentralAsiaBri.Data.Model;

/// <summary>A numbered, dated snapshot of every data file, with the changes since the previous one.</summary>
public sealed class Release
{
    public int Id { get; set; }
    /// <summary>Semantic version: major (a file's columns changed), minor (rows added or removed), patch (corrections).</summary>
    public required string Version { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public required string PublishedBy { get; set; }
    /// <summary>The newest revision included: the next release's changelog starts after it.</summary>
    public int LastRevisionId { get; set; }
    /// <summary>Generated from the revisions since the previous release.</summary>
    public required string Changelog { get; set; }
    public List<ReleaseFile> Files { get; set; } = [];
}
