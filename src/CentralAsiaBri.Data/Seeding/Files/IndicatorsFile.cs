using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>indicators.csv: what is measured, under which pillar; its observations are the figures.</summary>
internal sealed class IndicatorsFile : DataFileDescriptor<Indicator>
{
    public override string Name => "indicators.csv";
    public override int ReadOrder => 60;
    public override string RowName => "indicator";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "description", "pillar_id", "quantity", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "pillars.csv"];
    public override string? HistoryKind => "indicators";

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Indicator> indicators)
    {
        foreach (var row in rows)
        {
            var pillar = row.Reference("pillar_id", data.Lookup<Pillar>());
            var indicator = new Indicator
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Description = row.Required("description"),
                PillarId = pillar?.Id ?? "",
                Pillar = pillar,
                Quantity = row.Enum<Quantity>("quantity"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            indicators.Add(indicator.Id, indicator, row);
        }
    }
}
