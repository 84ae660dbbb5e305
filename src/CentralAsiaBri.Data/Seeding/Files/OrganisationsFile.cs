using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>organisations.csv: companies, banks, ministries and other bodies that take part in projects.</summary>
internal sealed class OrganisationsFile : DataFileDescriptor<Organisation>
{
    public override string Name => "organisations.csv";
    public override int ReadOrder => 100;
    public override string RowName => "organisation";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "kind", "country_id", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "countries.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Organisation> organisations)
    {
        foreach (var row in rows)
        {
            var country = row.OptionalReference("country_id", data.Lookup<Country>());
            var organisation = new Organisation
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Kind = row.Enum<OrganisationKind>("kind"),
                CountryId = country?.Id,
                Country = country,
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            organisations.Add(organisation.Id, organisation, row);
        }
    }
}
