namespace CentralAsiaBri.Data.Model;

/// <summary>The audit trail: one attempt to import data files, applied or not, and by whom.</summary>
public sealed class ImportRecord
{
    public int Id { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    /// <summary>The signed-in maintainer, or <c>cli:USER</c> for the command line.</summary>
    public required string ImportedBy { get; set; }
    /// <summary>"web" or "cli".</summary>
    public required string Channel { get; set; }
    public ImportOutcome Outcome { get; set; }
    public int ErrorCount { get; set; }
    /// <summary>The report as text: per file what changed, or every problem found.</summary>
    public required string Report { get; set; }
    public List<ImportedFile> Files { get; set; } = [];
}
