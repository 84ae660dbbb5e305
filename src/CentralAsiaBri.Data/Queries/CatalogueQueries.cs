using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>A pillar with its dimension, for the framework page (the documents' projects; dataset rows are on the pillar's page).</summary>
public sealed record PillarSummary(string Id, string Name, string Summary, int Indicators, int Projects);

public sealed record DimensionSummary(string Id, string Name, string Summary, IReadOnlyList<PillarSummary> Pillars, int ProjectsWithoutPillar);

public sealed record IndicatorListItem(string Id, string Name, string Description, string PillarId, string PillarName, int Observations);

/// <summary>The lists behind the three sections' landing pages; read-only, one context per call.</summary>
public sealed class CatalogueQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache)
{
    public Task<IReadOnlyList<DimensionSummary>> GetFrameworkAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("framework", () => ReadGetFrameworkAsync(CancellationToken.None));

    private async Task<IReadOnlyList<DimensionSummary>> ReadGetFrameworkAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Dimensions
            .OrderBy(d => d.SortOrder)
            .Select(d => new DimensionSummary(
                d.Id, d.Name, d.Summary,
                d.Pillars.OrderBy(p => p.SortOrder)
                    .Select(p => new PillarSummary(
                        p.Id, p.Name, p.Summary,
                        db.Indicators.Count(i => i.PillarId == p.Id),
                        db.Projects.Count(pr => pr.DatasetId == null && pr.PillarId == p.Id)))
                    .ToList(),
                db.Projects.Count(pr => pr.DatasetId == null && pr.PillarId == null && pr.DimensionId == d.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The five pillars in the paper's order.</summary>
    public async Task<IReadOnlyList<NamedLink>> GetPillarsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Pillars.OrderBy(p => p.SortOrder).Select(p => new NamedLink(p.Id, p.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IndicatorListItem>> GetIndicatorsAsync(CancellationToken cancellationToken = default) =>
        (await GetIndicatorsAsync(null, cancellationToken)).Items;

    /// <summary>One page of the indicators, cut in SQL; all of them without <paramref name="paging"/>.</summary>
    public async Task<PageOf<IndicatorListItem>> GetIndicatorsAsync(Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (total, items) = await db.Indicators
            .OrderBy(i => i.Pillar!.SortOrder).ThenBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new IndicatorListItem(i.Id, i.Name, i.Description, i.PillarId, i.Pillar!.Name, i.Observations.Count))
            .PageAsync(paging, cancellationToken);
        return new(total, items);
    }
}
