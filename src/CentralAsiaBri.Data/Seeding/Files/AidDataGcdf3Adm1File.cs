using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// aiddata_gcdf3_adm1.csv: AidData GCDF 3.0's first-level locations of the Chinese development-finance projects
/// in the five states, one row per project and region, with AidData's ratios, commitment values and centroids.
/// </summary>
internal sealed class AidDataGcdf3Adm1File : DataFileDescriptor<AidDataLocation>
{
    public override string Name => "aiddata_gcdf3_adm1.csv";
    public override int ReadOrder => 118;
    public override string RowName => "location";
    public override string Dataset => "aiddata-gcdf-3";
    public override IReadOnlyList<string> Columns { get; } =
    [
        "aiddata_id", "country_id", "shape_id", "shape_name", "intersection_ratio", "even_split_ratio",
        "intersection_ratio_commitment_value", "even_split_ratio_commitment_value", "centroid_longitude", "centroid_latitude", "sources",
    ];
    public override IReadOnlyList<string> KeyColumns { get; } = ["aiddata_id", "shape_id"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "countries.csv", "datasets.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<AidDataLocation> locations)
    {
        foreach (var row in rows)
        {
            var idText = row.Required("aiddata_id");
            var id = 0;
            if (idText.Length > 0 && !(int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0))
            {
                row.Error("aiddata_id", $"'{idText}' is not an AidData project id (a positive whole number)");
            }
            var country = row.Reference("country_id", data.Lookup<Country>());
            if (country is { IsFocus: false } || country?.Id == "CN")
            {
                row.Error("country_id", $"'{country.Id}' is not one of the five Central Asian states");
            }
            var location = new AidDataLocation
            {
                AidDataId = id,
                ShapeId = row.Required("shape_id"),
                ShapeName = row.Required("shape_name"),
                CountryId = country?.Id ?? "",
                Country = country,
                IntersectionRatio = Ratio(row, "intersection_ratio"),
                EvenSplitRatio = Ratio(row, "even_split_ratio"),
                IntersectionRatioCommitmentValue = row.OptionalNumber("intersection_ratio_commitment_value"),
                EvenSplitRatioCommitmentValue = row.OptionalNumber("even_split_ratio_commitment_value"),
                CentroidLongitude = Coordinate(row, "centroid_longitude", 180),
                CentroidLatitude = Coordinate(row, "centroid_latitude", 90),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (location.Citations.Count > 0 && location.Citations.All(c => c.SourceId != "aiddata-gcdf-3"))
            {
                row.Error("sources", "a row of aiddata_gcdf3_adm1.csv cites its dataset, 'aiddata-gcdf-3'");
            }
            if (!data.Known<Dataset>("aiddata-gcdf-3"))
            {
                row.Error("sources", "dataset 'aiddata-gcdf-3' is not in datasets.csv");
            }
            locations.Add($"{idText}/{location.ShapeId}", location, row, "shape_id");
        }
    }

    private static double Ratio(CsvRow row, string column)
    {
        var value = row.Number(column);
        if (value is < 0 or > 1)
        {
            row.Error(column, $"{value.ToString(CultureInfo.InvariantCulture)} is not a ratio between 0 and 1");
        }
        return value;
    }

    private static double Coordinate(CsvRow row, string column, double limit)
    {
        var value = row.Number(column);
        if (Math.Abs(value) > limit)
        {
            row.Error(column, $"{value.ToString(CultureInfo.InvariantCulture)} is outside ±{limit.ToString(CultureInfo.InvariantCulture)} degrees");
        }
        return value;
    }
}
