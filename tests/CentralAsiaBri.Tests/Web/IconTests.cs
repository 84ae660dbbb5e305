using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Tests.Localization;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Web;

/// <summary>Icons come from the site's own sprite of bootstrap-icons' SVGs, not from the icon font.</summary>
public sealed partial class IconTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_icon_named_in_the_markup_is_a_symbol_of_the_served_sprite()
    {
        using var client = app.CreateClient();
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var use = home.QuerySelector("svg.bi use")?.GetAttribute("href");
        Assert.NotNull(use);
        var spriteUrl = use[..use.IndexOf('#', StringComparison.Ordinal)];

        using var response = await client.GetAsync(spriteUrl);
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var symbols = SymbolId().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var source = Path.Combine(ResourceTests.RepositoryRoot(), "src", "CentralAsiaBri.Web", "Components");
        var named = Directory.EnumerateFiles(source, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => IconName().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Name: m.Groups["name"].Value)))
            .ToList();
        Assert.True(named.Count >= 15, $"only {named.Count} icons found in the markup");
        Assert.Empty(named.Where(n => !symbols.Contains(n.Name)).Select(n => $"{n.File}: {n.Name}"));
    }

    [Fact]
    public async Task Pages_load_no_icon_font_and_draw_icons_hidden_from_screen_readers()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/projects");

        Assert.DoesNotContain("bootstrap-icons.min", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("i.bi"));
        var icons = document.QuerySelectorAll("svg.bi");
        Assert.NotEmpty(icons);
        Assert.All(icons, icon => Assert.Equal("true", icon.GetAttribute("aria-hidden")));
    }

    [GeneratedRegex("""<symbol id="([a-z0-9-]+)" """)]
    private static partial Regex SymbolId();

    // <Icon Name="graph-up" /> and the home page's <Count … IconName="123" />.
    [GeneratedRegex("""(?:<Icon Name|IconName)="(?<name>[a-z0-9-]+)" """)]
    private static partial Regex IconName();
}
