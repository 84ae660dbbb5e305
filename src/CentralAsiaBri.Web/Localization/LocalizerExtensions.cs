using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>
    /// A counted phrase in the right plural form. The resource holds the forms separated by "|" with {0} for the
    /// number: English "one|other" ("{0} project|{0} projects"), Russian "one|few|many" ("{0} проект|{0} проекта|{0} проектов"),
    /// Chinese one form ("{0} 个项目"). The number is formatted in the current culture.
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, int count) =>
        string.Format(CultureInfo.CurrentCulture, localizer.PluralForm(key, count), LocalFormat.Number(count));

    /// <summary>The plural form of a counted phrase for <paramref name="count"/>, with its {0} still in place.</summary>
    public static string PluralForm(this IStringLocalizer localizer, string key, int count)
    {
        var forms = localizer[key].Value.Split('|');
        return forms[Math.Min(PluralIndex(CultureInfo.CurrentUICulture, count), forms.Length - 1)];
    }

    /// <summary>
    /// A localized sentence whose {0}, {1}… are markup (a link, a name, a number in bold): the words come from the
    /// resources, each placeholder from its fragment, so a translation can put them in its own order.
    /// </summary>
    public static RenderFragment Sentence(string format, params RenderFragment[] parts) => builder =>
    {
        var pieces = System.Text.RegularExpressions.Regex.Split(format, @"\{(\d)\}");
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 0)
            {
                builder.AddContent(0, pieces[i]);
            }
            else
            {
                builder.AddContent(1, parts[int.Parse(pieces[i], CultureInfo.InvariantCulture)]);
            }
        }
    };

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
