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
    internal enum Filter : byte
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
    /// <see cref="ProjectSearch.Apply"/>'s clauses over the columns, each reported as the filter it belongs to. A project
    /// that fails two facets' filters, or any other clause, counts for no facet, so the answer stops there
    /// (<see cref="Filter.Other"/> stands for "counts nowhere"); the text's answer comes from <see cref="Snapshot"/>, worked
    /// out once per search text. Plain loops over arrays: this runs for every project of every new filter (issue 17).
    /// </summary>
    /// <param name="c">The projects' columns.</param>
    /// <param name="i">The project's position.</param>
    /// <param name="q">The filter, in the columns' terms.</param>
    /// <param name="textMatches">Whether each project's folded text holds the search text; null when there is none.</param>
    internal static Filter Failing(Columns c, int i, in ColumnFilter q, bool[]? textMatches)
    {
        if (c.LastYear[i] < q.From || c.FirstYear[i] > q.To)
        {
            return Filter.Other;
        }
        var failing = Filter.None;
        var facets = 0;
        if (q.Countries is not null && (q.CountryMask is { } mask ? (c.CountryMask[i] & mask) == 0 : !SharesAny(c.Countries[i], q.Countries)))
        {
            failing |= Filter.Country;
            facets++;
        }
        if (q.Pillar != ColumnFilter.Any && c.Pillar[i] != q.Pillar)
        {
            failing |= Filter.Pillar;
            facets++;
        }
        if (q.Dimension != ColumnFilter.Any && c.Dimension[i] != q.Dimension)
        {
            failing |= Filter.Dimension;
            facets++;
        }
        if (q.Sector != ColumnFilter.Any && c.Sector[i] != q.Sector)
        {
            failing |= Filter.Sector;
            facets++;
        }
        if (q.Source != ColumnFilter.Any && c.Source[i] != q.Source)
        {
            failing |= Filter.Source;
            facets++;
        }
        if (q.Status != ColumnFilter.Any && c.Status[i] != q.Status)
        {
            failing |= Filter.Status;
            facets++;
        }
        if (facets > 1)
        {
            return failing;
        }
        if (q.Company != ColumnFilter.Any && Array.IndexOf(c.Organisations[i], q.Company) < 0)
        {
            failing |= Filter.Company;
            facets++;
        }
        if (facets > 1)
        {
            return failing;
        }
        if (textMatches is not null && !textMatches[i])
        {
            return Filter.Other;
        }
        return failing;
    }

    private static bool SharesAny(int[] countries, int[] wanted)
    {
        foreach (var country in countries)
        {
            if (Array.IndexOf(wanted, country) >= 0)
            {
                return true;
            }
        }
        return false;
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
        var c = snapshot.Columns;
        // Over the columns, in name order, the documents' projects in a first pass and the datasets' in a second, each
        // stopping once the list is full (a scan and a sort of every project per project page before; issue 17).
        var q = c.Translate(new ProjectFilter { Countries = countries, Pillar = pillar, Dimension = pillar is null ? dimension : null });
        var related = new List<NamedLink>(count);
        for (var pass = 0; pass < 2 && related.Count < count; pass++)
        {
            for (var i = 0; i < c.Pillar.Length && related.Count < count; i++)
            {
                if ((c.Source[i] == 0) != (pass == 0)
                    || (pillar is not null ? c.Pillar[i] != q.Pillar : c.Pillar[i] != Columns.None || c.Dimension[i] != q.Dimension)
                    || !(q.CountryMask is { } mask ? (c.CountryMask[i] & mask) != 0 : SharesAny(c.Countries[i], q.Countries!))
                    || snapshot.Projects[i].Id == id)
                {
                    continue;
                }
                related.Add(new NamedLink(snapshot.Projects[i].Id, snapshot.Projects[i].Name));
            }
        }
        return related;
    }

    /// <summary>The same dataset record in other datasets (AidData reuses its ids across datasets), by dataset name.</summary>
    public async Task<IReadOnlyList<DatasetRecord>> SameRecordAsync(string id, string? dataset, int recordId)
    {
        var snapshot = await SnapshotAsync();
        if (!snapshot.Columns.RecordPositions.TryGetValue(recordId, out var positions))
        {
            return [];
        }
        var names = snapshot.Datasets.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        return [.. positions.Select(i => snapshot.Projects[i])
            .Where(o => o.Dataset is not null && o.Dataset != dataset && o.Id != id)
            .Select(o => new DatasetRecord(o.Id, names.GetValueOrDefault(o.Dataset!, o.Dataset!)))
            .OrderBy(r => r.DatasetName, StringComparer.Ordinal)];
    }

    internal Task<Snapshot> SnapshotAsync() => cache.GetOrAddAsync("projects:index", ReadAsync);

    internal sealed record Entry(string Name, string Id, ProjectKind Kind, string[] Countries, string? Pillar, string? Dimension, Sector? Sector,
        ProjectStatus Status, int? Start, int? End, string? Dataset, string[] Organisations, string SearchText, int? RecordId);

    /// <summary>How many answers of each kind a snapshot keeps; past that it forgets them all and starts again (bounded memory).</summary>
    internal const int KeptTexts = 128, KeptEvaluations = 64, KeptProjectRows = 4096;

    internal sealed record Named(string Id, string Name);

    internal sealed record Snapshot(Entry[] Projects, Named[] Countries, Named[] Pillars, Named[] Dimensions,
        Named[] Companies, Named[] Datasets)
    {
        /// <summary>The projects' filter fields as arrays of small numbers, by position: what every new filter runs over.</summary>
        public Columns Columns { get; } = new(Projects);

        // Answers that hold until the next data load, as the snapshot itself: a new load builds a new snapshot, so they
        // go with it. Each is bounded (cleared when full), so readers' queries cannot grow them without limit.
        private readonly KeptRows<bool[]> _texts = new(KeptTexts);
        private readonly KeptRows<Filter[]> _evaluations = new(KeptEvaluations);

        /// <summary>
        /// The filters each project fails (by position in <see cref="Projects"/>), computed once for a filter's choices
        /// whatever its sort and page: the page, its facets and the next pages of the same filter share one pass.
        /// </summary>
        public Filter[] Evaluate(ProjectFilter filter)
        {
            var key = string.Join('\u001f', string.Join(',', filter.Countries), filter.Pillar, filter.Dimension, filter.Sector, filter.Status,
                filter.FromYear, filter.ToYear, filter.Company, filter.Text, filter.Source);
            if (_evaluations.TryGet(key, out var known))
            {
                return known;
            }
            var text = filter.Text is { Length: > 0 } query ? TextMatches(TextSearch.Fold(query)) : null;
            var columns = Columns;
            var q = columns.Translate(filter);
            var failing = new Filter[Projects.Length];
            for (var i = 0; i < failing.Length; i++)
            {
                failing[i] = Failing(columns, i, q, text);
            }
            return _evaluations.Keep(key, failing);
        }

        /// <summary>Which projects' folded text holds <paramref name="folded"/>: the dearest test, made once per search text.</summary>
        private bool[] TextMatches(string folded)
        {
            if (_texts.TryGet(folded, out var known))
            {
                return known;
            }
            var matches = new bool[Projects.Length];
            for (var i = 0; i < Projects.Length; i++)
            {
                matches[i] = Projects[i].SearchText.Contains(folded, StringComparison.Ordinal);
            }
            return _texts.Keep(folded, matches);
        }

        /// <summary>The projects' rows as the list shows them, kept once read since the load (bounded): a new filter mostly
        /// lists projects that an earlier page showed, and reading one project's row is eight split queries.</summary>
        public KeptRows<ProjectRow> Rows { get; } = new(KeptProjectRows);
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
        var focus = await db.Countries.Where(c => c.IsFocus).OrderBy(c => c.Id == "CN").ThenBy(c => c.Name).Select(c => new Named(c.Id, c.Name)).ToArrayAsync();
        return new Snapshot(entries, focus,
            await db.Pillars.OrderBy(p => p.SortOrder).Select(p => new Named(p.Id, p.Name)).ToArrayAsync(),
            await db.Dimensions.OrderBy(d => d.SortOrder).Select(d => new Named(d.Id, d.Name)).ToArrayAsync(),
            await db.Organisations.Where(o => o.Kind == OrganisationKind.Company).OrderBy(o => o.Name).Select(o => new Named(o.Id, o.Name)).ToArrayAsync(),
            await db.Datasets.Where(d => db.Projects.Any(p => p.DatasetId == d.Id)).OrderBy(d => d.Name).Select(d => new Named(d.Id, d.Name)).ToArrayAsync());
    }
}

