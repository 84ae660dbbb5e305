using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

/// <summary>
/// Every page, switched to 中文 and to Русский with the language switcher, keeps its address and shows no
/// untranslated UI string nor a serious accessibility problem; charts redraw with labels in the chosen language.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LanguageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int MaxPages = 80;

    private static readonly string[] s_languages = ["zh-Hans", "ru"];

    /// <summary>
    /// Latin-script words that may appear on a Chinese or Russian page outside an element marked lang="en":
    /// the site's name, file formats and other technical abbreviations, currency and country codes.
    /// </summary>
    private static readonly string[] s_allowedWords =
    [
        "CentralAsiaBri", "API", "OpenAPI", "CSV", "JSON", "PNG", "ZIP", "SVG", "URL", "DOI", "HTTP", "UTC", "ISO",
        "USD", "CNY", "KZ", "KG", "TJ", "TM", "UZ", "CN", "CA", "EU", "US", "RU", "GAC", "EDB", "BRI", "SCO", "UTF", "SHA",
        // Dataset names kept as their publishers abbreviate them (the IMF's Direction of Trade Statistics).
        "IMF", "DOTS",
        // A publisher's and its datasets' names, and the OECD's sector codes they use (issue 16).
        "AidData", "GCOF", "GCDF", "CRS",
        // The American Enterprise Institute, whose investment tracker the investment view sums (issue 16).
        "AEI",
        // Upstream trade datasets and their formats (ADR-024): the IMF's IMTS, UN Comtrade, the Harmonized System, SDMX.
        "IMTS", "UN", "Comtrade", "HS", "SDMX",
    ];

    /// <summary>
    /// Text nodes and reader-facing attributes whose nearest lang is the page's own, with a Latin word that is not
    /// allowed: a UI string left in English. Data kept in English (names, sources, untranslated texts) is marked
    /// lang="en" by the components and so is skipped; so is code.
    /// </summary>
    private const string FindUntranslated = """
        allowed => {
          const lang = document.documentElement.lang;
          const allow = new Set(allowed);
          const out = new Set();
          const skip = el => !el || el.closest('code, pre, script, style, noscript, template')
            || (el.closest('[lang]') && el.closest('[lang]').getAttribute('lang') !== lang);
          const check = (text, where) => {
            // Addresses are the same in every language.
            const words = (text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]+/g) || []).filter(w => w.length > 1 && !allow.has(w));
            if (words.length > 0) out.add(`${where}: "${text.trim().replace(/\s+/g, ' ').slice(0, 100)}"`);
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!skip(node.parentElement)) check(node.nodeValue, node.parentElement.tagName.toLowerCase());
          }
          for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
            if (skip(el)) continue;
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
              const value = el.getAttribute(name);
              if (value) check(value, `${el.tagName.toLowerCase()}@${name}`);
            }
          }
          // The tab title: checked unless it is the heading (already checked, with its lang marks) and the site's name.
          const h1 = document.querySelector('h1');
          if (!h1 || document.title !== `${h1.textContent.trim()} — CentralAsiaBri`) check(document.title, 'title');
          return [...out];
        }
        """;

    [Fact]
    public async Task Every_page_switches_to_Chinese_and_Russian_and_shows_no_untranslated_UI_string()
    {
        var page = await browser.NewPageAsync();
        var origin = new Uri(browser.BaseUrl);
        var queue = new Queue<string>(["", "admin"]);
        var seenPaths = new HashSet<string>(["/", "/admin"], StringComparer.Ordinal);
        // Two pages of each route shape (/projects/{id}, /history/{kind}/{id}, …): the rest render from the same
        // components, and the resource-key test covers every string.
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var checkedPages = 0;

        while (queue.Count > 0 && checkedPages < MaxPages)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"/{path} answered {response?.Status}");
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            var address = new Uri(page.Url).PathAndQuery;
            checkedPages++;

            foreach (var uri in await SiteLinks.PagesLinkedFromAsync(page, origin))
            {
                if (!seenPaths.Contains(uri.AbsolutePath) && SiteLinks.Shape(uri.AbsolutePath) is var shape && perShape.GetValueOrDefault(shape) < 2)
                {
                    seenPaths.Add(uri.AbsolutePath);
                    perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(uri.PathAndQuery.TrimStart('/'));
                }
            }

            foreach (var language in s_languages)
            {
                await SwitchAsync(page, language);
                Assert.Equal(address, new Uri(page.Url).PathAndQuery);
                var untranslated = await page.EvaluateAsync<string[]>(FindUntranslated, s_allowedWords);
                problems.AddRange(untranslated.Select(u => $"/{path} [{language}] {u}"));
                // The translated page is as accessible as the English one (lang marks included).
                var axe = await page.RunAxe();
                problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"/{path} [{language}] axe {v.Id} ({v.Impact}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }
            await SwitchAsync(page, "en");
        }

        await File.WriteAllLinesAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "untranslated.txt"), problems);
        Assert.True(checkedPages > 15, $"only {checkedPages} pages were reached");
        Assert.Empty(problems);
    }

    /// <summary>The pages no link reaches: the maintainers' pages behind sign-in, and the not-found page.</summary>
    [Fact]
    public async Task Maintainer_and_not_found_pages_switch_language_too()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var missing = await page.GotoAsync("no-such-page");
        Assert.Equal(404, missing!.Status);
        await CheckAsync(page, "no-such-page", problems);

        await page.GotoAsync("admin");
        await page.WaitForURLAsync("**/admin/sign-in?**");
        await CheckAsync(page, "admin/sign-in", problems);
        await page.GetByLabel("Name").FillAsync(BrowserFixture.MaintainerName);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.MaintainerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        await CheckAsync(page, "admin", problems);

        Assert.Empty(problems);
    }

    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        var address = new Uri(page.Url).PathAndQuery;
        foreach (var language in s_languages)
        {
            await SwitchAsync(page, language);
            Assert.Equal(address, new Uri(page.Url).PathAndQuery);
            problems.AddRange((await page.EvaluateAsync<string[]>(FindUntranslated, s_allowedWords)).Select(u => $"/{path} [{language}] {u}"));
        }
        await SwitchAsync(page, "en");
    }

    [Fact]
    public async Task Chart_labels_follow_the_language()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("trade");
        var english = await ChartTextsAsync(page);
        Assert.Contains(english.Labels, l => l.Contains("Kazakhstan", StringComparison.Ordinal));

        foreach (var (language, script) in new[] { ("zh-Hans", "\\p{IsCJKUnifiedIdeographs}"), ("ru", "\\p{IsCyrillic}") })
        {
            await SwitchAsync(page, language);
            var texts = await ChartTextsAsync(page);

            Assert.Equal(language, texts.Locale);
            Assert.Equal(english.Labels.Count, texts.Labels.Count);
            Assert.All(texts.Labels.Concat(texts.AxisTitles), label => Assert.Matches(script, label));
            Assert.Empty(texts.Labels.Intersect(english.Labels));
            // The chart was drawn (Chart.js ran with the translated config), and its table speaks the same language.
            await page.Locator("cab-chart canvas").First.WaitForAsync();
            Assert.Matches(script, await page.Locator("cab-chart table thead").First.InnerTextAsync());
        }
    }

    /// <summary>"/projects/x" → "projects/*"; "/projects" → "projects".</summary>
    private static async Task SwitchAsync(IPage page, string language)
    {
        await page.Locator($"[data-testid=language-switcher] a[data-culture='{language}']").ClickAsync();
        await page.WaitForFunctionAsync("lang => document.documentElement.lang === lang", language);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private sealed record ChartTexts(string Locale, List<string> Labels, List<string> AxisTitles);

    private static async Task<ChartTexts> ChartTextsAsync(IPage page)
    {
        var json = await page.Locator("cab-chart").First.GetAttributeAsync("config");
        using var config = JsonDocument.Parse(json!);
        var root = config.RootElement;
        var options = root.GetProperty("options");
        var labels = root.GetProperty("data").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()!).ToList();
        var titles = options.TryGetProperty("scales", out var scales)
            ? scales.EnumerateObject().Where(s => s.Value.TryGetProperty("title", out var t) && t.TryGetProperty("text", out _))
                .Select(s => s.Value.GetProperty("title").GetProperty("text").GetString()!).ToList()
            : [];
        return new ChartTexts(options.TryGetProperty("locale", out var locale) ? locale.GetString()! : "", labels, titles);
    }
}
