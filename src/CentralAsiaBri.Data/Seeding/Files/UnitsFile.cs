using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>units.csv: what figures are measured in, with currency and scale.</summary>
internal sealed class UnitsFile : DataFileDescriptor<Unit>
{
    public override string Name => "units.csv";
    public override int ReadOrder => 20;
    public override string RowName => "unit";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "symbol", "quantity", "currency", "scale"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Unit> units)
    {
        foreach (var row in rows)
        {
            var unit = new Unit
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Symbol = row.Required("symbol"),
                Quantity = row.Enum<Quantity>("quantity"),
                Currency = row.Optional("currency"),
                Scale = row.Number("scale"),
            };
            if (unit.Quantity == Quantity.Money && (unit.Currency is null || unit.Currency.Length != 3 || !unit.Currency.All(char.IsAsciiLetterUpper)))
            {
                row.Error("currency", "a money unit needs an ISO 4217 currency code such as CNY or USD");
            }
            else if (unit.Quantity != Quantity.Money && unit.Currency is not null)
            {
                row.Error("currency", "only money units have a currency");
            }
            if (unit.Scale <= 0 && double.TryParse(row.Optional("scale"), CultureInfo.InvariantCulture, out _))
            {
                row.Error("scale", "the scale must be a positive number");
            }
            units.Add(unit.Id, unit, row);
        }
    }
}
