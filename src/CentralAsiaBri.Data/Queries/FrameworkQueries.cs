using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

public sealed record NamedLink(string Id, string Name);

/// <summary>
/// A figure as a page shows it. <see cref="Label"/> is the English label; pages in other languages build theirs
/// from the parts: a project figure's <see cref="Measure"/>, or an observation's area, partner and product group.
/// </summary>
public sealed record FigureView(string Label, Qualifier Qualifier, double Value, string UnitSymbol, string? Period, IReadOnlyList<CitationView> Citations,
    FigureMeasure? Measure = null, string? ObservationId = null, string? AreaName = null, string? PartnerName = null, string? ProductGroup = null);

public sealed record ProjectSummary(
    string Id, string Name, IReadOnlyList<NamedLink> Countries, string? PillarId, string? PillarName, ProjectStatus Status,
    string? Description, IReadOnlyList<FigureView> Figures, IReadOnlyList<CitationView> Citations);

public sealed record IndicatorSummary(string Id, string Name, string Description, IReadOnlyList<FigureView> Figures);

public sealed record ChallengeView(
    string Id, string Title, string Summary, IReadOnlyList<NamedLink> Dimensions, IReadOnlyList<NamedLink> Pillars,
    IReadOnlyList<NamedLink> AnsweredBy, IReadOnlyList<CitationView> Citations);

public sealed record RecommendationView(
    string Id, string Title, string Summary, IReadOnlyList<NamedLink> Dimensions, IReadOnlyList<NamedLink> Pillars,
    IReadOnlyList<NamedLink> Answers, IReadOnlyList<CitationView> Citations);

public sealed record EventView(
    string Id, Qualifier DateQualifier, string Date, string? EndDate, string Title, EventKind Kind, string Description,
    IReadOnlyList<NamedLink> Countries, IReadOnlyList<CitationView> Citations);

public sealed record DimensionDetail(
    string Id, string Name, string Summary, IReadOnlyList<CitationView> Citations, IReadOnlyList<PillarSummary> Pillars,
    IReadOnlyList<IndicatorSummary> Indicators, IReadOnlyList<ProjectSummary> Projects, IReadOnlyList<ChallengeView> Challenges,
    IReadOnlyList<RecommendationView> Recommendations, IReadOnlyList<DatasetCount> DatasetRows);

/// <summary>How many rows of one dataset a pillar or dimension has; the page links to them in the projects explorer.</summary>
public sealed record DatasetCount(string DatasetId, string DatasetName, int Projects);

public sealed record CountryCount(string CountryId, string CountryName, int Projects, int Events);

public sealed record PillarDetail(
    string Id, string Name, string Summary, NamedLink Dimension, IReadOnlyList<CitationView> Citations,
    IReadOnlyList<IndicatorSummary> Indicators, IReadOnlyList<ProjectSummary> Projects, IReadOnlyList<EventView> Events,
    IReadOnlyList<CountryCount> PerCountry, IReadOnlyList<DatasetCount> DatasetRows);

