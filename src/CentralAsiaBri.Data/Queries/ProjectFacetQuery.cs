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
/// <remarks>
/// Counted in memory over <see cref="ProjectIndex"/>, in one pass: as SQL they were eight GROUP BY scans of every
/// project per view, most of an uncached projects page at 100× the data (issue 17, docs/performance.md).
/// </remarks>
public sealed class ProjectFacetQuery(ProjectIndex index)
{
    public async Task<ProjectFacetCounts> GetAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.SnapshotAsync();
        var countryCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var pillarCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var dimensionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectorCounts = new Dictionary<Sector, int>();
        var statusCounts = new Dictionary<ProjectStatus, int>();
        var companyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var perCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        // Which filters each project fails (shared with the page's own list): a facet counts it when it fails none but
        // (at most) its own.
        var evaluation = snapshot.Evaluate(filter);
        for (var i = 0; i < evaluation.Length; i++)
        {
            var project = snapshot.Projects[i];
            var failing = evaluation[i];
            if (failing == ProjectIndex.Filter.None)
            {
                foreach (var country in project.Countries)
                {
                    Increment(perCountry, country);
                }
            }
            if ((failing & ~ProjectIndex.Filter.Country) == ProjectIndex.Filter.None)
            {
                foreach (var country in project.Countries)
                {
                    Increment(countryCounts, country);
                }
            }
            if ((failing & ~ProjectIndex.Filter.Pillar) == ProjectIndex.Filter.None && project.Pillar is { } pillar)
            {
                Increment(pillarCounts, pillar);
            }
            if ((failing & ~ProjectIndex.Filter.Dimension) == ProjectIndex.Filter.None && project.Dimension is { } dimension)
            {
                Increment(dimensionCounts, dimension);
            }
            if ((failing & ~ProjectIndex.Filter.Sector) == ProjectIndex.Filter.None && project.Sector is { } sector)
            {
                Increment(sectorCounts, sector);
            }
            if ((failing & ~ProjectIndex.Filter.Status) == ProjectIndex.Filter.None)
            {
                Increment(statusCounts, project.Status);
            }
            if ((failing & ~ProjectIndex.Filter.Company) == ProjectIndex.Filter.None)
            {
                foreach (var organisation in project.Organisations)
                {
                    Increment(companyCounts, organisation);
                }
            }
            if ((failing & ~ProjectIndex.Filter.Source) == ProjectIndex.Filter.None)
            {
                Increment(sourceCounts, project.Dataset ?? ProjectFilter.DocumentsSource);
            }
        }
        var facets = new ProjectFacets(
            [.. snapshot.Countries.Select(c => new FacetChoice(c.Id, c.Name, countryCounts.GetValueOrDefault(c.Id), filter.Countries.Contains(c.Id)))],
            [.. snapshot.Pillars.Select(p => new FacetChoice(p.Id, p.Name, pillarCounts.GetValueOrDefault(p.Id), filter.Pillar == p.Id))],
            [.. snapshot.Dimensions.Select(d => new FacetChoice(d.Id, d.Name, dimensionCounts.GetValueOrDefault(d.Id), filter.Dimension == d.Id))],
            [.. Enum.GetValues<Sector>().Where(s => sectorCounts.ContainsKey(s) || filter.Sector == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), sectorCounts.GetValueOrDefault(s), filter.Sector == s))],
            [.. Enum.GetValues<ProjectStatus>().Where(s => statusCounts.ContainsKey(s) || filter.Status == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), statusCounts.GetValueOrDefault(s), filter.Status == s))],
            [.. snapshot.Companies.Select(c => new FacetChoice(c.Id, c.Name, companyCounts.GetValueOrDefault(c.Id), filter.Company == c.Id))],
            [new FacetChoice(ProjectFilter.DocumentsSource, "The documents", sourceCounts.GetValueOrDefault(ProjectFilter.DocumentsSource), filter.Source == ProjectFilter.DocumentsSource),
                .. snapshot.Datasets.Select(d => new FacetChoice(d.Id, d.Name, sourceCounts.GetValueOrDefault(d.Id), filter.Source == d.Id))]);
        // The map shades by the current filter including the country choice itself, over the focus countries.
        IReadOnlyDictionary<string, int> map = filter.Countries.Count > 0
            ? perCountry.Where(c => snapshot.FocusIds.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal)
            : facets.Countries.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        return new ProjectFacetCounts(facets, map);
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
