using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>dimensions.csv: the three dimensions of regional stability.</summary>
internal sealed class DimensionsFile : DataFileDescriptor<StabilityDimension>
{
    public override string Name => "dimensions.csv";
    public override int ReadOrder => 30;
    public override string RowName => "dimension";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "sort_order", "summary", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<StabilityDimension> dimensions)
    {
        foreach (var row in rows)
        {
            var dimension = new StabilityDimension
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                SortOrder = row.Integer("sort_order"),
                Summary = row.Required("summary"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            dimensions.Add(dimension.Id, dimension, row);
        }
    }
}