/// <summary>
/// The reader's path through the framework: dimensions, pillars, their evidence, challenges and
/// recommendations. The data is small (dozens of rows), so each call loads its rows with their relations
/// and shapes them in memory; the pages are output-cached.
/// </summary>
public sealed class FrameworkQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache)
{
    public async Task<DimensionDetail?> GetDimensionAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dimension = await db.Dimensions
            .Include(d => d.Citations).ThenInclude(c => c.Source)
            .Include(d => d.Pillars)
            .SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dimension is null)
        {
            return null;
        }
        var pillarIds = dimension.Pillars.Select(p => p.Id).ToList();
        var indicators = await LoadIndicatorsAsync(db, i => pillarIds.Contains(i.PillarId), cancellationToken);
        var projects = await LoadProjectsAsync(db, p => p.DimensionId == id, cancellationToken);
        var challenges = (await LoadChallengesAsync(db, cancellationToken)).Where(c => c.Dimensions.Any(d => d.Id == id)).ToList();
        var challengeIds = challenges.Select(c => c.Id).ToHashSet();
        var recommendations = (await LoadRecommendationsAsync(db, cancellationToken))
            .Where(r => r.Dimensions.Any(d => d.Id == id) || r.Answers.Any(a => challengeIds.Contains(a.Id))).ToList();
        var pillarCounts = dimension.Pillars.OrderBy(p => p.SortOrder)
            .Select(p => new PillarSummary(p.Id, p.Name, p.Summary, indicators.Count(i => i.PillarId == p.Id), projects.Count(pr => pr.PillarId == p.Id)))
            .ToList();
        return new DimensionDetail(dimension.Id, dimension.Name, dimension.Summary, Cite(dimension.Citations), pillarCounts,
            [.. indicators.Select(i => i.Summary)], projects, challenges, recommendations,
            await DatasetRowsAsync(db, p => p.DimensionId == id, cancellationToken));
    }

    public async Task<PillarDetail?> GetPillarAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pillar = await db.Pillars
            .Include(p => p.Dimension)
            .Include(p => p.Citations).ThenInclude(c => c.Source)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pillar is null)
        {
            return null;
        }
        var indicators = await LoadIndicatorsAsync(db, i => i.PillarId == id, cancellationToken);
        var projects = await LoadProjectsAsync(db, p => p.PillarId == id, cancellationToken);
        var events = await LoadEventsAsync(db, e => e.PillarId == id, cancellationToken);
        var focus = await db.Countries.Where(c => c.IsFocus).OrderBy(c => c.Id == "CN").ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var perCountry = focus.Select(c => new CountryCount(c.Id, c.Name,
            projects.Count(p => p.Countries.Any(x => x.Id == c.Id)), events.Count(e => e.Countries.Any(x => x.Id == c.Id)))).ToList();
        return new PillarDetail(pillar.Id, pillar.Name, pillar.Summary, new NamedLink(pillar.DimensionId, pillar.Dimension!.Name),
            Cite(pillar.Citations), [.. indicators.Select(i => i.Summary)], projects, events, perCountry,
            await DatasetRowsAsync(db, p => p.PillarId == id, cancellationToken));
    }

    public async Task<IReadOnlyList<ChallengeView>> GetChallengesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadChallengesAsync(db, cancellationToken);
    }

    public async Task<IReadOnlyList<RecommendationView>> GetRecommendationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadRecommendationsAsync(db, cancellationToken);
    }

    public Task<IReadOnlyList<EventView>> GetLatestEventsAsync(int count, CancellationToken cancellationToken = default) =>
        // The home page's few latest: one entry per count a page asks for (a constant), once per data load.
        cache.GetOrAddAsync($"events:latest:{count}", () => ReadLatestEventsAsync(count, CancellationToken.None));

    private async Task<IReadOnlyList<EventView>> ReadLatestEventsAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // ISO dates sort as text; a partial date ("2025-06") sorts before the days of its month.
        // The latest ids in SQL (ISO text, as the API's timeline), then only those events with their links: at real
        // size there are thousands (issue 17).
        var ids = await db.Events.OrderByDescending(e => e.Date).ThenBy(e => e.Id).Select(e => e.Id).Take(count).ToListAsync(cancellationToken);
        var events = await LoadEventsAsync(db, e => ids.Contains(e.Id), cancellationToken);
        return [.. events.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The timeline: events in date order, optionally of one country and one pillar.</summary>
    public async Task<IReadOnlyList<EventView>> GetEventsAsync(string? country, string? pillar, CancellationToken cancellationToken = default)
    {
        if (country is null && pillar is null)
        {
            // The whole timeline is the charts' event overlay on every trade and indicator view: read once per data load.
            return await cache.GetOrAddAsync("events:all", () => ReadEventsAsync(null, null, CancellationToken.None));
        }
        return await ReadEventsAsync(country, pillar, cancellationToken);
    }

    private async Task<IReadOnlyList<EventView>> ReadEventsAsync(string? country, string? pillar, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadEventsAsync(db, e => (country == null || e.Countries.Any(c => c.Id == country)) && (pillar == null || e.PillarId == pillar), cancellationToken);
    }

    /// <summary>
    /// One page of the timeline (the API), ordered and cut in SQL: by date (ISO text, so a partial date sorts
    /// before the days of its month), then id; every event without <paramref name="paging"/>.
    /// </summary>
    public async Task<PageOf<EventView>> GetEventsAsync(string? country, string? pillar, Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (total, events) = await db.Events
            .Where(e => (country == null || e.Countries.Any(c => c.Id == country)) && (pillar == null || e.PillarId == pillar))
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Include(e => e.Countries)
            .Include(e => e.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .PageAsync(paging, cancellationToken);
        return new(total, [.. events.Select(Views.Event)]);
    }

    private static async Task<List<(string PillarId, IndicatorSummary Summary)>> LoadIndicatorsAsync(
        CentralAsiaBriDbContext db, System.Linq.Expressions.Expression<Func<Indicator, bool>> filter, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.Where(filter)
            .Include(i => i.Observations).ThenInclude(o => o.Unit)
            .Include(i => i.Observations).ThenInclude(o => o.Partner)
            .Include(i => i.Observations).ThenInclude(o => o.Area)
            .Include(i => i.Observations).ThenInclude(o => o.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .OrderBy(i => i.Name)
            .ToListAsync(cancellationToken);
        // Key figures: the figures the documents themselves give (not the supplementary series), at most three.
        return [.. indicators.Select(i => (i.PillarId, new IndicatorSummary(i.Id, i.Name, i.Description,
            [.. i.Observations.Where(o => o.ReporterId is null).OrderBy(o => o.PeriodEnd).Take(3)
                .Select(o => new FigureView(FigureLabel(o), o.Qualifier, o.Value, o.Unit!.Symbol, o.Period, Cite(o.Citations),
                    null, o.Id, o.Area!.Name, o.Partner?.Name, o.ProductGroup))])))];
    }

    private static string FigureLabel(Observation o)
    {
        var who = o.Partner is null ? o.Area!.Name : $"{o.Area!.Name}–{o.Partner.Name}";
        return o.ProductGroup is null ? who : $"{who}, {o.ProductGroup}";
    }

    /// <summary>
    /// The documents' projects of a pillar or dimension. Dataset rows (hundreds of AidData records) are counted by
    /// <see cref="DatasetRowsAsync"/> instead, and the page links to them in the projects explorer.
    /// </summary>
    private static async Task<List<ProjectSummary>> LoadProjectsAsync(
        CentralAsiaBriDbContext db, System.Linq.Expressions.Expression<Func<Project, bool>> filter, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.Where(p => p.DatasetId == null).Where(filter)
            .Include(p => p.Countries)
            .Include(p => p.Pillar)
            .Include(p => p.Figures).ThenInclude(f => f.Unit)
            .Include(p => p.Figures).ThenInclude(f => f.Citations).ThenInclude(c => c.Source)
            .Include(p => p.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return [.. projects.Select(p => new ProjectSummary(p.Id, p.Name, [.. p.Countries.OrderBy(c => c.Name).Select(c => new NamedLink(c.Id, c.Name))], p.PillarId, p.Pillar?.Name,
            p.Status, p.Description,
            [.. p.Figures.Select(Views.Figure)],
            Cite(p.Citations)))];
    }

    /// <summary>The dataset rows of a pillar or dimension, counted per dataset in SQL.</summary>
    private static async Task<List<DatasetCount>> DatasetRowsAsync(
        CentralAsiaBriDbContext db, System.Linq.Expressions.Expression<Func<Project, bool>> filter, CancellationToken cancellationToken) =>
        [.. (await db.Projects.Where(p => p.DatasetId != null).Where(filter)
                .GroupBy(p => new { p.DatasetId, p.Dataset!.Name })
                .Select(g => new { g.Key.DatasetId, g.Key.Name, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new DatasetCount(d.DatasetId!, d.Name, d.Count))];

    private static async Task<List<EventView>> LoadEventsAsync(
        CentralAsiaBriDbContext db, System.Linq.Expressions.Expression<Func<TimelineEvent, bool>> filter, CancellationToken cancellationToken)
    {
        var events = await db.Events.Where(filter)
            .Include(e => e.Countries)
            .Include(e => e.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. events.OrderBy(e => e.Date, StringComparer.Ordinal).Select(Views.Event)];
    }

    private static async Task<List<ChallengeView>> LoadChallengesAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken)
    {
        var challenges = await db.Challenges
            .Include(c => c.Dimensions).Include(c => c.Pillars)
            .Include(c => c.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var recommendations = await db.Recommendations.Include(r => r.Challenges).ToListAsync(cancellationToken);
        return [.. challenges.Select(c => new ChallengeView(c.Id, c.Title, c.Summary,
            [.. c.Dimensions.OrderBy(d => d.SortOrder).Select(d => new NamedLink(d.Id, d.Name))],
            [.. c.Pillars.OrderBy(p => p.SortOrder).Select(p => new NamedLink(p.Id, p.Name))],
            [.. recommendations.Where(r => r.Challenges.Any(x => x.Id == c.Id)).Select(r => new NamedLink(r.Id, r.Title))],
            Cite(c.Citations)))];
    }

    private static async Task<List<RecommendationView>> LoadRecommendationsAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken)
    {
        var recommendations = await db.Recommendations
            .Include(r => r.Dimensions).Include(r => r.Pillars).Include(r => r.Challenges)
            .Include(r => r.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. recommendations.OrderBy(r => r.Citations.Select(c => c.Location).FirstOrDefault(l => l != null && l.Contains("item", StringComparison.Ordinal)) ?? r.Id, StringComparer.Ordinal)
            .Select(r => new RecommendationView(r.Id, r.Title, r.Summary,
                [.. r.Dimensions.OrderBy(d => d.SortOrder).Select(d => new NamedLink(d.Id, d.Name))],
                [.. r.Pillars.OrderBy(p => p.SortOrder).Select(p => new NamedLink(p.Id, p.Name))],
                [.. r.Challenges.Select(c => new NamedLink(c.Id, c.Title))],
                Cite(r.Citations)))];
    }

    private static List<CitationView> Cite(IEnumerable<Citation> citations) => Views.Cite(citations);
}
