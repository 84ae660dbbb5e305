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
    // Counts by an enum's value: one slot per value up to the largest.
    private static readonly int s_sectors = Enum.GetValues<Sector>().Max(s => (int)s) + 1;
    private static readonly int s_statuses = Enum.GetValues<ProjectStatus>().Max(s => (int)s) + 1;

    public async Task<ProjectFacetCounts> GetAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.SnapshotAsync();
        var c = snapshot.Columns;
        var countryCounts = new int[c.CountryIds.Length];
        var perCountry = new int[c.CountryIds.Length];
        var pillarCounts = new int[c.PillarIds.Length];
        var dimensionCounts = new int[c.DimensionIds.Length];
        var sectorCounts = new int[s_sectors];
        var statusCounts = new int[s_statuses];
        var organisationCounts = new int[c.OrganisationIds.Length];
        var sourceCounts = new int[c.SourceIds.Length];
        // Which filters each project fails (shared with the page's own list): a facet counts it when it fails none but
        // (at most) its own. Counts are array increments by the columns' positions.
        var evaluation = snapshot.Evaluate(filter);
        for (var i = 0; i < evaluation.Length; i++)
        {
            var failing = evaluation[i];
            if (failing == ProjectIndex.Filter.None)
            {
                foreach (var country in c.Countries[i])
                {
                    perCountry[country]++;
                }
            }
            if ((failing & ~ProjectIndex.Filter.Country) == ProjectIndex.Filter.None)
            {
                foreach (var country in c.Countries[i])
                {
                    countryCounts[country]++;
                }
            }
            if ((failing & ~ProjectIndex.Filter.Pillar) == ProjectIndex.Filter.None && c.Pillar[i] != Columns.None)
            {
                pillarCounts[c.Pillar[i]]++;
            }
            if ((failing & ~ProjectIndex.Filter.Dimension) == ProjectIndex.Filter.None && c.Dimension[i] != Columns.None)
            {
                dimensionCounts[c.Dimension[i]]++;
            }
            if ((failing & ~ProjectIndex.Filter.Sector) == ProjectIndex.Filter.None && c.Sector[i] != Columns.None)
            {
                sectorCounts[c.Sector[i]]++;
            }
            if ((failing & ~ProjectIndex.Filter.Status) == ProjectIndex.Filter.None)
            {
                statusCounts[c.Status[i]]++;
            }
            if ((failing & ~ProjectIndex.Filter.Company) == ProjectIndex.Filter.None)
            {
                foreach (var organisation in c.Organisations[i])
                {
                    organisationCounts[organisation]++;
                }
            }
            if ((failing & ~ProjectIndex.Filter.Source) == ProjectIndex.Filter.None)
            {
                sourceCounts[c.Source[i]]++;
            }
        }
        static int Count(Dictionary<string, int> positions, int[] counts, string id) => positions.TryGetValue(id, out var at) ? counts[at] : 0;
        var facets = new ProjectFacets(
            [.. snapshot.Countries.Select(country => new FacetChoice(country.Id, country.Name, Count(c.CountryPositions, countryCounts, country.Id), filter.Countries.Contains(country.Id)))],
            [.. snapshot.Pillars.Select(p => new FacetChoice(p.Id, p.Name, Count(c.PillarPositions, pillarCounts, p.Id), filter.Pillar == p.Id))],
            [.. snapshot.Dimensions.Select(d => new FacetChoice(d.Id, d.Name, Count(c.DimensionPositions, dimensionCounts, d.Id), filter.Dimension == d.Id))],
            [.. Enum.GetValues<Sector>().Where(s => sectorCounts[(int)s] > 0 || filter.Sector == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), sectorCounts[(int)s], filter.Sector == s))],
            [.. Enum.GetValues<ProjectStatus>().Where(s => statusCounts[(int)s] > 0 || filter.Status == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), statusCounts[(int)s], filter.Status == s))],
            [.. snapshot.Companies.Select(o => new FacetChoice(o.Id, o.Name, Count(c.OrganisationPositions, organisationCounts, o.Id), filter.Company == o.Id))],
            [new FacetChoice(ProjectFilter.DocumentsSource, "The documents", sourceCounts[0], filter.Source == ProjectFilter.DocumentsSource),
                .. snapshot.Datasets.Select(d => new FacetChoice(d.Id, d.Name, Count(c.SourcePositions, sourceCounts, d.Id), filter.Source == d.Id))]);
        // The map shades by the current filter including the country choice itself, over the focus countries.
        IReadOnlyDictionary<string, int> map = filter.Countries.Count > 0
            ? snapshot.Countries.Where(country => Count(c.CountryPositions, perCountry, country.Id) > 0)
                .ToDictionary(country => country.Id, country => Count(c.CountryPositions, perCountry, country.Id), StringComparer.Ordinal)
            : facets.Countries.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        return new ProjectFacetCounts(facets, map);
    }
}
