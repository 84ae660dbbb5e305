using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>Where a figure comes from, ready to show: "paper §3 ¶2" with the source's title and link, and the publisher's terms where it sets any.</summary>
public sealed record CitationView(string SourceId, string? Location, string SourceTitle, string? Url, int? ReferenceNumber, string? Published, string? Terms = null)
{
    public string Label => Location is null ? SourceId : $"{SourceId} {Location}";
}

/// <summary>One observation, flattened for charts, tables and CSV downloads.</summary>
public sealed record ObservationRow(
    string Id,
    string IndicatorId,
    string AreaId,
    string AreaName,
    string? PartnerId,
    string? PartnerName,
    TradeFlow? Flow,
    string? ProductGroup,
    string Period,
    DateOnly? PeriodStart,
    DateOnly PeriodEnd,
    Qualifier Qualifier,
    double Value,
    bool Estimate,
    string? SourceValue,
    string? SourceSeries,
    string UnitId,
    string UnitSymbol,
    double UnitScale,
    string? Currency,
    string? ReporterId,
    string? ReporterName,
    string? Note,
    IReadOnlyList<CitationView> Citations)
{
    /// <summary>True when the period is one calendar year (a full-year figure).</summary>
    public bool IsCalendarYear =>
        PeriodStart is { Month: 1, Day: 1 } start && PeriodEnd.Month == 12 && PeriodEnd.Day == 31 && start.Year == PeriodEnd.Year;
}

/// <summary>
/// A body that publishes figures (China's customs, a statistics office, the EDB); <paramref name="MirrorOfId"/> names
/// the China-side line of a dataset whose partner-side line this is (the mirror pair). <paramref name="Side"/>,
/// <paramref name="InstitutionId"/> and <paramref name="InstitutionName"/> are those of the body the name stands for
/// (ADR-021); null only in a store not yet loaded with institutions.
/// </summary>
public sealed record ReporterView(string Id, string Name, ReporterKind Kind, string? CountryId, string? MirrorOfId = null,
    InstitutionSide? Side = null, string? InstitutionId = null, string? InstitutionName = null);

/// <summary>A line of figures by product group: whose, with which partner, which flow.</summary>
public sealed record ProductLine(string ReporterId, string ReporterName, string PartnerId, TradeFlow Flow);

/// <summary>An indicator with what its page needs to explain it.</summary>
public sealed record IndicatorDetail(
    string Id, string Name, string Description, Quantity Quantity, string PillarId, string PillarName, string DimensionName,
    IReadOnlyList<CitationView> Citations, string DimensionId);

public sealed class ObservationQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache)
{
    public async Task<IndicatorDetail?> GetIndicatorAsync(string indicatorId, CancellationToken cancellationToken = default)
    {
        // Kept per data load; only stored indicators are kept, so asking for made-up ids cannot grow it (bounded anyway).
        var kept = await cache.RowsAsync<IndicatorDetail>("indicator-details", 1024);
        if (kept.TryGet(indicatorId, out var known))
        {
            return known;
        }
        var read = await ReadIndicatorAsync(indicatorId, cancellationToken);
        return read is null ? null : kept.Keep(indicatorId, read);
    }

