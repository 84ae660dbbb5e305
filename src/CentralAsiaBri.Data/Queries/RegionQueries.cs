using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>
/// GCDF 3.0's committed value and project count in one first-level region: the sum of its projects' shares
/// (AidData's intersection-ratio commitment values, constant 2021 US dollars), how many projects touch it and how
/// many of them carry no amount. A derived figure: summed here, not stated by AidData.
/// </summary>
public sealed record RegionFinance(
    string ShapeId, string Name, string CountryId, string CountryName, double Longitude, double Latitude, int Projects, int ProjectsWithoutValue,
    double CommittedValue);

/// <summary>The same for a country: distinct projects with a location in it, and the sum of their shares in its regions.</summary>
public sealed record CountryFinance(string CountryId, string CountryName, int Projects, int ProjectsWithoutValue, double CommittedValue, int Regions);

/// <summary>One project's share in a region, as AidData gives it, and the explorer's rows with the same AidData id.</summary>
public sealed record RegionProject(
    int AidDataId, double IntersectionRatio, double EvenSplitRatio, double? IntersectionRatioCommitmentValue, double? EvenSplitRatioCommitmentValue,
    string? RecordUrl, IReadOnlyList<DatasetRecord> InExplorer);

public sealed record RegionsOverview(IReadOnlyList<CountryFinance> Countries, IReadOnlyList<RegionFinance> Regions, DatasetView? Dataset);

public sealed record RegionDetail(RegionFinance Region, IReadOnlyList<RegionProject> Projects, DatasetView? Dataset);

/// <summary>
/// AidData GCDF 3.0's geocoded finance by first-level region and by country (the projects page's map layer, the
/// regions table and the API), grouped and summed in SQL.
/// </summary>
public sealed class RegionQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
{
    public const string DatasetId = "aiddata-gcdf-3";

    public async Task<RegionsOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regions = await Regions(db.AidDataLocations).ToListAsync(cancellationToken);
        var countries = await db.AidDataLocations
            .GroupBy(l => new { l.CountryId, l.Country!.Name })
            .Select(g => new
            {
                g.Key.CountryId,
                g.Key.Name,
                Projects = g.Select(l => l.AidDataId).Distinct().Count(),
                WithoutValue = g.Where(l => l.IntersectionRatioCommitmentValue == null).Select(l => l.AidDataId).Distinct().Count(),
                Value = g.Sum(l => l.IntersectionRatioCommitmentValue ?? 0),
                Regions = g.Select(l => l.ShapeId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        return new RegionsOverview(
            [.. countries.OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new CountryFinance(c.CountryId, c.Name, c.Projects, c.WithoutValue, Cents(c.Value), c.Regions))],
            [.. regions.OrderBy(r => r.CountryName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Select(Shape)],
            await DatasetAsync(db, cancellationToken));
    }

    public async Task<RegionDetail?> GetRegionAsync(string shapeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var region = await Regions(db.AidDataLocations.Where(l => l.ShapeId == shapeId)).SingleOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return null;
        }
        var dataset = await DatasetAsync(db, cancellationToken);
        var rows = await db.AidDataLocations.Where(l => l.ShapeId == shapeId)
            .OrderByDescending(l => l.IntersectionRatioCommitmentValue ?? -1).ThenBy(l => l.AidDataId)
            .ToListAsync(cancellationToken);
        // The explorer's rows (GCOF 1.0, public diplomacy, military finance) with the same AidData ids: one query.
        var ids = rows.Select(r => (int?)r.AidDataId).ToList();
        var inExplorer = (await db.Projects.Where(p => p.DatasetRecordId != null && ids.Contains(p.DatasetRecordId))
                .OrderBy(p => p.Dataset!.Name).Select(p => new { p.DatasetRecordId, p.Id, p.Dataset!.Name }).ToListAsync(cancellationToken))
            .ToLookup(p => p.DatasetRecordId!.Value, p => new DatasetRecord(p.Id, p.Name));
        return new RegionDetail(Shape(region),
            [.. rows.Select(r => new RegionProject(r.AidDataId, r.IntersectionRatio, r.EvenSplitRatio, r.IntersectionRatioCommitmentValue,
                r.EvenSplitRatioCommitmentValue, dataset?.RecordUrl(r.AidDataId), [.. inExplorer[r.AidDataId]]))],
            dataset);
    }

    private sealed record RegionRow(string ShapeId, string Name, string CountryId, string CountryName, double Longitude, double Latitude,
        int Projects, int WithoutValue, double Value);

    // A region's rows share its name and centroid (one geoBoundaries unit), so they group with it.
    private static IQueryable<RegionRow> Regions(IQueryable<AidDataLocation> locations) => locations
        .GroupBy(l => new { l.ShapeId, l.ShapeName, l.CountryId, CountryName = l.Country!.Name, l.CentroidLongitude, l.CentroidLatitude })
        .Select(g => new RegionRow(g.Key.ShapeId, g.Key.ShapeName, g.Key.CountryId, g.Key.CountryName, g.Key.CentroidLongitude, g.Key.CentroidLatitude,
            g.Count(), g.Count(l => l.IntersectionRatioCommitmentValue == null), g.Sum(l => l.IntersectionRatioCommitmentValue ?? 0)));

    private static RegionFinance Shape(RegionRow r) =>
        new(r.ShapeId, r.Name, r.CountryId, r.CountryName, r.Longitude, r.Latitude, r.Projects, r.WithoutValue, Cents(r.Value));

    // AidData's values have cents; their sum is exact to the cent, and only the floating-point noise of adding
    // them (…0.0000001) is cut, never a digit the values carry.
    private static double Cents(double sum) => Math.Round(sum, 2, MidpointRounding.AwayFromZero);

    private static async Task<DatasetView?> DatasetAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken) =>
        await db.Datasets.Where(d => d.Id == DatasetId).Select(d => new DatasetView(d.Id, d.Name, d.Licence, d.LicenceUrl, d.Terms, d.Citation, d.RecordUrl))
            .SingleOrDefaultAsync(cancellationToken);
}
