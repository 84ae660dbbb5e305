using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>pillars.csv: the five pillars of the connectivity framework, each feeding one dimension.</summary>
internal sealed class PillarsFile : DataFileDescriptor<Pillar>
{
    public override string Name => "pillars.csv";
    public override int ReadOrder => 40;
    public override string RowName => "pillar";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "dimension_id", "sort_order", "summary", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Pillar> pillars)
    {
        foreach (var row in rows)
        {
            var dimension = row.Reference("dimension_id", data.Lookup<StabilityDimension>());
            var pillar = new Pillar
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                DimensionId = dimension?.Id ?? "",
                Dimension = dimension,
                SortOrder = row.Integer("sort_order"),
                Summary = row.Required("summary"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            pillars.Add(pillar.Id, pillar, row);
        }
    }
}
