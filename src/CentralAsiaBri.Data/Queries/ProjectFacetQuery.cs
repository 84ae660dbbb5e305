using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

public sealed record FacetChoice(string Value, string Label, int Count, bool Selected);

public sealed record ProjectFacets(
    IReadOnlyList<FacetChoice> Countries, IReadOnlyList<FacetChoice> Pillars, IReadOnlyList<FacetChoice> Dimensions,
    IReadOnlyList<FacetChoice> Sectors, IReadOnlyList<FacetChoice> Statuses, IReadOnlyList<FacetChoice> Companies,
    IReadOnlyList<FacetChoice> Sources);

/// <summary>The projects page's facets and the map's counts per country.</summary>
public sealed record ProjectFacetCounts(ProjectFacets Facets, IReadOnlyDictionary<string, int> PerCountry);

/// <summary>
/// What only the projects page asks: each facet counts the projects that the *other* filters leave, so a reader
/// sees how many each choice would give, and the map shades each country by the whole filter.
/// </summary>
public sealed class ProjectFacetQuery(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
{
    public async Task<ProjectFacetCounts> GetAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var facets = await FacetsAsync(db, filter, cancellationToken);
        IReadOnlyDictionary<string, int> perCountry = facets.Countries.ToDictionary(c => c.Value, c => c.Count);
        // The map shades by the current filter including the country choice itself.
        if (filter.Countries.Count > 0)
        {
            perCountry = await ProjectSearch.Apply(db.Projects, filter).SelectMany(p => p.Countries).Where(c => c.IsFocus)
                .GroupBy(c => c.Id).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        }
        return new ProjectFacetCounts(facets, perCountry);
    }

    private static async Task<ProjectFacets> FacetsAsync(CentralAsiaBriDbContext db, ProjectFilter filter, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.Where(c => c.IsFocus).OrderBy(c => c.Id == "CN").ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var countryCounts = await ProjectSearch.Apply(db.Projects, filter, "country").SelectMany(p => p.Countries)
            .GroupBy(c => c.Id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var pillars = await db.Pillars.OrderBy(p => p.SortOrder).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var pillarCounts = await ProjectSearch.Apply(db.Projects, filter, "pillar").Where(p => p.PillarId != null)
            .GroupBy(p => p.PillarId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var dimensions = await db.Dimensions.OrderBy(d => d.SortOrder).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var dimensionCounts = await ProjectSearch.Apply(db.Projects, filter, "dimension").Where(p => p.DimensionId != null)
            .GroupBy(p => p.DimensionId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var sectorCounts = await ProjectSearch.Apply(db.Projects, filter, "sector").Where(p => p.Sector != null)
            .GroupBy(p => p.Sector!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var statusCounts = await ProjectSearch.Apply(db.Projects, filter, "status")
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var companies = await db.Organisations.Where(o => o.Kind == OrganisationKind.Company).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var companyCounts = await ProjectSearch.Apply(db.Projects, filter, "company").SelectMany(p => p.Organisations)
            .GroupBy(o => o.OrganisationId).Select(g => new { g.Key, Count = g.Select(o => o.ProjectId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        // Where rows come from: the documents (no dataset) first, then each dataset in its file's order.
        var datasets = await db.Datasets.Where(d => db.Projects.Any(p => p.DatasetId == d.Id)).OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var sourceCounts = await ProjectSearch.Apply(db.Projects, filter, "source")
            .GroupBy(p => p.DatasetId ?? ProjectFilter.DocumentsSource).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        return new ProjectFacets(
            [.. countries.Select(c => new FacetChoice(c.Id, c.Name, countryCounts.GetValueOrDefault(c.Id), filter.Countries.Contains(c.Id)))],
            [.. pillars.Select(p => new FacetChoice(p.Id, p.Name, pillarCounts.GetValueOrDefault(p.Id), filter.Pillar == p.Id))],
            [.. dimensions.Select(d => new FacetChoice(d.Id, d.Name, dimensionCounts.GetValueOrDefault(d.Id), filter.Dimension == d.Id))],
            [.. Enum.GetValues<Sector>().Where(s => sectorCounts.ContainsKey(s) || filter.Sector == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), sectorCounts.GetValueOrDefault(s), filter.Sector == s))],
            [.. Enum.GetValues<ProjectStatus>().Where(s => statusCounts.ContainsKey(s) || filter.Status == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), statusCounts.GetValueOrDefault(s), filter.Status == s))],
            [.. companies.Select(c => new FacetChoice(c.Id, c.Name, companyCounts.GetValueOrDefault(c.Id), filter.Company == c.Id))],
            [new FacetChoice(ProjectFilter.DocumentsSource, "The documents", sourceCounts.GetValueOrDefault(ProjectFilter.DocumentsSource), filter.Source == ProjectFilter.DocumentsSource),
                .. datasets.Select(d => new FacetChoice(d.Id, d.Name, sourceCounts.GetValueOrDefault(d.Id), filter.Source == d.Id))]);
    }
}
