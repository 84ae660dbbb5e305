using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>recommendations.csv: what the documents recommend, and the challenges each answers.</summary>
internal sealed class RecommendationsFile : DataFileDescriptor<Recommendation>
{
    public override string Name => "recommendations.csv";
    public override int ReadOrder => 150;
    public override string RowName => "recommendation";
    public override IReadOnlyList<string> Columns { get; } = ["id", "title", "summary", "dimensions", "pillars", "challenges", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv", "pillars.csv", "challenges.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Recommendation> recommendations)
    {
        foreach (var row in rows)
        {
            var recommendation = new Recommendation
            {
                Id = row.Slug("id"),
                Title = row.Required("title"),
                Summary = row.Required("summary"),
                Dimensions = row.References("dimensions", data.Lookup<StabilityDimension>(), required: true),
                Pillars = row.References("pillars", data.Lookup<Pillar>()),
                Challenges = row.References("challenges", data.Lookup<Challenge>()),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            recommendations.Add(recommendation.Id, recommendation, row);
        }
    }
}
