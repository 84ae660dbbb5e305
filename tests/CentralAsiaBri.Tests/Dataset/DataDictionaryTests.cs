using System.Text.RegularExpressions;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Dataset;

/// <summary>
/// data/README.md is the data's dictionary: every value of an enumerated column in every data file is one
/// the dictionary lists for that column, and the dictionary lists no value the loader would refuse.
/// </summary>
public sealed partial class DataDictionaryTests
{
    private static readonly string s_dictionary = File.ReadAllText(Path.Combine(TempDataDirectory.ProjectDataDirectory, "README.md"));

    /// <summary>
    /// The enumerated columns: the file and column, where the dictionary defines the column's values (trade
    /// observations share the observations' rules; an indicator's quantity is a unit's quantity), and the values
    /// the loader accepts for it (null where the loader has no fixed list, as for the ids of dimensions and pillars).
    /// </summary>
    public static TheoryData<string, string, string, string, string[]?> Columns => new()
    {
        { "sources.csv", "kind", "sources.csv", "kind", Kebab<SourceKind>() },
        { "units.csv", "quantity", "units.csv", "quantity", Kebab<Quantity>() },
        { "dimensions.csv", "id", "dimensions.csv", "id", null },
        { "pillars.csv", "id", "pillars.csv", "id", null },
        { "countries.csv", "kind", "countries.csv", "kind", Kebab<CountryKind>() },
        { "countries.csv", "focus", "countries.csv", "focus", ["true", "false"] },
        { "indicators.csv", "quantity", "units.csv", "quantity", Kebab<Quantity>() },
        { "reporters.csv", "kind", "reporters.csv", "kind", Kebab<ReporterKind>() },
        { "institutions.csv", "side", "institutions.csv", "side", Kebab<InstitutionSide>() },
        { "observations.csv", "flow", "observations.csv", "flow", Kebab<TradeFlow>() },
        { "observations.csv", "qualifier", "observations.csv", "qualifier", [.. QualifierSymbols.All] },
        { "trade_observations.csv", "flow", "observations.csv", "flow", Kebab<TradeFlow>() },
        { "trade_observations.csv", "qualifier", "observations.csv", "qualifier", [.. QualifierSymbols.All] },
        { "imf_dots_trade.csv", "flow", "observations.csv", "flow", Kebab<TradeFlow>() },
        { "imf_dots_trade.csv", "qualifier", "observations.csv", "qualifier", [.. QualifierSymbols.All] },
        { "cgit_observations.csv", "flow", "observations.csv", "flow", Kebab<TradeFlow>() },
        { "cgit_observations.csv", "qualifier", "observations.csv", "qualifier", [.. QualifierSymbols.All] },
        { "reference_observations.csv", "flow", "observations.csv", "flow", Kebab<TradeFlow>() },
        { "reference_observations.csv", "qualifier", "observations.csv", "qualifier", [.. QualifierSymbols.All] },
        { "imf_dots_trade.csv", "estimate", "imf_dots_trade.csv", "estimate", ["true", "false"] },
        { "projects.csv", "kind", "projects.csv", "kind", Kebab<ProjectKind>() },
        { "projects.csv", "sector", "projects.csv", "sector", Kebab<Sector>() },
        { "projects.csv", "status", "projects.csv", "status", Kebab<ProjectStatus>() },
        { "project_figures.csv", "measure", "project_figures.csv", "measure", Kebab<FigureMeasure>() },
        { "project_figures.csv", "qualifier", "project_figures.csv", "qualifier", [.. QualifierSymbols.All] },
        { "organisations.csv", "kind", "organisations.csv", "kind", Kebab<OrganisationKind>() },
        { "project_organisations.csv", "role", "project_organisations.csv", "role", Kebab<OrganisationRole>() },
        { "events.csv", "date_qualifier", "events.csv", "date_qualifier", [.. QualifierSymbols.All] },
        { "events.csv", "kind", "events.csv", "kind", Kebab<EventKind>() },
        { "translations.csv", "kind", "translations.csv", "kind", [.. TranslationKinds.Fields.Keys] },
        { "aiddata_gcof_projects.csv", "aiddata_status", "aiddata_gcof_projects.csv", "aiddata_status", [.. s_aidDataStatuses] },
        { "aiddata_public_diplomacy_projects.csv", "aiddata_status", "aiddata_gcof_projects.csv", "aiddata_status", [.. s_aidDataStatuses] },
        { "aiddata_military_projects.csv", "aiddata_status", "aiddata_gcof_projects.csv", "aiddata_status", [.. s_aidDataStatuses] },
        { "datasets.csv", "id", "datasets.csv", "id", null },
        { "translations.csv", "lang", "translations.csv", "lang", [.. TranslationKinds.Languages] },
        { "translations.csv", "basis", "translations.csv", "basis", Kebab<TranslationBasis>() },
        { "claims.csv", "test", "claims.csv", "test", Kebab<ClaimTest>() },
        { "claims.csv", "absent_rows", "claims.csv", "absent_rows", Kebab<AbsentRows>() },
        { "claims.csv", "evidence_scope", "claims.csv", "evidence_scope", Kebab<EvidenceScope>() },
        { "claims.csv", "flow", "claims.csv", "flow", Kebab<TradeFlow>() },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void Every_value_of_an_enumerated_column_is_one_the_dictionary_lists(
        string file, string column, string dictionaryFile, string dictionaryColumn, string[]? loaderValues)
    {
        _ = loaderValues;
        var allowed = Allowed(dictionaryFile, dictionaryColumn);
        var lines = File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, file));
        var index = Array.IndexOf(CsvLine.Split(lines[0]), column);
        Assert.True(index >= 0, $"{file} has no column {column}");

