using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>
/// The claims of claims.csv with their verdicts, computed from the store at each call (the page is output-cached and
/// evicted on every load, so this runs once per data load and language): the claims, then the rows of each indicator
/// they name, then <see cref="ClaimEvaluator"/>.
/// </summary>
public sealed class ClaimQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, ObservationQueries observations)
{
    public async Task<IReadOnlyList<ClaimResult>> GetResultsAsync(CancellationToken cancellationToken = default)
    {
        var claims = await GetClaimsAsync(cancellationToken);
        var rows = new List<ObservationRow>();
        foreach (var indicator in claims.Select(c => c.IndicatorId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            rows.AddRange(await observations.GetObservationsAsync(indicator, cancellationToken));
        }
        var byIndicator = rows.ToLookup(r => r.IndicatorId, StringComparer.Ordinal);
        return [.. claims.Select(c => ClaimEvaluator.Evaluate(c, c.IndicatorId is null ? [] : [.. byIndicator[c.IndicatorId]]))];
    }

    /// <summary>The claims in their file's order, each with the document's figure it reads.</summary>
    public async Task<IReadOnlyList<ClaimDefinition>> GetClaimsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claims = await db.Claims.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.ObservationId, c.Test, c.IndicatorId, c.AreaId, c.PartnerIds, c.Flow, c.ProductGroup, c.ReporterIds, c.From, c.To,
                c.AbsentRows, c.EvidenceScope, c.TolerancePercent, c.Basis,
                Citations = c.Citations.Select(x => new CitationView(x.SourceId, x.Location, x.Source!.Title, x.Source.Url, x.Source.ReferenceNumber, x.Source.Published, x.Source.Terms)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var ids = claims.Select(c => c.ObservationId).Distinct().ToList();
        var stated = (await observations.GetObservationsByIdAsync(ids, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return [.. claims.Select(c => new ClaimDefinition(
            c.Id, stated[c.ObservationId], c.Test, c.IndicatorId, c.AreaId, Split(c.PartnerIds), c.Flow, c.ProductGroup, Split(c.ReporterIds),
            ClaimPeriod.TryParse(c.From, out var from) ? from : null, ClaimPeriod.TryParse(c.To, out var to) ? to : null,
            c.AbsentRows, c.EvidenceScope, c.TolerancePercent, c.Basis, c.Citations))];
    }

    private static string[] Split(string? list) => list?.Split(';') ?? [];
}
