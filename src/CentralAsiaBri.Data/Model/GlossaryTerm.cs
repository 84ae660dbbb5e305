namespace CentralAsiaBri.Data.Model;

/// <summary>A term the site explains; its aliases are linked to the entry where they appear in text.</summary>
public sealed class GlossaryTerm : ICited
{
    public required string Id { get; set; }
    public required string Term { get; set; }
    public List<string> Aliases { get; set; } = [];
    public required string Definition { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
