using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>Checks several files' readers share.</summary>
internal static class RowChecks
{
    /// <summary>A row's pillar (optional) and dimension (required), which must agree with the pillar's own.</summary>
    public static (Pillar? Pillar, StabilityDimension? Dimension) PillarAndDimension(CsvRow row, DataReadContext data)
    {
        var pillar = row.OptionalReference("pillar_id", data.Lookup<Pillar>());
        var dimension = row.Reference("dimension_id", data.Lookup<StabilityDimension>());
        if (pillar is not null && dimension is not null && pillar.DimensionId != dimension.Id)
        {
            row.Error("dimension_id", $"is '{dimension.Id}' but pillar '{pillar.Id}' belongs to '{pillar.DimensionId}'");
        }
        return (pillar, dimension);
    }

    public static string Kebab<T>(T value)
        where T : struct, Enum => CsvRow.ToKebabCase(value.ToString());
}
