using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// institution_names.csv: the names an institution has borne, each with the dates and the sources that give them,
/// so that a rename is a row with its own citation (ADR-021).
/// </summary>
internal sealed class InstitutionNamesFile : DataFileDescriptor<InstitutionName>
{
    public override string Name => "institution_names.csv";
    public override int ReadOrder => 66;
    public override string RowName => "institution name";
    public override IReadOnlyList<string> Columns { get; } = ["institution_id", "name", "valid_from", "valid_to", "sources"];
    public override IReadOnlyList<string> KeyColumns { get; } = ["institution_id", "name"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "institutions.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<InstitutionName> names)
    {
        foreach (var row in rows)
        {
            var institution = row.Reference("institution_id", data.Lookup<Institution>());
            var name = new InstitutionName
            {
                InstitutionId = institution?.Id ?? "",
                Institution = institution,
                Name = row.Required("name"),
                ValidFrom = row.OptionalPartialDate("valid_from"),
                ValidTo = row.OptionalPartialDate("valid_to"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            // Partial ISO dates of equal precision compare as text; a longer one is compared on the shared prefix.
            if (name.ValidFrom is { } from && name.ValidTo is { } to)
            {
                var length = Math.Min(from.Length, to.Length);
                if (string.CompareOrdinal(from[..length], to[..length]) > 0)
                {
                    row.Error("valid_to", $"'{to}' is before valid_from '{from}'");
                }
            }
            names.Add(institution is null ? "" : $"{institution.Id}|{name.Name}", name, row, "name");
            institution?.Names.Add(name);
        }
    }
}