    private async Task<IndicatorDetail?> ReadIndicatorAsync(string indicatorId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Indicators
            .Where(i => i.Id == indicatorId)
            .Select(i => new IndicatorDetail(
                i.Id, i.Name, i.Description, i.Quantity, i.PillarId, i.Pillar!.Name, i.Pillar.Dimension!.Name,
                i.Citations.Select(c => new CitationView(c.SourceId, c.Location, c.Source!.Title, c.Source.Url, c.Source.ReferenceNumber, c.Source.Published, c.Source.Terms)).ToList(),
                i.Pillar.DimensionId))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Who publishes the figures: each reporter with its kind, country, institution and side.</summary>
    public Task<IReadOnlyList<ReporterView>> GetReportersAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("reporters", () => ReadReportersAsync(CancellationToken.None));

    private async Task<IReadOnlyList<ReporterView>> ReadReportersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reporters.OrderBy(r => r.Id)
            .Select(r => new ReporterView(r.Id, r.Name, r.Kind, r.CountryId, r.MirrorOfId,
                r.Institution == null ? null : r.Institution.Side, r.InstitutionId, r.Institution == null ? null : r.Institution.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every observation of an indicator, in period order.</summary>
    public async Task<IReadOnlyList<ObservationRow>> GetObservationsAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        (await GetObservationsAsync(indicatorId, null, cancellationToken)).Items;

    /// <summary>One page of an indicator's observations in period order, cut in SQL; all of them without <paramref name="paging"/>.</summary>
    public async Task<PageOf<ObservationRow>> GetObservationsAsync(string indicatorId, Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (total, items) = await db.Observations
            .Where(o => o.IndicatorId == indicatorId)
            .OrderBy(o => o.PeriodEnd).ThenBy(o => o.Id)
            .Select(s_toRow)
            .PageAsync(paging, cancellationToken);
        return new(total, items);
    }

    /// <summary>The observations with these ids, in the order of <paramref name="ids"/> (an id not stored is left out).</summary>
    public async Task<IReadOnlyList<ObservationRow>> GetObservationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        // Kept per data load (bounded): the indicator table's pages are read by id, and a new view of a page (a chart
        // instead of a table, events on) lists the same figures (issue 17).
        var kept = await cache.RowsAsync<ObservationRow>("observation-rows", KeptObservationRows);
        var citations = await cache.RowsAsync<CitationView>("observation-citations", KeptObservationRows);
        return await kept.GetOrReadAsync(ids, r => r.Id, async missing =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var rows = await db.Observations.Where(o => missing.Contains(o.Id)).Select(s_toRow).ToListAsync(cancellationToken);
            // Thousands of kept figures cite the same few sources: one copy of each citation (its source's title and
            // terms included) instead of one per figure.
            return rows.Select(r => r with { Citations = [.. r.Citations.Select(c => citations.Keep(c.SourceId + "\u001f" + c.Location, c))] });
        });
    }

    /// <summary>Figures kept by id between data loads, at most (fifty pages of the indicator tables).</summary>
    internal const int KeptObservationRows = 10_000;

    /// <summary>
    /// An indicator's figures for all goods (no product group), in period order: the lines of the trade page. Figures
    /// by product group are never part of a line, and at real size they are most of the rows (issue 17), so they stay
    /// in the store (index <c>IndicatorId, ProductGroup, PeriodEnd</c>).
    /// </summary>
    public Task<IReadOnlyList<ObservationRow>> GetAllGoodsAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        // Once per data load and indicator; callers pass a stored indicator's id, so the entries are bounded by the data.
        cache.GetOrAddAsync("all-goods:" + indicatorId, () => ReadAllGoodsAsync(indicatorId, CancellationToken.None));

    private async Task<IReadOnlyList<ObservationRow>> ReadAllGoodsAsync(string indicatorId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Observations
            .Where(o => o.IndicatorId == indicatorId && o.ProductGroup == null)
            .OrderBy(o => o.PeriodEnd).ThenBy(o => o.Id)
            .Select(s_toRow)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The lines that have figures by product group (reporter, partner, flow; US dollars), once per data load: the trade
    /// page's composition offers these, then reads only the chosen line's figures (<see cref="GetProductRowsAsync"/>).
    /// </summary>
    public Task<IReadOnlyList<ProductLine>> GetProductLinesAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("product-lines:" + indicatorId, async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            var lines = await db.Observations
                .Where(o => o.IndicatorId == indicatorId && o.ProductGroup != null && o.ReporterId != null && o.PartnerId != null
                    && (o.Flow == TradeFlow.Exports || o.Flow == TradeFlow.Imports) && o.Unit!.Currency == "USD")
                .Select(o => new { o.ReporterId, ReporterName = o.Reporter!.Name, o.PartnerId, o.Flow })
                .Distinct()
                .ToListAsync();
            return (IReadOnlyList<ProductLine>)[.. lines.Select(l => new ProductLine(l.ReporterId!, l.ReporterName, l.PartnerId!, l.Flow!.Value))
                .OrderBy(l => l.ReporterId, StringComparer.Ordinal).ThenBy(l => l.PartnerId, StringComparer.Ordinal).ThenBy(l => l.Flow)];
        });

    /// <summary>One line's figures by product group; nothing for a line that is not stored (the page keeps their sums per data load).</summary>
    public async Task<IReadOnlyList<ObservationRow>> GetProductRowsAsync(string indicatorId, ProductLine line, CancellationToken cancellationToken = default)
    {
        if (!(await GetProductLinesAsync(indicatorId, cancellationToken)).Contains(line))
        {
            return [];
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Observations
            .Where(o => o.IndicatorId == indicatorId && o.ProductGroup != null && o.ReporterId == line.ReporterId
                && o.PartnerId == line.PartnerId && o.Flow == line.Flow && o.Unit!.Currency == "USD")
            .OrderBy(o => o.PeriodEnd).ThenBy(o => o.Id)
            .Select(s_toRow)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// An indicator's figure ids in period order, once per data load: the indicator page counts and cuts its table from
    /// them and reads one page's rows by key (as SQL, a page deep in 100,000 figures was a COUNT and an OFFSET scan).
    /// Callers pass a stored indicator's id.
    /// </summary>
    public Task<IReadOnlyList<string>> GetObservationIdsAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("observation-ids:" + indicatorId, async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            return (IReadOnlyList<string>)await db.Observations.Where(o => o.IndicatorId == indicatorId)
                .OrderBy(o => o.PeriodEnd).ThenBy(o => o.Id).Select(o => o.Id).ToListAsync();
        });

    /// <summary>
    /// The figures the two documents give under a pillar (observations without a reporter: the supplementary
    /// series always name theirs), with their indicator's name, in one query.
    /// </summary>
    public Task<IReadOnlyList<(string Indicator, ObservationRow Row)>> GetDocumentFiguresAsync(string pillarId, CancellationToken cancellationToken = default) =>
        // Once per data load; callers pass a pillar id of the code (the trade page's), never one from a request.
        cache.GetOrAddAsync("document-figures:" + pillarId, () => ReadDocumentFiguresAsync(pillarId, CancellationToken.None));

    /// <summary>The figures of a few small indicators (the trade page's growth rates), once per data load.</summary>
    public Task<IReadOnlyList<ObservationRow>> GetSmallIndicatorAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("indicator:" + indicatorId, () => GetObservationsAsync(indicatorId, CancellationToken.None));

    private async Task<IReadOnlyList<(string Indicator, ObservationRow Row)>> ReadDocumentFiguresAsync(string pillarId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Observations
            .Where(o => o.Indicator!.PillarId == pillarId && o.ReporterId == null)
            .OrderBy(o => o.Indicator!.Name).ThenBy(o => o.PeriodEnd).ThenBy(o => o.Id)
            .Select(s_toRow)
            .ToListAsync(cancellationToken);
        var names = await db.Indicators.Where(i => i.PillarId == pillarId).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return [.. rows.Select(r => (names[r.IndicatorId], r))];
    }

    // One projection for every list of observations, translated to SQL by EF.
    private static readonly System.Linq.Expressions.Expression<Func<Observation, ObservationRow>> s_toRow = o => new ObservationRow(
        o.Id, o.IndicatorId, o.AreaId, o.Area!.Name, o.PartnerId, o.Partner == null ? null : o.Partner.Name,
        o.Flow, o.ProductGroup, o.Period, o.PeriodStart, o.PeriodEnd, o.Qualifier, o.Value, o.Estimate, o.SourceValue, o.SourceSeries,
        o.UnitId, o.Unit!.Symbol, o.Unit.Scale, o.Unit.Currency,
        o.ReporterId, o.Reporter == null ? null : o.Reporter.Name, o.Note,
        o.Citations.Select(c => new CitationView(c.SourceId, c.Location, c.Source!.Title, c.Source.Url, c.Source.ReferenceNumber, c.Source.Published, c.Source.Terms)).ToList());
}
