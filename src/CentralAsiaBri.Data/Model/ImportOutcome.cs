namespace CentralAsiaBri.Data.Model;

/// <summary>Stored as text (at most 10 characters).</summary>
public enum ImportOutcome
{
    Applied,
    Rejected,
    /// <summary>Recorded before the import is checked and written; its own transaction turns it into Applied or Rejected.</summary>
    Pending,
    /// <summary>
    /// The process stopped (killed, crashed, powered off) while the import was pending: its transaction never
    /// committed, so nothing of it was written. Marked so by the next start of the app.
    /// </summary>
    Unfinished,
}
