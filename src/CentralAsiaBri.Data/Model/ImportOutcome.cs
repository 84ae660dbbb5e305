namespace CentralAsiaBri.Data.Model;

public enum ImportOutcome
{
    Applied,
    Rejected,
}