/// <summary>
/// The projects' filter fields by position (<see cref="ProjectIndex.Snapshot.Projects"/>), as arrays of numbers: each id
/// becomes its position in a list of the distinct ids, each year range the two years a filter compares, so a filter is a
/// few integer comparisons per project and a facet count an array increment (issue 17).
/// </summary>
internal sealed class Columns
{
    public Columns(ProjectIndex.Entry[] projects)
    {
        CountryIds = Distinct(projects.SelectMany(p => p.Countries));
        PillarIds = Distinct(projects.Select(p => p.Pillar).OfType<string>());
        DimensionIds = Distinct(projects.Select(p => p.Dimension).OfType<string>());
        // Position 0 stands for the documents' own projects (no dataset).
        SourceIds = [ProjectFilter.DocumentsSource, .. Distinct(projects.Select(p => p.Dataset).OfType<string>())];
        OrganisationIds = Distinct(projects.SelectMany(p => p.Organisations));
        var countries = CountryPositions = Positions(CountryIds);
        var pillars = PillarPositions = Positions(PillarIds);
        var dimensions = DimensionPositions = Positions(DimensionIds);
        var sources = SourcePositions = Positions(SourceIds);
        var organisations = OrganisationPositions = Positions(OrganisationIds);
        var n = projects.Length;
        (LastYear, FirstYear, Countries, CountryMask) = (new long[n], new long[n], new int[n][], new ulong[n]);
        (Pillar, Dimension, Sector, Status, Source, Organisations) = (new int[n], new int[n], new int[n], new int[n], new int[n], new int[n][]);
        for (var i = 0; i < n; i++)
        {
            var p = projects[i];
            // ProjectSearch.Apply: a project counts for a year range when its known years overlap it; one without years
            // never does. Started and not ended runs on, unless completed (ended when it started) or a dataset's finance
            // row (its commitment year only).
            LastYear[i] = p.Start is null && p.End is null ? long.MinValue
                : p.End ?? (p.Status == ProjectStatus.Completed || p.Kind == ProjectKind.Finance ? p.Start!.Value : ProjectSearch.OpenEnd);
            FirstYear[i] = p.Start ?? p.End ?? long.MaxValue;
            Countries[i] = [.. p.Countries.Select(c => countries[c])];
            CountryMask[i] = CountryIds.Length <= 64 ? Countries[i].Aggregate(0UL, (mask, c) => mask | (1UL << c)) : 0;
            Pillar[i] = p.Pillar is null ? None : pillars[p.Pillar];
            Dimension[i] = p.Dimension is null ? None : dimensions[p.Dimension];
            Sector[i] = p.Sector is { } sector ? (int)sector : None;
            Status[i] = (int)p.Status;
            Source[i] = p.Dataset is null ? 0 : sources[p.Dataset];
            Organisations[i] = [.. p.Organisations.Select(o => organisations[o])];
        }
        RecordPositions = projects.Select((p, i) => (p.RecordId, i)).Where(x => x.RecordId is not null)
            .GroupBy(x => x.RecordId!.Value).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
    }

