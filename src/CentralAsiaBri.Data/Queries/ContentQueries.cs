using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

public sealed record GlossaryEntry(string Id, string Term, IReadOnlyList<string> Aliases, string Definition, IReadOnlyList<CitationView> Citations);

/// <summary>A headline card: its caption, the figure as stated, and where to see the evidence.</summary>
public sealed record HeadlineView(string Id, string Label, Qualifier Qualifier, double Value, string UnitSymbol, string? Period, string Href,
    IReadOnlyList<CitationView> Citations);

public sealed record SourceView(string Id, SourceKind Kind, IReadOnlyList<string> Authors, string Title, string? Publisher, string? Published, string? Doi, string? Url);

public sealed record ProjectDetail(
    string Id, string Name, ProjectKind Kind, IReadOnlyList<NamedLink> Countries, NamedLink? Pillar, NamedLink? Dimension, Sector? Sector,
    ProjectStatus Status, int? StartYear, int? EndYear, string? Location, string? Description, IReadOnlyList<FigureView> Figures,
    IReadOnlyList<(string Organisation, OrganisationRole Role, IReadOnlyList<CitationView> Citations)> Organisations,
    IReadOnlyList<EventView> Events, IReadOnlyList<CitationView> Citations, IReadOnlyList<SourceView> Sources,
    IReadOnlyList<NamedLink> RelatedIndicators, IReadOnlyList<NamedLink> RelatedProjects, DateTime? DataLoadedUtc,
    DatasetView? Dataset = null, int? DatasetRecordId = null, FinanceView? Finance = null, IReadOnlyList<DatasetRecord>? SameRecord = null)
{
    /// <summary>The publisher's page of a dataset row's record; null for the documents' projects.</summary>
    public string? RecordUrl => Dataset?.RecordUrl(DatasetRecordId);
}

/// <summary>Another dataset's row with the same publisher's record id (AidData reuses ids across its datasets).</summary>
public sealed record DatasetRecord(string ProjectId, string DatasetName);

public sealed class ContentQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache, ProjectIndex projects)
{
    public Task<IReadOnlyList<GlossaryEntry>> GetGlossaryAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("glossary", () => ReadGetGlossaryAsync(CancellationToken.None));

    private async Task<IReadOnlyList<GlossaryEntry>> ReadGetGlossaryAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var terms = await db.GlossaryTerms.Include(t => t.Citations).ThenInclude(c => c.Source).ToListAsync(cancellationToken);
        return [.. terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .Select(t => new GlossaryEntry(t.Id, t.Term, t.Aliases, t.Definition, Views.Cite(t.Citations)))];
    }

    public Task<IReadOnlyList<HeadlineView>> GetHeadlinesAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("headlines", () => ReadGetHeadlinesAsync(CancellationToken.None));

    private async Task<IReadOnlyList<HeadlineView>> ReadGetHeadlinesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var headlines = await db.Headlines
            .Include(h => h.Observation).ThenInclude(o => o!.Unit)
            .Include(h => h.ProjectFigure).ThenInclude(f => f!.Unit)
            .Include(h => h.Citations).ThenInclude(c => c.Source)
            .OrderBy(h => h.SortOrder)
            .ToListAsync(cancellationToken);
        return [.. headlines.Select(h => h.Observation is { } o
            ? new HeadlineView(h.Id, h.Label, o.Qualifier, o.Value, o.Unit!.Symbol, o.Period,
                o.IndicatorId == "trade-value" ? "trade" : $"indicators/{o.IndicatorId}", Views.Cite(h.Citations))
            : new HeadlineView(h.Id, h.Label, h.ProjectFigure!.Qualifier, h.ProjectFigure.Value, h.ProjectFigure.Unit!.Symbol, null,
                $"projects/{h.ProjectFigure.ProjectId}", Views.Cite(h.Citations)))];
    }

    public async Task<ProjectDetail?> GetProjectAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var p = await db.Projects
            .Include(x => x.Countries).Include(x => x.Pillar).Include(x => x.Dimension).Include(x => x.Dataset)
            .Include(x => x.Figures).ThenInclude(f => f.Unit)
            .Include(x => x.Figures).ThenInclude(f => f.Citations).ThenInclude(c => c.Source)
            .Include(x => x.Organisations).ThenInclude(o => o.Organisation)
            .Include(x => x.Organisations).ThenInclude(o => o.Citations).ThenInclude(c => c.Source)
            .Include(x => x.Events).ThenInclude(e => e.Countries)
            .Include(x => x.Events).ThenInclude(e => e.Citations).ThenInclude(c => c.Source)
            .Include(x => x.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return null;
        }
        // Every source the project's rows cite, directly or through their figures, organisations and events.
        var sourceIds = p.Citations.Concat(p.Figures.SelectMany(f => f.Citations)).Concat(p.Organisations.SelectMany(o => o.Citations))
            .Concat(p.Events.SelectMany(e => e.Citations)).Select(c => c.SourceId).Distinct().ToList();
        var sources = await db.Sources.Where(s => sourceIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var relatedIndicators = p.PillarId is null ? [] : await db.Indicators.Where(i => i.PillarId == p.PillarId)
            .OrderBy(i => i.Name).Select(i => new NamedLink(i.Id, i.Name)).ToListAsync(cancellationToken);
        // Related: same pillar (or same dimension outside the pillars) and at least one focus country in common.
        var countryIds = p.Countries.Where(c => c.IsFocus && c.Id != "CN").Select(c => c.Id).ToList();
        // The documents' projects first: a pillar may hold thousands of dataset rows. Both lists come from the project
        // index (read once per data load): as SQL each scanned every project of the pillar (issue 17).
        var relatedProjects = await projects.RelatedAsync(p.Id, p.PillarId, p.DimensionId, countryIds, 8);
        var sameRecord = p.DatasetRecordId is not { } recordId ? [] : await projects.SameRecordAsync(p.Id, p.DatasetId, recordId);
        var loaded = await db.SeedStates.Select(s => (DateTime?)s.SeededAtUtc).SingleOrDefaultAsync(cancellationToken);
        return new ProjectDetail(p.Id, p.Name, p.Kind, [.. p.Countries.OrderBy(c => c.Name).Select(c => new NamedLink(c.Id, c.Name))],
            p.Pillar is null ? null : new NamedLink(p.Pillar.Id, p.Pillar.Name), p.Dimension is null ? null : new NamedLink(p.Dimension.Id, p.Dimension.Name),
            p.Sector, p.Status, p.StartYear, p.EndYear, p.Location, p.Description,
            [.. p.Figures.Select(Views.Figure)],
            [.. p.Organisations.Select(o => (o.Organisation!.Name, o.Role, (IReadOnlyList<CitationView>)Views.Cite(o.Citations)))],
            [.. p.Events.OrderBy(e => e.Date, StringComparer.Ordinal).Select(Views.Event)],
            Views.Cite(p.Citations),
            [.. sources.OrderBy(s => sourceIds.IndexOf(s.Id)).Select(s => new SourceView(s.Id, s.Kind, s.Authors, s.Title, s.Publisher, s.Published, s.Doi, s.Url))],
            relatedIndicators, relatedProjects, loaded,
            p.Dataset is null ? null : Views.Dataset(p.Dataset), p.DatasetRecordId, Views.Finance(p.Finance), sameRecord);
    }
}
