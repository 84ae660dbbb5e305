using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using CentralAsiaBri.Web.Localization;

namespace CentralAsiaBri.Tests.Localization;

/// <summary>
/// The UI strings: every resource key of the site, enumerated from the assembly, has a non-empty value in
/// Chinese and in Russian with the same placeholders, and every key the components ask for exists.
/// </summary>
public sealed partial class ResourceTests
{
    private static readonly Assembly s_web = typeof(LocalizationSetup).Assembly;

    private static readonly CultureInfo[] s_translated = [CultureInfo.GetCultureInfo("zh-Hans"), CultureInfo.GetCultureInfo("ru")];

    /// <summary>Values that are the same in every language: technical tokens and punctuation.</summary>
    private static readonly HashSet<string> s_sameEverywhere = new(StringComparer.Ordinal)
    {
        "CentralAsiaBri", "CSV", "JSON", "PNG", "API", "OpenAPI", "ZIP", "SVG", "ID", "URL", "DOI", "UTC", ", ",
    };

    private static IEnumerable<string> BaseNames() => s_web.GetManifestResourceNames()
        .Where(n => n.EndsWith(".resources", StringComparison.Ordinal) && !n.EndsWith(".g.resources", StringComparison.Ordinal))
        .Select(n => n[..^".resources".Length]);

    private static Dictionary<string, string> Entries(string baseName, CultureInfo culture)
    {
        var manager = new ResourceManager(baseName, s_web);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    [Fact]
    public void The_site_has_resources_for_its_pages()
    {
        var names = BaseNames().ToList();
        Assert.Contains("CentralAsiaBri.Web.Components.Shared.SharedText", names);
        Assert.Contains("CentralAsiaBri.Web.Components.Pages.Framework.FrameworkText", names);
        Assert.True(names.Count >= 5, string.Join(", ", names));
    }

    [Fact]
    public void Every_key_has_a_translation_in_Chinese_and_Russian_with_the_same_placeholders()
    {
        var problems = new List<string>();
        foreach (var baseName in BaseNames())
        {
            var english = Entries(baseName, CultureInfo.InvariantCulture);
            Assert.NotEmpty(english);
            foreach (var culture in s_translated)
            {
                var translated = Entries(baseName, culture);
                foreach (var (key, value) in english)
                {
                    if (!translated.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add($"{baseName} [{culture.Name}] '{key}': missing");
                    }
                    else if (text == value && !s_sameEverywhere.Contains(value) && value.Any(char.IsAsciiLetter))
                    {
                        problems.Add($"{baseName} [{culture.Name}] '{key}': still the English text");
                    }
                    else if (!Placeholders(text).SetEquals(Placeholders(value)))
                    {
                        problems.Add($"{baseName} [{culture.Name}] '{key}': placeholders {string.Join(",", Placeholders(text))} instead of {string.Join(",", Placeholders(value))}");
                    }
                }
                problems.AddRange(translated.Keys.Except(english.Keys).Select(k => $"{baseName} [{culture.Name}] '{k}': not in the English resource"));
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Plural_resources_have_the_forms_each_language_needs()
    {
        // "|" separates plural forms: English one|other, Russian one|few|many, Chinese a single form.
        var expected = new Dictionary<string, int> { ["en"] = 2, ["zh"] = 1, ["ru"] = 3 };
        var problems = new List<string>();
        foreach (var baseName in BaseNames())
        {
            var english = Entries(baseName, CultureInfo.InvariantCulture);
            foreach (var key in english.Where(e => e.Value.Contains('|', StringComparison.Ordinal)).Select(e => e.Key))
            {
                foreach (var (culture, forms) in new[] { ("en", english[key]), ("zh", Entries(baseName, s_translated[0]).GetValueOrDefault(key, "")), ("ru", Entries(baseName, s_translated[1]).GetValueOrDefault(key, "")) })
                {
                    if (forms.Split('|').Length != expected[culture])
                    {
                        problems.Add($"{baseName} '{key}' [{culture}]: {forms}");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Every literal key a component asks its localizer for (<c>L["…"]</c>, <c>L.Plural("…")</c>) exists in the
    /// resource of the type it injected, so no UI string silently shows its key.
    /// </summary>
    [Fact]
    public void Every_key_used_in_the_source_exists_in_its_resource()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "CentralAsiaBri.Web");
        var resources = BaseNames().ToDictionary(n => n[(n.LastIndexOf('.') + 1)..], n => Entries(n, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var problems = new List<string>();
        var uses = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            // A name may be injected with different resource types in one file (several endpoints): a key must be in one of them.
            foreach (var byName in Injection().Matches(text).GroupBy(m => m.Groups["name"].Value))
            {
                var name = byName.Key;
                var types = byName.Select(m => m.Groups["type"].Value).Distinct().ToList();
                foreach (var type in types.Where(t => !resources.ContainsKey(t)))
                {
                    problems.Add($"{Path.GetFileName(file)}: no resource for {type}");
                }
                foreach (Match use in Regex.Matches(text, $@"(?<![\w.]){Regex.Escape(name)}(?:\[|\.Plural\()""(?<key>(?:[^""\\]|\\.)*)"""))
                {
                    uses++;
                    var key = Regex.Unescape(use.Groups["key"].Value);
                    if (!types.Any(t => resources.TryGetValue(t, out var keys) && keys.ContainsKey(key)))
                    {
                        problems.Add($"{Path.GetFileName(file)}: {name}[\"{key}\"] is not in {string.Join(" or ", types)}.resx");
                    }
                }
            }
        }
        Assert.True(uses > 50, $"only {uses} localized strings found in the source");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_enum_value_shown_to_readers_has_words_in_the_shared_resource()
    {
        var shared = Entries("CentralAsiaBri.Web.Components.Shared.SharedText", CultureInfo.InvariantCulture);
        var enums = typeof(CentralAsiaBri.Data.Model.Qualifier).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == "CentralAsiaBri.Data.Model"
                        && t != typeof(CentralAsiaBri.Data.Model.TranslationBasis))
            .ToList();
        Assert.NotEmpty(enums);
        var missing = enums.SelectMany(t => Enum.GetNames(t).Select(v => $"{t.Name}.{v}")).Where(k => !shared.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CentralAsiaBri.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CentralAsiaBri.sln not found above the test binaries");
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>\??\s+(?<name>\w+)")]
    private static partial Regex Injection();
}
