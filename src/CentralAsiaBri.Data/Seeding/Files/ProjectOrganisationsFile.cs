using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>project_organisations.csv: what an organisation does in a project; a join table, each row its own key.</summary>
internal sealed class ProjectOrganisationsFile : DataFileDescriptor<ProjectOrganisation>
{
    public override string Name => "project_organisations.csv";
    public override int ReadOrder => 130;
    public override string RowName => "project organisation";
    public override IReadOnlyList<string> Columns { get; } = ["project_id", "organisation_id", "role", "sources"];
    public override IReadOnlyList<string>? KeyColumns => null;
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "organisations.csv", "projects.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<ProjectOrganisation> links)
    {
        foreach (var row in rows)
        {
            var project = row.Reference("project_id", data.Lookup<Project>());
            var organisation = row.Reference("organisation_id", data.Lookup<Organisation>());
            var link = new ProjectOrganisation
            {
                ProjectId = project?.Id ?? "",
                Project = project,
                OrganisationId = organisation?.Id ?? "",
                Organisation = organisation,
                Role = row.Enum<OrganisationRole>("role"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (project is not null && organisation is not null)
            {
                links.Add($"{link.ProjectId} {link.OrganisationId} {link.Role}", link, row, "organisation_id");
                project.Organisations.Add(link);
            }
        }
    }
}
