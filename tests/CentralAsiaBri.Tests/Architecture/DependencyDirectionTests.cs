using System.Reflection;
using System.Text.RegularExpressions;

namespace CentralAsiaBri.Tests.Architecture;

/// <summary>Pages use the features, the API, downloads and the store; never the other way round.</summary>
public sealed partial class DependencyDirectionTests
{
    private const string Pages = "CentralAsiaBri.Web.Components.Pages";

    // Resource marker classes (the *Text of a feature folder's .resx files) name string tables, not page code:
    // downloads and releases take their localized file names from the page's table.
    private static readonly HashSet<string> s_allowed =
    [
        $"{Pages}.Trade.TradeText", $"{Pages}.Projects.ProjectsText", $"{Pages}.Data.DataPageText", $"{Pages}.Investment.InvestmentText",
    ];

    [GeneratedRegex(@"(?:CentralAsiaBri\.Web\.)?\bComponents\.Pages(?:\.[A-Za-z]+)+")]
    private static partial Regex PagesName();

    /// <summary>Every source file of the web project outside Components/ and the page types it names.</summary>
    private static IEnumerable<(string File, string Type)> PageTypesNamedOutsideComponents()
    {
        var web = Path.Combine(Localization.ResourceTests.RepositoryRoot(), "src", "CentralAsiaBri.Web");
        var pageTypes = typeof(CentralAsiaBri.Web.Api.ApiEndpoints).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Pages, StringComparison.Ordinal) == true && !t.IsNested)
            .ToLookup(t => t.Name, t => t.FullName!);
        foreach (var file in Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(web, file);
            if (relative.StartsWith("Components", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal)
                || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }
            var text = File.ReadAllText(file);
            var code = Regex.Replace(text, @"^using [\w.]+;", "", RegexOptions.Multiline);
            foreach (Match match in PagesName().Matches(code))
            {
                var name = match.Value.StartsWith("CentralAsiaBri.", StringComparison.Ordinal) ? match.Value : "CentralAsiaBri.Web." + match.Value;
                // "…Pages.History.HistoryKinds.Files.TryGetValue" names the type HistoryKinds: the longest prefix that is a type.
                var parts = name.Split('.');
                var type = Enumerable.Range(1, parts.Length).Reverse().Select(n => string.Join('.', parts.Take(n)))
                    .FirstOrDefault(prefix => pageTypes.SelectMany(g => g).Contains(prefix)) ?? name;
                yield return (relative, type);
            }
            // A using of a pages namespace makes its types' bare names resolve to them.
            foreach (Match match in Regex.Matches(text, @"^using (CentralAsiaBri\.Web\.Components\.Pages[\w.]*);", RegexOptions.Multiline))
            {
                foreach (var type in pageTypes.SelectMany(g => g).Where(t => t.StartsWith(match.Groups[1].Value + ".", StringComparison.Ordinal)
                    && !t[(match.Groups[1].Value.Length + 1)..].Contains('.')))
                {
                    if (Regex.IsMatch(text, $@"\b{Regex.Escape(type[(type.LastIndexOf('.') + 1)..])}\b"))
                    {
                        yield return (relative, type);
                    }
                }
            }
        }
    }

    [Fact]
    public void No_code_outside_the_components_depends_on_a_page_folder()
    {
        var offending = PageTypesNamedOutsideComponents().Where(d => !s_allowed.Contains(d.Type)).Select(d => $"{d.File}: {d.Type}").Distinct().ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void The_check_sees_a_page_type_named_outside_the_components()
    {
        // The resource markers it allows are found by the same scan (by a using and by a qualified name), so the
        // scan reads the files it means to.
        var found = PageTypesNamedOutsideComponents().Select(d => d.Type).ToList();
        Assert.Contains($"{Pages}.Trade.TradeText", found);
        Assert.Contains($"{Pages}.Data.DataPageText", found);
    }

    [Fact]
    public void View_state_query_and_record_types_live_outside_the_page_folders()
    {
        var misplaced = typeof(CentralAsiaBri.Web.Api.ApiEndpoints).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(Pages, StringComparison.Ordinal)
                && (t.Name.Contains("Query", StringComparison.Ordinal) || t.Name.Contains("Record", StringComparison.Ordinal) || t.Name.EndsWith("View", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(misplaced);
    }
}
