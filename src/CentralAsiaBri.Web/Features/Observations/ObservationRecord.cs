using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Features.Observations;

/// <summary>
/// An observation as the API's JSON and every CSV of observations write it (the API's observations.csv, the
/// indicator page's download, and within the trade download): ids for area, partner, unit and reporter. <c>Estimate</c>
/// is the publisher's flag (the IMF's "e"); <c>SourceValue</c> the cell exactly as a dataset stores it and
/// <c>SourceSeries</c> the publisher's name of the series (both null for figures transcribed from text).
/// </summary>
public sealed record ApiObservation(string Id, string Indicator, string Area, string? Partner, string? Flow, string? ProductGroup, string Period,
    string? PeriodStart, string PeriodEnd, string Qualifier, double Value, bool Estimate, string? SourceValue, string? SourceSeries,
    string Unit, string? Currency, string? Reporter, string? Note, IReadOnlyList<ApiCitation> Sources);

public static class ObservationRecords
{
    public static ApiObservation From(ObservationRow r) => new(r.Id, r.IndicatorId, r.AreaId, r.PartnerId, r.Flow is { } flow ? Labels.Kebab(flow) : null,
        r.ProductGroup, r.Period, r.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Qualifier.ToSymbol(), r.Value, r.Estimate, r.SourceValue, r.SourceSeries, r.UnitId, r.Currency, r.ReporterId, r.Note, ApiCitations.From(r.Citations));

    public static byte[] Csv(IEnumerable<ObservationRow> rows) => CsvFile.Write(rows.Select(From), new ObservationCsvMap());

    public static IReadOnlyList<string> CsvHeader { get; } = CsvFile.Header(new ObservationCsvMap());
}

public sealed class ObservationCsvMap : ClassMap<ApiObservation>
{
    public ObservationCsvMap()
    {
        Map(o => o.Id).Name("observation_id");
        Map(o => o.Indicator).Name("indicator_id");
        Map(o => o.Area).Name("area");
        Map(o => o.Partner).Name("partner");
        Map(o => o.Flow).Name("flow");
        Map(o => o.ProductGroup).Name("product_group");
        Map(o => o.Period).Name("period");
        Map(o => o.PeriodStart).Name("period_start");
        Map(o => o.PeriodEnd).Name("period_end");
        Map(o => o.Qualifier).Name("qualifier");
        Map(o => o.Value).Name("value").Convert(a => CsvFile.Number(a.Value.Value));
        Map(o => o.Estimate).Name("estimate").Convert(a => a.Value.Estimate ? "true" : "false");
        Map(o => o.SourceValue).Name("source_value");
        Map(o => o.SourceSeries).Name("source_series");
        Map(o => o.Unit).Name("unit");
        Map(o => o.Currency).Name("currency");
        Map(o => o.Reporter).Name("reporter");
        Map(o => o.Sources).Name("sources").Convert(a => ApiCitations.CsvText(a.Value.Sources));
        Map(o => o.Note).Name("note");
    }
}
