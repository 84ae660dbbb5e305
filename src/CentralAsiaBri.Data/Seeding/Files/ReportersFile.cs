using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>reporters.csv: whose statistic a figure is (China's customs, a national statistics office, …).</summary>
internal sealed class ReportersFile : DataFileDescriptor<Reporter>
{
    public override string Name => "reporters.csv";
    public override int ReadOrder => 70;
    public override string RowName => "reporter";
    public override IReadOnlyList<string> Columns { get; } = ["id", "name", "kind", "institution_id", "country_id", "mirror_of", "note", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "countries.csv", "institutions.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Reporter> reporters)
    {
        foreach (var row in rows)
        {
            var country = row.OptionalReference("country_id", data.Lookup<Country>());
            var institution = row.Reference("institution_id", data.Lookup<Institution>());
            var reporter = new Reporter
            {
                Id = row.Slug("id"),
                Name = row.Required("name"),
                Kind = row.Enum<ReporterKind>("kind"),
                InstitutionId = institution?.Id,
                Institution = institution,
                CountryId = country?.Id,
                Country = country,
                Note = row.Optional("note"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            reporters.Add(reporter.Id, reporter, row);
        }
        // mirror_of points into the same file, so it is checked once the whole file is known.
        var countries = rows.Where(r => r.Optional("id") is not null).GroupBy(r => r.Optional("id")!).ToDictionary(g => g.Key, g => g.First().Optional("country_id"));
        foreach (var row in rows)
        {
            if (row.Optional("mirror_of") is null || !reporters.TryGet(row.Optional("id") ?? "", out var reporter))
            {
                continue;
            }
            var mirror = row.OptionalReference("mirror_of", reporters);
            if (mirror is null)
            {
                continue;
            }
            if (mirror == reporter)
            {
                row.Error("mirror_of", "a reporter cannot be its own mirror");
            }
            // The countries as written (not as resolved), so a rejected countries.csv does not bury its own errors under these.
            else if (countries.GetValueOrDefault(mirror.Id) != "CN" || countries.GetValueOrDefault(reporter.Id) == "CN")
            {
                row.Error("mirror_of", $"names '{mirror.Id}', but the mirror of a partner-side report is a China-side report (country_id CN) and this row is not one");
            }
            else
            {
                reporter.MirrorOfId = mirror.Id;
                reporter.MirrorOf = mirror;
            }
        }
    }
}
