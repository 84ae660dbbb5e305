namespace CentralAsiaBri.Data.Model;

/// <summary>The symbols the data files and the pages use for a <see cref="Qualifier"/>.</summary>
public static class QualifierSymbols
{
    private static readonly Dictionary<string, Qualifier> s_bySymbol = new(StringComparer.Ordinal)
    {
        ["="] = Qualifier.Exact,
        [">"] = Qualifier.GreaterThan,
        ["<"] = Qualifier.LessThan,
        ["≈"] = Qualifier.Approximately,
        ["≥"] = Qualifier.AtLeast,
        ["≤"] = Qualifier.AtMost,
    };

    public static IReadOnlyCollection<string> All => s_bySymbol.Keys;

    public static bool TryParse(string symbol, out Qualifier qualifier) => s_bySymbol.TryGetValue(symbol, out qualifier);

    public static string ToSymbol(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "=",
        Qualifier.GreaterThan => ">",
        Qualifier.LessThan => "<",
        Qualifier.Approximately => "≈",
        Qualifier.AtLeast => "≥",
        Qualifier.AtMost => "≤",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>The qualifier in words, for downloads read in spreadsheets ("=" would start a formula there).</summary>
    public static string ToWords(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.GreaterThan => "more than",
        Qualifier.LessThan => "less than",
        Qualifier.Approximately => "about",
        Qualifier.AtLeast => "at least",
        Qualifier.AtMost => "at most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>Formats a figure with its qualifier as a reader should see it: "&gt; 800", "≈ 300", "11.099".</summary>
    public static string Format(this Qualifier qualifier, double value, IFormatProvider? culture = null)
    {
        var number = value.ToString("0.############", culture ?? System.Globalization.CultureInfo.InvariantCulture);
        return qualifier == Qualifier.Exact ? number : $"{qualifier.ToSymbol()} {number}";
    }
}
