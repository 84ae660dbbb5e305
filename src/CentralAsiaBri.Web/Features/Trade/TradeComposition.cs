using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>One section's sums over the years of a composition (million US dollars; null where no chapter of it has a figure).</summary>
public sealed record CompositionSeries(HsSection? Section, IReadOnlyList<decimal?> MillionUsd);

/// <summary>
/// What the trade page's composition shows (ADR-024): for one reporter, partner and flow, the figures by HS chapter
/// summed by HS section per year, in decimal from the stored values (no figure is invented: a section without any
/// chapter figure in a year is a gap). <see cref="Reporters"/> and <see cref="Partners"/> are the choices that have
/// product data.
/// </summary>
public sealed record TradeComposition(
    IReadOnlyList<(string Id, string Name)> Reporters, IReadOnlyList<string> Partners, string Reporter, string Partner, TradeFlow Flow,
    IReadOnlyList<int> Years, IReadOnlyList<CompositionSeries> Series, IReadOnlyList<CitationView> Sources, int Figures)
{
    /// <summary>The query-string keys of the composition's view state (beside <see cref="TradeView"/>'s).</summary>
    public const string ReporterKey = "mixReporter", PartnerKey = "mixPartner", FlowKey = "mixFlow";

    /// <summary>
    /// The composition for the requested reporter, partner and flow (each falls back to the first with product data; the
    /// partner to the first of the page's countries that has some, the flow to exports where there are any); null when no figure by HS chapter is loaded.
    /// </summary>
    public static TradeComposition? Build(IEnumerable<ObservationRow> rows, TradeView view, string? reporter, string? partner, string? flow)
    {
        var products = rows.Where(r => r.IsCalendarYear && r.Currency == "USD" && r.ReporterId is not null && r.PartnerId is not null
                && r.Flow is TradeFlow.Exports or TradeFlow.Imports && HsSections.ChapterOf(r.ProductGroup) is not null)
            .ToList();
        if (products.Count == 0)
        {
            return null;
        }
        var reporters = products.DistinctBy(r => r.ReporterId).OrderBy(r => r.ReporterId, StringComparer.Ordinal).Select(r => (r.ReporterId!, r.ReporterName ?? r.ReporterId!)).ToList();
        var chosenReporter = reporters.Any(r => r.Item1 == reporter) ? reporter! : reporters[0].Item1;
        var ofReporter = products.Where(r => r.ReporterId == chosenReporter).ToList();
        var partners = ofReporter.Select(r => r.PartnerId!).Distinct()
            .OrderBy(p => view.Countries.Contains(p) ? view.Countries.ToList().IndexOf(p) : int.MaxValue).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var chosenPartner = partners.Contains(partner ?? "") ? partner! : partners[0];
        // The flow asked for; otherwise exports, or imports where the reporter gives only those for this partner.
        var chosenFlow = string.Equals(flow, "imports", StringComparison.OrdinalIgnoreCase) ? TradeFlow.Imports
            : string.Equals(flow, "exports", StringComparison.OrdinalIgnoreCase) ? TradeFlow.Exports
            : ofReporter.Any(r => r.PartnerId == chosenPartner && r.Flow == TradeFlow.Exports) ? TradeFlow.Exports : TradeFlow.Imports;
        var chosen = ofReporter.Where(r => r.PartnerId == chosenPartner && r.Flow == chosenFlow).ToList();
        var years = chosen.Select(r => r.PeriodEnd.Year).Distinct().Order().ToList();
        var series = chosen.GroupBy(r => HsSections.Of(HsSections.ChapterOf(r.ProductGroup)!.Value))
            .OrderBy(g => g.Key?.Number ?? int.MaxValue)
            .Select(g => new CompositionSeries(g.Key, [.. years.Select(y => g.Where(r => r.PeriodEnd.Year == y) is var inYear && inYear.Any()
                ? inYear.Sum(r => Decimal(r.Value) * Decimal(r.UnitScale)) / 1_000_000m
                : (decimal?)null)]))
            .ToList();
        var sources = chosen.SelectMany(r => r.Citations).DistinctBy(c => c.SourceId).Select(c => c with { Location = null }).ToList();
        return new TradeComposition(reporters, partners, chosenReporter, chosenPartner, chosenFlow, years, series, sources, chosen.Count);
    }

    /// <summary>The query-string pairs of this composition's choices (the defaults too, so a shared link keeps them).</summary>
    public IReadOnlyDictionary<string, string?> Query(string? reporter = null, string? partner = null, TradeFlow? flow = null) => new Dictionary<string, string?>
    {
        [ReporterKey] = reporter ?? Reporter,
        [PartnerKey] = partner ?? Partner,
        [FlowKey] = (flow ?? Flow).ToString().ToLowerInvariant(),
    };

    /// <summary>A stored value as the decimal its shortest round-trip text reads as (no binary noise in a sum).</summary>
    private static decimal Decimal(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
