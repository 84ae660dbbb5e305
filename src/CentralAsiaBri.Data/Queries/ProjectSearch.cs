using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

public enum ProjectSort { Name, Status, Start, Sector }

/// <summary>The projects page's filters, as the query string states them.</summary>
public sealed record ProjectFilter
{
    /// <summary>One project by id (the API's project endpoint); not part of the page's query string.</summary>
    public string? Id { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? Pillar { get; init; }
    public string? Dimension { get; init; }
    public Sector? Sector { get; init; }
    public ProjectStatus? Status { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public string? Company { get; init; }
    public string? Text { get; init; }
    public ProjectSort Sort { get; init; } = ProjectSort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record FacetChoice(string Value, string Label, int Count, bool Selected);

public sealed record ProjectFacets(
    IReadOnlyList<FacetChoice> Countries, IReadOnlyList<FacetChoice> Pillars, IReadOnlyList<FacetChoice> Dimensions,
    IReadOnlyList<FacetChoice> Sectors, IReadOnlyList<FacetChoice> Statuses, IReadOnlyList<FacetChoice> Companies);

public sealed record ProjectRow(
    string Id, string Name, ProjectKind Kind, IReadOnlyList<NamedLink> Countries, string? PillarName, string DimensionName, Sector Sector,
    ProjectStatus Status, int? StartYear, int? EndYear, IReadOnlyList<FigureView> Figures, IReadOnlyList<string> Companies,
    string Description, IReadOnlyList<CitationView> Citations, string? PillarId = null, string? DimensionId = null);

public sealed record ProjectSearchResult(int Total, IReadOnlyList<ProjectRow> Rows, ProjectFacets Facets, IReadOnlyDictionary<string, int> PerCountry);

/// <summary>
/// The filter behind the projects page, its map and its downloads. Filtering, counting and paging run in
/// the database; each facet counts the projects that the *other* filters leave, so a reader sees how many
/// each choice would give.
/// </summary>
public sealed class ProjectSearch(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
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
    private const int OpenEnd = 9999;

    public async Task<ProjectSearchResult> SearchAsync(ProjectFilter filter, bool allRows = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = Apply(db.Projects.AsNoTracking(), filter);
        var total = await matching.CountAsync(cancellationToken);
        var page = Sort(matching, filter);
        if (!allRows)
        {
            page = page.Skip((Math.Max(filter.Page, 1) - 1) * filter.PageSize).Take(filter.PageSize);
        }
        var projects = await page
            .Include(p => p.Countries).Include(p => p.Pillar).Include(p => p.Dimension)
            .Include(p => p.Figures).ThenInclude(f => f.Unit)
            .Include(p => p.Figures).ThenInclude(f => f.Citations).ThenInclude(c => c.Source)
            .Include(p => p.Organisations).ThenInclude(o => o.Organisation)
            .Include(p => p.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var rows = projects.Select(p => new ProjectRow(p.Id, p.Name, p.Kind,
            [.. p.Countries.OrderBy(c => c.Name).Select(c => new NamedLink(c.Id, c.Name))], p.Pillar?.Name, p.Dimension!.Name, p.Sector, p.Status,
            p.StartYear, p.EndYear,
            [.. p.Figures.Select(Views.Figure)],
            [.. p.Organisations.Where(o => o.Organisation!.Kind == OrganisationKind.Company).Select(o => o.Organisation!.Name).Distinct()],
            p.Description, Views.Cite(p.Citations), p.PillarId, p.DimensionId)).ToList();

        var facets = await FacetsAsync(db, filter, cancellationToken);
        var perCountry = facets.Countries.ToDictionary(c => c.Value, c => c.Count);
        // The map shades by the current filter including the country choice itself.
        if (filter.Countries.Count > 0)
        {
            perCountry = await Apply(db.Projects.AsNoTracking(), filter).SelectMany(p => p.Countries).Where(c => c.IsFocus)
                .GroupBy(c => c.Id).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        }
        return new ProjectSearchResult(total, rows, facets, perCountry);
    }

    /// <summary>The filter as SQL: every clause is a plain column comparison or an EXISTS over a join table.</summary>
    public static IQueryable<Project> Apply(IQueryable<Project> projects, ProjectFilter filter, string? except = null)
    {
        if (filter.Id is { } id)
        {
            projects = projects.Where(p => p.Id == id);
        }
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
        if (except != "status" && filter.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }
        if (filter.FromYear is { } from)
        {
            // A project counts for a year range when its known years overlap it; one without years does not.
            // A project with a start and no end runs on, unless it is completed (then it ended when it started).
            projects = projects.Where(p => (p.StartYear != null || p.EndYear != null)
                && (p.EndYear ?? (p.Status == ProjectStatus.Completed ? p.StartYear : OpenEnd)) >= from);
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
            // Lower-cased on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
            var pattern = "%" + text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // translated to SQL lower(); no .NET culture is involved
            projects = projects.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\") || EF.Functions.Like(p.Description.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
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

    private static async Task<ProjectFacets> FacetsAsync(CentralAsiaBriDbContext db, ProjectFilter filter, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Where(c => c.IsFocus).OrderBy(c => c.Id == "CN").ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var countryCounts = await Apply(db.Projects.AsNoTracking(), filter, "country").SelectMany(p => p.Countries)
            .GroupBy(c => c.Id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var pillars = await db.Pillars.AsNoTracking().OrderBy(p => p.SortOrder).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var pillarCounts = await Apply(db.Projects.AsNoTracking(), filter, "pillar").Where(p => p.PillarId != null)
            .GroupBy(p => p.PillarId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var dimensions = await db.Dimensions.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var dimensionCounts = await Apply(db.Projects.AsNoTracking(), filter, "dimension")
            .GroupBy(p => p.DimensionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var sectorCounts = await Apply(db.Projects.AsNoTracking(), filter, "sector")
            .GroupBy(p => p.Sector).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var statusCounts = await Apply(db.Projects.AsNoTracking(), filter, "status")
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var companies = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Company).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var companyCounts = await Apply(db.Projects.AsNoTracking(), filter, "company").SelectMany(p => p.Organisations)
            .GroupBy(o => o.OrganisationId).Select(g => new { g.Key, Count = g.Select(o => o.ProjectId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        return new ProjectFacets(
            [.. countries.Select(c => new FacetChoice(c.Id, c.Name, countryCounts.GetValueOrDefault(c.Id), filter.Countries.Contains(c.Id)))],
            [.. pillars.Select(p => new FacetChoice(p.Id, p.Name, pillarCounts.GetValueOrDefault(p.Id), filter.Pillar == p.Id))],
            [.. dimensions.Select(d => new FacetChoice(d.Id, d.Name, dimensionCounts.GetValueOrDefault(d.Id), filter.Dimension == d.Id))],
            [.. Enum.GetValues<Sector>().Where(s => sectorCounts.ContainsKey(s) || filter.Sector == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), sectorCounts.GetValueOrDefault(s), filter.Sector == s))],
            [.. Enum.GetValues<ProjectStatus>().Where(s => statusCounts.ContainsKey(s) || filter.Status == s)
                .Select(s => new FacetChoice(s.ToString(), s.ToString(), statusCounts.GetValueOrDefault(s), filter.Status == s))],
            [.. companies.Select(c => new FacetChoice(c.Id, c.Name, companyCounts.GetValueOrDefault(c.Id), filter.Company == c.Id))]);
    }
}
