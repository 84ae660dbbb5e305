using System.Globalization;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.WebUtilities;

namespace CentralAsiaBri.Web.Features.Investment;

/// <summary>Which of AEI's two lists the investment view shows.</summary>
public enum InvestmentSeries { Investment, Construction }

/// <summary>One country-year of the view: AEI's summed value and the number of deals behind it (ADR-023).</summary>
public sealed record InvestmentPoint(ObservationRow Value, ObservationRow? Deals)
{
    public string PartnerId => Value.PartnerId!;
    public int Year => Value.PeriodEnd.Year;
    public int DealCount => Deals is null ? 0 : (int)Deals.Value;
    public string Terms => string.Join(" | ", Value.Citations.Select(c => c.Terms).OfType<string>().Distinct());
}

/// <summary>One sector's sums over the countries and years shown.</summary>
public sealed record SectorTotal(string Sector, decimal Value, int Deals);

/// <summary>
/// The investment view's state, as it stands in the query string: countries, series (investment or construction),
/// sector (blank: all sectors, AEI's country-year totals), from and to. The page and <c>/investment/data.csv</c> read it.
/// </summary>
public sealed record InvestmentView
{
    public static readonly IReadOnlyList<string> Partners = ["KZ", "KG", "TJ", "TM", "UZ"];

    /// <summary>The citation AEI asks for, of the one edition the view shows (ADR-023); kept in English as a title.</summary>
    public const string Citation = "American Enterprise Institute and The Heritage Foundation, China Global Investment Tracker (2019 Fall edition)";

    public IReadOnlyList<string> Countries { get; init; } = Partners;
    public InvestmentSeries Series { get; init; } = InvestmentSeries.Investment;
    public string? Sector { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }

    public string ValueIndicator => Series == InvestmentSeries.Investment ? "cgit-investment-value" : "cgit-construction-value";
    public string DealsIndicator => Series == InvestmentSeries.Investment ? "cgit-investment-deals" : "cgit-construction-deals";

    public static InvestmentView Parse(string? countries, string? series, string? sector, int? from, int? to) => new()
    {
        Countries = (countries ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(c => Partners.Contains(c)).Distinct().ToList() is { Count: > 0 } cs ? [.. Partners.Where(cs.Contains)] : Partners,
        Series = series == "construction" ? InvestmentSeries.Construction : InvestmentSeries.Investment,
        Sector = string.IsNullOrWhiteSpace(sector) || sector.Length > 100 ? null : sector.Trim(),
        From = from is >= 1990 and <= 2100 ? from : null,
        To = to is >= 1990 and <= 2100 ? to : null,
    };

    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>();
        if (!Countries.SequenceEqual(Partners))
        {
            query["countries"] = string.Join(',', Countries);
        }
        if (Series == InvestmentSeries.Construction)
        {
            query["series"] = "construction";
        }
        if (Sector is { } sector)
        {
            query["sector"] = sector;
        }
        if (From is { } from)
        {
            query["from"] = from.ToString(CultureInfo.InvariantCulture);
        }
        if (To is { } to)
        {
            query["to"] = to.ToString(CultureInfo.InvariantCulture);
        }
        return QueryHelpers.AddQueryString("", query);
    }

    public InvestmentView ToggleCountry(string country) => this with
    {
        Countries = Countries.Contains(country)
            ? Countries.Count > 1 ? [.. Countries.Where(c => c != country)] : Countries
            : [.. Partners.Where(p => p == country || Countries.Contains(p))],
    };

    private bool InRange(ObservationRow r) =>
        r.PartnerId is { } p && Countries.Contains(p) && (From is null || r.PeriodEnd.Year >= From) && (To is null || r.PeriodEnd.Year <= To);

    /// <summary>
    /// The country-years shown: AEI's total for the year (blank product group) or the chosen sector's sum, with its deal
    /// count; a year without a tracked deal has no row and stays a gap.
    /// </summary>
    public IReadOnlyList<InvestmentPoint> Select(IReadOnlyList<ObservationRow> values, IReadOnlyList<ObservationRow> deals)
    {
        var counts = deals.ToDictionary(d => (d.PartnerId, d.PeriodEnd.Year, d.ProductGroup));
        return [.. values.Where(r => r.ProductGroup == Sector && InRange(r))
            .OrderBy(r => Partners.ToList().IndexOf(r.PartnerId!)).ThenBy(r => r.PeriodEnd)
            .Select(r => new InvestmentPoint(r, counts.GetValueOrDefault((r.PartnerId, r.PeriodEnd.Year, r.ProductGroup))))];
    }

    /// <summary>Every sector of the series, over the countries and years shown (all sectors, whichever is chosen), largest first.</summary>
    public IReadOnlyList<SectorTotal> BySector(IReadOnlyList<ObservationRow> values, IReadOnlyList<ObservationRow> deals) =>
        [.. values.Where(r => r.ProductGroup is not null && InRange(r)).GroupBy(r => r.ProductGroup!)
            .Select(g => new SectorTotal(g.Key, g.Sum(r => (decimal)r.Value),
                (int)deals.Where(d => d.ProductGroup == g.Key && InRange(d)).Sum(d => d.Value)))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Sector, StringComparer.Ordinal)];

    /// <summary>The sectors a reader can choose.</summary>
    public static IReadOnlyList<string> Sectors(IReadOnlyList<ObservationRow> values) =>
        [.. values.Select(r => r.ProductGroup).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>
/// The investment page's CSV: exactly the country-years shown, with the deal count, the sources and AEI's terms on
/// every row (the terms travel with the figures).
/// </summary>
public static class InvestmentCsv
{
    public static byte[] Write(IReadOnlyList<InvestmentPoint> points) => CsvFile.Write(points, new InvestmentCsvMap());

    public static IReadOnlyList<string> Header { get; } = CsvFile.Header(new InvestmentCsvMap());
}

public sealed class InvestmentCsvMap : ClassMap<InvestmentPoint>
{
    public InvestmentCsvMap()
    {
        Map(p => p.Value.PartnerName).Name("partner");
        Map(p => p.Value.IndicatorId).Name("indicator_id");
        Map(p => p.Value.ProductGroup).Name("sector");
        Map(p => p.Year).Name("year");
        Map(p => p.Value.Value).Name("value").Convert(a => CsvFile.Number(a.Value.Value.Value));
        Map(p => p.Value.UnitId).Name("unit");
        Map(p => p.DealCount).Name("deals").Convert(a => a.Value.DealCount.ToString(CultureInfo.InvariantCulture));
        Map(p => p.Value.ReporterName).Name("reporter");
        Map(p => p.Value.Id).Name("observation_id");
        Map(p => p.Value.Citations).Name("sources").Convert(a => string.Join("; ", a.Value.Value.Citations.Select(c => c.Url ?? c.Label)));
        Map(p => p.Terms).Name("terms");
    }
}
