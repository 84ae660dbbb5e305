using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

public enum ProjectSort { Name, Status, Start, Sector }

/// <summary>The projects page's filters, as the query string states them.</summary>
public sealed record ProjectFilter
{
    /// <summary>The <see cref="Source"/> value of the documents' own projects (projects.csv), beside the datasets' ids.</summary>
    public const string DocumentsSource = "documents";

    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? Pillar { get; init; }
    public string? Dimension { get; init; }
    public Sector? Sector { get; init; }
    public ProjectStatus? Status { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public string? Company { get; init; }
    public string? Text { get; init; }
    /// <summary>Where the rows come from: <see cref="DocumentsSource"/> (the documents' projects) or a dataset's id.</summary>
    public string? Source { get; init; }
    public ProjectSort Sort { get; init; } = ProjectSort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record ProjectRow(
    string Id, string Name, ProjectKind Kind, IReadOnlyList<NamedLink> Countries, NamedLink? Pillar, NamedLink? Dimension, Sector? Sector,
    ProjectStatus Status, int? StartYear, int? EndYear, IReadOnlyList<FigureView> Figures, IReadOnlyList<NamedLink> Companies,
    string? Description, IReadOnlyList<CitationView> Citations, DatasetView? Dataset = null, int? DatasetRecordId = null, FinanceView? Finance = null)
{
    /// <summary>The publisher's page of a dataset row's record; null for the documents' projects.</summary>
    public string? RecordUrl => Dataset?.RecordUrl(DatasetRecordId);
}

/// <summary>
/// The filter behind the projects page, the API's project collection and the downloads: the rows a filter
/// leaves and their number. A page is filtered, counted, sorted and cut over <see cref="ProjectIndex"/> and its rows read
/// by key; the downloads' every row is this filter as SQL (<see cref="Apply"/>), which the index follows. The page's facets and map
/// counts are <see cref="ProjectFacetQuery"/>; one project by id is <see cref="ProjectLookup"/>.
/// </summary>
public sealed class ProjectSearch(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, ProjectIndex index)
{
    // Statuses sort in the order a project lives through them, not alphabetically (they are stored as names).
    private static readonly System.Linq.Expressions.Expression<Func<Project, int>> s_lifecycle = p =>
        p.Status == ProjectStatus.Proposed ? 0
        : p.Status == ProjectStatus.Planned ? 1
        : p.Status == ProjectStatus.Agreed ? 2
        : p.Status == ProjectStatus.UnderConstruction ? 3
        : p.Status == ProjectStatus.Operating ? 4
        : p.Status == ProjectStatus.Ongoing ? 5
        : p.Status == ProjectStatus.Completed ? 6
        : 7;

    /// <summary>The end year of a project that has not ended.</summary>
    internal const int OpenEnd = 9999;

    /// <summary>The filter's page (<see cref="ProjectFilter.Page"/>, <see cref="ProjectFilter.PageSize"/>) and the number of matching projects.</summary>
    public async Task<PageOf<ProjectRow>> SearchAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        // Filtered, counted, sorted and cut in memory over the index (one pass over compact rows), then only the page's
        // rows read by key: as SQL, the count and the OFFSET were each a scan of every project (issue 17).
        var (total, ids) = await index.PageAsync(filter, cancellationToken);
        // A row read since the data load is kept with the index (bounded): a new filter mostly lists projects that an
        // earlier page showed, and reading one project's row is eight split queries.
        var snapshot = await index.SnapshotAsync();
        var rows = await snapshot.Rows.GetOrReadAsync(ids, r => r.Id, async missing =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await ProjectRows.LoadAsync(db.Projects.Where(p => missing.Contains(p.Id)), cancellationToken);
        });
        return new PageOf<ProjectRow>(total, rows);
    }

    /// <summary>Every project the filter leaves, in its order (the downloads).</summary>
    public async Task<IReadOnlyList<ProjectRow>> ListAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ProjectRows.LoadAsync(Sort(Apply(db.Projects, filter), filter), cancellationToken);
    }

    /// <summary>The filter as SQL: every clause is a plain column comparison or an EXISTS over a join table.</summary>
    public static IQueryable<Project> Apply(IQueryable<Project> projects, ProjectFilter filter, string? except = null)
    {
        if (except != "country" && filter.Countries.Count > 0)
        {
            var countries = filter.Countries.ToList();
            projects = projects.Where(p => p.Countries.Any(c => countries.Contains(c.Id)));
        }
        if (except != "pillar" && filter.Pillar is { } pillar)
        {
            projects = projects.Where(p => p.PillarId == pillar);
        }
        if (except != "dimension" && filter.Dimension is { } dimension)
        {
            projects = projects.Where(p => p.DimensionId == dimension);
        }
        if (except != "sector" && filter.Sector is { } sector)
        {
            projects = projects.Where(p => p.Sector == sector);
        }
        if (except != "source" && filter.Source is { } source)
        {
            projects = source == ProjectFilter.DocumentsSource ? projects.Where(p => p.DatasetId == null) : projects.Where(p => p.DatasetId == source);
        }
        if (except != "status" && filter.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }
        if (filter.FromYear is { } from)
        {
            // A project counts for a year range when its known years overlap it; one without years does not.
            // A project with a start and no end runs on, unless it is completed (then it ended when it started); a
            // dataset's finance row counts in its commitment year only.
            projects = projects.Where(p => (p.StartYear != null || p.EndYear != null)
                && (p.EndYear ?? (p.Status == ProjectStatus.Completed || p.Kind == ProjectKind.Finance ? p.StartYear : OpenEnd)) >= from);
        }
        if (filter.ToYear is { } to)
        {
            projects = projects.Where(p => (p.StartYear ?? p.EndYear) <= to);
        }
        if (except != "company" && filter.Company is { } company)
        {
            projects = projects.Where(p => p.Organisations.Any(o => o.OrganisationId == company));
        }
        if (filter.Text is { Length: > 0 } text)
        {
            // Folded on both sides in .NET (TextSearch), so the search ignores case in every script on both providers.
            var pattern = TextSearch.ContainsPattern(text);
            projects = projects.Where(p => EF.Functions.Like(p.SearchText, pattern, "\\"));
        }
        return projects;
    }

    // Every order ends with the id, so equal names page the same way on every provider.
    private static IQueryable<Project> Sort(IQueryable<Project> projects, ProjectFilter filter) => (filter.Sort, filter.Descending) switch
    {
        (ProjectSort.Status, false) => projects.OrderBy(s_lifecycle).ThenBy(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Status, true) => projects.OrderByDescending(s_lifecycle).ThenBy(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Start, false) => projects.OrderBy(p => p.StartYear == null).ThenBy(p => p.StartYear).ThenBy(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Start, true) => projects.OrderBy(p => p.StartYear == null).ThenByDescending(p => p.StartYear).ThenBy(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Sector, false) => projects.OrderBy(p => p.Sector).ThenBy(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Sector, true) => projects.OrderByDescending(p => p.Sector).ThenBy(p => p.Name).ThenBy(p => p.Id),
        (_, true) => projects.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
        _ => projects.OrderBy(p => p.Name).ThenBy(p => p.Id),
    };
}
