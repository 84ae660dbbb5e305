using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>One line's sums by HS section over its years, the sources of its figures and how many there are.</summary>
public sealed record LineSums(IReadOnlyList<int> Years, IReadOnlyList<CompositionSeries> Series, IReadOnlyList<CitationView> Sources, int Figures);

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
    /// The line the composition shows for the requested reporter, partner and flow, among the lines that have figures by
    /// product group (each falls back to the first with product data; the partner to the first of the page's countries
    /// that has some, the flow to exports where there are any); null when no line is loaded.
    /// </summary>
    public static ProductLine? Choose(IReadOnlyList<ProductLine> lines, TradeView view, string? reporter, string? partner, string? flow)
    {
        if (lines.Count == 0)
        {
            return null;
        }
        var chosenReporter = lines.Any(l => l.ReporterId == reporter) ? reporter! : lines.Select(l => l.ReporterId).Order(StringComparer.Ordinal).First();
        var ofReporter = lines.Where(l => l.ReporterId == chosenReporter).ToList();
        var partners = PartnersOf(ofReporter, view);
        var chosenPartner = partners.Contains(partner ?? "") ? partner! : partners[0];
        // The flow asked for; otherwise exports, or imports where the reporter gives only those for this partner.
        var chosenFlow = string.Equals(flow, "imports", StringComparison.OrdinalIgnoreCase) ? TradeFlow.Imports
            : string.Equals(flow, "exports", StringComparison.OrdinalIgnoreCase) ? TradeFlow.Exports
            : ofReporter.Any(l => l.PartnerId == chosenPartner && l.Flow == TradeFlow.Exports) ? TradeFlow.Exports : TradeFlow.Imports;
        return new ProductLine(chosenReporter, ofReporter[0].ReporterName, chosenPartner, chosenFlow);
    }

    private static List<string> PartnersOf(IEnumerable<ProductLine> ofReporter, TradeView view) =>
        [.. ofReporter.Select(l => l.PartnerId).Distinct()
            .OrderBy(p => view.Countries.Contains(p) ? view.Countries.ToList().IndexOf(p) : int.MaxValue).ThenBy(p => p, StringComparer.Ordinal)];

    /// <summary>
    /// One line's sums by HS section and year from its figures (<paramref name="rows"/>: that line's, by product group),
    /// which depend on the data only, so the page keeps them per data load; <see cref="LineSums.Figures"/> is 0 when
    /// none of the figures is by HS chapter.
    /// </summary>
    public static LineSums Sum(ProductLine chosen, IEnumerable<ObservationRow> rows)
    {
        var chosenRows = rows.Where(r => r.IsCalendarYear && r.Currency == "USD" && r.ReporterId == chosen.ReporterId && r.PartnerId == chosen.PartnerId
                && r.Flow == chosen.Flow && HsSections.ChapterOf(r.ProductGroup) is not null)
            .ToList();
        var years = chosenRows.Select(r => r.PeriodEnd.Year).Distinct().Order().ToList();
        var series = chosenRows.GroupBy(r => HsSections.Of(HsSections.ChapterOf(r.ProductGroup)!.Value))
            .OrderBy(g => g.Key?.Number ?? int.MaxValue)
            .Select(g =>
            {
                var byYear = g.GroupBy(r => r.PeriodEnd.Year).ToDictionary(y => y.Key, y => y.Sum(r => Decimal(r.Value) * Decimal(r.UnitScale)) / 1_000_000m);
                return new CompositionSeries(g.Key, [.. years.Select(y => byYear.TryGetValue(y, out var sum) ? sum : (decimal?)null)]);
            })
            .ToList();
        var sources = chosenRows.SelectMany(r => r.Citations).DistinctBy(c => c.SourceId).Select(c => c with { Location = null }).ToList();
        return new LineSums(years, series, sources, chosenRows.Count);
    }

    /// <summary>The composition of the <paramref name="chosen"/> line from its <paramref name="sums"/>; null when it has no figure by HS chapter.</summary>
    public static TradeComposition? Build(IReadOnlyList<ProductLine> lines, ProductLine chosen, LineSums sums, TradeView view)
    {
        if (sums.Figures == 0)
        {
            return null;
        }
        var reporters = lines.DistinctBy(l => l.ReporterId).OrderBy(l => l.ReporterId, StringComparer.Ordinal).Select(l => (l.ReporterId, l.ReporterName)).ToList();
        var partners = PartnersOf(lines.Where(l => l.ReporterId == chosen.ReporterId), view);
        return new TradeComposition(reporters, partners, chosen.ReporterId, chosen.PartnerId, chosen.Flow, sums.Years, sums.Series, sums.Sources, sums.Figures);
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
