using System.Globalization;
using System.Text.RegularExpressions;

namespace CentralAsiaBri.Web.Localization;

/// <summary>
/// The data's regular period labels ("2024", "H1 2023", "Q1 2024", "Jan–May 2025", "1996–2013") written in
/// Chinese or Russian. Returns null for English and for free-text periods, which translations.csv covers.
/// </summary>
public static partial class PeriodFormat
{
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string? Localize(string period, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        if (language is not ("zh" or "ru"))
        {
            return null;
        }
        if (Year().IsMatch(period) || YearRange().IsMatch(period))
        {
            return period;
        }
        if (Half().Match(period) is { Success: true } half)
        {
            var (n, year) = (half.Groups[1].Value, half.Groups[2].Value);
            return language == "zh" ? $"{year}年{(n == "1" ? "上" : "下")}半年" : $"{n}-е полугодие {year} г.";
        }
        if (Quarter().Match(period) is { Success: true } quarter)
        {
            var (n, year) = (quarter.Groups[1].Value, quarter.Groups[2].Value);
            return language == "zh" ? $"{year}年第{n}季度" : $"{n}-й квартал {year} г.";
        }
        if (MonthRange().Match(period) is { Success: true } months)
        {
            var from = Array.IndexOf(s_months, months.Groups[1].Value) + 1;
            var to = Array.IndexOf(s_months, months.Groups[2].Value) + 1;
            var year = months.Groups[3].Value;
            if (from == 0 || to == 0)
            {
                return null;
            }
            if (language == "zh")
            {
                return $"{year}年{from}—{to}月";
            }
            // Nominative month names ("январь–май 2025 г.").
            var names = culture.DateTimeFormat.MonthNames;
            return $"{names[from - 1]}–{names[to - 1]} {year} г.";
        }
        return null;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{4}–\d{4}$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^H([12]) (\d{4})$")]
    private static partial Regex Half();

    [GeneratedRegex(@"^Q([1-4]) (\d{4})$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^([A-Z][a-z]{2})–([A-Z][a-z]{2}) (\d{4})$")]
    private static partial Regex MonthRange();
}
