using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>events.csv: dated happenings (summits, treaties, agreements, visits, statements) for the timeline.</summary>
internal sealed class EventsFile : DataFileDescriptor<TimelineEvent>
{
    public override string Name => "events.csv";
    public override int ReadOrder => 160;
    public override string RowName => "event";
    public override IReadOnlyList<string> Columns { get; } =
        ["id", "date_qualifier", "date", "end_date", "title", "kind", "countries", "pillar_id", "dimension_id", "project_ids", "description", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "dimensions.csv", "pillars.csv", "countries.csv", "projects.csv"];
    public override string? HistoryKind => "events";

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<TimelineEvent> events)
    {
        foreach (var row in rows)
        {
            var (pillar, dimension) = RowChecks.PillarAndDimension(row, data);
            var @event = new TimelineEvent
            {
                Id = row.Slug("id"),
                DateQualifier = row.Qualifier("date_qualifier"),
                Date = row.PartialDate("date"),
                EndDate = row.OptionalPartialDate("end_date"),
                Title = row.Required("title"),
                Kind = row.Enum<EventKind>("kind"),
                Countries = row.References("countries", data.Lookup<Country>(), required: true),
                PillarId = pillar?.Id,
                Pillar = pillar,
                DimensionId = dimension?.Id ?? "",
                Dimension = dimension,
                Projects = row.References("project_ids", data.Lookup<Project>()),
                Description = row.Required("description"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (@event.EndDate is not null && string.CompareOrdinal(@event.EndDate, @event.Date) < 0)
            {
                row.Error("end_date", "the event ends before it starts");
            }
            events.Add(@event.Id, @event, row);
        }
    }
}
