using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>challenges.csv: the problems the documents name, by dimension and pillar.</summary>
internal sealed class ChallengesFile : DataFileDescriptor<Challenge>
{
    public override string Name => "challenges.csv";
    public override int ReadOrder => 140;
    public override string RowName => "challenge";
    public override IReadOnlyList<string> Columns { get; } = ["id", "title", "summary", "dimensions", "pillars", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv", "pillars.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Challenge> challenges)
    {
        foreach (var row in rows)
        {
            var challenge = new Challenge
            {
                Id = row.Slug("id"),
                Title = row.Required("title"),
                Summary = row.Required("summary"),
                Dimensions = row.References("dimensions", data.Lookup<StabilityDimension>(), required: true),
                Pillars = row.References("pillars", data.Lookup<Pillar>()),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            challenges.Add(challenge.Id, challenge, row);
        }
    }
}
