using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>reporters.csv: whose statistic a figure is (China's customs, a national statistics office, …).</summary>
internal sealed class ReportersFile : DataFileDescriptor<Reporter>
{
    public override string Name => "reporters.csv";
    public override int ReadOrder => 70;
    public override string RowName => "reporter";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "kind", "country_id", "note", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "countries.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Reporter> reporters)
    {
        foreach (var row in rows)
        {
            var country = row.OptionalReference("country_id", data.Lookup<Country>());
            var reporter = new Reporter
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Kind = row.Enum<ReporterKind>("kind"),
                CountryId = country?.Id,
                Country = country,
                Note = row.Optional("note"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            reporters.Add(reporter.Id, reporter, row);
        }
    }
}
