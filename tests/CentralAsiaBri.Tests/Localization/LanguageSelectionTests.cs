using System.Net;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CentralAsiaBri.Tests.Localization;

/// <summary>How a reader's language is chosen, remembered and applied to pages (and not to data).</summary>
public sealed class LanguageSelectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<(AngleSharp.Html.Dom.IHtmlDocument Document, HttpResponseMessage Response)> GetAsync(string path, string? acceptLanguage = null, string? cookie = null)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        var response = await client.SendAsync(request);
        return (new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()), response);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("ru-KZ,ru;q=0.9,en;q=0.5", "ru")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans")]
    [InlineData("fr-FR,fr;q=0.9", "en")]
    public async Task Accept_Language_chooses_the_language_by_default(string? acceptLanguage, string expected)
    {
        var (document, response) = await GetAsync("/framework", acceptLanguage);

        Assert.Equal(expected, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected, response.Content.Headers.ContentLanguage.Single());
        // Caches between the site and the reader must keep one copy per language too.
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Single(response.Headers.Vary, v => v == "Accept-Language");
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Fact]
    public async Task The_cookie_beats_Accept_Language_and_the_culture_parameter_beats_both()
    {
        var (byCookie, _) = await GetAsync("/framework", "ru", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans");
        var (byQuery, _) = await GetAsync("/framework?culture=ru", "en", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans");

        Assert.Equal("zh-Hans", byCookie.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ru", byQuery.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switcher_sets_the_cookie_and_returns_to_the_same_page_and_query()
    {
        var (page, _) = await GetAsync("/projects?country=KZ&pillar=infrastructure-connectivity&culture=en");
        var link = page.QuerySelector("[data-testid=language-switcher] a[data-culture=ru]")!.GetAttribute("href")!;

        using var client = Client();
        var response = await client.GetAsync("/" + link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The page and its filters come back; the one-off culture parameter does not (the cookie now decides).
        Assert.Equal("/projects?country=KZ&pillar=infrastructure-connectivity", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dru%7Cuic%3Dru;", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    public async Task The_switcher_never_sends_a_reader_to_another_site(string returnUrl)
    {
        using var client = Client();
        var response = await client.GetAsync($"/language/ru?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_cookie_naming_two_cultures_cannot_give_one_languages_page_the_others_formats()
    {
        // Words in English, formats in Russian: the page is English throughout, and so is its cached copy.
        var (mixed, _) = await GetAsync("/trade", null, ".AspNetCore.Culture=c%3Dru%7Cuic%3Den");
        var (english, _) = await GetAsync("/trade", "en");

        Assert.Equal("en", mixed.DocumentElement.GetAttribute("lang"));
        Assert.Contains("\"locale\":\"en\"", mixed.QuerySelector("cab-chart")!.GetAttribute("config"), StringComparison.Ordinal);
        Assert.Contains("\"locale\":\"en\"", english.QuerySelector("cab-chart")!.GetAttribute("config"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_and_Russian_pages_carry_their_letters_not_character_references()
    {
        using var client = Client();
        foreach (var (language, word) in new[] { ("ru", "Стабильность и концепция"), ("zh-CN", "稳定与框架") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/trade");
            request.Headers.Add("Accept-Language", language);
            var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

            Assert.Contains(word, html, StringComparison.Ordinal);
            // No Cyrillic (U+04xx) or CJK (U+4E00–U+9FFF) letter as a numeric reference.
            Assert.DoesNotMatch("&#x(4[0-9A-F]{2}|[4-9][0-9A-F]{3});", html);
            // The chart's config too (JSON in an attribute), with HTML's own characters still escaped.
            Assert.DoesNotContain("\\u04", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u4", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh,en;q=0.8", "zh-Hans")]
    [InlineData("fr,zh;q=0.5", "zh-Hans")]
    [InlineData("en,zh;q=0.8", "en")]
    [InlineData("ru-KZ,zh;q=0.8", "ru")]
    [InlineData("zh-TW,en;q=0.5", "en")]
    public async Task A_bare_zh_asks_for_Simplified_Chinese_in_its_place_among_the_readers_languages(string acceptLanguage, string expected)
    {
        var (document, _) = await GetAsync("/framework", acceptLanguage);

        Assert.Equal(expected, document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_unknown_language_is_not_found()
    {
        using var client = Client();
        var response = await client.GetAsync("/language/fr?returnUrl=/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_cached_page_is_kept_per_language()
    {
        var (english, _) = await GetAsync("/pillars/policy-coordination", "en");
        var (chinese, _) = await GetAsync("/pillars/policy-coordination", "zh-CN");
        var (englishAgain, _) = await GetAsync("/pillars/policy-coordination", "en");

        Assert.Equal("Policy coordination", english.QuerySelector("h1")!.TextContent.Trim());
        // The official Chinese term, from translations.csv.
        Assert.Equal("政策沟通", chinese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Policy coordination", englishAgain.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Numbers_on_pages_follow_the_language_but_downloads_and_the_API_stay_invariant()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
        var indicator = data.Observations.First(o => o.Value % 1 != 0 && o.ReporterId is null).IndicatorId;

        using var client = Client();
        async Task<string> Get(string path, string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Accept-Language", language);
            return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        }

        Assert.Equal(await Get($"/api/v1/indicators/{indicator}/observations", "en"), await Get($"/api/v1/indicators/{indicator}/observations", "ru"));
        Assert.Equal(await Get($"/api/v1/indicators/{indicator}/observations.csv", "en"), await Get($"/api/v1/indicators/{indicator}/observations.csv", "ru"));
        foreach (var download in new[] { "/projects/data.csv", "/projects/data.json", "/trade/data.csv", $"/indicators/{indicator}/data.csv", "/api/v1/translations.csv" })
        {
            Assert.Equal(await Get(download, "en"), await Get(download, "ru"));
            Assert.Equal(await Get(download, "en"), await Get(download, "zh-CN"));
        }
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries"))
        {
            request.Headers.Add("Accept-Language", "ru");
            var api = await client.SendAsync(request);
            Assert.Empty(api.Content.Headers.ContentLanguage);
        }
        // The page itself writes the same figures in the reader's notation (a decimal comma in Russian).
        var english = await Get($"/indicators/{indicator}?view=table", "en");
        var russian = await Get($"/indicators/{indicator}?view=table", "ru");
        // A figure with decimals on the table's first page (pages of 200, in period order).
        var value = data.Observations.Where(o => o.IndicatorId == indicator).OrderBy(o => o.PeriodEnd).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Take(CentralAsiaBri.Web.Components.Pages.Indicators.IndicatorPage.PageSize).First(o => o.Value % 1 != 0).Value;
        Assert.Contains(value.ToString("#,0.##########", System.Globalization.CultureInfo.InvariantCulture), System.Net.WebUtility.HtmlDecode(english), StringComparison.Ordinal);
        Assert.Contains(value.ToString("#,0.##########", System.Globalization.CultureInfo.GetCultureInfo("ru")), System.Net.WebUtility.HtmlDecode(russian), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_serves_the_translations_as_data_and_refuses_an_unknown_language()
    {
        using var client = Client();
        var response = await client.GetAsync("/api/v1/translations?lang=zh&kind=pillar");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("field").GetString() == "name")
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, names.Count);
        Assert.Equal("民心相通", names["people-to-people-bonds"].GetProperty("text").GetString());
        Assert.Equal("official", names["people-to-people-bonds"].GetProperty("basis").GetString());
        Assert.Equal("vision-and-actions-2015", names["people-to-people-bonds"].GetProperty("sources")[0].GetProperty("source").GetString());
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), t => Assert.Equal("zh", t.GetProperty("lang").GetString()));

        var csv = await client.GetStringAsync("/api/v1/translations.csv?lang=ru&kind=country");
        Assert.Contains("country,KZ,name,ru,Казахстан,translation,", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/translations?lang=fr")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/translations.csv?kind=planet")).StatusCode);
    }

    [Theory]
    [InlineData("/projects", "[data-testid=download-csv]")]
    [InlineData("/trade", "[data-testid=download-csv]")]
    [InlineData("/indicators/trade-value", "[data-testid=download-csv]")]
    public async Task A_download_is_named_in_the_readers_language_as_the_page_link_says(string page, string link)
    {
        foreach (var language in new[] { "en", "ru", "zh-CN" })
        {
            var (document, _) = await GetAsync(page, language);
            var anchor = document.QuerySelector(link)!;
            using var client = Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, anchor.GetAttribute("href"));
            request.Headers.Add("Accept-Language", language);
            var response = await client.SendAsync(request);

            var name = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');
            Assert.Equal(anchor.GetAttribute("download"), name);
            Assert.EndsWith(".csv", name, StringComparison.Ordinal);
            if (language != "en")
            {
                Assert.DoesNotMatch("[A-Za-z]{3}", name[..^4]);
            }
        }
    }

    [Fact]
    public async Task Periods_are_written_in_the_readers_language_by_rule_or_from_the_translations()
    {
        var (russian, _) = await GetAsync("/", "ru");
        var (chinese, _) = await GetAsync("/dimensions/economic-interdependence", "zh-CN");

        // A free-text period from translations.csv, on a card that shows it without its observation.
        Assert.Contains("десять лет до 2025 г.", russian.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // "H1 2025" written by rule.
        Assert.Contains("2025年上半年", chinese.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("H1 2025", chinese.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translated_texts_say_they_are_translations_and_English_readers_see_no_note()
    {
        var (russian, _) = await GetAsync("/dimensions/security-cooperation", "ru");
        var (english, _) = await GetAsync("/dimensions/security-cooperation", "en");

        Assert.NotEmpty(russian.QuerySelectorAll("[data-translation=translated]"));
        Assert.Empty(english.QuerySelectorAll("[data-translation]"));
        Assert.Equal("Сотрудничество в сфере безопасности", russian.QuerySelector("h1")!.TextContent.Trim());
    }
}

/// <summary>Where a translation is missing the English text shows, marked as English, with a visible note.</summary>
public sealed class MissingTranslationTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly Factory _app;

    public MissingTranslationTests()
    {
        // Drop the Russian summary of one dimension.
        var lines = _data.ReadLines("translations.csv");
        _data.WriteLines("translations.csv", lines.Where(l => !l.StartsWith("dimension,security-cooperation,summary,ru,", StringComparison.Ordinal)));
        Assert.NotEqual(lines.Length, _data.ReadLines("translations.csv").Length);
        _app = new Factory(_data.Path);
    }

    public void Dispose()
    {
        _app.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task The_English_text_shows_with_a_note_never_an_empty_space()
    {
        var english = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory).Dimensions.Single(d => d.Id == "security-cooperation").Summary;
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dimensions/security-cooperation");
        request.Headers.Add("Accept-Language", "ru");
        var document = new HtmlParser().ParseDocument(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        var summary = document.QuerySelector("section[aria-labelledby=meaning] .rich-text")!;
        Assert.Equal("en", summary.GetAttribute("lang"));
        Assert.Equal(english, summary.TextContent.Trim());
        var note = document.QuerySelector("section[aria-labelledby=meaning] [data-translation=missing]")!;
        Assert.Contains("перевода пока нет", note.TextContent, StringComparison.Ordinal);
        // The name is still translated.
        Assert.Equal("Сотрудничество в сфере безопасности", document.QuerySelector("h1")!.TextContent.Trim());
    }

    private sealed class Factory(string dataDirectory) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Store:DataDirectory"] = dataDirectory };
    }
}
