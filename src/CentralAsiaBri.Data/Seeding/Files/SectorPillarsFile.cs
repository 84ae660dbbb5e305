using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// sector_pillars.csv: the pillar (and dimension) of each OECD CRS sector that AidData's project data uses, so
/// projects loaded from it are placed in the framework by one documented rule per sector.
/// </summary>
internal sealed class SectorPillarsFile : DataFileDescriptor<SectorPillar>
{
    public override string Name => "sector_pillars.csv";
    // Before projects.csv: the AidData project files (read right after it, so a project's rows are one block of the
    // read order) place their rows by it.
    public override int ReadOrder => 102;
    public override string RowName => "sector";
    public override IReadOnlyList<string> Columns { get; } = ["crs_code", "crs_name", "pillar_id", "dimension_id", "basis", "sources"];
    public override IReadOnlyList<string> KeyColumns { get; } = ["crs_code"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv", "pillars.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<SectorPillar> sectors)
    {
        foreach (var row in rows)
        {
            var code = row.Required("crs_code");
            var isCode = code.Length == 3 && code.All(char.IsAsciiDigit);
            if (code.Length > 0 && !isCode)
            {
                row.Error("crs_code", $"'{code}' is not a CRS sector code (three digits, such as 210)");
            }
            var pillar = row.OptionalReference("pillar_id", data.Lookup<Pillar>());
            var dimension = row.OptionalReference("dimension_id", data.Lookup<StabilityDimension>());
            if (row.Optional("pillar_id") is not null && row.Optional("dimension_id") is null)
            {
                row.Error("dimension_id", "a sector with a pillar needs that pillar's dimension");
            }
            else if (pillar is not null && dimension is not null && pillar.DimensionId != dimension.Id)
            {
                row.Error("dimension_id", $"is '{dimension.Id}' but pillar '{pillar.Id}' belongs to '{pillar.DimensionId}'");
            }
            var sector = new SectorPillar
            {
                CrsCode = isCode ? int.Parse(code, CultureInfo.InvariantCulture) : 0,
                CrsName = row.Required("crs_name"),
                PillarId = pillar?.Id,
                Pillar = pillar,
                DimensionId = dimension?.Id,
                Dimension = dimension,
                Basis = row.Required("basis"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            sectors.Add(isCode ? code : "", sector, row, "crs_code");
        }
    }
}
