namespace CentralAsiaBri.Data.Model;

/// <summary>
/// The current content of one data file, as the store holds it: what data/ had at the last seed, or what a
/// maintainer imported since. An import is validated together with the other current files.
/// </summary>
public sealed class DataFile
{
    /// <summary>The file name, e.g. <c>trade_observations.csv</c>.</summary>
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>SHA-256 of <see cref="Content"/>, hex.</summary>
    public required string Sha256 { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>"seed" for data/, otherwise the maintainer who imported the file.</summary>
    public required string UpdatedBy { get; set; }
}
