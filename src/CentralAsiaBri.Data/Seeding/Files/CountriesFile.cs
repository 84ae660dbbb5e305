using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>countries.csv: countries (ISO 3166-1), groups of countries and sub-national areas (ISO 3166-2).</summary>
internal sealed class CountriesFile : DataFileDescriptor<Country>
{
    public override string Name => "countries.csv";
    public override int ReadOrder => 50;
    public override string RowName => "country";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "kind", "parent_id", "focus", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Country> countries)
    {
        foreach (var row in rows)
        {
            var country = new Country
            {
                Id = row.Required("id"),
                Name = row.Required("name"),
                Kind = row.Enum<CountryKind>("kind"),
                IsFocus = row.Boolean("focus"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (country.Id.Length > 0 && !IsCountryCode(country.Id))
            {
                row.Error("id", $"'{country.Id}' is not an ISO 3166 code (KZ, CN-JS) or a region code such as CA5");
            }
            countries.Add(country.Id, country, row);
        }
        // parent_id points into the same file, so it is resolved once the whole file is known.
        foreach (var row in rows)
        {
            if (!countries.TryGet(row.Required("id"), out var country))
            {
                continue;
            }
            country.Parent = row.OptionalReference("parent_id", countries);
            if (country.Kind == CountryKind.Subnational && row.Optional("parent_id") is null)
            {
                row.Error("parent_id", "a sub-national area needs its country");
            }
        }
    }

    private static bool IsCountryCode(string id) =>
        (id.Length == 2 && id.All(char.IsAsciiLetterUpper))
        || (id.Length is >= 4 and <= 6 && id[2] == '-' && id[..2].All(char.IsAsciiLetterUpper) && id[3..].All(char.IsAsciiLetterOrDigit))
        || (id.Length == 3 && char.IsAsciiLetterUpper(id[0]) && char.IsAsciiLetterUpper(id[1]) && char.IsAsciiDigit(id[2]));
}
