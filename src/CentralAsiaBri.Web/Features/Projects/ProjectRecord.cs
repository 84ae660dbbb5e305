using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Features.Projects;

// The one shape of a project outside the pages: the API's JSON, its CSV, and the projects page's CSV and JSON
// downloads all write these records, so a qualifier, a pillar or a source reads the same in every format.
// Enum values are the kebab-case words of the data files ("under-construction"), qualifiers their symbols
// ("=", ">", "≈", "<"); numbers are never rounded or formatted.

public sealed record ApiFigure(string Measure, string Qualifier, double Value, string Unit, string? Period, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiProject(string Id, string Name, string Kind, IReadOnlyList<string> Countries, string? Pillar, string? Dimension, string Sector,
    string Status, int? StartYear, int? EndYear, IReadOnlyList<ApiFigure> Figures, IReadOnlyList<string> Companies, string Description,
    IReadOnlyList<ApiCitation> Sources, string Url);

public static class ProjectRecords
{
    /// <summary>A project as the API and the downloads give it; <paramref name="baseUrl"/> makes its page's stable URL.</summary>
    public static ApiProject From(ProjectRow p, string baseUrl) => new(p.Id, p.Name, Labels.Kebab(p.Kind), [.. p.Countries.Select(c => c.Id)], p.Pillar?.Id,
        p.Dimension.Id, Labels.Kebab(p.Sector), Labels.Kebab(p.Status), p.StartYear, p.EndYear,
        [.. p.Figures.Select(f => new ApiFigure(f.Label, f.Qualifier.ToSymbol(), f.Value, f.UnitSymbol, f.Period, ApiCitations.From(f.Citations)))],
        [.. p.Companies.Select(c => c.Name)], p.Description, ApiCitations.From(p.Citations), $"{baseUrl}projects/{p.Id}");

    /// <summary>The CSV file of projects (the API's projects.csv and the page's download).</summary>
    public static byte[] Csv(IEnumerable<ApiProject> projects) => CsvFile.Write(projects, new ProjectCsvMap());

    /// <summary>The CSV file's columns, in order.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = CsvFile.Header(new ProjectCsvMap());
}

/// <summary>A project's CSV columns: the record's fields; lists joined with ";" (ids) or "; " (texts).</summary>
public sealed class ProjectCsvMap : ClassMap<ApiProject>
{
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
    }
}
