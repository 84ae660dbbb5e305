namespace CentralAsiaBri.Data.Model;

public sealed class ReleaseFile
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
}
