using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Features.Events;

/// <summary>A timeline event as the API's JSON and CSV write it (countries by their English names, as the API always gave them).</summary>
public sealed record ApiEvent(string Id, string DateQualifier, string Date, string? EndDate, string Title, string Kind, string Description,
    IReadOnlyList<string> Countries, IReadOnlyList<ApiCitation> Sources);

public static class EventRecords
{
    public static ApiEvent From(EventView e) => new(e.Id, e.DateQualifier.ToSymbol(), e.Date, e.EndDate, e.Title, Labels.Kebab(e.Kind), e.Description,
        [.. e.Countries.Select(c => c.Name)], ApiCitations.From(e.Citations));

    public static byte[] Csv(IEnumerable<EventView> events) => CsvFile.Write(events.Select(From), new EventCsvMap());
}

public sealed class EventCsvMap : ClassMap<ApiEvent>
{
    public EventCsvMap()
    {
        Map(e => e.Id).Name("id");
        Map(e => e.DateQualifier).Name("date_qualifier");
        Map(e => e.Date).Name("date");
        Map(e => e.EndDate).Name("end_date");
        Map(e => e.Title).Name("title");
        Map(e => e.Kind).Name("kind");
        Map(e => e.Countries).Name("countries").Convert(a => string.Join(";", a.Value.Countries));
        Map(e => e.Description).Name("description");
        Map(e => e.Sources).Name("sources").Convert(a => ApiCitations.CsvText(a.Value.Sources));
    }
}
