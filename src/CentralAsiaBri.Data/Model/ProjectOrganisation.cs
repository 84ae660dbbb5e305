namespace CentralAsiaBri.Data.Model;

/// <summary>What an organisation does in a project.</summary>
public sealed class ProjectOrganisation : ICited
{
    public required string ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public OrganisationRole Role { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