    /// <summary>The positions of the projects of each dataset record id (AidData reuses its ids across datasets).</summary>
    public Dictionary<int, int[]> RecordPositions { get; }

    /// <summary>A field the project does not have (no pillar, no sector…).</summary>
    public const int None = -1;

    public string[] CountryIds { get; }
    public string[] PillarIds { get; }
    public string[] DimensionIds { get; }
    public string[] SourceIds { get; }
    public string[] OrganisationIds { get; }

    // Each id's position in its list (the facets look up thousands of companies per view).
    public Dictionary<string, int> CountryPositions { get; }
    public Dictionary<string, int> PillarPositions { get; }
    public Dictionary<string, int> DimensionPositions { get; }
    public Dictionary<string, int> SourcePositions { get; }
    public Dictionary<string, int> OrganisationPositions { get; }

    /// <summary>The last year a project counts for a "from" filter (<see cref="long.MinValue"/> without years).</summary>
    public long[] LastYear { get; }
    /// <summary>The first year a project counts for a "to" filter (<see cref="long.MaxValue"/> without years).</summary>
    public long[] FirstYear { get; }
    public int[][] Countries { get; }
    /// <summary>One bit per position in <see cref="CountryIds"/>, when there are at most 64 countries.</summary>
    public ulong[] CountryMask { get; }
    public int[] Pillar { get; }
    public int[] Dimension { get; }
    public int[] Sector { get; }
    public int[] Status { get; }
    public int[] Source { get; }
    public int[][] Organisations { get; }

    /// <summary>The filter in these columns' numbers. An id no project has becomes a number no project has, so it matches none.</summary>
    public ColumnFilter Translate(ProjectFilter filter)
    {
        const int nowhere = -2;
        static int Find(Dictionary<string, int> positions, string? id) => id is null ? ColumnFilter.Any : positions.TryGetValue(id, out var at) ? at : nowhere;
        int[]? countries = filter.Countries.Count == 0 ? null : [.. filter.Countries.Where(CountryPositions.ContainsKey).Select(c => CountryPositions[c])];
        ulong? mask = countries is not null && CountryIds.Length <= 64 ? countries.Aggregate(0UL, (m, c) => m | (1UL << c)) : null;
        return new ColumnFilter(filter.FromYear ?? long.MinValue, filter.ToYear ?? long.MaxValue, countries, mask,
            Find(PillarPositions, filter.Pillar), Find(DimensionPositions, filter.Dimension), filter.Sector is { } sector ? (int)sector : ColumnFilter.Any,
            filter.Status is { } status ? (int)status : ColumnFilter.Any, Find(SourcePositions, filter.Source), Find(OrganisationPositions, filter.Company));
    }

    private static string[] Distinct(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static Dictionary<string, int> Positions(string[] ids) =>
        ids.Select((id, position) => (id, position)).ToDictionary(x => x.id, x => x.position, StringComparer.Ordinal);
}

/// <summary>A <see cref="ProjectFilter"/> in <see cref="Columns"/>' numbers; <see cref="Any"/> where the filter does not choose.</summary>
internal readonly record struct ColumnFilter(long From, long To, int[]? Countries, ulong? CountryMask, int Pillar, int Dimension, int Sector, int Status,
    int Source, int Company)
{
    public const int Any = int.MinValue;
}
