using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// translations.csv: a field of a row of another file in Chinese or Russian. The row must exist, the field must be
/// one the site translates (<see cref="TranslationKinds"/>), a (row, field, language) appears once, and an
/// official term cites its source.
/// </summary>
internal sealed class TranslationsFile : DataFileDescriptor<Translation>
{
    public override string Name => "translations.csv";
    public override int ReadOrder => 190;
    public override string RowName => "translation";
    public override IReadOnlyList<string> Columns { get; } = ["kind", "id", "field", "lang", "text", "basis", "sources"];
    public override IReadOnlyList<string> KeyColumns { get; } = ["kind", "id", "field", "lang"];
    public override IReadOnlyList<string> References { get; } =
    [
        "sources.csv", "units.csv", "dimensions.csv", "pillars.csv", "countries.csv", "indicators.csv", "institutions.csv", "reporters.csv", "observations.csv",
        "trade_observations.csv", "projects.csv", "challenges.csv", "recommendations.csv", "events.csv", "glossary.csv", "headlines.csv", "claims.csv",
    ];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Translation> translations)
    {
        // Each kind of TranslationKinds and the rows it names.
        var exists = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal)
        {
            ["country"] = data.Known<Country>,
            ["dimension"] = data.Known<StabilityDimension>,
            ["pillar"] = data.Known<Pillar>,
            ["indicator"] = data.Known<Indicator>,
            ["unit"] = data.Known<Unit>,
            ["glossary"] = data.Known<GlossaryTerm>,
            ["challenge"] = data.Known<Challenge>,
            ["recommendation"] = data.Known<Recommendation>,
            ["headline"] = data.Known<Headline>,
            ["event"] = data.Known<TimelineEvent>,
            ["project"] = data.Known<Project>,
            ["observation"] = data.Known<Observation>,
            ["reporter"] = data.Known<Reporter>,
            ["institution"] = data.Known<Institution>,
            ["claim"] = data.Known<Claim>,
        };
        var sources = data.Lookup<Source>();
        foreach (var row in rows)
        {
            var kind = row.Required("kind");
            var id = row.Required("id");
            var field = row.Required("field");
            var language = row.Required("lang");
            var translation = new Translation
            {
                Kind = kind,
                EntityId = id,
                Field = field,
                Language = language,
                Text = row.Required("text"),
                Basis = row.Enum<TranslationBasis>("basis"),
                // A translation's sources are those of the English row; only an official term names its own.
                Citations = row.Optional("sources") is null ? [] : row.Citations("sources", sources),
            };
            if (!TranslationKinds.Fields.TryGetValue(kind, out var fields))
            {
                row.Error("kind", $"'{kind}' is not a kind of row that is translated ({string.Join(", ", TranslationKinds.Fields.Keys)})");
                continue;
            }
            if (id.Length > 0 && !exists[kind](id))
            {
                row.Error("id", $"no {kind} with id '{id}'");
            }
            if (field.Length > 0 && !fields.Contains(field))
            {
                row.Error("field", $"a {kind} has no translated field '{field}' ({string.Join(", ", fields)})");
            }
            if (language.Length > 0 && !TranslationKinds.Languages.Contains(language))
            {
                row.Error("lang", $"'{language}' is not one of {string.Join(", ", TranslationKinds.Languages)} (English is the data files' own language)");
            }
            if (translation.Basis == TranslationBasis.Official && translation.Citations.Count == 0)
            {
                row.Error("sources", "an official term needs the source that uses it");
            }
            translations.Add($"{kind}/{id}/{field}/{language}", translation, row, "lang");
        }
    }
}
