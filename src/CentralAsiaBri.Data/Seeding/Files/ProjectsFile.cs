using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>projects.csv: projects, programmes, platforms, plans, agreements and mechanisms of cooperation.</summary>
internal sealed class ProjectsFile : DataFileDescriptor<Project>
{
    public override string Name => "projects.csv";
    public override int ReadOrder => 110;
    public override string RowName => "project";
    public override IReadOnlyList<string> Columns { get; } =
        ["id", "name", "kind", "countries", "pillar_id", "dimension_id", "sector", "status", "start_year", "end_year", "location", "description", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv", "pillars.csv", "countries.csv"];
    public override string? HistoryKind => "projects";

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Project> projects)
    {
        foreach (var row in rows)
        {
            var (pillar, dimension) = RowChecks.PillarAndDimension(row, data);
            var project = new Project
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Kind = row.Enum<ProjectKind>("kind"),
                Countries = row.References("countries", data.Lookup<Country>(), required: true),
                PillarId = pillar?.Id,
                Pillar = pillar,
                DimensionId = dimension?.Id,
                Dimension = dimension,
                Sector = row.Enum<Sector>("sector"),
                Status = row.Enum<ProjectStatus>("status"),
                StartYear = row.OptionalYear("start_year"),
                EndYear = row.OptionalYear("end_year"),
                Location = row.Optional("location"),
                Description = row.Required("description"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (project.StartYear > project.EndYear)
            {
                row.Error("end_year", "the project ends before it starts");
            }
            projects.Add(project.Id, project, row);
        }
    }
}
