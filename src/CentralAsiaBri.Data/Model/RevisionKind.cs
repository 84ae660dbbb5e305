namespace CentralAsiaBri.Data.Model;

public enum RevisionKind
{
    Added,
    Changed,
    Removed,
}
