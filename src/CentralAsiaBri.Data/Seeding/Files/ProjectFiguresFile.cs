using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>project_figures.csv: a project's length, capacity, cost, …, each in a unit of the right quantity.</summary>
internal sealed class ProjectFiguresFile : DataFileDescriptor<ProjectFigure>
{
    public override string Name => "project_figures.csv";
    public override int ReadOrder => 120;
    public override string RowName => "project figure";
    public override IReadOnlyList<string> Columns { get; } = ["id", "project_id", "measure", "qualifier", "value", "unit_id", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "units.csv", "projects.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<ProjectFigure> figures)
    {
        foreach (var row in rows)
        {
            var project = row.Reference("project_id", data.Lookup<Project>());
            var unit = row.Reference("unit_id", data.Lookup<Unit>());
            var figure = new ProjectFigure
            {
                Id = row.Slug("id"),
                ProjectId = project?.Id ?? "",
                Project = project,
                Measure = row.Enum<FigureMeasure>("measure"),
                Qualifier = row.Qualifier("qualifier"),
                Value = row.Number("value"),
                UnitId = unit?.Id ?? "",
                Unit = unit,
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (unit is not null && ExpectedQuantity(figure.Measure) is { } expected && unit.Quantity != expected)
            {
                row.Error("unit_id", $"a {RowChecks.Kebab(figure.Measure)} figure needs a {RowChecks.Kebab(expected)} unit, not '{unit.Id}'");
            }
            figures.Add(figure.Id, figure, row);
            project?.Figures.Add(figure);
        }
    }

    private static Quantity? ExpectedQuantity(FigureMeasure measure) => measure switch
    {
        FigureMeasure.Length => Quantity.Length,
        FigureMeasure.TransitTime => Quantity.Duration,
        FigureMeasure.Capacity => Quantity.Power,
        FigureMeasure.Turnover or FigureMeasure.Investment => Quantity.Money,
        FigureMeasure.Count => Quantity.Count,
        _ => null,
    };
}
