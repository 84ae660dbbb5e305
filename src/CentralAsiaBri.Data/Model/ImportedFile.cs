namespace CentralAsiaBri.Data.Model;

/// <summary>One file of an import, kept whole so an audit can see exactly what was loaded.</summary>
public sealed class ImportedFile
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
    public int RowsAdded { get; set; }
    public int RowsChanged { get; set; }
    public int RowsRemoved { get; set; }
}
