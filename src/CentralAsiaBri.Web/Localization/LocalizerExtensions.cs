using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>
    /// A counted phrase in the right plural form. The resource holds the forms separated by "|" with {0} for the
    /// number: English "one|other" ("{0} project|{0} projects"), Russian "one|few|many" ("{0} проект|{0} проекта|{0} проектов"),
    /// Chinese one form ("{0} 个项目"). The number is formatted in the current culture.
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, int count)
    {
        var forms = localizer[key].Value.Split('|');
        var index = PluralIndex(CultureInfo.CurrentUICulture, count);
        var form = forms[Math.Min(index, forms.Length - 1)];
        return string.Format(CultureInfo.CurrentCulture, form, LocalFormat.Number(count));
    }

    /// <summary>CLDR cardinal plural categories for integers: English one/other, Russian one/few/many, Chinese other.</summary>
    public static int PluralIndex(CultureInfo culture, int count) => culture.TwoLetterISOLanguageName switch
    {
        "zh" => 0,
        "ru" => (Math.Abs(count) % 10, Math.Abs(count) % 100) switch
        {
            (1, not 11) => 0,
            ( >= 2 and <= 4, not (>= 12 and <= 14)) => 1,
            _ => 2,
        },
        _ => count == 1 ? 0 : 1,
    };
}

/// <summary>Dates and numbers as the reader's language writes them (pages only; files and the API stay invariant).</summary>
public static class LocalFormat
{
    /// <summary>"23 November 2026", "2026年11月23日", "23 ноября 2026 г." (no weekday).</summary>
    public static string Date(DateTime date) => date.ToString(DatePattern, CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.CurrentCulture);

    /// <summary>A date and time in UTC: "23 November 2026 14:05 UTC".</summary>
    public static string DateTimeUtc(DateTime utc) => $"{Date(utc)} {utc.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";

    /// <summary>A whole number with the culture's digit grouping: "12,345", "12 345".</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A measured value with as many decimals as it has (up to 10), in the culture's notation: "1,234.5", "1 234,5".</summary>
    public static string Number(double value) => value.ToString("#,0.##########", CultureInfo.CurrentCulture);

    /// <summary>A year as written in a date, without digit grouping: "2024".</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    // Day, month in words and year, without the weekday that some long patterns add: British order in English
    // (the site's spelling), 2026年11月23日, 23 ноября 2026 г. (.NET uses the genitive month after a day).
    private static string DatePattern => CultureInfo.CurrentCulture.TwoLetterISOLanguageName switch
    {
        "zh" => "yyyy年M月d日",
        "ru" => "d MMMM yyyy 'г.'",
        _ => "d MMMM yyyy",
    };}

public static class EnumText
{
    /// <summary>
    /// An enum value as words in the reader's language ("under construction", "在建", "строится"), from the shared
    /// resources' "Type.Value" keys. English words come from the neutral resources, so every value needs a key.
    /// </summary>
    public static string Enum<T>(this IStringLocalizer localizer, T value)
        where T : struct, System.Enum => localizer[$"{typeof(T).Name}.{value}"].Value;
}
