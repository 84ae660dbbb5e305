using System.Globalization;
using System.Text.RegularExpressions;

namespace CentralAsiaBri.Web.Components.Shared;

/// <summary>
/// Text for the model's enum values: words for readers ("UnderConstruction" → "under construction") and
/// kebab case for URLs and downloads ("under-construction", as the data files spell them).
/// </summary>
public static partial class Labels
{
    public static string Of<T>(T value)
        where T : struct, Enum => Words(value.ToString());

    public static string Words(string pascal) => WordBoundary().Replace(pascal, " $1").ToLower(CultureInfo.InvariantCulture);

    public static string Kebab<T>(T value)
        where T : struct, Enum => Kebab(value.ToString());

    public static string Kebab(string pascal) => WordBoundary().Replace(pascal, "-$1").ToLower(CultureInfo.InvariantCulture);

    public static string Years(int? start, int? end) => (start, end) switch
    {
        (null, null) => "",
        ({ } s, null) => s.ToString(CultureInfo.InvariantCulture),
        (null, { } e) => "until " + e.ToString(CultureInfo.InvariantCulture),
        ({ } s, { } e) when s == e => s.ToString(CultureInfo.InvariantCulture),
        ({ } s, { } e) => $"{s}–{e}",
    };

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
