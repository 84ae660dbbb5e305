using System.Collections.Concurrent;
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
        var failing = snapshot.Evaluate(filter);
        // The copy is in name order: a filter keeps it, so the default sort costs nothing.
        var matching = new List<Entry>();
        for (var i = 0; i < failing.Length; i++)
        {
            if (failing[i] == Filter.None)
            {
                matching.Add(snapshot.Projects[i]);
            }
        }
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

    /// <summary>
    /// <see cref="ProjectSearch.Apply"/>'s clauses, each reported as the filter it belongs to. A project that fails two
    /// facets' filters, or any other clause, counts for no facet, so the answer stops there (<see cref="Filter.Other"/>
    /// stands for "counts nowhere"); the text's answer comes from <see cref="Snapshot"/>, worked out once per search text. Plain loops: this runs for every project
    /// of every uncached projects page (issue 17).
    /// </summary>
    /// <param name="p">The project.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="textMatches">Whether the project's folded text holds the search text (worked out once per text); null when there is none.</param>
    /// <param name="countryMask">The filter's countries as <see cref="Snapshot.MaskOf"/> gives them.</param>
    internal static Filter Failing(Entry p, ProjectFilter filter, bool? textMatches, ulong? countryMask)
    {
        var failing = Filter.None;
        var facets = 0;
        if (filter.FromYear is { } from && !((p.Start is not null || p.End is not null)
            && (p.End ?? (p.Status == ProjectStatus.Completed || p.Kind == ProjectKind.Finance ? p.Start : ProjectSearch.OpenEnd)) >= from))
        {
            return Filter.Other;
        }
        if (filter.ToYear is { } to && !((p.Start ?? p.End) <= to))
        {
            return Filter.Other;
        }
        if (filter.Countries.Count > 0 && (countryMask is { } mask ? (p.CountryMask & mask) == 0 : !SharesAny(p.Countries, filter.Countries)))
        {
            failing |= Filter.Country;
            facets++;
        }
        if (filter.Pillar is { } pillar && p.Pillar != pillar)
        {
            failing |= Filter.Pillar;
            facets++;
        }
        if (filter.Dimension is { } dimension && p.Dimension != dimension)
        {
            failing |= Filter.Dimension;
            facets++;
        }
        if (filter.Sector is { } sector && p.Sector != sector)
        {
            failing |= Filter.Sector;
            facets++;
        }
        if (filter.Source is { } source && (source == ProjectFilter.DocumentsSource ? p.Dataset is not null : p.Dataset != source))
        {
            failing |= Filter.Source;
            facets++;
        }
        if (filter.Status is { } status && p.Status != status)
        {
            failing |= Filter.Status;
            facets++;
        }
        if (facets > 1)
        {
            return failing;
        }
        if (filter.Company is { } company && Array.IndexOf(p.Organisations, company) < 0)
        {
            failing |= Filter.Company;
            facets++;
        }
        if (facets > 1)
        {
            return failing;
        }
        if (textMatches == false)
        {
            return Filter.Other;
        }
        return failing;
    }

    private static bool SharesAny(string[] countries, IReadOnlyList<string> wanted)
    {
        foreach (var country in countries)
        {
            for (var i = 0; i < wanted.Count; i++)
            {
                if (string.Equals(country, wanted[i], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Projects of the same pillar (or, outside the pillars, the same dimension) with a focus country in common:
    /// the documents' projects first, then by name and id.</summary>
    public async Task<IReadOnlyList<NamedLink>> RelatedAsync(string id, string? pillar, string? dimension, IReadOnlyList<string> countries, int count)
    {
        if ((pillar is null && dimension is null) || countries.Count == 0)
        {
            return [];
        }
        var snapshot = await SnapshotAsync();
        return [.. snapshot.Projects
            .Where(o => o.Id != id && (pillar is not null ? o.Pillar == pillar : o.Pillar is null && o.Dimension == dimension) && SharesAny(o.Countries, countries))
            // The copy is in name order: a stable sort by "from a dataset" keeps it within each group.
            .OrderBy(o => o.Dataset is not null)
            .Take(count)
            .Select(o => new NamedLink(o.Id, o.Name))];
    }

    /// <summary>The same dataset record in other datasets (AidData reuses its ids across datasets), by dataset name.</summary>
    public async Task<IReadOnlyList<DatasetRecord>> SameRecordAsync(string id, string? dataset, int recordId)
    {
        var snapshot = await SnapshotAsync();
        var names = snapshot.Datasets.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        return [.. snapshot.Projects
            .Where(o => o.RecordId == recordId && o.Dataset is not null && o.Dataset != dataset && o.Id != id)
            .Select(o => new DatasetRecord(o.Id, names.GetValueOrDefault(o.Dataset!, o.Dataset!)))
            .OrderBy(r => r.DatasetName, StringComparer.Ordinal)];
    }

    internal Task<Snapshot> SnapshotAsync() => cache.GetOrAddAsync("projects:index", ReadAsync);

    internal sealed record Entry(string Name, string Id, ProjectKind Kind, string[] Countries, string? Pillar, string? Dimension, Sector? Sector,
        ProjectStatus Status, int? Start, int? End, string? Dataset, string[] Organisations, string SearchText, int? RecordId)
    {
        /// <summary>One bit per country of <see cref="Snapshot.CountryBits"/>: a country filter is one AND.</summary>
        public ulong CountryMask { get; init; }
    }

    /// <summary>How many answers of each kind a snapshot keeps; past that it forgets them all and starts again (bounded memory).</summary>
    internal const int KeptTexts = 256, KeptEvaluations = 64, KeptRows = 4096;

    internal sealed record Named(string Id, string Name);

    internal sealed record Snapshot(Entry[] Projects, Named[] Countries, HashSet<string> FocusIds, Named[] Pillars, Named[] Dimensions,
        Named[] Companies, Named[] Datasets, IReadOnlyDictionary<string, int> CountryBits)
    {
        // Answers that hold until the next data load, as the snapshot itself: a new load builds a new snapshot, so they
        // go with it. Each is bounded (cleared when full), so readers' queries cannot grow them without limit.
        private readonly ConcurrentDictionary<string, bool[]> _texts = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Filter[]> _evaluations = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ProjectRow> _rows = new(StringComparer.Ordinal);

        /// <summary>
        /// The filters each project fails (by position in <see cref="Projects"/>), computed once for a filter's choices
        /// whatever its sort and page: the page, its facets and the next pages of the same filter share one pass.
        /// </summary>
        public Filter[] Evaluate(ProjectFilter filter)
        {
            var key = string.Join('\u001f', string.Join(',', filter.Countries), filter.Pillar, filter.Dimension, filter.Sector, filter.Status,
                filter.FromYear, filter.ToYear, filter.Company, filter.Text, filter.Source);
            if (_evaluations.TryGetValue(key, out var known))
            {
                return known;
            }
            var text = filter.Text is { Length: > 0 } query ? TextMatches(TextSearch.Fold(query)) : null;
            var mask = MaskOf(filter.Countries);
            var failing = new Filter[Projects.Length];
            for (var i = 0; i < Projects.Length; i++)
            {
                failing[i] = Failing(Projects[i], filter, text is null ? null : text[i], mask);
            }
            return Keep(_evaluations, key, failing, KeptEvaluations);
        }

        /// <summary>Which projects' folded text holds <paramref name="folded"/>: the dearest test, made once per search text.</summary>
        private bool[] TextMatches(string folded)
        {
            if (_texts.TryGetValue(folded, out var known))
            {
                return known;
            }
            var matches = new bool[Projects.Length];
            for (var i = 0; i < Projects.Length; i++)
            {
                matches[i] = Projects[i].SearchText.Contains(folded, StringComparison.Ordinal);
            }
            return Keep(_texts, folded, matches, KeptTexts);
        }

        /// <summary>A project's row as the list shows it, if read since the load; see <see cref="KeepRow"/>.</summary>
        public ProjectRow? KnownRow(string id) => _rows.GetValueOrDefault(id);

        /// <summary>Keeps a row read from the store, so the next page that lists the project needs no query for it.</summary>
        public void KeepRow(ProjectRow row) => Keep(_rows, row.Id, row, KeptRows);

        private static T Keep<T>(ConcurrentDictionary<string, T> kept, string key, T value, int limit)
        {
            if (kept.Count >= limit)
            {
                kept.Clear();
            }
            return kept.GetOrAdd(key, value);
        }

        /// <summary>
        /// The filter's countries as a mask of <see cref="CountryBits"/>; null when the store has more countries than bits
        /// (then each project's list is compared). A country not in any project has no bit and matches nothing.
        /// </summary>
        public ulong? MaskOf(IReadOnlyList<string> countries)
        {
            if (CountryBits.Count > 64)
            {
                return null;
            }
            var mask = 0UL;
            foreach (var country in countries)
            {
                if (CountryBits.TryGetValue(country, out var bit))
                {
                    mask |= 1UL << bit;
                }
            }
            return mask;
        }
    }

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
            .Select(p => new { p.Id, p.Kind, p.PillarId, p.DimensionId, p.Sector, p.Status, p.StartYear, p.EndYear, p.DatasetId, p.DatasetRecordId, p.Name, p.Description, p.Location })
            .ToListAsync();
        var entries = projects.Select(p => new Entry(p.Name, p.Id, p.Kind, countriesOf.GetValueOrDefault(p.Id, []), p.PillarId, p.DimensionId, p.Sector,
            p.Status, p.StartYear, p.EndYear, p.DatasetId, organisationsOf.GetValueOrDefault(p.Id, []),
            // The same text the SQL search reads (Project.SearchText), folded here from the fields.
            TextSearch.Fold(string.Join('\n', p.Name, p.Description, p.Location)), p.DatasetRecordId))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var bits = entries.SelectMany(e => e.Countries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((id, bit) => (id, bit)).ToDictionary(x => x.id, x => x.bit, StringComparer.Ordinal);
        if (bits.Count <= 64)
        {
            entries = [.. entries.Select(e => e with { CountryMask = e.Countries.Aggregate(0UL, (mask, c) => mask | (1UL << bits[c])) })];
        }
        var focus = await db.Countries.Where(c => c.IsFocus).OrderBy(c => c.Id == "CN").ThenBy(c => c.Name).Select(c => new Named(c.Id, c.Name)).ToArrayAsync();
        return new Snapshot(entries, focus, focus.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            await db.Pillars.OrderBy(p => p.SortOrder).Select(p => new Named(p.Id, p.Name)).ToArrayAsync(),
            await db.Dimensions.OrderBy(d => d.SortOrder).Select(d => new Named(d.Id, d.Name)).ToArrayAsync(),
            await db.Organisations.Where(o => o.Kind == OrganisationKind.Company).OrderBy(o => o.Name).Select(o => new Named(o.Id, o.Name)).ToArrayAsync(),
            await db.Datasets.Where(d => db.Projects.Any(p => p.DatasetId == d.Id)).OrderBy(d => d.Name).Select(d => new Named(d.Id, d.Name)).ToArrayAsync(),
            bits);
    }
}
