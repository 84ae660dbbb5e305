using System.Globalization;
using System.Text.RegularExpressions;

namespace CentralAsiaBri.Web.Components.Shared;

/// <summary>Display text for the model's enum values ("UnderConstruction" → "under construction").</summary>
public static partial class Labels
{
    public static string Of<T>(T value)
        where T : struct, Enum => WordBoundary().Replace(value.ToString(), " $1").ToLower(CultureInfo.InvariantCulture);

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
