using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>
/// A compact copy of every project's filter fields (countries, pillar, dimension, sector, status, years, companies,
/// dataset, folded text), read once per data load (<see cref="DataLoadCache"/>), over which the projects page filters,
/// counts, sorts and pages in memory and counts its facets (issue 17: as SQL, each was a scan of every project per
/// view). <see cref="Failing"/> is <see cref="ProjectSearch.Apply"/>'s filter in .NET; a test holds the two to the same
/// rows on both providers. Names sort by ordinal comparison on both providers, ties by id.
/// </summary>
public sealed class ProjectIndex(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache)
{
    /// <summary>The filter's page of ids, in its sort order, and how many projects it leaves.</summary>
    public async Task<(int Total, IReadOnlyList<string> Ids)> PageAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        var matching = await MatchingAsync(filter);
        var skip = (Math.Max(filter.Page, 1) - 1) * filter.PageSize;
        return (matching.Count, [.. matching.Skip(skip).Take(filter.PageSize).Select(p => p.Id)]);
    }

    /// <summary>The ids of every project the filter leaves, in its sort order.</summary>
    public async Task<IReadOnlyList<string>> MatchingIdsAsync(ProjectFilter filter) => [.. (await MatchingAsync(filter)).Select(p => p.Id)];

    private async Task<List<Entry>> MatchingAsync(ProjectFilter filter)
    {
        var snapshot = await SnapshotAsync();
        var text = filter.Text is { Length: > 0 } query ? TextSearch.Fold(query) : null;
        // The copy is in name order: a filter keeps it, so the default sort costs nothing.
        var matching = snapshot.Projects.Where(p => Failing(p, filter, text) == Filter.None).ToList();
        return Sorted(matching, filter);
    }

    private static List<Entry> Sorted(List<Entry> projects, ProjectFilter filter)
    {
        if (filter.Sort == ProjectSort.Name)
        {
            if (filter.Descending)
            {
                // Names descending, ties by id ascending (as the SQL order).
                return [.. projects.OrderByDescending(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)];
            }
            return projects;
        }
        IOrderedEnumerable<Entry> ordered = (filter.Sort, filter.Descending) switch
        {
            (ProjectSort.Status, false) => projects.OrderBy(p => Lifecycle(p.Status)),
            (ProjectSort.Status, true) => projects.OrderByDescending(p => Lifecycle(p.Status)),
            (ProjectSort.Start, false) => projects.OrderBy(p => p.Start is null).ThenBy(p => p.Start),
            (ProjectSort.Start, true) => projects.OrderBy(p => p.Start is null).ThenByDescending(p => p.Start),
            // Sectors are stored by name, so they sort by name; a project without one first.
            (ProjectSort.Sector, false) => projects.OrderBy(p => p.Sector?.ToString(), StringComparer.Ordinal),
            _ => projects.OrderByDescending(p => p.Sector?.ToString(), StringComparer.Ordinal),
        };
        return [.. ordered.ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>Statuses in the order a project lives through them.</summary>
    private static int Lifecycle(ProjectStatus status) => status switch
    {
        ProjectStatus.Proposed => 0,
        ProjectStatus.Planned => 1,
        ProjectStatus.Agreed => 2,
        ProjectStatus.UnderConstruction => 3,
        ProjectStatus.Operating => 4,
        ProjectStatus.Ongoing => 5,
        ProjectStatus.Completed => 6,
        _ => 7,
    };

    [Flags]
    internal enum Filter
    {
        None = 0,
        Country = 1,
        Pillar = 2,
        Dimension = 4,
        Sector = 8,
        Status = 16,
        Company = 32,
        Source = 64,
        Other = 128,
    }

    /// <summary><see cref="ProjectSearch.Apply"/>'s clauses, each reported as the filter it belongs to.</summary>
    internal static Filter Failing(Entry p, ProjectFilter filter, string? text)
    {
        var failing = Filter.None;
        if (filter.Countries.Count > 0 && !p.Countries.Any(filter.Countries.Contains))
        {
            failing |= Filter.Country;
        }
        if (filter.Pillar is { } pillar && p.Pillar != pillar)
        {
            failing |= Filter.Pillar;
        }
        if (filter.Dimension is { } dimension && p.Dimension != dimension)
        {
            failing |= Filter.Dimension;
        }
        if (filter.Sector is { } sector && p.Sector != sector)
        {
            failing |= Filter.Sector;
        }
        if (filter.Source is { } source && (source == ProjectFilter.DocumentsSource ? p.Dataset is not null : p.Dataset != source))
        {
            failing |= Filter.Source;
        }
        if (filter.Status is { } status && p.Status != status)
        {
            failing |= Filter.Status;
        }
        if (filter.Company is { } company && !p.Organisations.Contains(company))
        {
            failing |= Filter.Company;
        }
        if (filter.FromYear is { } from && !((p.Start is not null || p.End is not null)
            && (p.End ?? (p.Status == ProjectStatus.Completed || p.Kind == ProjectKind.Finance ? p.Start : ProjectSearch.OpenEnd)) >= from))
        {
            failing |= Filter.Other;
        }
        if (filter.ToYear is { } to && !((p.Start ?? p.End) <= to))
        {
            failing |= Filter.Other;
        }
        if (text is not null && !p.SearchText.Contains(text, StringComparison.Ordinal))
        {
            failing |= Filter.Other;
        }
        return failing;
    }

    internal Task<Snapshot> SnapshotAsync() => cache.GetOrAddAsync("projects:index", ReadAsync);

    internal sealed record Entry(string Name, string Id, ProjectKind Kind, string[] Countries, string? Pillar, string? Dimension, Sector? Sector,
        ProjectStatus Status, int? Start, int? End, string? Dataset, string[] Organisations, string SearchText);

    internal sealed record Named(string Id, string Name);

    internal sealed record Snapshot(Entry[] Projects, Named[] Countries, HashSet<string> FocusIds, Named[] Pillars, Named[] Dimensions,
        Named[] Companies, Named[] Datasets);

    private async Task<Snapshot> ReadAsync()
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        // The many-to-many join table, read as it is (ProjectConfiguration: "ProjectCountries").
        var countries = await db.Set<Dictionary<string, object>>("ProjectCountries")
            .Select(j => new { ProjectId = EF.Property<string>(j, "ProjectId"), Id = EF.Property<string>(j, "CountriesId") }).ToListAsync();
        var countriesOf = countries.GroupBy(c => c.ProjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToArray(), StringComparer.Ordinal);
        // A company facet counts a project once, whatever its roles.
        var organisations = await db.ProjectOrganisations.Select(o => new { o.ProjectId, o.OrganisationId }).Distinct().ToListAsync();
        var organisationsOf = organisations.GroupBy(o => o.ProjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.OrganisationId).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var projects = await db.Projects
            .Select(p => new { p.Id, p.Kind, p.PillarId, p.DimensionId, p.Sector, p.Status, p.StartYear, p.EndYear, p.DatasetId, p.Name, p.Description, p.Location })
            .ToListAsync();
        var entries = projects.Select(p => new Entry(p.Name, p.Id, p.Kind, countriesOf.GetValueOrDefault(p.Id, []), p.PillarId, p.DimensionId, p.Sector,
            p.Status, p.StartYear, p.EndYear, p.DatasetId, organisationsOf.GetValueOrDefault(p.Id, []),
            // The same text the SQL search reads (Project.SearchText), folded here from the fields.
            TextSearch.Fold(string.Join('\n', p.Name, p.Description, p.Location))))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var focus = await db.Countries.Where(c => c.IsFocus).OrderBy(c => c.Id == "CN").ThenBy(c => c.Name).Select(c => new Named(c.Id, c.Name)).ToArrayAsync();
        return new Snapshot(entries, focus, focus.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            await db.Pillars.OrderBy(p => p.SortOrder).Select(p => new Named(p.Id, p.Name)).ToArrayAsync(),
            await db.Dimensions.OrderBy(d => d.SortOrder).Select(d => new Named(d.Id, d.Name)).ToArrayAsync(),
            await db.Organisations.Where(o => o.Kind == OrganisationKind.Company).OrderBy(o => o.Name).Select(o => new Named(o.Id, o.Name)).ToArrayAsync(),
            await db.Datasets.Where(d => db.Projects.Any(p => p.DatasetId == d.Id)).OrderBy(d => d.Name).Select(d => new Named(d.Id, d.Name)).ToArrayAsync());
    }
}
