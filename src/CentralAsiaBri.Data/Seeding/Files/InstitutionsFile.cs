using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// institutions.csv: the bodies behind the reporters, each with the side whose statistic its figures are (ADR-021).
/// </summary>
internal sealed class InstitutionsFile : DataFileDescriptor<Institution>
{
    public override string Name => "institutions.csv";
    public override int ReadOrder => 64;
    public override string RowName => "institution";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "side", "country_id", "note", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "countries.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Institution> institutions)
    {
        foreach (var row in rows)
        {
            var country = row.OptionalReference("country_id", data.Lookup<Country>());
            var institution = new Institution
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Side = row.Enum<InstitutionSide>("side"),
                CountryId = country?.Id,
                Country = country,
                Note = row.Optional("note"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            institutions.Add(institution.Id, institution, row);
        }
    }
}
