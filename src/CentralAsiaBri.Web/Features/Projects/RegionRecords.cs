using System.Globalization;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Downloads;

namespace CentralAsiaBri.Web.Features.Projects;

// AidData GCDF 3.0's finance by first-level region and by country as the API and the regions download give it. The
// values are sums the dashboard derives from AidData's shares (constant 2021 US dollars), so every response names the
// dataset with its licence and the citation it asks for.

/// <summary>A first-level region: its committed value (sum of its projects' shares), projects and projects without an amount.</summary>
public sealed record ApiRegion(string Id, string Name, string Country, double Longitude, double Latitude, double CommittedValueUsd2021, int Projects,
    int ProjectsWithoutAmount, string Url);

/// <summary>A country: distinct projects with a location in it and the sum of their shares in its regions.</summary>
public sealed record ApiRegionCountry(string Country, double CommittedValueUsd2021, int Projects, int ProjectsWithoutAmount, int Regions);

/// <summary>The whole layer: how it is derived, the dataset (licence, citation), and the countries and regions.</summary>
public sealed record ApiRegions(string Derivation, ApiDataset? Dataset, IReadOnlyList<ApiRegionCountry> Countries, IReadOnlyList<ApiRegion> Regions);

public static class RegionRecords
{
    public const string Derivation =
        "Sums by the dashboard of AidData GCDF 3.0's intersection-ratio commitment values (each project's commitment in constant 2021 US dollars " +
        "times the share of its geography in the region) over the projects with a location in each first-level region; a project in several " +
        "regions counts in each. The location files carry no titles, sectors or years; projects without an amount are counted, not valued.";

    public static ApiRegions From(RegionsOverview overview, string baseUrl) => new(
        Derivation,
        ProjectRecords.Dataset(overview.Dataset),
        [.. overview.Countries.Select(c => new ApiRegionCountry(c.CountryId, c.CommittedValue, c.Projects, c.ProjectsWithoutValue, c.Regions))],
        [.. overview.Regions.Select(r => new ApiRegion(r.ShapeId, r.Name, r.CountryId, r.Longitude, r.Latitude, r.CommittedValue, r.Projects,
            r.ProjectsWithoutValue, $"{baseUrl}projects/regions/{Uri.EscapeDataString(r.ShapeId)}"))]);

    /// <summary>The regions as one CSV file; the dataset, its licence and its citation are columns of every row.</summary>
    public static byte[] Csv(ApiRegions regions)
    {
        var dataset = regions.Dataset;
        string[] header = ["region_id", "region", "country", "centroid_longitude", "centroid_latitude", "committed_value_usd_2021", "projects",
            "projects_without_amount", "dataset", "licence", "dataset_citation", "url"];
        return CsvFile.Write(header, regions.Regions.Select(r => (IReadOnlyList<string?>)
        [
            r.Id, r.Name, r.Country, CsvFile.Number(r.Longitude), CsvFile.Number(r.Latitude), CsvFile.Number(r.CommittedValueUsd2021),
            r.Projects.ToString(CultureInfo.InvariantCulture), r.ProjectsWithoutAmount.ToString(CultureInfo.InvariantCulture),
            dataset?.Id, dataset is null ? null : dataset.Licence ?? "not confirmed", dataset?.Citation, r.Url,
        ]));
    }
}
