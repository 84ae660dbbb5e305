namespace CentralAsiaBri.Data.Model;

/// <summary>Where a row's facts come from: a source and, optionally, the place in it ("§3 ¶2").</summary>
public sealed class Citation
{
    public required string SourceId { get; set; }

    public string? Location { get; set; }

    public Source? Source { get; set; }

    public override string ToString() => Location is null ? SourceId : $"{SourceId} {Location}";
}

/// <summary>A row that carries its provenance.</summary>
public interface ICited
{
    List<Citation> Citations { get; }
}
