using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CsvHelper;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Features.Projects;

// The one shape of a project outside the pages: the API's JSON, its CSV, and the projects page's CSV and JSON
// downloads all write these records, so a qualifier, a pillar or a source reads the same in every format.
// Enum values are the kebab-case words of the data files ("under-construction"), qualifiers their symbols
// ("=", ">", "≈", "<"); numbers are never rounded or formatted.

public sealed record ApiFigure(string Measure, string Qualifier, double Value, string Unit, string? Period, IReadOnlyList<ApiCitation> Sources);

/// <summary>
/// A project. Rows of a bulk dataset (AidData's) have no sector or description of the project's own; they carry
/// their <see cref="Dataset"/> (with its licence or terms and the citation it asks for), AidData's id and record page,
/// and the money as the dataset gives it (<see cref="Finance"/>).
/// </summary>
public sealed record ApiProject(string Id, string Name, string Kind, IReadOnlyList<string> Countries, string? Pillar, string? Dimension, string? Sector,
    string Status, int? StartYear, int? EndYear, IReadOnlyList<ApiFigure> Figures, IReadOnlyList<string> Companies, string? Description,
    IReadOnlyList<ApiCitation> Sources, string Url, ApiDataset? Dataset = null, int? AidDataId = null, string? RecordUrl = null, ApiFinance? Finance = null);

/// <summary>
/// The dataset a row comes from: its licence (null while its terms are not confirmed, which <see cref="Terms"/> then
/// says), the citation the publisher asks for, and its publisher's record page pattern.
/// </summary>
public sealed record ApiDataset(string Id, string Name, string? Licence, string? LicenceUrl, string Terms, string Citation);

/// <summary>
/// A dataset row's money, as given: the amount in its own currency, never converted; the dataset's deflated US dollar
/// value with its base year (null when the dataset does not document it); status, flow and sector in its own words.
/// </summary>
public sealed record ApiFinance(double? Amount, string? Currency, double? DeflatedUsd, int? DeflatedBaseYear, string SourceStatus, string FlowType,
    string FlowClass, int? CrsCode, string? CrsName, bool YearEstimated, bool Recommended, bool Umbrella, IReadOnlyList<string> SourceUrls);

public static class ProjectRecords
{
    /// <summary>A project as the API and the downloads give it; <paramref name="baseUrl"/> makes its page's stable URL.</summary>
    public static ApiProject From(ProjectRow p, string baseUrl) => new(p.Id, p.Name, Labels.Kebab(p.Kind), [.. p.Countries.Select(c => c.Id)], p.Pillar?.Id,
        p.Dimension?.Id, p.Sector is { } sector ? Labels.Kebab(sector) : null, Labels.Kebab(p.Status), p.StartYear, p.EndYear,
        [.. p.Figures.Select(f => new ApiFigure(f.Label, f.Qualifier.ToSymbol(), f.Value, f.UnitSymbol, f.Period, ApiCitations.From(f.Citations)))],
        [.. p.Companies.Select(c => c.Name)], p.Description, ApiCitations.From(p.Citations), $"{baseUrl}projects/{p.Id}",
        Dataset(p.Dataset), p.DatasetRecordId, p.RecordUrl, Finance(p.Finance));

    public static ApiDataset? Dataset(DatasetView? d) => d is null ? null : new(d.Id, d.Name, d.Licence, d.LicenceUrl, d.Terms, d.Citation);

    private static ApiFinance? Finance(FinanceView? f) => f is null ? null : new(f.Amount, f.Currency, f.DeflatedUsd, f.DeflatedBaseYear, f.SourceStatus,
        f.FlowType, f.FlowClass, f.CrsCode, f.CrsName, f.YearEstimated, f.Recommended, f.Umbrella, f.SourceUrls);

    /// <summary>The CSV file of projects (the API's projects.csv and the page's download).</summary>
    public static byte[] Csv(IEnumerable<ApiProject> projects) => CsvFile.Write(projects, new ProjectCsvMap());

    /// <summary>The CSV file's columns, in order.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = CsvFile.Header(new ProjectCsvMap());
}

/// <summary>A project's CSV columns: the record's fields; lists joined with ";" (ids) or "; " (texts).</summary>
public sealed class ProjectCsvMap : ClassMap<ApiProject>
{
    private static string Flag(bool? value) => value is { } v ? (v ? "true" : "false") : "";

    /// <summary>A column computed from the record (several columns read one member, which a member map allows once).</summary>
    private void Column(string name, Func<ApiProject, string> value) =>
        Map().Name(name).Convert((ConvertToStringArgs<object> args) => value((ApiProject)args.Value));

    public ProjectCsvMap()
    {
        Map(p => p.Id).Name("id");
        Map(p => p.Name).Name("name");
        Map(p => p.Kind).Name("kind");
        Map(p => p.Countries).Name("countries").Convert(a => string.Join(";", a.Value.Countries));
        Map(p => p.Pillar).Name("pillar");
        Map(p => p.Dimension).Name("dimension");
        Map(p => p.Sector).Name("sector");
        Map(p => p.Status).Name("status");
        Map(p => p.StartYear).Name("start_year");
        Map(p => p.EndYear).Name("end_year");
        Map(p => p.Figures).Name("figures").Convert(a => string.Join("; ", a.Value.Figures.Select(f => $"{f.Measure} {f.Qualifier} {CsvFile.Number(f.Value)} {f.Unit}")));
        Map(p => p.Companies).Name("companies").Convert(a => string.Join("; ", a.Value.Companies));
        Map(p => p.Description).Name("description");
        Map(p => p.Sources).Name("sources").Convert(a => ApiCitations.CsvText(a.Value.Sources));
        Map(p => p.Url).Name("url");
        // A dataset row's provenance and money (blank for the documents' projects): the licence and citation travel with the figures.
        Column("dataset", a => a.Dataset?.Id ?? "");
        Column("licence", a => a.Dataset is { } d ? d.Licence ?? "not confirmed" : "");
        Column("dataset_citation", a => a.Dataset?.Citation ?? "");
        Map(p => p.AidDataId).Name("aiddata_id");
        Map(p => p.RecordUrl).Name("record_url");
        Column("aiddata_status", a => a.Finance?.SourceStatus ?? "");
        Column("flow_type", a => a.Finance?.FlowType ?? "");
        Column("flow_class", a => a.Finance?.FlowClass ?? "");
        Column("crs_code", a => a.Finance?.CrsCode is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        Column("crs_name", a => a.Finance?.CrsName ?? "");
        Column("amount", a => a.Finance?.Amount is { } amount ? CsvFile.Number(amount) : "");
        Column("currency", a => a.Finance?.Currency ?? "");
        Column("deflated_usd", a => a.Finance?.DeflatedUsd is { } usd ? CsvFile.Number(usd) : "");
        Column("deflated_base_year", a => a.Finance?.DeflatedBaseYear is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        Column("year_estimated", a => Flag(a.Finance?.YearEstimated));
        Column("recommended", a => Flag(a.Finance?.Recommended));
        Column("umbrella", a => Flag(a.Finance?.Umbrella));
        Column("aiddata_sources", a => a.Finance is { } f ? string.Join(";", f.SourceUrls) : "");
    }
}
