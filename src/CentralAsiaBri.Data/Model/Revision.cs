namespace CentralAsiaBri.Data.Model;

/// <summary>
/// One change to one row of a data file, kept for good: who or what made it (a seed from data/, or a
/// maintainer's import), when, the row before and after, and the sources the row cites. A removed row stays
/// here as a tombstone with the reason.
/// </summary>
public sealed class Revision
{
    public int Id { get; set; }
    /// <summary>The data file, e.g. <c>trade_observations.csv</c>.</summary>
    public required string File { get; set; }
    /// <summary>The row's <c>id</c>, or the whole row for files without one (join tables).</summary>
    public required string RowId { get; set; }
    public RevisionKind Kind { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    /// <summary>"seed" for a load of data/, otherwise the maintainer (or <c>cli:USER</c>).</summary>
    public required string ChangedBy { get; set; }
    public int? ImportRecordId { get; set; }
    public ImportRecord? Import { get; set; }
    /// <summary>The row before the change, as JSON (column → text); null when it was added.</summary>
    public string? OldValues { get; set; }
    /// <summary>The row after the change, as JSON; null when it was removed.</summary>
    public string? NewValues { get; set; }
    /// <summary>The row's <c>sources</c> column (after the change, or before a removal).</summary>
    public string? Sources { get; set; }
    /// <summary>Why a row was removed.</summary>
    public string? Reason { get; set; }
}
