using System.Globalization;
using CentralAsiaBri.Web.Localization;

namespace CentralAsiaBri.Tests.Localization;

public sealed class FormattingTests
{
    [Theory]
    [InlineData("en", 1, 0)]
    [InlineData("en", 2, 1)]
    [InlineData("en", 0, 1)]
    [InlineData("zh-Hans", 1, 0)]
    [InlineData("zh-Hans", 5, 0)]
    [InlineData("ru", 1, 0)]
    [InlineData("ru", 21, 0)]
    [InlineData("ru", 11, 2)]
    [InlineData("ru", 2, 1)]
    [InlineData("ru", 24, 1)]
    [InlineData("ru", 12, 2)]
    [InlineData("ru", 5, 2)]
    [InlineData("ru", 0, 2)]
    [InlineData("ru", 111, 2)]
    public void Plural_forms_follow_each_languages_rules(string culture, int count, int form) =>
        Assert.Equal(form, LocalizerExtensions.PluralIndex(CultureInfo.GetCultureInfo(culture), count));

    [Theory]
    [InlineData("H1 2023", "zh-Hans", "2023年上半年")]
    [InlineData("H2 2023", "ru", "2-е полугодие 2023 г.")]
    [InlineData("Q1 2024", "zh-Hans", "2024年第1季度")]
    [InlineData("Q1 2024", "ru", "1-й квартал 2024 г.")]
    [InlineData("Jan–May 2025", "zh-Hans", "2025年1—5月")]
    [InlineData("Jan–Oct 2024", "ru", "январь–октябрь 2024 г.")]
    [InlineData("2024", "ru", "2024")]
    [InlineData("1996–2013", "zh-Hans", "1996–2013")]
    [InlineData("ten years to 2025", "ru", null)]
    [InlineData("H1 2023", "en", null)]
    public void Regular_periods_are_written_in_the_readers_language(string period, string culture, string? expected) =>
        Assert.Equal(expected, PeriodFormat.Localize(period, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en", 1234.5, "1,234.5")]
    [InlineData("zh-Hans", 1234.5, "1,234.5")]
    [InlineData("ru", 1234.5, "1 234,5")]
    public void Numbers_use_the_readers_notation(string culture, double value, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            // Russian groups digits with a no-break space.
            Assert.Equal(expected, LocalFormat.Number(value).Replace('\u00a0', ' ').Replace('\u202f', ' '));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("/projects?country=KZ&culture=ru", "/projects?country=KZ")]
    [InlineData("/trade?countries=KZ%3BUZ&ui-culture=zh-Hans&from=2015", "/trade?countries=KZ%3BUZ&from=2015")]
    [InlineData("/", "/")]
    public void The_switchers_return_address_keeps_the_query_without_the_culture(string url, string expected) =>
        Assert.Equal(expected, LocalizationSetup.ReturnUrl(new Uri(new Uri("http://localhost"), url)));

    [Theory]
    [InlineData("由CECEP Solar Energy于2025年商定", "由<span lang=\"en\">CECEP Solar Energy</span>于2025年商定")]
    [InlineData("<p>Данные GAC &amp; <a href=\"glossary#bri\">«Пояс и путь»</a></p>", "<p>Данные <span lang=\"en\">GAC</span> &amp; <a href=\"glossary#bri\">«Пояс и путь»</a></p>")]
    [InlineData("没有拉丁字母", "没有拉丁字母")]
    public void Latin_words_inside_a_translation_are_marked_as_English(string html, string expected) =>
        Assert.Equal(expected, ForeignRuns.MarkLatin(html));

    [Theory]
    [InlineData("en", "23 November 2026")]
    [InlineData("zh-Hans", "2026年11月23日")]
    [InlineData("ru", "23 ноября 2026 г.")]
    public void Dates_are_written_as_each_language_writes_them_without_a_weekday(string culture, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, LocalFormat.Date(new DateOnly(2026, 11, 23)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