        var unlisted = lines.Skip(1)
            .Select((line, i) => (Line: i + 2, Value: CsvLine.Split(line)[index].Trim()))
            .Where(x => x.Value.Length > 0 && !allowed.Contains(x.Value))
            .Select(x => $"{file} line {x.Line}: '{x.Value}' (the dictionary lists {string.Join(" ", allowed)})")
            .ToList();

        Assert.Empty(unlisted);
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void The_dictionary_lists_only_values_the_loader_accepts(
        string file, string column, string dictionaryFile, string dictionaryColumn, string[]? loaderValues)
    {
        _ = (file, column);
        var allowed = Allowed(dictionaryFile, dictionaryColumn);

        Assert.NotEmpty(allowed);
        if (loaderValues is not null)
        {
            Assert.Subset(loaderValues.ToHashSet(StringComparer.Ordinal), allowed.ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <summary>The values the dictionary gives for a column: the backticked words of its row in the file's table.</summary>
    private static List<string> Allowed(string file, string column)
    {
        var start = s_dictionary.IndexOf($"### `{file}`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"data/README.md has no section for {file}");
        var end = s_dictionary.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        var section = s_dictionary[start..(end < 0 ? s_dictionary.Length : end)];
        var row = Assert.Single(section.Split('\n'), l => l.StartsWith($"| {column} |", StringComparison.Ordinal));
        var meaning = row[($"| {column} |".Length)..];
        if (meaning.Contains("see conventions", StringComparison.Ordinal))
        {
            // "- **qualifier**: one of `=` (…), … `≤` (at most). Always written, never blank."
            var bullet = s_dictionary.IndexOf("- **qualifier**:", StringComparison.Ordinal);
            var next = s_dictionary.IndexOf("\n- ", bullet, StringComparison.Ordinal);
            meaning = s_dictionary[bullet..next];
        }
        return [.. Backticked().Matches(meaning).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];
    }

    // AidData's statuses as the loader accepts them.
    private static readonly string[] s_aidDataStatuses = [.. CentralAsiaBri.Data.Seeding.Files.AidDataProjectsFile.Statuses.Keys];

    private static string[] Kebab<T>()
        where T : struct, Enum => [.. Enum.GetNames<T>().Select(CsvRowNames.ToKebabCase)];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}

/// <summary>Enum names as the data files spell them ("UnderConstruction" is "under-construction").</summary>
internal static class CsvRowNames
{
    public static string ToKebabCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
