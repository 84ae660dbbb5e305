using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>headlines.csv: the home page's headline figures, each a caption for one observation or project figure.</summary>
internal sealed class HeadlinesFile : DataFileDescriptor<Headline>
{
    public override string Name => "headlines.csv";
    public override int ReadOrder => 180;
    public override string RowName => "headline";
    public override IReadOnlyList<string> Columns { get; } = ["id", "sort_order", "label", "observation_id", "project_figure_id", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "observations.csv", "trade_observations.csv", "project_figures.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Headline> headlines)
    {
        foreach (var row in rows)
        {
            var observation = row.OptionalReference("observation_id", data.Lookup<Observation>());
            var figure = row.OptionalReference("project_figure_id", data.Lookup<ProjectFigure>());
            if ((row.Optional("observation_id") is null) == (row.Optional("project_figure_id") is null))
            {
                row.Error("observation_id", "a headline shows exactly one figure: give observation_id or project_figure_id");
            }
            var headline = new Headline
            {
                Id = row.Slug("id"),
                SortOrder = row.Integer("sort_order"),
                Label = row.Required("label"),
                ObservationId = observation?.Id,
                Observation = observation,
                ProjectFigureId = figure?.Id,
                ProjectFigure = figure,
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            headlines.Add(headline.Id, headline, row);
        }
    }
}
